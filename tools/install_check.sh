#!/usr/bin/env bash
# Install the project's addons in database $1 and fail when the install logs a
# WARNING or ERROR that comes from (or names) our addons.
# Extra arguments are passed to odoo-bin.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/tools/env.sh"

db="$1"; shift
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! "${ODOO_BIN[@]}" --addons-path="$ODOO_ADDONS_PATH" -d "$db" \
        -i "$OVERSIGHT_MODULES" --stop-after-init \
        --log-level=info --logfile="$log" "$@"; then
    tail -n 60 "$log" >&2
    echo "ERROR: installing the addons in $db failed (log above)." >&2
    exit 1
fi
if grep -E " (WARNING|ERROR|CRITICAL) " "$log" | grep -iE "oversight"; then
    echo "ERROR: installing the addons logged the warnings or errors above." >&2
    exit 1
fi
echo "Installed ${OVERSIGHT_MODULES//,/, } in $db."
