from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.task_oversight.models.oversight_task import DEADLINE_STATUSES

from .oversight_inspection import AGENCY_USER
from .oversight_inspection_plan import OFFICE


class OversightInspectionLine(models.Model):
    """A task examined by an inspection, as it stood when the inspection started (a copy,
    so that the findings read against what the team saw), and the team's finding on it.
    Read by whoever reads the inspection; its finding written by the team while the
    inspection is in progress."""

    _name = "oversight.inspection.line"
    _description = "Task Examined"
    _inherit = ["oversight.workflow.mixin"]
    _write_allowlist = {OFFICE: frozenset({"finding"}), AGENCY_USER: frozenset({"finding"})}
    _order = "inspection_id, starred desc, deadline, id"
    _rec_name = "task_code"

    inspection_id = fields.Many2one("oversight.inspection", required=True, index=True, ondelete="cascade")
    agency_id = fields.Many2one(related="inspection_id.agency_id", store=True, index=True)
    company_id = fields.Many2one(related="inspection_id.company_id", store=True)
    task_id = fields.Many2one("oversight.task", required=True, index=True, ondelete="cascade")
    task_code = fields.Char(string="Reference", readonly=True)
    task_name = fields.Char(string="Task Content", readonly=True)
    deadline = fields.Date(readonly=True)
    date_done = fields.Date(string="Completed On", readonly=True)
    starred = fields.Boolean(string="Key Task", readonly=True)
    days_overdue = fields.Integer(readonly=True)
    status = fields.Selection(DEADLINE_STATUSES, string="Status at the Start", readonly=True)
    finding = fields.Text()

    _inspection_task_uniq = models.UniqueIndex("(inspection_id, task_id)")

    def _check_user_write(self, vals):
        self.inspection_id._check_user_write({"findings": vals.get("finding")})

    @api.ondelete(at_uninstall=False)
    def _unlink_except_frozen(self):
        if not self.env.su:
            raise UserError(self.env._("The tasks examined are kept as they stood when the inspection started."))
