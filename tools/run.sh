#!/usr/bin/env bash
# `make run`: database $ODOO_DB with the project's addons, Vietnamese and demo data,
# then the web client on http://localhost:$ODOO_PORT.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/tools/env.sh"

"$ROOT/tools/setup.sh"
export ODOO_DATA_DIR="${ODOO_DATA_DIR:-$ROOT/.odoo-data}"
if ! psql -lqt | cut -d '|' -f 1 | grep -qw "$ODOO_DB"; then
    echo "Creating the database $ODOO_DB with demo data (a few minutes)..."
    oversight_createdb "$ODOO_DB"
    "${ODOO_BIN[@]}" --addons-path="$ODOO_ADDONS_PATH" --data-dir="$ODOO_DATA_DIR" -d "$ODOO_DB" \
        -i "$OVERSIGHT_MODULES" --with-demo --load-language=vi_VN \
        --stop-after-init --log-level=warn --no-http
    # every account (and every new partner) speaks Vietnamese
    "${ODOO_BIN[@]}" shell --addons-path="$ODOO_ADDONS_PATH" --data-dir="$ODOO_DATA_DIR" -d "$ODOO_DB" \
        --log-level=warn --no-http --http-interface=127.0.0.1 <<'PY'
env["res.users"].with_context(active_test=False).search([]).write({"lang": "vi_VN"})
env["ir.default"].set("res.partner", "lang", "vi_VN")
env.cr.commit()
PY
fi
# the demo's mail goes to a mail catcher a person can open (MAIL_CATCHER=0: Odoo's own settings)
mail=()
if [[ "${MAIL_CATCHER:-1}" != 0 ]]; then
    SMTP_PORT="${SMTP_PORT:-1025}"
    "$VENV/bin/python" "$ROOT/tools/mail_catcher.py" --smtp-port="$SMTP_PORT" --http-port="${MAIL_PORT:-8025}" \
        --dir="$ODOO_DATA_DIR/mail" &
    catcher=$!
    trap 'kill "$catcher" 2>/dev/null || true' EXIT
    mail=(--smtp=127.0.0.1 --smtp-port="$SMTP_PORT")
    echo "Mail: every message Odoo sends is on http://localhost:${MAIL_PORT:-8025}"
fi
echo "Task Oversight: http://localhost:$ODOO_PORT (see README for the demo logins)"
"${ODOO_BIN[@]}" --addons-path="$ODOO_ADDONS_PATH" --data-dir="$ODOO_DATA_DIR" -d "$ODOO_DB" \
    --db-filter="^$ODOO_DB\$" --http-port="$ODOO_PORT" --http-interface="${ODOO_INTERFACE:-127.0.0.1}" "${mail[@]}" "$@"
