# Shared settings of the project's scripts; every value can be overridden
# from the environment (or as make variables).
: "${ODOO_SRC:=${XDG_CACHE_HOME:-$HOME/.cache}/task-oversight/odoo-19.0}"
: "${ODOO_ARCHIVE_URL:=https://github.com/odoo/odoo/archive/refs/heads/19.0.tar.gz}"
: "${VENV:=$ROOT/.venv}"
: "${ODOO_DB:=oversight}"
: "${ODOO_PORT:=8069}"
ODOO_ADDONS_PATH="$ODOO_SRC/addons,$ROOT/addons"
# the project's addons: every folder addons/task_oversight* (Odoo orders the install by
# their dependencies); the one list every script, test and make target reads
mapfile -t OVERSIGHT_ADDONS < <(cd "$ROOT/addons" && for manifest in task_oversight*/__manifest__.py; do dirname "$manifest"; done)
OVERSIGHT_MODULES="$(IFS=,; echo "${OVERSIGHT_ADDONS[*]}")"
ODOO_BIN=("$VENV/bin/python" "$ODOO_SRC/odoo-bin")
export ODOO_SRC VENV ODOO_DB ODOO_PORT ODOO_ADDONS_PATH

# A database as Odoo makes it when it creates one itself: with pg_trgm, without which the
# fields' trigram indexes (index="trigram", the searched names) are silently not created
oversight_createdb() {
    createdb "$1" && psql -qd "$1" -c "CREATE EXTENSION IF NOT EXISTS pg_trgm" >/dev/null
}
