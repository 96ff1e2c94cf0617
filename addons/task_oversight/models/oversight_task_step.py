from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

STEPS = [
    ("assigned", "Assigned to the Agency"),
    ("acknowledged", "Acknowledged"),
    ("officer", "Officer in Charge Assigned"),
    ("progress", "Progress Reported"),
    ("extension_requested", "Extension Requested"),
    ("extension_decided", "Extension Decided"),
    ("reported", "Completion Reported"),
    ("returned", "Completion Returned"),
    ("confirmed", "Completion Confirmed"),
    ("paused", "Paused"),
    ("resumed", "Resumed"),
    ("cancelled", "Cancelled"),
    ("lead_changed", "Lead Agency Changed"),
]


class OversightTaskStep(models.Model):
    """One step of a task's processing (the timeline): who did what, for which
    agency, when, and how many working days after the step before. Written by
    the workflow methods alone, never edited nor deleted (R14); readable by
    whoever reads the task."""

    _name = "oversight.task.step"
    _description = "Task Processing Step"
    _inherit = ["oversight.workflow.mixin"]  # written by the workflow alone: no field on any allowlist
    _order = "date desc, id desc"
    _rec_name = "step"

    task_id = fields.Many2one("oversight.task", required=True, index=True, ondelete="cascade")
    step = fields.Selection(STEPS, required=True, index=True)
    user_id = fields.Many2one("res.users", string="By", index=True)
    agency_id = fields.Many2one("oversight.agency", index=True)
    officer_id = fields.Many2one("res.users", string="Officer in Charge", index="btree_not_null")
    date = fields.Datetime(required=True, index=True)
    working_days = fields.Integer(aggregator="max", help="Working days since the step before (or the assignment).")
    document_ref = fields.Char(string="Document")
    note = fields.Char()
    company_id = fields.Many2one(related="task_id.company_id", store=True, index=True)

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(self.env._("The processing steps of a task are kept (nothing reported is ever lost)."))

    @api.model
    def _record(self, tasks, step, document_ref=False, note=False, agency=None):
        """One step for each of ``tasks``, by the current user, in one batched create."""
        if not tasks:
            return self.browse()
        now = self.env.company._oversight_now()
        today = self.env.company._oversight_today()
        previous = self._previous_dates(tasks)
        calendar = self.env.company.oversight_calendar_id
        pairs = {(previous.get(task.id) or task.date_assigned or today, today) for task in tasks}
        days = calendar._oversight_working_days_between(pairs)
        return self.sudo().create(
            [
                {
                    "task_id": task.id,
                    "step": step,
                    "user_id": self.env.uid,
                    "agency_id": (agency or task.lead_agency_id).id,
                    "officer_id": task.officer_id.id,
                    "date": now,
                    "working_days": days[(previous.get(task.id) or task.date_assigned or today, today)],
                    "document_ref": document_ref,
                    "note": note,
                }
                for task in tasks
            ]
        )

    @api.model
    def _previous_dates(self, tasks):
        """``{task_id: date of its last step}`` in the business time zone, one query."""
        self.flush_model(["task_id", "date"])
        tz = self.env.company.oversight_calendar_id.tz or "Asia/Ho_Chi_Minh"
        self.env.cr.execute(
            SQL(
                """SELECT task_id, MAX(date AT TIME ZONE 'UTC' AT TIME ZONE %s)::date
                     FROM oversight_task_step WHERE task_id = ANY(%s) GROUP BY task_id""",
                tz,
                tasks.ids,
            )
        )
        return dict(self.env.cr.fetchall())
