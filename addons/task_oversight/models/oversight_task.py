from markupsafe import escape

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Command
from odoo.tools import SQL, format_date
from odoo.tools.mail import generate_tracking_message_id
from odoo.tools.translate import LazyTranslate

from ..tools import bulk
from ..tools.directive_number import parse_document_number
from ..tools.rules import is_overdue, is_silent, overdue_sql, silent_sql
from .oversight_workflow_mixin import LOGGED_BY_THE_JOB, Action

_lt = LazyTranslate(__name__)

TASK_STATES = [
    ("draft", "Draft"),
    ("assigned", "Assigned"),
    ("reported", "Reported Done"),
    ("done", "Done"),
    ("paused", "Paused"),
    ("cancelled", "Cancelled"),
]

DEADLINE_STATUSES = [
    ("done_on_time", "Done on Time"),
    ("done_late", "Done Late"),
    ("done_no_deadline", "Done (No Deadline)"),
    ("in_time", "In Time"),
    ("overdue", "Overdue"),
    ("no_deadline", "No Deadline"),
]

# States counted in statistics (R3): draft, paused and cancelled tasks are not.
OPEN_STATES = ("assigned", "reported")

OFFICE = "task_oversight.group_office"
LEADER = "task_oversight.group_leader"
LEADER_REFUSAL = _lt("Only a Committee leader can pause, cancel or resume a task.")
LEADER_REASON = _lt("Record the reason of the leader's decision.")
# The task's workflow in one table: who takes each action, from which states, to which state,
# with which reason, posting which subtype and writing which step of the timeline. The form's
# buttons, the decision dialog, the checks and _track_subtype all read it; actions whose group
# is None check who may take them themselves (the lead agency's head, its dispatcher).
TASK_ACTIONS = {
    "assign": Action(
        ("draft",),
        "assigned",
        OFFICE,
        _lt("Only the Committee Office can assign tasks."),
        subtype="task_oversight.mt_task_assigned",
        step="assigned",
        verb=_lt("assign"),
    ),
    "report_done": Action(
        ("assigned",),
        "reported",
        subtype="task_oversight.mt_task_reported",
        step="reported",
        verb=_lt("report the completion of"),
    ),
    "confirm_done": Action(
        ("reported",),
        "done",
        OFFICE,
        _lt("Only the Committee Office can confirm that a task is done."),
        subtype="task_oversight.mt_task_done",
        step="confirmed",
        verb=_lt("confirm the completion of"),
    ),
    "return": Action(
        ("reported",),
        "assigned",
        OFFICE,
        _lt("Only the Committee Office can return a completion report."),
        _lt("Give the reason why the completion report is returned."),
        subtype="task_oversight.mt_task_returned",
        step="returned",
        verb=_lt("return the report of"),
        dialog=True,
    ),
    "pause": Action(
        ("assigned", "reported"),
        "paused",
        LEADER,
        LEADER_REFUSAL,
        LEADER_REASON,
        subtype="task_oversight.mt_task_stopped",
        step="paused",
        verb=_lt("pause"),
        dialog=True,
    ),
    "cancel": Action(
        ("draft", "assigned", "reported", "paused"),
        "cancelled",
        LEADER,
        LEADER_REFUSAL,
        LEADER_REASON,
        subtype="task_oversight.mt_task_stopped",
        step="cancelled",
        verb=_lt("cancel"),
        dialog=True,
    ),
    "resume": Action(
        ("paused",),
        "assigned",
        LEADER,
        LEADER_REFUSAL,
        LEADER_REASON,
        subtype="task_oversight.mt_task_assigned",
        step="resumed",
        verb=_lt("resume"),
        dialog=True,
    ),
    "change_lead": Action(
        None,
        group=OFFICE,
        refusal=_lt("Only the Committee Office can change the lead agency of a task."),
        reason=_lt("Give the reason for changing the lead agency."),
        step="lead_changed",
        dialog=True,
    ),
    "assign_officer": Action(
        ("assigned", "reported", "paused"), step="officer", verb=_lt("assign an officer to"), dialog=True
    ),
    "acknowledge": Action(("assigned",), step="acknowledged", verb=_lt("acknowledge")),
}
# the leader's decisions: the actions of the table a leader takes
LEADER_DECISIONS = tuple(name for name, action in TASK_ACTIONS.items() if action.group == LEADER)
# R16: what the Office sets when it registers a task; once it is assigned, the lead
# agency and the assignment date change only through the workflow ("Change Lead
# Agency", with its reason). Agencies and leaders write nothing directly: they
# report and decide through the workflow methods.
TASK_CREATE_FIELDS = frozenset(
    {
        "name",
        "directive_id",
        "leader_id",
        "lead_agency_id",
        "coordinating_agency_ids",
        "monitor_user_id",
        "date_assigned",
        "deadline",
        "starred",
        "expected_output",
        "description",
        "company_id",
        "external_ref",
    }
)
TASK_WRITE_FIELDS = TASK_CREATE_FIELDS - {"company_id"} | {"active"}
DRAFT_ONLY_FIELDS = frozenset({"lead_agency_id", "date_assigned", "company_id"})


