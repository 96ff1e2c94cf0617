from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_date

AGENCY_USER = "task_oversight.group_agency_user"
LEADER = "task_oversight.group_leader"
# R16: the lead agency drafts (task, date, reason) and edits its draft; a leader
# writes the decision note of a submitted request; the rest moves with the buttons.
REQUEST_DRAFT_FIELDS = frozenset({"requested_deadline", "reason"})

EXTENSION_STATES = [
    ("draft", "Draft"),
    ("submitted", "Submitted"),
    ("approved", "Approved"),
    ("refused", "Refused"),
]


class OversightExtensionRequest(models.Model):
    """An extension request (đề nghị gia hạn) of the lead agency (R8).

    Officers of the lead agency draft it, the agency head submits it before the
    effective deadline and a leader decides. Agency users see the requests of
    the tasks they can see.
    """

    _name = "oversight.extension.request"
    _description = "Extension Request"
    _inherit = ["oversight.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _create_allowlist = {AGENCY_USER: REQUEST_DRAFT_FIELDS | {"task_id"}}
    _write_allowlist = {AGENCY_USER: REQUEST_DRAFT_FIELDS, LEADER: frozenset({"decision_note"})}
    _order = "id desc"
    _rec_name = "task_id"

    task_id = fields.Many2one(
        "oversight.task",
        required=True,
        index=True,
        ondelete="restrict",
        domain="[('state', '=', 'assigned')]",
    )
    agency_id = fields.Many2one(related="task_id.lead_agency_id", string="Lead Agency", store=True, index=True)
    current_deadline = fields.Date(
        compute="_compute_current_deadline",
        store=True,
        compute_sudo=False,
        help="The task's effective deadline when the request was submitted.",
    )
    requested_deadline = fields.Date(required=True, tracking=True)
    reason = fields.Text(required=True)
    state = fields.Selection(
        EXTENSION_STATES, string="Status", required=True, default="draft", tracking=True, copy=False, index=True
    )
    date_submitted = fields.Date(readonly=True, copy=False)
    approver_id = fields.Many2one("res.users", string="Decided By", readonly=True, copy=False, tracking=True)
    date_decided = fields.Date(readonly=True, copy=False)
    decision_note = fields.Text(tracking=True)
    company_id = fields.Many2one(related="task_id.company_id", store=True, index=True)

    _task_open_uniq = models.UniqueIndex(
        "(task_id) WHERE state IN ('draft', 'submitted')", "A task has one open extension request at a time."
    )

    @api.depends("task_id")
    def _compute_current_deadline(self):
        for request in self:
            request.current_deadline = request.task_id.effective_deadline

    @api.constrains("requested_deadline", "current_deadline")
    def _check_requested_deadline(self):
        for request in self:
            if request.current_deadline and request.requested_deadline <= request.current_deadline:
                raise ValidationError(
                    self.env._(
                        "The requested deadline must be after the current deadline (%(deadline)s).",
                        deadline=format_date(self.env, request.current_deadline),
                    )
                )

    def _check_user_write(self, vals):
        editable = "draft" if REQUEST_DRAFT_FIELDS.intersection(vals) else "submitted"
        if any(request.state != editable for request in self):
            raise UserError(
                self.env._(
                    "An extension request is edited by its agency while it is a draft, "
                    "and annotated by a leader while it waits for the decision."
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        self._check_input(vals_list)  # read below, before the mixin's create checks them
        self._check_one_open_request([vals.get("task_id") for vals in vals_list])
        requests = super().create(vals_list)
        # a request that could not be submitted is never kept: refused as it is drafted
        for task in requests.task_id:
            refusal = task._extension_refusal()
            if refusal:
                raise UserError(refusal)
        requests._activity_update()
        return requests

    @api.ondelete(at_uninstall=False)
    def _unlink_except_sent(self):
        if any(request.state != "draft" for request in self):
            raise UserError(self.env._("Only draft extension requests can be deleted."))

    def action_submit(self):
        self._check_can_submit()
        for request in self:
            request._workflow_write(
                {
                    "state": "submitted",
                    "date_submitted": self.env.company._oversight_today(),
                    "current_deadline": request.task_id.effective_deadline,
                }
            )
        self._activity_update()
        self.env["oversight.task.step"]._record(self.task_id, "extension_requested")
        return True

    def action_approve(self, decision_note=None):
        self._check_can_decide()
        self._decide("approved", decision_note)
        for request in self:
            request._apply_extension()
        return True

    def action_refuse(self, decision_note=None):
        self._check_can_decide()
        given = isinstance(decision_note, str) and decision_note.strip()
        if not given and not all((note or "").strip() for note in self.mapped("decision_note")):
            raise UserError(self.env._("Write in the decision note why the extension is refused."))
        self._decide("refused", decision_note)
        return True

    def _check_can_submit(self):
        self.task_id._check_user_is_lead_head(
            self.env._("Only the head of the lead agency can submit an extension request.")
        )
        if any(request.state != "draft" for request in self):
            raise UserError(self.env._("This extension request has already been submitted."))
        for request in self:
            refusal = request.task_id._extension_refusal()
            if refusal:
                raise UserError(refusal)

    @api.model
    def _check_one_open_request(self, task_ids):
        """One open request per task, said before the database refuses it."""
        open_requests = self.sudo().search([("task_id", "in", task_ids), ("state", "in", ("draft", "submitted"))])
        if open_requests or len(task_ids) != len(set(task_ids)):
            task = open_requests.task_id[:1] or self.env["oversight.task"].browse(task_ids[0])
            raise UserError(
                self.env._(
                    "Task %(task)s already has an extension request in progress: complete or submit that one.",
                    task=task.sudo().display_name,
                )
            )

    def _check_can_decide(self):
        self._check_group(
            "task_oversight.group_leader", self.env._("Only a Committee leader can decide an extension request.")
        )
        if any(request.state != "submitted" for request in self):
            raise UserError(self.env._("Only a submitted extension request can be approved or refused."))

    def _decide(self, state, decision_note):
        vals = {"state": state, "approver_id": self.env.uid, "date_decided": self.env.company._oversight_today()}
        if decision_note:
            vals["decision_note"] = decision_note
        self._workflow_write(vals)
        self._activity_update()
        self.env["oversight.task.step"]._record(self.task_id, "extension_decided", note=decision_note or False)

    def _apply_extension(self):
        """Move the task's deadline to the approved one, keeping the first
        deadline and the count (R2, R8); the escalation ladder starts again."""
        self.ensure_one()
        task = self.task_id
        task._workflow_write(
            {
                "original_deadline": task.original_deadline or task.deadline,
                "extension_count": task.extension_count + 1,
                "deadline": self.requested_deadline,
                "escalation_level": 0,
            }
        )
        task._activity_update(
            self.env._("Deadline extended to %(deadline)s.", deadline=format_date(self.env, self.requested_deadline))
        )

    def _activity_update(self):
        """Reconcile the to-dos with the state: an officer's draft waits for the
        head of the lead agency, a submitted request for the assigning leader
        (else the Office monitor); each is done when the request moves on."""
        submit, decide = "task_oversight.mail_act_extension_submit", "task_oversight.mail_act_extension_decide"
        self.filtered(lambda request: request.state != "draft").activity_feedback([submit])
        self.filtered(lambda request: request.state in ("approved", "refused")).activity_feedback([decide])
        for request in self.sudo():
            task = request.task_id
            if request.state == "draft":
                head = task.lead_agency_id.head_user_id
                if head and head != request.create_uid and not request._has_activity(submit):
                    request.activity_schedule(
                        submit,
                        user_id=head.id,
                        summary=self.env._("Submit the extension request of %(task)s", task=task.display_name),
                    )
            elif request.state == "submitted":
                leader = task.leader_id or task.monitor_user_id
                if leader and not request._has_activity(decide):
                    request.activity_schedule(
                        decide,
                        user_id=leader.id,
                        summary=self.env._("Decide the extension of %(task)s", task=task.display_name),
                    )
