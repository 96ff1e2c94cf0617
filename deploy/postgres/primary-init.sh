#!/usr/bin/env bash
# Run once by the postgres image when it creates the primary's cluster
# (/docker-entrypoint-initdb.d): the role the replica streams with, the
# replication slot that keeps the WAL the replica has not received yet, and
# the pg_hba line that lets that role open a replication connection (the
# image's own "host all all all" line does not cover replication).
set -euo pipefail

: "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD in the environment of the primary}"
slot="${REPLICATION_SLOT:-replica1}"

psql --no-psqlrc -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set=password="$REPLICATION_PASSWORD" --set=slot="$slot" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SELECT pg_create_physical_replication_slot(:'slot');
SQL

echo "host replication replicator all scram-sha-256" >>"$PGDATA/pg_hba.conf"
