#!/usr/bin/env bash
# The replica's entrypoint. On its first start (an empty data volume) it copies
# the primary with pg_basebackup --write-recovery-conf, which writes
# standby.signal and primary_conninfo (and primary_slot_name): PostgreSQL then
# starts as a hot standby that streams the primary's WAL. Every start ends in
# the image's own entrypoint, which runs the server as the postgres user.
set -euo pipefail

: "${PRIMARY_HOST:?set PRIMARY_HOST}" "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}"
port="${PRIMARY_PORT:-5432}"

if [[ ! -s "$PGDATA/PG_VERSION" ]]; then
    echo "replica: waiting for the primary at $PRIMARY_HOST:$port"
    until pg_isready -q -h "$PRIMARY_HOST" -p "$port"; do sleep 1; done
    mkdir -p "$PGDATA"
    chown postgres:postgres "$PGDATA"
    chmod 0700 "$PGDATA"
    echo "replica: copying the primary (pg_basebackup)"
    PGPASSWORD="$REPLICATION_PASSWORD" gosu postgres pg_basebackup \
        --host="$PRIMARY_HOST" --port="$port" --username=replicator \
        --pgdata="$PGDATA" --write-recovery-conf --wal-method=stream \
        --slot="${REPLICATION_SLOT:-replica1}" --checkpoint=fast --progress
fi

exec docker-entrypoint.sh "$@"
