import base64
import json

import psycopg2

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.modules.db import has_trigram
from odoo.tools import SQL

from ..tools.reconciliation import MAPPED, TableError, fold, format_date, parse_date, read_table, write_table

OFFICE = "task_oversight.group_office"
# the issuers whose tasks the Government Office's database tracks
GOVERNMENT_LEVELS = ("government", "prime_minister")
# below, two contents are not the same task (pg_trgm's similarity, 0 to 1)
MIN_SIMILARITY = 0.3
RECONCILIATION_STATES = [("draft", "Draft"), ("compared", "Compared")]
# the differences left to resolve: those of the latest comparison of each source (the dashboard's figure)
OPEN_DIFFERENCES = [("reconciliation_id.is_latest", "=", True), ("mismatch", "!=", "none"), ("resolution", "=", "open")]
# R16: the Office chooses the source and its file; the lines come from the comparison
RECONCILIATION_FIELDS = frozenset({"date", "source_id", "file", "file_name"})


class OversightTaskReconciliation(models.Model):
    """One comparison of the tasks the province received from the Government and the Prime
    Minister with an export of the Government Office's tracking database: every difference
    is a line the Office resolves. The Office's alone: no other group reads it."""

    _name = "oversight.task.reconciliation"
    _inherit = ["oversight.workflow.mixin", "mail.thread"]
    _description = "Reconciliation with the Government Office"
    _create_allowlist = {OFFICE: RECONCILIATION_FIELDS | {"company_id"}}
    _write_allowlist = {OFFICE: RECONCILIATION_FIELDS}
    _order = "date desc, id desc"

    name = fields.Char(compute="_compute_name", store=True)
    date = fields.Date(required=True, default=lambda self: self.env.company._oversight_today(), tracking=True)
    source_id = fields.Many2one("oversight.task.reconciliation.source", required=True, index=True, tracking=True)
    source = fields.Char(related="source_id.name", store=True, string="Source Name")
    file = fields.Binary(string="Export (CSV or XLSX)", attachment=True, copy=False)
    file_name = fields.Char(copy=False)
    state = fields.Selection(
        RECONCILIATION_STATES, default="draft", required=True, tracking=True, copy=False, index=True
    )
    line_ids = fields.One2many("oversight.task.reconciliation.line", "reconciliation_id", string="Differences")
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)
    is_latest = fields.Boolean(
        string="Latest Comparison",
        readonly=True,
        copy=False,
        index=True,
        help="The latest comparison of its source: its open differences are the ones left to resolve.",
    )
    open_difference_count = fields.Integer(string="Open Differences", compute="_compute_counts")
    matched_count = fields.Integer(string="Agreeing", compute="_compute_counts")

    @api.depends("source_id.name", "date")
    def _compute_name(self):
        for reconciliation in self:
            reconciliation.name = f"{reconciliation.source_id.name or ''} {format_date(reconciliation.date)}".strip()

    def _compute_counts(self):
        Line = self.env["oversight.task.reconciliation.line"]
        groups = Line._read_group(
            [("reconciliation_id", "in", self.ids)], ["reconciliation_id", "mismatch", "resolution"], ["__count"]
        )
        for reconciliation in self:
            mine = [
                (mismatch, resolution, count) for rec, mismatch, resolution, count in groups if rec == reconciliation
            ]
            reconciliation.open_difference_count = sum(
                count for mismatch, resolution, count in mine if mismatch != "none" and resolution == "open"
            )
            reconciliation.matched_count = sum(count for mismatch, _res, count in mine if mismatch == "none")

    @api.model
    def _open_difference_count(self):
        """The differences left open in the last comparison of each source of the user's
        companies (the dashboard's figure); 0 for a user who is not of the Office."""
        if not self.env.user.has_group(OFFICE):
            return 0
        return self.env["oversight.task.reconciliation.line"].search_count(OPEN_DIFFERENCES)

    def _mark_latest(self):
        """Of the comparisons of each source, the newest (by date) is the latest."""
        for source in self.source_id:
            compared = self.search([("source_id", "=", source.id), ("state", "=", "compared")])  # newest first
            compared[1:].filtered("is_latest")._workflow_write({"is_latest": False})
            compared[:1].filtered(lambda reconciliation: not reconciliation.is_latest)._workflow_write(
                {"is_latest": True}
            )

    def action_compare(self):
        """Read the export and list the differences (the lines of a former comparison go)."""
        self.ensure_one()
        self._check_group(OFFICE, self.env._("Only the Committee Office reconciles tasks."))
        if not self.file:
            raise UserError(self.env._("Attach the export of the Government Office's database (CSV or XLSX)."))
        try:
            file_format, headers, rows = read_table(base64.b64decode(self.file), self.file_name or "")
        except TableError as error:
            raise UserError(self._table_message(error)) from None
        columns = self.source_id._mapping(headers, file_format)
        missing = [fact for fact in ("external_ref", "directive", "name") if fact not in columns]
        if missing and not ("external_ref" in columns or {"directive", "name"} <= set(columns)):
            raise UserError(
                self.env._(
                    "Choose on the source the columns holding the reference, or the document number and the "
                    "content: they were not recognised among %(headers)s.",
                    headers=", ".join(headers),
                )
            )
        records = [self._record(number, row, columns) for number, row in enumerate(rows, start=2)]
        self.line_ids.sudo().unlink()
        self.env["oversight.task.reconciliation.line"].sudo().create(self._differences(records))
        self._workflow_write({"state": "compared"})
        self._mark_latest()
        return True

    def action_export(self):
        """The tasks, in the layout the source was last imported in (CSV or XLSX), as a file
        the Office loads into the Government Office's system."""
        self.ensure_one()
        self._check_group(OFFICE, self.env._("Only the Committee Office reconciles tasks."))
        attachment = self.env["ir.attachment"].create(
            {
                "name": self._export_name(),
                "raw": self._export_content(),
                "res_model": self._name,
                "res_id": self.id,
            }
        )
        return {"type": "ir.actions.act_url", "url": f"/web/content/{attachment.id}?download=true", "target": "self"}

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------

    def _table_message(self, error):
        if error.reason == "too_large":
            return self.env._("The file is too large: at most %(limit)s MB are read.", **error.params)
        if error.reason == "too_many_rows":
            return self.env._("The file has more than %(limit)s rows: export one year at a time.", **error.params)
        if error.reason == "empty":
            return self.env._("The file has no row under its header.")
        return self.env._("The file cannot be read: export it again as CSV (UTF-8) or XLSX.")

    def _record(self, number, row, columns):
        """The facts of one row of the export, as the line stores them."""
        value = {fact: row[index] for fact, index in columns.items()}
        return {
            "row": number,
            "external_ref": value.get("external_ref", "").strip(),
            "external_directive": value.get("directive", "").strip(),
            "external_lead": value.get("lead", "").strip(),
            "external_name": value.get("name", "").strip(),
            "external_deadline": parse_date(value.get("deadline")),
            "external_status": value.get("status", "").strip(),
            "external_done": self.source_id._is_done(value.get("status", "")),
            "external_values": json.dumps(row, ensure_ascii=False),
        }

    def _scope_tasks(self):
        """Our tasks the Government Office follows: those of its and the Prime Minister's
        directives, cancelled ones aside."""
        return (
            self.env["oversight.task"]
            .sudo()
            .search(
                [
                    ("company_id", "=", self.company_id.id),
                    ("directive_id.issuer_level", "in", GOVERNMENT_LEVELS),
                    ("state", "!=", "cancelled"),
                ],
                order="id",
            )
        )

    def _lookups(self):
        """Directives of the company by folded number, agencies by folded name and code."""
        company = self.company_id
        directives = self.env["oversight.directive"].sudo().with_context(active_test=False)
        agencies = self.env["oversight.agency"].sudo().with_context(active_test=False)
        directive_ids = {fold(d.name): d.id for d in directives.search([("company_id", "=", company.id)])}
        agency_ids = {}
        for agency in agencies.search([("company_id", "=", company.id)], order="active, id"):
            agency_ids[fold(agency.code)] = agency.id
            agency_ids[fold(agency.name)] = agency.id
        return directive_ids, agency_ids

    def _differences(self, records):
        """The lines of the comparison: each row matched to a task (by reference, else by
        document, lead and the closest content), then one line per difference."""
        tasks = self._scope_tasks()
        directive_ids, agency_ids = self._lookups()
        for record in records:
            record["directive_id"] = directive_ids.get(fold(record["external_directive"]), False)
            record["lead_agency_id"] = agency_ids.get(fold(record["external_lead"]), False)
        matches = self._match(records, tasks)
        lines = []
        for index, record in enumerate(records):
            task = matches.get(index)
            base = {key: value for key, value in record.items() if key != "directive_id"}
            base["reconciliation_id"] = self.id
            if not task:
                lines.append({**base, "mismatch": "missing_here"})
                continue
            kinds = self._mismatches(record, task)
            lines += [{**base, "task_id": task.id, "mismatch": kind} for kind in kinds or ["none"]]
        for task in tasks - self.env["oversight.task"].sudo().union(*matches.values()):
            lines.append({"reconciliation_id": self.id, "task_id": task.id, "mismatch": "missing_there"})
        return lines

    def _match(self, records, tasks):
        """``{record index: task}``: the reference first, then, among the tasks of the same
        document and lead agency, the most similar content (trigrams), best pairs first."""
        by_ref = {task.external_ref.strip().upper(): task for task in tasks if task.external_ref}
        matches, taken = {}, set()
        for index, record in enumerate(records):
            task = by_ref.get(record["external_ref"].upper()) if record["external_ref"] else None
            if task and task.id not in taken:
                matches[index] = task
                taken.add(task.id)
        pending = [
            index
            for index, record in enumerate(records)
            if index not in matches and record["directive_id"] and record["lead_agency_id"] and record["external_name"]
        ]
        free = [task.id for task in tasks if task.id not in taken and not task.external_ref]
        if not pending or not free:
            return matches
        self._ensure_trigram()
        self.env.cr.execute(
            SQL(
                """SELECT l.idx, t.id, similarity(t.name, l.content) AS score
                     FROM unnest(%s::int[], %s::int[], %s::int[], %s::text[])
                          AS l(idx, directive_id, agency_id, content)
                     JOIN oversight_task t ON t.directive_id = l.directive_id AND t.lead_agency_id = l.agency_id
                    WHERE t.id = ANY(%s) AND similarity(t.name, l.content) >= %s
                 ORDER BY score DESC, l.idx, t.id""",
                pending,
                [records[index]["directive_id"] for index in pending],
                [records[index]["lead_agency_id"] for index in pending],
                [records[index]["external_name"] for index in pending],
                free,
                MIN_SIMILARITY,
            )
        )
        Task = self.env["oversight.task"].sudo()
        for index, task_id, _score in self.env.cr.fetchall():
            if index not in matches and task_id not in taken:
                matches[index] = Task.browse(task_id)
                taken.add(task_id)
        return matches

    def _ensure_trigram(self):
        """PostgreSQL's trigrams (pg_trgm), which a database Odoo creates has; created here
        when the database was made by hand (the extension is a trusted one)."""
        if has_trigram(self.env.cr):
            return
        try:
            with self.env.cr.savepoint():
                self.env.cr.execute(SQL("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        except psycopg2.Error:
            raise UserError(
                self.env._("The database lacks PostgreSQL's pg_trgm extension: ask its administrator to create it.")
            ) from None

    def _mismatches(self, record, task):
        kinds = []
        if record["external_status"] and record["external_done"] != (task.state == "done"):
            kinds.append("status")
        if record["external_deadline"] != (task.deadline or None):
            kinds.append("deadline")
        if record["external_lead"] and record["lead_agency_id"] != task.lead_agency_id.id:
            kinds.append("lead")
        return kinds

    def _export_name(self):
        extension = self.source_id.file_format or "csv"
        return f"{fold(self.source_id.name).replace(' ', '-') or 'export'}-{self.date.isoformat()}.{extension}"

    def _export_content(self):
        source = self.source_id
        headers = source._headers()
        columns = {fact: source[f"column_{fact}"] for fact in MAPPED}
        raw = {
            line.task_id.id: json.loads(line.external_values)
            for line in self.line_ids
            if line.task_id and line.external_values
        }
        rows = []
        for task in self._scope_tasks():
            ours = {
                "external_ref": task.external_ref or "",
                "directive": task.directive_id.name,
                "lead": task.lead_agency_id.name,
                "name": task.name,
                "deadline": format_date(task.deadline),
                "status": source._done_text() if task.state == "done" else source.open_value or "",
            }
            by_column = {column: ours[fact] for fact, column in columns.items() if column}
            kept = raw.get(task.id) or [""] * len(headers)
            rows.append(
                [
                    by_column.get(header, kept[index] if index < len(kept) else "")
                    for index, header in enumerate(headers)
                ]
            )
        return write_table(source.file_format or "csv", headers, rows)
