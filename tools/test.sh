#!/usr/bin/env bash
# `make test`: a throwaway database with both addons, the whole suite under
# pytest-odoo (browser tours included), then the database is dropped.
# pytest's summary line is the last line printed; its exit code is ours.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/tools/env.sh"

"$ROOT/tools/setup.sh"

db="oversight_test_$$_$(date +%s)"
cleanup() {
    dropdb --if-exists "$db" >/dev/null 2>&1 || true
    rm -rf "${ODOO_DATA_DIR:?}/filestore/$db"
}
export ODOO_DATA_DIR="${ODOO_DATA_DIR:-$ROOT/.odoo-data}"
trap cleanup EXIT

oversight_createdb "$db"
"$ROOT/tools/install_check.sh" "$db" --data-dir="$ODOO_DATA_DIR" --load-language=vi_VN

status=0
test_paths=()
for addon in "${OVERSIGHT_ADDONS[@]}"; do test_paths+=("addons/$addon/tests"); done
export PYTHONPATH="$ODOO_SRC${PYTHONPATH:+:$PYTHONPATH}"
cd "$ROOT"
# Odoo's test browser runs headless Chromium; the root conftest.py turns every
# skipped test (e.g. a tour without a browser) into a failure.
"$VENV/bin/pytest" \
    --odoo-database="$db" --odoo-addons-path="$ODOO_ADDONS_PATH" --odoo-http \
    --odoo-extra="data-dir=$ODOO_DATA_DIR" --odoo-extra="http-interface=127.0.0.1" \
    --odoo-log-level="${ODOO_TEST_LOG_LEVEL:-warn}" \
    "$@" "${test_paths[@]}" tests || status=$?
cleanup
trap - EXIT
# leave pytest's summary as the last line of the output
exit "$status"
