from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# R16: a progress report is written once, by an agency member or the Office on
# the agency's behalf, and never changed; the author, the completion flag and
# the task it belongs to are set by the product.
UPDATE_CREATE_FIELDS = frozenset(
    {"task_id", "agency_id", "date", "progress", "note", "difficulties", "proposal", "document_ref"}
)


class OversightTaskUpdate(models.Model):
    """A progress report (báo cáo tiến độ) of the lead or a coordinating agency.

    Agency users read the reports of the tasks they can see and send them in
    their own agency's name; nobody edits or deletes a report once sent (R14).
    Completion reports are created by ``oversight.task.action_report_done``.
    """

    _name = "oversight.task.update"
    _description = "Task Progress Report"
    _inherit = ["oversight.workflow.mixin"]
    _create_allowlist = {
        "task_oversight.group_agency_user": UPDATE_CREATE_FIELDS,
        "task_oversight.group_office": UPDATE_CREATE_FIELDS,
    }
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
    date = fields.Date(required=True, default=lambda self: self.env.company._oversight_today())
    progress = fields.Integer(string="Progress (%)", help="Percentage of the task done, from 0 to 100.")
    note = fields.Text(string="Work Done", required=True)
    difficulties = fields.Text()
    proposal = fields.Text(string="Proposals")
    document_ref = fields.Char(string="Report Document", help="Number of the report document, e.g. 125/BC-SNV.")
    is_completion = fields.Boolean(string="Completion Report", readonly=True)
    task_state = fields.Selection(related="task_id.state", string="Task Status", compute_sudo=False)
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

    @api.constrains("date")
    def _check_date(self):
        today = self.env.company._oversight_today()
        if any(update.date > today for update in self):
            raise ValidationError(self.env._("A progress report cannot be dated in the future."))

    @api.constrains("task_id")
    def _check_task_state(self):
        if any(update.task_id.state not in ("assigned", "reported") for update in self):
            raise ValidationError(self.env._("Progress can only be reported on an assigned task."))

    @api.model_create_multi
    def create(self, vals_list):
        updates = super().create(vals_list)
        for update in updates:
            update.task_id.message_post(body=update._summary(), subtype_xmlid="mail.mt_note")
        Step = self.env["oversight.task.step"]
        for update in updates.filtered(lambda update: not update.is_completion):
            Step._record(update.task_id, "progress", document_ref=update.document_ref, agency=update.agency_id)
        updates._ask_head_to_submit()
        return updates

    def _is_completion_draft(self):
        """An officer's report of the lead agency at 100 % with its report document: the
        completion report the head reviews and submits."""
        self.ensure_one()
        task = self.task_id
        return (
            not self.is_completion
            and self.progress == 100
            and bool(self.document_ref)
            and task.state == "assigned"
            and self.agency_id == task.lead_agency_id
        )

    def _ask_head_to_submit(self):
        """The head of the lead agency gets a to-do to submit an officer's completion draft."""
        draft_type = "task_oversight.mail_act_task_completion_draft"
        for update in self.sudo().filtered(lambda update: update._is_completion_draft()):
            task = update.task_id
            head = task.lead_agency_id.head_user_id
            if not head or head == update.user_id or task._has_activity(draft_type):
                continue
            task.activity_schedule(
                draft_type,
                user_id=head.id,
                summary=self.env._(
                    "Review and submit the completion report %(ref)s drafted by %(officer)s",
                    ref=update.document_ref,
                    officer=update.user_id.name,
                ),
                note=update.note,
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_never(self):
        raise UserError(self.env._("A progress report is kept once it is sent (nothing reported is ever lost)."))

    @api.model
    def _check_user_create(self, vals_list):
        """An agency reports in its own name (or a sub-agency's), never in another's."""
        self._check_own_agency(
            vals_list, self.env._("You can only send progress reports in the name of your own agency.")
        )

    def _summary(self):
        self.ensure_one()
        return self.env._(
            "%(agency)s reported %(progress)s%% progress: %(note)s",
            agency=self.agency_id.name,
            progress=self.progress,
            note=self.note,
        )