class OversightTask(models.Model):
    """A task (nhiệm vụ) assigned by a leader to one lead agency.

    Agency users read the tasks their agency (or one of its sub-agencies)
    leads or coordinates. Only the Office writes a task directly, and only the
    fields of ``TASK_WRITE_FIELDS``; everything else (state, dates of the
    workflow, results) is written by the workflow methods after their checks.
    """

    _name = "oversight.task"
    _description = "Task"
    _inherit = ["oversight.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _create_allowlist = {OFFICE: TASK_CREATE_FIELDS}
    _write_allowlist = {OFFICE: TASK_WRITE_FIELDS}
    _actions = TASK_ACTIONS
    _order = "starred desc, effective_deadline asc nulls last, id desc"
    _rec_names_search = ["name", "code"]
    _mail_post_access = "read"

    name = fields.Char(string="Task", required=True, tracking=True, index="trigram")  # searched by words
    external_ref = fields.Char(
        string="Government Office Reference",
        tracking=True,
        copy=False,
        help="The task's number in the Government Office's tracking database (tasks of the Government "
        "and the Prime Minister).",
    )
    code = fields.Char(string="Reference", readonly=True, copy=False, default="/", index="trigram")
    active = fields.Boolean(default=True)
    directive_id = fields.Many2one("oversight.directive", index=True, ondelete="restrict", tracking=True)
    leader_id = fields.Many2one(
        "res.users",
        string="Assigning Leader",
        tracking=True,
        index="btree_not_null",
        domain=lambda self: [("group_ids", "in", self.env.ref("task_oversight.group_leader").ids)],
    )
    lead_agency_id = fields.Many2one(
        "oversight.agency",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        domain="[('company_id', '=', company_id)]",
    )
    coordinating_agency_ids = fields.Many2many(
        "oversight.agency",
        "oversight_task_coordinating_agency_rel",
        "task_id",
        "agency_id",
        string="Coordinating Agencies",
        tracking=True,
        domain="[('company_id', '=', company_id)]",
    )
    # the agencies taking part (the lead and the coordinators) in one relation: the agency
    # record rules are then one indexed semi-join, where "lead OR coordinator" made
    # PostgreSQL read every task to count an agency's list
    party_agency_ids = fields.Many2many(
        "oversight.agency",
        "oversight_task_party_agency_rel",
        "task_id",
        "agency_id",
        string="Agencies Taking Part",
        compute="_compute_party_agency_ids",
        store=True,
    )
    monitor_user_id = fields.Many2one(
        "res.users",
        string="Office Monitor",
        tracking=True,
        index="btree_not_null",
        default=lambda self: self._default_monitor_user(),
        help="Office officer who follows the task and confirms its completion.",
    )
    date_assigned = fields.Date(
        string="Assigned On", required=True, default=lambda self: self.env.company._oversight_today(), copy=False
    )
    deadline = fields.Date(tracking=True, copy=False)
    effective_deadline = fields.Date(
        compute="_compute_effective_deadline",
        store=True,
        index=True,
        help="The deadline, moved to the next working day when it falls on a weekend or a public holiday.",
    )
    original_deadline = fields.Date(readonly=True, copy=False)
    extension_count = fields.Integer(string="Number of Extensions", readonly=True, copy=False)
    starred = fields.Boolean(string="Key Task", tracking=True, index=True)
    expected_output = fields.Text()
    description = fields.Html()
    state = fields.Selection(
        TASK_STATES, string="Status", required=True, default="draft", tracking=True, copy=False, index=True
    )
    state_reason = fields.Text(string="Decision Reason", readonly=True, copy=False)
    return_reason = fields.Text(
        string="Returned Because",
        readonly=True,
        copy=False,
        tracking=True,
        help="Why the Office returned the last completion report; cleared when the agency reports again.",
    )
    date_reported = fields.Date(
        string="Completion Report Date",
        readonly=True,
        copy=False,
        help="Date of the agency's completion report document.",
    )
    date_done = fields.Date(string="Completed On", readonly=True, copy=False, index=True)
    progress = fields.Integer(compute="_compute_progress", store=True, aggregator="avg")
    last_update_date = fields.Date(compute="_compute_progress", store=True, string="Last Report")
    deadline_status = fields.Selection(DEADLINE_STATUSES, compute="_compute_deadline_status", store=True, index=True)
    days_overdue = fields.Integer(compute="_compute_deadline_status", store=True, aggregator="max")
    update_ids = fields.One2many("oversight.task.update", "task_id", string="Progress Reports")
    update_count = fields.Integer(compute="_compute_update_count")
    extension_ids = fields.One2many("oversight.extension.request", "task_id", string="Extension Requests")
    escalation_level = fields.Integer(
        readonly=True,
        copy=False,
        tracking=True,
        help="Highest level of the overdue escalation ladder reached on the current deadline.",
    )
    escalation_ids = fields.One2many("oversight.task.escalation", "task_id", string="Escalations")
    extension_refusal = fields.Char(
        string="Why No Extension",
        compute="_compute_extension_refusal",
        help="Why no extension can be requested today, when none can.",
    )
    my_agency_role = fields.Selection(
        [("lead", "Lead"), ("coordination", "Coordination")],
        string="My Agency's Role",
        compute="_compute_my_agency_role",
        help="Whether the user's agency leads the task or coordinates it.",
    )
    officer_id = fields.Many2one(
        "res.users",
        string="Officer in Charge",
        tracking=True,
        index="btree_not_null",
        copy=False,
        help="The member of the lead agency who handles the task (cán bộ thụ lý), named by its head.",
    )
    officer_ids = fields.Many2many(
        "res.users", "oversight_task_officer_rel", "task_id", "user_id", string="Helping Officers", copy=False
    )
    date_acknowledged = fields.Date(string="Acknowledged On", copy=False, tracking=True)
    step_ids = fields.One2many("oversight.task.step", "task_id", string="Timeline")
    coordination_ids = fields.One2many("oversight.task.coordination", "task_id")
    report_overdue = fields.Boolean(
        string="No Recent Report",
        compute="_compute_report_overdue",
        store=True,
        help="A task without a deadline whose agency sent no progress report during the urging interval "
        "set in Settings.",
    )
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)
    user_is_office = fields.Boolean(compute="_compute_user_rights")
    user_is_lead_head = fields.Boolean(compute="_compute_user_rights")
    user_in_lead_agency = fields.Boolean(compute="_compute_user_rights")
    user_can_name_officer = fields.Boolean(compute="_compute_user_rights")
    user_is_leader = fields.Boolean(compute="_compute_user_rights")

    _code_company_uniq = models.UniqueIndex("(company_id, code)")
    _external_ref_uniq = models.UniqueIndex(
        "(company_id, external_ref) WHERE external_ref IS NOT NULL",
        "Another task carries this Government Office reference.",
    )
    # the lists' default order (key tasks first, then by effective deadline) as the ORM writes it
    # (a boolean is ordered as COALESCE(starred, false)), served by an index: no sort of every task
    _list_order_idx = models.Index("((COALESCE(starred, false)) DESC, effective_deadline ASC NULLS LAST, id DESC)")
    # an agency's counts start from the agencies taking part (party_agency_ids) and look up each
    # task's state in this narrow index alone, a loop of index-only probes, where PostgreSQL at
    # its default costs read every open task to hash them
    _state_by_id_idx = models.Index("(id) INCLUDE (state, company_id) WHERE active IS TRUE")
    # the lists as they open ("In Progress") hold the open tasks alone, a few in a hundred after
    # ten years: their order and an agency's count read these two small indexes, where the
    # order of every task made PostgreSQL walk a million rows to find an agency's first 80
    # (550 ms at 1,000,000 tasks, 7 ms with them) and the count probe ten years of its tasks
    _open_list_order_idx = models.Index(
        "((COALESCE(starred, false)) DESC, effective_deadline ASC NULLS LAST, id DESC)"
        " WHERE active IS TRUE AND state IN ('assigned', 'reported')"
    )
    _open_by_id_idx = models.Index(
        "(id) INCLUDE (company_id, deadline_status) WHERE active IS TRUE AND state IN ('assigned', 'reported')"
    )
    # the statistics (R3: the active tasks of a committee, by lead agency) and the counts of the
    # lists read from this index alone, never from the wide rows: the leaders' analysis, the
    # dashboard, the monthly figures, "1-80 / 100,000" (its condition is written as the ORM
    # writes it, "active IS TRUE", for PostgreSQL to match it); keyed by the date of assignment,
    # so that the analysis as it opens (this year's tasks) reads only this year's part of it
    _statistics_idx = models.Index(
        "(company_id, date_assigned) INCLUDE (lead_agency_id, state, deadline_status, leader_id, directive_id,"
        " effective_deadline, date_done, starred, days_overdue) WHERE active IS TRUE"
    )

    @api.depends("lead_agency_id", "coordinating_agency_ids")
    def _compute_party_agency_ids(self):
        # one write of the relation per set of agencies, not one per task: a merger moves
        # thousands of tasks to the same lead
        for agencies, tasks in self.grouped(lambda task: task.lead_agency_id | task.coordinating_agency_ids).items():
            tasks.party_agency_ids = agencies

    @api.model
    def _search(self, domain, *args, **kwargs):
        # the agency record rules read the agencies taking part, stored when the ORM flushes;
        # a many2many condition does not flush them by itself
        self.flush_model(["party_agency_ids"])
        return super()._search(domain, *args, **kwargs)

    @api.model
    def _search_activity_user_id(self, operator, operand):
        # "Waiting for Me" and the landing filters OR this with conditions on indexed columns
        # (state, deadline status, the agency): the tasks of the user's activities, a few
        # hundred at most, are read first, so that PostgreSQL combines index scans instead of
        # testing every task of the province against a subquery of mail_activity
        if operator != "in" or any(isinstance(value, bool) for value in operand):
            return super()._search_activity_user_id(operator, operand)
        groups = (
            self.env["mail.activity"]
            .sudo()
            ._read_group([("res_model", "=", self._name), ("user_id", "in", list(operand))], ["res_id"])
        )
        return [("id", "in", [res_id for (res_id,) in groups])]

    def _default_monitor_user(self):
        user = self.env.user
        return user if user.has_group("task_oversight.group_office") else False

    @api.depends(
        "deadline",
        "company_id.oversight_calendar_id.global_leave_ids.date_from",
        "company_id.oversight_calendar_id.global_leave_ids.date_to",
    )
    def _compute_effective_deadline(self):
        for company, tasks in self.grouped("company_id").items():
            mapping = company.oversight_calendar_id._oversight_effective_dates(
                set(tasks.filtered("deadline").mapped("deadline"))
            )
            for task in tasks:
                task.effective_deadline = mapping.get(task.deadline, False)

    @api.depends("state", "update_ids.progress", "update_ids.date", "update_ids.is_completion")
    def _compute_progress(self):
        # a returned completion report no longer speaks for the task: the last progress report does
        for task in self:
            updates = task.update_ids
            if task.state not in ("reported", "done"):
                updates = updates.filtered(lambda update: not update.is_completion)
            last = updates.sorted(lambda update: (update.date, update.id))[-1:]
            task.last_update_date = last.date
            task.progress = 100 if task.state == "done" else last.progress

    @api.depends("state", "effective_deadline", "date_done", "date_reported")
    def _compute_deadline_status(self):
        today = self.env.company._oversight_today()
        for task in self:
            task.deadline_status, task.days_overdue = task._deadline_status_on(today)

    @api.depends("state", "deadline", "date_assigned", "last_update_date")
    def _compute_report_overdue(self):
        today = self.env.company._oversight_today()
        for task in self:
            task.report_overdue = task._report_overdue_on(today)

    def _compute_update_count(self):
        counts = dict(
            self.env["oversight.task.update"]._read_group([("task_id", "in", self.ids)], ["task_id"], ["__count"])
        )
        for task in self:
            task.update_count = counts.get(task, 0)

    @api.depends_context("uid")
    def _compute_user_rights(self):
        user = self.env.user
        is_office = user.has_group("task_oversight.group_office")
        is_leader = user.has_group("task_oversight.group_leader")
        led = self._filtered_user_leads()
        is_head = user.has_group("task_oversight.group_agency_head")
        for task in self:
            task.user_is_office = is_office
            task.user_is_leader = is_leader
            task.user_in_lead_agency = task in led
            task.user_is_lead_head = is_head and task in led
            task.user_can_name_officer = task._names_officer(user)

    @api.constrains("deadline", "date_assigned")
    def _check_deadline(self):
        for task in self:
            if task.deadline and task.date_assigned and task.deadline < task.date_assigned:
                raise ValidationError(
                    self.env._(
                        "The deadline (%(deadline)s) of task %(task)s cannot be before its assignment "
                        "date (%(assigned)s).",
                        deadline=format_date(self.env, task.deadline),
                        task=task.display_name,
                        assigned=format_date(self.env, task.date_assigned),
                    )
                )

    @api.constrains("leader_id")
    def _check_leader(self):
        self._check_leader_field("leader_id")

    @api.constrains("lead_agency_id")
    def _check_lead_not_ended(self):
        today = self.env.company._oversight_today()
        for task in self:
            lead = task.lead_agency_id
            if lead.date_end and lead.date_end <= today:
                raise ValidationError(
                    self.env._(
                        "%(agency)s ended on %(date)s (decision %(decision)s) and receives no task; "
                        "its successor is %(successor)s.",
                        agency=lead.name,
                        date=format_date(self.env, lead.date_end),
                        decision=lead.end_decision_ref or "—",
                        successor=lead.successor_id.name or "—",
                    )
                )

    @api.depends_context("uid")
    @api.depends("lead_agency_id", "coordinating_agency_ids")
    def _compute_my_agency_role(self):
        agencies = self.env.user.oversight_scope_agency_ids
        for task in self:
            if task.lead_agency_id in agencies:
                task.my_agency_role = "lead"
            elif task.coordinating_agency_ids & agencies:
                task.my_agency_role = "coordination"
            else:
                task.my_agency_role = False

    @api.constrains("lead_agency_id", "coordinating_agency_ids")
    def _check_agencies(self):
        for task in self:
            if task.lead_agency_id in task.coordinating_agency_ids:
                raise ValidationError(
                    self.env._(
                        "%(agency)s leads task %(task)s and cannot also be one of its coordinating agencies.",
                        agency=task.lead_agency_id.name,
                        task=task.display_name,
                    )
                )

    def _prepare_create_values(self, vals_list):
        # the reference is the product's, numbered once the values are allowed
        result = super()._prepare_create_values(vals_list)
        unnumbered = [vals for vals in result if vals.get("code", "/") == "/"]
        for vals, code in zip(unnumbered, self._next_codes(len(unnumbered)), strict=True):
            vals["code"] = code
        return result

    def _next_codes(self, count):
        """``count`` references of the task sequence, drawn in one query whatever the
        number of tasks created at once (a standard sequence, as the product ships it;
        one by one otherwise)."""
        if not count:
            return []
        sequence = (
            self.env["ir.sequence"]
            .sudo()
            .search(
                [("code", "=", "oversight.task"), ("company_id", "in", [self.env.company.id, False])],
                order="company_id",
                limit=1,
            )
        )
        if not sequence:
            return ["/"] * count
        if sequence.implementation != "standard" or sequence.use_date_range:
            return [sequence._next() for _index in range(count)]
        self.env.cr.execute(
            SQL("SELECT nextval(%s) FROM generate_series(1, %s) ORDER BY 1", f"ir_sequence_{sequence.id:03d}", count)
        )
        return [sequence.get_next_char(number) for (number,) in self.env.cr.fetchall()]

    def _check_user_write(self, vals):
        if DRAFT_ONLY_FIELDS.intersection(vals) and self.filtered(lambda task: task.state != "draft"):
            raise UserError(
                self.env._(
                    "The lead agency of an assigned task is changed with the “Change Lead Agency” button, which "
                    "records the reason; its assignment date does not change."
                )
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_reported(self):
        if any(task.state != "draft" or task.update_ids for task in self):
            raise UserError(
                self.env._(
                    "Only draft tasks without any progress report can be deleted. "
                    "Cancel or archive the others so that what was reported is kept."
                )
            )

    def _track_subtype(self, init_values):
        self.ensure_one()
        return self._action_subtype(init_values) or super()._track_subtype(init_values)

    # ------------------------------------------------------------------
    # Workflow (TASK_ACTIONS)
    # ------------------------------------------------------------------

    def _take_action(self, name, vals=None, message=None, feedback=None, **step):
        """The common end of every action, in one order: the elevated write, the chatter
        message of each task, the to-dos reconciled with the new state, the step of the
        timeline. The checks are done before, by the caller."""
        action = self._apply_action(name, vals)
        if message:
            for task in self:
                task.message_post(body=message)
        if action.target:
            self._activity_update(feedback)
        self.env["oversight.task.step"]._record(self, action.step, **step)
        return True

    def action_assign(self):
        self._check_can_assign()
        self._take_action("assign")
        self._subscribe_agency_heads()
        return True

    def action_report_done(self, document_ref=None, report_date=None, note=None):
        """The lead agency's head reports completion with the report document
        (``document_ref``, e.g. "125/BC-SNV"; ``report_date`` "YYYY-MM-DD", today by default)."""
        report_date = self._date_argument(report_date, self.env._("the report date"))
        report_date = report_date or self.env.company._oversight_today()
        self._check_can_report_done(document_ref, report_date)
        self.env["oversight.task.update"].sudo().create(
            [
                {
                    "task_id": task.id,
                    "agency_id": task.lead_agency_id.id,
                    "date": report_date,
                    "progress": 100,
                    "note": note or self.env._("Completion report"),
                    "document_ref": document_ref,
                    "is_completion": True,
                }
                for task in self
            ]
        )
        return self._take_action(
            "report_done",
            {"date_reported": report_date, "return_reason": False},
            feedback=self.env._("Completion reported (%(ref)s).", ref=document_ref),
            document_ref=document_ref,
        )

    def action_confirm_done(self):
        self._check_action("confirm_done")
        for report_date, tasks in self.grouped("date_reported").items():
            tasks._take_action("confirm_done", {"date_done": report_date})
        return True

    def action_return(self, reason=None):
        """The Office sends a completion report back with ``reason``; the deadline is unchanged (R4)."""
        self._check_action("return", reason)
        return self._take_action(
            "return",
            {"date_reported": False, "return_reason": reason},
            message=self.env._("Completion report returned: %(reason)s", reason=reason),
            note=reason,
        )

    def action_pause(self, reason=None):
        """A leader's decision to pause the task, with its ``reason``."""
        return self._decide("pause", reason)

    def action_cancel(self, reason=None):
        """A leader's decision to cancel the task, with its ``reason``."""
        return self._decide("cancel", reason)

    def action_resume(self, reason=None):
        """A leader's decision to resume a paused task, with its ``reason``."""
        return self._decide("resume", reason)

    def action_change_lead(self, lead_agency_id=None, reason=None):
        """The Office moves the tasks to the agency ``lead_agency_id`` (an id), keeping the ``reason`` (R1)."""
        self._check_action("change_lead", reason)
        new_lead = self._record_argument("oversight.agency", lead_agency_id, self.env._("lead agency"))
        if not new_lead:
            raise UserError(self.env._("Choose the new lead agency."))
        return self._change_lead(
            new_lead,
            self.env._("Lead agency changed to %(agency)s: %(reason)s", agency=new_lead.name, reason=reason),
            note=reason,
        )

    def action_assign_officer(self, officer_id=None, reason=None, helper_ids=None):
        """The head of the lead agency (or a deputy) names the officer in charge
        (``officer_id``, a user id); a change of officer needs its ``reason``."""
        officer = self._record_argument("res.users", officer_id, self.env._("officer"))
        helpers = self._records_argument("res.users", helper_ids, self.env._("helping officers"))
        self._check_can_assign_officer(officer, reason, helpers=helpers)
        vals = {"officer_id": officer.id}
        if helpers is not None:
            vals["officer_ids"] = [Command.set(helpers.ids)]
        changed = self.filtered("officer_id")
        self._apply_action("assign_officer", vals)
        for task in changed:
            task.message_post(
                body=self.env._(
                    "Officer in charge changed to %(officer)s: %(reason)s", officer=officer.name, reason=reason
                )
            )
        self.env["oversight.task.step"]._record(self, "officer", note=reason or False)
        for task in self.sudo():
            task.activity_schedule(
                "task_oversight.mail_act_task_officer",
                user_id=officer.id,
                summary=self.env._("Handle the task %(code)s", code=task.code),
            )
        return True

    def action_acknowledge(self):
        """The lead agency acknowledges receipt (its officer in charge or its head)."""
        self._check_can_acknowledge()
        return self._take_action("acknowledge", {"date_acknowledged": self.env.company._oversight_today()})

    def action_open_completion_wizard(self):
        """The form's "Report Completion": the dialog, prefilled from the officer's draft."""
        self._check_state(("assigned",), self._text(TASK_ACTIONS["report_done"].verb))
        self._check_user_is_lead_head(
            self.env._("Only the head of the lead agency can report the completion of a task.")
        )
        return self._wizard_action(
            "task_oversight.oversight_task_completion_wizard_action", self._completion_draft_defaults()
        )

    def action_open_decision_wizard(self):
        """The form's decision buttons (an action of TASK_ACTIONS the dialog takes): the
        dialog that asks for the reason, opened only for whom may take it."""
        decision = self.env.context.get("oversight_decision")
        action = TASK_ACTIONS.get(decision)
        if not action or not action.dialog:
            raise UserError(self.env._("Unknown decision."))
        context = {"default_decision": decision}
        if decision == "assign_officer":
            self._check_can_assign_officer(None, None, opening=True)
            context["oversight_lead_agency_id"] = self[:1].lead_agency_id.id
        else:
            self._check_action(decision, opening=True)
        return self._wizard_action("task_oversight.oversight_task_decision_wizard_action", context)

    @api.depends_context("uid")
    @api.depends("state", "effective_deadline", "extension_count", "extension_ids.state")
    def _compute_extension_refusal(self):
        for task in self:
            task.extension_refusal = task._extension_refusal() or False

    def _extension_refusal(self):
        """Why no extension can be requested for the task today, in a sentence; False
        when one can (R8: before the deadline, within the maximum, one at a time)."""
        self.ensure_one()
        task = self.sudo()
        if task.state != "assigned":
            return self.env._("An extension can only be requested for an assigned task.")
        if task.effective_deadline and task.company_id._oversight_today() > task.effective_deadline:
            return self.env._(
                "The deadline of %(task)s has passed: an extension must be requested before it.",
                task=task.display_name,
            )
        maximum = task.company_id.oversight_max_extensions
        if maximum and task.extension_count >= maximum:
            return self.env._(
                "Task %(task)s has already been extended %(count)s times, the maximum allowed.",
                task=task.display_name,
                count=task.extension_count,
            )
        if "submitted" in task.extension_ids.mapped("state"):
            return self.env._(
                "An extension request for %(task)s is already waiting for a decision.", task=task.display_name
            )
        return False

    def action_request_extension(self):
        """Open a new extension request for the task (form button), or say why none can be made."""
        self.ensure_one()
        refusal = self._extension_refusal()
        if refusal:
            raise UserError(refusal)
        return self._dialog_action(
            "oversight.extension.request", self.env._("Request an Extension"), {"default_task_id": self.id}
        )

    def action_draft_completion(self):
        """An officer's "Draft Completion Report": a progress report at 100 % with its
        report document, which the head reviews and submits (form button)."""
        self.ensure_one()
        return self._dialog_action(
            "oversight.task.update",
            self.env._("Draft Completion Report"),
            {"default_task_id": self.id, "default_progress": 100, "oversight_completion_draft": True},
        )

    def action_add_update(self):
        """Open a new progress report of the user's agency on the task (form button)."""
        self.ensure_one()
        return self._dialog_action("oversight.task.update", self.env._("Progress Report"), {"default_task_id": self.id})

    def action_open_updates(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("task_oversight.oversight_task_update_action")
        action.update(domain=[("task_id", "=", self.id)], context={"default_task_id": self.id})
        return action

    def _decide(self, decision, reason=None, **arguments):
        """Take the decision ``decision`` of the dialog (an action of TASK_ACTIONS) with its
        reason and arguments, through the public method RPC clients call."""
        if decision == "change_lead":
            return self.action_change_lead(reason=reason, **arguments)
        if decision == "assign_officer":
            return self.action_assign_officer(reason=reason, **arguments)
        if decision == "return":
            return self.action_return(reason=reason)
        if decision not in LEADER_DECISIONS:
            raise UserError(self.env._("Unknown decision."))
        action = self._check_action(decision, reason)
        labels = dict(self._fields["state"]._description_selection(self.env))
        return self._take_action(
            decision,
            {"state_reason": reason},
            message=self.env._("Leader's decision (%(state)s): %(reason)s", state=labels[action.target], reason=reason),
            feedback=reason,
            note=reason,
        )

    def _change_lead(self, new_lead, message, **step):
        """Move the tasks to ``new_lead``: the elevated write, the chatter, the step, and the
        heads of the new lead follow the open tasks. The Office's action and the succession
        of an agency that ends (R18) both come here."""
        # one chatter entry per task, logged now and in one batch: the tracked change of lead
        # with the reason; the new lead cannot also coordinate the task it now leads (R1)
        changes = [(task.id, task.lead_agency_id, new_lead) for task in self]
        self.with_context(tracking_disable=LOGGED_BY_THE_JOB)._apply_action(
            "change_lead", {"lead_agency_id": new_lead.id, "coordinating_agency_ids": [Command.unlink(new_lead.id)]}
        )
        self._log_change("lead_agency_id", changes, body=message)
        self.env["oversight.task.step"]._record(self, "lead_changed", **step)
        self.filtered(lambda task: task.state != "draft")._subscribe_agency_heads()
        return True

    # ------------------------------------------------------------------
    # Checks
    # ------------------------------------------------------------------

    def _check_can_assign(self):
        self._check_action("assign")
        incomplete = self.filtered(lambda task: not (task.leader_id and task.directive_id))
        if incomplete:
            raise UserError(
                self.env._(
                    "A task is assigned by a leader through a directive: give the assigning leader and the directive "
                    "of %(tasks)s before assigning.",
                    tasks=", ".join(incomplete.mapped("display_name")),
                )
            )

    def _check_can_report_done(self, document_ref, report_date):
        self._check_action("report_done")
        self._check_user_is_lead_head(
            self.env._("Only the head of the lead agency can report the completion of a task.")
        )
        self._check_reason(
            document_ref,
            self.env._("Give the number of the document that reports the completion, for example 125/BC-SNV."),
        )
        today = self.env.company._oversight_today()
        try:
            parse_document_number(self.env, document_ref, today.year)
        except ValueError:
            raise UserError(
                self.env._(
                    "“%(ref)s” is not the number of a document: give the number and symbol of the report, "
                    "for example 125/BC-SNV.",
                    ref=document_ref,
                )
            ) from None
        if report_date > today:
            raise UserError(self.env._("The completion report cannot be dated in the future."))
        early = self.filtered(lambda task: report_date < task.date_assigned)
        if early:
            raise UserError(
                self.env._(
                    "The completion report cannot be dated before the task was assigned (%(tasks)s).",
                    tasks=", ".join(early.mapped("display_name")),
                )
            )

    def _check_can_assign_officer(self, officer, reason, opening=False, helpers=None):
        if not self.env.su and any(not task._names_officer(self.env.user) for task in self):
            raise UserError(
                self.env._("Only the head of the lead agency, or a deputy it named, assigns the officer in charge.")
            )
        self._check_action("assign_officer", opening=True)
        if opening:
            return
        if not officer:
            raise UserError(self.env._("Choose the officer in charge."))
        for person in officer | (helpers or officer.browse()):
            strangers = self.filtered(lambda task: not task.lead_agency_id._has_member(person))  # noqa: B023
            if strangers:
                raise UserError(
                    self.env._(
                        "%(officer)s is not a member of %(agency)s, the lead agency: only its members handle "
                        "its tasks.",
                        officer=person.name,
                        agency=strangers[0].lead_agency_id.name,
                    )
                )
        if self.filtered(lambda task: task.officer_id and task.officer_id != officer):
            self._check_reason(reason, self.env._("Give the reason for changing the officer in charge."))

    def _check_can_acknowledge(self):
        self._check_action("acknowledge")
        user = self.env.user
        if not self.env.su and any(task.officer_id != user and not task._names_officer(user) for task in self):
            raise UserError(
                self.env._("The task is acknowledged by its officer in charge or the head of the lead agency.")
            )
        done = self.filtered("date_acknowledged")
        if done:
            raise UserError(
                self.env._(
                    "%(task)s was already acknowledged on %(date)s.",
                    task=done[0].display_name,
                    date=format_date(self.env, done[0].date_acknowledged),
                )
            )

    def _state_error_message(self, state_label, action_label):
        return self.env._(
            "You cannot %(action)s task %(task)s while it is “%(state)s”.",
            action=action_label,
            task=self.display_name,
            state=state_label,
        )

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------

    def _deadline_status_on(self, today):
        """Return ``(deadline_status, days_overdue)`` on ``today`` (R3, R5)."""
        self.ensure_one()
        deadline = self.effective_deadline
        if self.state == "done":
            if not deadline:
                return "done_no_deadline", 0
            late = (self.date_done - deadline).days if self.date_done else 0
            return ("done_late", late) if late > 0 else ("done_on_time", 0)
        if self.state not in OPEN_STATES:
            return False, 0
        if not deadline:
            return "no_deadline", 0
        reference = self.date_reported if self.state == "reported" and self.date_reported else today
        return ("overdue", (reference - deadline).days) if is_overdue(reference, deadline) else ("in_time", 0)

    def _report_overdue_on(self, today):
        """R7: no deadline, and no report since the assignment for the urging interval."""
        self.ensure_one()
        if self.state != "assigned" or self.deadline:
            return False
        since = max(filter(None, [self.date_assigned, self.last_update_date]))
        return is_silent(since, self.company_id.oversight_no_deadline_months, today)

    def _completion_draft_defaults(self):
        """Prefill the completion report from the officer's draft: the lead agency's
        latest progress report at 100 % that carries a report document."""
        if len(self) != 1:
            return {}
        drafts = self.update_ids.filtered(
            lambda update: (
                update.agency_id == self.lead_agency_id
                and update.progress == 100
                and update.document_ref
                and not update.is_completion
            )
        )
        draft = drafts.sorted(lambda update: (update.date, update.id))[-1:]
        if not draft:
            return {}
        return {
            "default_document_ref": draft.document_ref,
            "default_report_date": draft.date,
            "default_note": draft.note,
        }

    def _names_officer(self, user):
        """Whether ``user`` names the officer in charge of the task: the head of the lead agency
        (or of a parent agency), or one of its deputies."""
        self.ensure_one()
        agencies = self.sudo().lead_agency_id
        chain = agencies.browse(int(part) for part in (agencies.parent_path or "").split("/") if part)
        return user in chain.head_user_id or user in chain.deputy_user_ids

    def _filtered_user_leads(self):
        """The tasks led by the user's agency or one of its sub-agencies (as the record rule)."""
        agency = self.env.user.oversight_agency_id
        return self.filtered_domain([("lead_agency_id", "child_of", agency.ids)]) if agency else self.browse()

    def _check_user_is_lead_head(self, message):
        """Only the head of the lead agency (or of a parent agency) acts for it."""
        if self.env.su:
            return
        is_head = self.env.user.has_group("task_oversight.group_agency_head")
        if not is_head or self - self._filtered_user_leads():
            raise UserError(message)

    @api.model
    def _log_change(self, fname, changes, body=None):
        """One chatter note per task with the tracked change of ``fname`` (``changes``:
        ``[(task id, old value, new value)]``, values as the field holds them) and ``body``,
        for the workflow writes done with tracking switched off (LOGGED_BY_THE_JOB).

        The notes are those ``_message_log_batch`` logs (the current user's, the note
        subtype, no notification), but their rows and tracking values are inserted
        set-based (:mod:`..tools.bulk`): the escalation backlog logs 26,000 of them, and
        the ORM's create of a message spends most of its time on what these do not need."""
        if not changes:
            return
        tasks = self.browse([task_id for task_id, _old, _new in changes])
        note = self._log_note_values(escape(body or ""))
        messages = bulk.insert(self.env["mail.message"].sudo(), [dict(note, res_id=task.id) for task in tasks])
        col_info = tasks.fields_get([fname])[fname]
        Tracking = self.env["mail.tracking.value"].sudo()
        bulk.insert(
            Tracking,
            [
                dict(Tracking._create_tracking_values(old, new, fname, col_info, task), mail_message_id=message.id)
                for task, message, (_task_id, old, new) in zip(tasks, messages, changes, strict=True)
            ],
        )

    @api.model
    def _log_note_values(self, body):
        """The values of a note of the current user on a task, as a batch log writes them."""
        author_id, email_from = self._message_compute_author()
        return {
            "model": self._name,
            "message_type": "notification",
            "subtype_id": self.env["ir.model.data"]._xmlid_to_res_id("mail.mt_note"),
            "is_internal": True,
            "author_id": author_id,
            "email_from": email_from,
            "reply_to": self.env["mail.thread"]._notify_get_reply_to(default=email_from, author_id=author_id)[False],
            "message_id": generate_tracking_message_id("message-notify"),
            "email_add_signature": False,
            "date": self.env.company._oversight_now().replace(microsecond=0),  # as Odoo's messages are dated
            "body": body,
        }

    def _subscribe_agency_heads(self):
        """The heads of the agencies taking part, the Office monitor and the leader follow the
        tasks: one subscription per set of people, not one per task (a merger moves thousands)."""

        def people(task):
            heads = (task.lead_agency_id | task.coordinating_agency_ids).head_user_id
            return (heads | task.monitor_user_id | task.leader_id).partner_id

        followers = self.grouped(people)
        for partners, tasks in followers.items():
            tasks.message_subscribe(partner_ids=partners.ids)

    def _activity_update(self, feedback=None):
        """Reconcile the to-dos of the tasks with their state, as ``hr_leave`` does:
        the Office confirms a reported task; the lead agency's head redoes a
        returned one; the escalation to-dos close once the task is no longer
        overdue on its deadline (reported, paused, cancelled, done or extended),
        with ``feedback`` saying why."""
        confirm, returned = "task_oversight.mail_act_task_confirm", "task_oversight.mail_act_task_returned"
        drafted = "task_oversight.mail_act_task_completion_draft"
        done = self.filtered(lambda task: task.state == "done")
        done.activity_feedback([confirm])
        (self - done).filtered(lambda task: task.state != "reported").activity_unlink([confirm])
        self.filtered(lambda task: task.state == "reported").activity_feedback([returned, drafted])
        self.filtered(lambda task: task.state not in ("assigned", "reported")).activity_unlink([returned, drafted])
        for task in self.sudo():
            if task.state == "reported" and not task._has_activity(confirm):
                user = task.monitor_user_id or task.create_uid
                document = task.update_ids.filtered("is_completion")[:1].document_ref
                summary = self.env._("Confirm the completion report %(ref)s", ref=document)
                task.activity_schedule(confirm, user_id=user.id, summary=summary)
            head = task.lead_agency_id.head_user_id
            if task.state == "assigned" and task.return_reason and head and not task._has_activity(returned):
                task.activity_schedule(returned, user_id=head.id, summary=task.return_reason)
        closed = self.filtered(lambda task: task.state != "assigned" or not task.escalation_level)
        self.env["oversight.task.escalation"]._close_activities(closed, feedback)

    def _wizard_action(self, xmlid, context):
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action["context"] = {"default_task_ids": self.ids, **context}
        return action

    def _dialog_action(self, model, name, context):
        return {
            "type": "ir.actions.act_window",
            "name": name,
            "res_model": model,
            "view_mode": "form",
            "target": "new",
            "context": {**context, "oversight_from_task": True},  # the task it was opened from, read-only
        }

    @api.model
    def _refresh_days_overdue(self, today):
        """Count one more day for the assigned tasks that were overdue and still are, in
        one statement (at ten years of a province, 57,000 tasks a day, where the ORM
        took 13 s recomputing them a thousand at a time); their status does not change,
        and no stored field depends on the count."""
        self.env.cr.execute(
            SQL(
                """UPDATE oversight_task t SET days_overdue = %(today)s - t.effective_deadline
                    WHERE t.state = 'assigned' AND t.deadline_status = 'overdue' AND %(overdue)s
                      AND t.days_overdue IS DISTINCT FROM %(today)s - t.effective_deadline
                RETURNING t.id""",
                today=today,
                overdue=overdue_sql(SQL("%s::date", today), SQL("t.effective_deadline")),
            )
        )
        self.browse(row[0] for row in self.env.cr.fetchall()).invalidate_recordset(["days_overdue"])

    @api.model
    def _cron_refresh_deadline_status(self, batch_size=1000):
        """Recompute the statuses that change with the date alone (R3, R5, R7).

        Only assigned tasks past their deadline, and tasks without a deadline
        whose urging interval passed, move from one day to the next; they are
        selected in SQL, recomputed and committed in batches, so a second run on
        the same day finds nothing to do.

        Most of them are tasks already overdue whose count of days moves by one:
        that count is the day's date minus the deadline (R5), written for all of
        them in one statement; the ORM recomputes the tasks whose status changes.
        """
        today = self.env.company._oversight_today()
        self.env.flush_all()
        self._refresh_days_overdue(today)
        self.env.cr.execute(
            SQL(
                """SELECT t.id FROM oversight_task t JOIN res_company c ON c.id = t.company_id
                WHERE (t.state = 'assigned' AND %(overdue)s AND t.deadline_status IS DISTINCT FROM 'overdue')
                   OR COALESCE(t.report_overdue, FALSE) <> COALESCE(
                         t.state = 'assigned' AND t.deadline IS NULL AND %(silent)s, FALSE)
             ORDER BY t.id""",
                overdue=overdue_sql(SQL("%s::date", today), SQL("t.effective_deadline")),
                silent=silent_sql(
                    SQL("GREATEST(t.date_assigned, t.last_update_date)"),
                    SQL("c.oversight_no_deadline_months"),
                    SQL("%s::date", today),
                ),
            )
        )
        ids = [row[0] for row in self.env.cr.fetchall()]
        cron = self.env["ir.cron"]
        cron._commit_progress(remaining=len(ids))
        fnames = ["deadline_status", "days_overdue", "report_overdue"]
        for start in range(0, len(ids), batch_size):
            tasks = self.browse(ids[start : start + batch_size])
            for fname in fnames:
                self.env.add_to_compute(self._fields[fname], tasks)
            tasks.flush_recordset(fnames)
            tasks.invalidate_recordset(fnames)
            if not cron._commit_progress(len(tasks)):
                break
