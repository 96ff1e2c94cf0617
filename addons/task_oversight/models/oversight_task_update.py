from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError


class OversightTaskUpdate(models.Model):
    """A progress report (báo cáo tiến độ) of the lead or a coordinating agency.

    Agency users read the reports of the tasks they can see and write only
    their own agency's; completion reports are created by
    ``oversight.task.action_report_done`` and never edited afterwards.
    """

    _name = "oversight.task.update"
    _description = "Task Progress Report"
    _order = "date desc, id desc"
    _rec_name = "task_id"

    task_id = fields.Many2one("oversight.task", required=True, index=True, ondelete="restrict")
    agency_id = fields.Many2one(
        "oversight.agency",
        string="Reporting Agency",
        required=True,
        index=True,
        ondelete="restrict",
        default=lambda self: self.env.user.oversight_agency_id,
    )
    user_id = fields.Many2one("res.users", string="Reported By", default=lambda self: self.env.user, readonly=True)
    date = fields.Date(required=True, default=fields.Date.context_today)
    progress = fields.Integer(string="Progress (%)", help="Percentage of the task done, from 0 to 100.")
    note = fields.Text(string="Work Done", required=True)
    difficulties = fields.Text()
    proposal = fields.Text(string="Proposals")
    document_ref = fields.Char(string="Report Document", help="Number of the report document, e.g. 125/BC-SNV.")
    is_completion = fields.Boolean(string="Completion Report", readonly=True)
    task_state = fields.Selection(related="task_id.state", string="Task Status")
    company_id = fields.Many2one(related="task_id.company_id", store=True, index=True)

    @api.constrains("progress")
    def _check_progress(self):
        if any(not 0 <= update.progress <= 100 for update in self):
            raise ValidationError(self.env._("Progress is a percentage between 0 and 100."))

    @api.constrains("agency_id", "task_id")
    def _check_agency(self):
        for update in self:
            task = update.task_id
            if update.agency_id not in task.lead_agency_id | task.coordinating_agency_ids:
                raise ValidationError(
                    self.env._(
                        "%(agency)s is neither the lead nor a coordinating agency of task %(task)s, "
                        "so it cannot report on it.",
                        agency=update.agency_id.name,
                        task=task.display_name,
                    )
                )

    @api.constrains("task_id")
    def _check_task_state(self):
        if any(update.task_id.state not in ("assigned", "reported") for update in self):
            raise ValidationError(self.env._("Progress can only be reported on an assigned task."))

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su and any(vals.get("is_completion") for vals in vals_list):
            raise AccessError(
                self.env._("A completion report is sent with the “Report Completion” button of the task.")
            )
        updates = super().create(vals_list)
        for update in updates:
            update.task_id.message_post(body=update._summary(), subtype_xmlid="mail.mt_note")
        return updates

    def write(self, vals):
        if not self.env.su and self.filtered("is_completion"):
            raise AccessError(self.env._("A completion report cannot be changed once it is sent."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_completion(self):
        if self.filtered("is_completion"):
            raise AccessError(self.env._("A completion report cannot be deleted."))

    def _summary(self):
        self.ensure_one()
        return self.env._(
            "%(agency)s reported %(progress)s%% progress: %(note)s",
            agency=self.agency_id.name,
            progress=self.progress,
            note=self.note,
        )
