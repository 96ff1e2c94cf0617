from odoo import api, fields, models
from odoo.exceptions import UserError

from .oversight_agency_report import EDITABLE_STATES

LINE_KINDS = [("overdue", "Overdue"), ("done_late", "Done Late")]
# R16: the agency explains each task; the copy of the task is the product's
AGENCY_FIELDS = frozenset({"cause", "solution"})


class OversightAgencyReportLine(models.Model):
    """One overdue or late task of an agency report, a copy taken when the
    figures were computed, so that later edits of the task do not change a
    submitted report. Only the agency itself (and the Office and leaders)
    reads its lines, even after the period is published."""

    _name = "oversight.agency.report.line"
    _description = "Agency Report Task"
    _inherit = ["oversight.workflow.mixin"]
    _write_allowlist = {"task_oversight.group_agency_user": AGENCY_FIELDS}
    _order = "report_id, kind desc, starred desc, deadline, id"

    report_id = fields.Many2one("oversight.agency.report", required=True, index=True, ondelete="cascade")
    agency_id = fields.Many2one(related="report_id.agency_id", store=True, index=True)
    company_id = fields.Many2one(related="report_id.company_id", store=True)
    report_state = fields.Selection(related="report_id.state")
    task_id = fields.Many2one("oversight.task", required=True, index=True, ondelete="cascade")
    task_code = fields.Char(string="Reference", readonly=True)
    task_name = fields.Char(string="Task Content", readonly=True)
    officer_id = fields.Many2one("res.users", string="Officer in Charge", readonly=True)
    kind = fields.Selection(LINE_KINDS, string="Situation", required=True, readonly=True)
    deadline = fields.Date(readonly=True)
    date_done = fields.Date(string="Completed On", readonly=True)
    days_overdue = fields.Integer(readonly=True)
    starred = fields.Boolean(string="Key Task", readonly=True)
    cause = fields.Text()
    solution = fields.Text(string="Proposed Solution")

    _report_task_uniq = models.UniqueIndex("(report_id, task_id)")

    def _check_user_write(self, vals):
        self.report_id._check_user_edit()

    @api.ondelete(at_uninstall=False)
    def _unlink_except_frozen(self):
        """Lines follow the figures (removed by their recomputation alone) and
        stay as they were submitted, for every role (R14)."""
        if not self.env.su or self.filtered(lambda line: line.report_id.state not in EDITABLE_STATES):
            raise UserError(self.env._("The tasks of a report are kept as the product listed them."))
