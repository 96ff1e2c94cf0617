#!/usr/bin/env bash
# Upgrade check: install the previous release (19.0.1.1.0, commit fbea831) in a
# throwaway database, record what an Office of 2025 had (a district committee, a
# directive typed in lower case, an assigned task), upgrade to this checkout and
# check that nothing was lost and the migration did its work.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/tools/env.sh"
"$ROOT/tools/setup.sh"

PREVIOUS="${PREVIOUS_RELEASE:-fbea831}"
if ! git -C "$ROOT" cat-file -e "$PREVIOUS^{commit}" 2>/dev/null; then
    # a shallow clone lacks the history: say so rather than fail the suite
    echo "WARNING: $PREVIOUS (the previous release) is not in this clone's history; upgrade check not run." >&2
    exit 0
fi
db="oversight_migration_$$"
old="$(mktemp -d)"
export ODOO_DATA_DIR="${ODOO_DATA_DIR:-$ROOT/.odoo-data}"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true; rm -rf "$old"' EXIT
git -C "$ROOT" archive "$PREVIOUS" addons | tar -x -C "$old"
common=(--data-dir="$ODOO_DATA_DIR" --log-level=warn --http-interface=127.0.0.1)

oversight_createdb "$db"
"${ODOO_BIN[@]}" --addons-path="$ODOO_SRC/addons,$old/addons" -d "$db" "${common[@]}" \
    -i task_oversight,task_oversight_reports --stop-after-init
"${ODOO_BIN[@]}" shell --addons-path="$ODOO_SRC/addons,$old/addons" -d "$db" "${common[@]}" --no-http <<'PY'
Agency = env["oversight.agency"]
district = Agency.create({"name": "UBND quận Sơn Trà", "code": "ST", "agency_type": "district"})
directive = env["oversight.directive"].create({"name": "12/qđ-ubnd", "summary": "Kế hoạch", "date": "2026-03-01"})
task = env["oversight.task"].create(
    {"name": "Việc cũ", "lead_agency_id": district.id, "directive_id": directive.id, "date_assigned": "2026-03-02"}
)
task.action_assign()
env.cr.commit()
PY

"${ODOO_BIN[@]}" --addons-path="$ODOO_ADDONS_PATH" -d "$db" "${common[@]}" \
    -u task_oversight,task_oversight_reports -i task_oversight_dashboard,task_oversight_evaluation --stop-after-init
"${ODOO_BIN[@]}" shell --addons-path="$ODOO_ADDONS_PATH" -d "$db" "${common[@]}" --no-http <<'PY'
import sys
task = env["oversight.task"].search([("name", "=", "Việc cũ")])
from odoo.tools.sql import column_exists
mailed_on_columns = [
    table for table in ("oversight_task_escalation", "oversight_task_reminder") if column_exists(env.cr, table, "digest_date")
]
checks = {
    "the task and its agency are kept": task.state == "assigned" and task.lead_agency_id.agency_type == "district",
    "the directive symbol is in upper case": task.directive_id.symbol == "QĐ-UBND",
    "an existing task counts as acknowledged": str(task.date_acknowledged) == "2026-03-02",
    "the district agency is history to merge, not lost": task.lead_agency_id.active,
    "the digest emails as shipped list their tasks from a view": all(
        "object.lines_html" in env.ref(f"task_oversight.mail_template_{kind}_digest").body_html
        for kind in ("escalation", "reminder")
    ),
    "a notice's Mailed On is read from its digests, its column dropped": not mailed_on_columns,
}
failed = [name for name, passed in checks.items() if not passed]
print("migration check:", "; ".join(f"{name}: {'ok' if passed else 'FAILED'}" for name, passed in checks.items()))
sys.exit(1 if failed else 0)
PY
echo "Upgrade from $PREVIOUS: nothing lost."
