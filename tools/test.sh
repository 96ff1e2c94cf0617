#!/usr/bin/env bash
# `make test`: a throwaway database with the project's addons, the whole suite under
# pytest-odoo (browser tours included), then the database is dropped.
# pytest's summary line is the last line printed; its exit code is ours.
# Arguments go to pytest; paths among them replace the whole suite (e.g.
# `tools/test.sh addons/task_oversight/tests/test_escalation.py`). The HTTP server of
# the tests listens on a free port (ODOO_TEST_PORT to choose it), so that two runs
# on one machine do not meet.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/tools/env.sh"
cd "$ROOT"  # test paths are relative to the checkout

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
for arg in "$@"; do [[ -e "${arg%%::*}" ]] && test_paths+=("$arg"); done
if ((${#test_paths[@]})); then
    pytest_args=()
    for arg in "$@"; do [[ -e "${arg%%::*}" ]] || pytest_args+=("$arg"); done
else
    pytest_args=("$@")
    for addon in "${OVERSIGHT_ADDONS[@]}"; do test_paths+=("addons/$addon/tests"); done
    test_paths+=(tests)
    # the whole suite, unselected: pytest and Odoo's own test loader must find the same
    # tests in every addon (conftest.py)
    (($#)) || export OVERSIGHT_CHECK_TEST_COUNT=1
fi
port="${ODOO_TEST_PORT:-$("$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
export PYTHONPATH="$ODOO_SRC${PYTHONPATH:+:$PYTHONPATH}"
# Odoo's test browser runs headless Chromium; the root conftest.py turns every
# skipped test (e.g. a tour without a browser) into a failure.
"$VENV/bin/pytest" \
    --odoo-database="$db" --odoo-addons-path="$ODOO_ADDONS_PATH" --odoo-http \
    --odoo-extra="data-dir=$ODOO_DATA_DIR" --odoo-extra="http-interface=127.0.0.1" \
    --odoo-extra="http-port=$port" --odoo-log-level="${ODOO_TEST_LOG_LEVEL:-warn}" \
    "${pytest_args[@]}" "${test_paths[@]}" || status=$?
cleanup
trap - EXIT
# leave pytest's summary as the last line of the output
exit "$status"
