#!/usr/bin/env bash
# Regenerate i18n/<module>.pot of the project's addons from a throwaway database.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/tools/env.sh"
"$ROOT/tools/setup.sh"

db="oversight_pot_$$"
rc="$(mktemp)"
export ODOO_DATA_DIR="${ODOO_DATA_DIR:-$ROOT/.odoo-data}"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true; rm -f "$rc"' EXIT
printf '[options]\naddons_path = %s\ndata_dir = %s\n' "$ODOO_ADDONS_PATH" "$ODOO_DATA_DIR" > "$rc"
oversight_createdb "$db"
"$ROOT/tools/install_check.sh" "$db" --data-dir="$ODOO_DATA_DIR" >/dev/null
"${ODOO_BIN[@]}" i18n export -c "$rc" -d "$db" "${OVERSIGHT_ADDONS[@]}"
ls "$ROOT"/addons/*/i18n/*.pot
