import json

from odoo import fields, models

from ..tools.reconciliation import MAPPED, fold, guess_mapping

OFFICE = "task_oversight.group_office"
COLUMN_FIELDS = tuple(f"column_{fact}" for fact in MAPPED)
# R16: the Office names the source and its columns; the layout is the last import's
SOURCE_FIELDS = frozenset({"name", "done_values", "open_value", *COLUMN_FIELDS})


class OversightTaskReconciliationSource(models.Model):
    """A database the Office reconciles its tasks with (the Government Office's tracking
    system), and the columns of its exports: chosen once, kept for the next import, as
    Odoo's import keeps a mapping; the layout of the last file is the export's."""

    _name = "oversight.task.reconciliation.source"
    _inherit = ["oversight.workflow.mixin"]
    _description = "Reconciliation Source"
    _create_allowlist = {OFFICE: SOURCE_FIELDS | {"company_id"}}
    _write_allowlist = {OFFICE: SOURCE_FIELDS | {"active"}}
    _order = "name"

    name = fields.Char(required=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)
    column_external_ref = fields.Char(string="Column of the Reference", help="e.g. Mã nhiệm vụ")
    column_directive = fields.Char(string="Column of the Document Number", help="e.g. Số, ký hiệu văn bản")
    column_lead = fields.Char(string="Column of the Lead Agency", help="e.g. Cơ quan chủ trì")
    column_name = fields.Char(string="Column of the Content", help="e.g. Nội dung nhiệm vụ")
    column_deadline = fields.Char(string="Column of the Deadline", help="e.g. Thời hạn")
    column_status = fields.Char(string="Column of the Status", help="e.g. Tình trạng")
    done_values = fields.Char(
        string="Statuses Meaning Done",
        default="Đã hoàn thành, Hoàn thành",
        help="The values of the status column that mean the task is completed, separated by commas.",
    )
    open_value = fields.Char(
        string="Status Written for Open Tasks", default="Đang thực hiện", help="What the export writes for them."
    )
    layout = fields.Text(string="Columns of the Last File", readonly=True, copy=False)
    file_format = fields.Selection([("csv", "CSV"), ("xlsx", "XLSX")], readonly=True, copy=False)

    def _mapping(self, headers, file_format):
        """``{fact: column index}`` for this file: the kept columns, the missing ones guessed
        from the headers and kept; the file's layout kept for the export."""
        self.ensure_one()
        guessed = guess_mapping(headers)
        kept = {fact: self[f"column_{fact}"] for fact in MAPPED if self[f"column_{fact}"]}
        chosen = {**guessed, **{fact: column for fact, column in kept.items() if column in headers}}
        vals = {f"column_{fact}": column for fact, column in chosen.items() if column != self[f"column_{fact}"]}
        self._workflow_write({**vals, "layout": json.dumps(headers, ensure_ascii=False), "file_format": file_format})
        return {fact: headers.index(column) for fact, column in chosen.items()}

    def _headers(self):
        self.ensure_one()
        return json.loads(self.layout) if self.layout else [self[f"column_{fact}"] or fact for fact in MAPPED]

    def _is_done(self, status):
        self.ensure_one()
        return fold(status) in {fold(value) for value in (self.done_values or "").split(",") if value.strip()}

    def _done_text(self):
        self.ensure_one()
        return (self.done_values or "").split(",")[0].strip()
