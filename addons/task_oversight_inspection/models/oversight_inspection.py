from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Command
from odoo.tools import SQL, format_date
from odoo.tools.translate import LazyTranslate

from odoo.addons.task_oversight.models.oversight_workflow_mixin import Action
from odoo.addons.task_oversight.tools.directive_number import parse_document_number
from odoo.addons.task_oversight.tools.rules import overdue_sql
from odoo.addons.task_oversight_reports.tools.rates import r6_rates, rate_text

from .oversight_inspection_plan import OFFICE

_lt = LazyTranslate(__name__)

AGENCY_USER = "task_oversight.group_agency_user"
AGENCY_HEAD = "task_oversight.group_agency_head"
KINDS = [
    ("regular", "Regular"),
    ("thematic", "Thematic"),
    ("reinspection", "Re-inspection"),
    ("unannounced", "Unannounced"),
]
METHODS = [("on_site", "On Site"), ("written", "In Writing"), ("remote", "Remotely, from the Electronic Data")]
TASK_SCOPES = [
    ("all", "All the agency's tasks"),
    ("upper", "Tasks of the Government and the Prime Minister"),
    ("starred", "Key tasks"),
]
INSPECTION_STATES = [
    ("planned", "Planned"),
    ("self_assessment", "Self-Inspection"),
    ("in_progress", "In Progress"),
    ("concluded", "Concluded"),
    ("closed", "Closed"),
    ("cancelled", "Cancelled"),
]
OFFICE_REFUSAL = _lt("Only the Committee Office runs the inspections.")
INSPECTION_ACTIONS = {
    "request_self_report": Action(
        ("planned",), "self_assessment", OFFICE, OFFICE_REFUSAL, verb=_lt("ask for the self-inspection of")
    ),
    "submit_self_report": Action(("self_assessment",), verb=_lt("submit the self-inspection report of")),
    "start": Action(("planned", "self_assessment"), "in_progress", OFFICE, OFFICE_REFUSAL, verb=_lt("start")),
    "conclude": Action(("in_progress",), "concluded", OFFICE, OFFICE_REFUSAL, verb=_lt("conclude")),
    "close": Action(("concluded",), "closed", OFFICE, OFFICE_REFUSAL, verb=_lt("close")),
    "cancel": Action(
        ("planned", "self_assessment", "in_progress"),
        "cancelled",
        OFFICE,
        OFFICE_REFUSAL,
        _lt("Give the reason why the inspection is cancelled."),
        verb=_lt("cancel"),
    ),
}
# The figures frozen when the inspection starts: those of the monthly report (SPEC §4)
# over the period examined, and the tasks overdue over 120 days.
FIGURE_FIELDS = (
    "task_total",
    "done_on_time",
    "done_late",
    "open_in_time",
    "open_overdue",
    "open_overdue_30",
    "open_overdue_120",
    "open_no_deadline",
    "starred_overdue",
)
# R16: the Office plans an inspection (an approved plan's too: the month, the team, the
# thematic rounds it adds); the head of the agency inspected writes its self-inspection; the
# team (the Office and its members) writes the findings. States, figures, the tasks examined,
# the conclusion and its tasks change only through the buttons.
PLANNING_FIELDS = frozenset(
    {
        "kind",
        "topic",
        "method",
        "date_planned",
        "date_from",
        "task_scope",
        "theme_overdue_on",
        "team_leader_id",
        "member_ids",
        "observer_ids",
        "self_report_due",
        "selection_reason",
    }
)
SELF_REPORT_FIELDS = frozenset({"self_report", "self_task_count", "self_done_count", "self_overdue_count"})
FINDING_FIELDS = frozenset({"findings", "responsibility"})


class OversightInspection(models.Model):
    """One inspection of one agency (cuộc kiểm tra), in a yearly plan.

    The agency inspected (its users and head) reads it from the day the Office asks for its
    self-inspection, never before; the members and observers of the team read the inspections
    of their team; the Office and leaders read all. The head of the agency submits the
    self-inspection; the team writes the findings; the Office plans, starts, concludes and
    closes. Concluding turns each recommendation into a task of the agency inspected, with the
    conclusion notice as its directive (R19).
    """

    _name = "oversight.inspection"
    _description = "Inspection"
    _inherit = ["oversight.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _create_allowlist = {OFFICE: PLANNING_FIELDS | {"plan_id", "agency_id"}}
    _write_allowlist = {
        OFFICE: PLANNING_FIELDS | FINDING_FIELDS,
        AGENCY_USER: FINDING_FIELDS,
        AGENCY_HEAD: SELF_REPORT_FIELDS,
    }
    _actions = INSPECTION_ACTIONS
    _order = "date_planned, id"
    _rec_names_search = ["agency_id.name", "topic", "conclusion_ref"]

    plan_id = fields.Many2one("oversight.inspection.plan", required=True, index=True, ondelete="restrict")
    plan_year = fields.Integer(related="plan_id.year", store=True, string="Year")
    plan_state = fields.Selection(related="plan_id.state", string="Plan Status")
    agency_id = fields.Many2one(
        "oversight.agency",
        string="Agency Inspected",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        domain="[('company_id', '=', company_id)]",
    )
    company_id = fields.Many2one(related="plan_id.company_id", store=True, index=True)
    kind = fields.Selection(KINDS, required=True, default="regular", tracking=True)
    selection_reason = fields.Text(string="Why this Agency", help="The figures that put the agency in the plan.")
    topic = fields.Char(string="Subject")
    method = fields.Selection(METHODS, required=True, default="on_site")
    date_planned = fields.Date(string="Planned Month", help="The first day of the month the inspection is planned in.")
    date_from = fields.Date(
        string="Examined From", help="The tasks examined: those open, or completed, from this date to the start."
    )
    task_scope = fields.Selection(TASK_SCOPES, string="Scope of the Tasks", required=True, default="all")
    theme_overdue_on = fields.Date(
        string="Overdue on", help="For a thematic round: only the tasks that were overdue on this date."
    )
    team_leader_id = fields.Many2one("res.users", index="btree_not_null", tracking=True)
    member_ids = fields.Many2many(
        "res.users", "oversight_inspection_member_rel", "inspection_id", "user_id", string="Team Members"
    )
    observer_ids = fields.Many2many(
        "res.users", "oversight_inspection_observer_rel", "inspection_id", "user_id", string="Observers"
    )
    state = fields.Selection(
        INSPECTION_STATES, string="Status", required=True, default="planned", tracking=True, copy=False, index=True
    )
    date_requested = fields.Date(string="Self-Inspection Requested On", readonly=True, copy=False, index=True)
    self_report_due = fields.Date(string="Self-Inspection Due", tracking=True)
    self_report = fields.Text(string="Self-Inspection Report")
    self_task_count = fields.Integer(string="Tasks Reported by the Agency")
    self_done_count = fields.Integer(string="Completed, by the Agency")
    self_overdue_count = fields.Integer(string="Overdue, by the Agency")
    date_self_report = fields.Date(string="Self-Inspection Submitted On", readonly=True, copy=False)
    self_report_by_id = fields.Many2one("res.users", string="Submitted By", readonly=True, copy=False)
    date_figures = fields.Date(
        string="Started On", readonly=True, copy=False, help="The figures are those of this day."
    )
    task_total = fields.Integer(string="Tasks", readonly=True, copy=False)
    done_on_time = fields.Integer(string="Done on Time", readonly=True, copy=False)
    done_late = fields.Integer(readonly=True, copy=False)
    open_in_time = fields.Integer(readonly=True, copy=False)
    open_overdue = fields.Integer(readonly=True, copy=False)
    open_overdue_30 = fields.Integer(string="Of Which Over 30 Days", readonly=True, copy=False)
    open_overdue_120 = fields.Integer(string="Of Which Over 120 Days", readonly=True, copy=False)
    open_no_deadline = fields.Integer(string="Open Without Deadline", readonly=True, copy=False)
    starred_overdue = fields.Integer(string="Key Tasks Overdue", readonly=True, copy=False)
    line_ids = fields.One2many("oversight.inspection.line", "inspection_id", string="Tasks Examined")
    task_ids = fields.Many2many(
        "oversight.task",
        "oversight_inspection_task_rel",
        "inspection_id",
        "task_id",
        string="Tasks Examined (Records)",
        readonly=True,
        copy=False,
    )
    findings = fields.Text(string="General Findings")
    responsibility = fields.Text(string="Responsibility of the Agency and its Head")
    conclusion_ref = fields.Char(string="Conclusion Notice", readonly=True, copy=False, tracking=True)
    date_concluded = fields.Date(string="Concluded On", readonly=True, copy=False, index=True)
    directive_id = fields.Many2one(
        "oversight.directive", string="Conclusion (Directive)", readonly=True, copy=False, ondelete="restrict"
    )
    recommendation_ids = fields.One2many("oversight.inspection.recommendation", "inspection_id")
    open_recommendation_count = fields.Integer(compute="_compute_recommendation_counts", string="Open Recommendations")
    recommendation_count = fields.Integer(compute="_compute_recommendation_counts", string="Recommendations")
    cancel_reason = fields.Text(readonly=True, copy=False)
    completion_rate_text = fields.Char(compute="_compute_rate_texts", string="Completion Rate (%)")
    on_time_rate_text = fields.Char(compute="_compute_rate_texts", string="On-time Rate (%)")
    user_is_office = fields.Boolean(compute="_compute_user_rights")
    user_can_submit = fields.Boolean(compute="_compute_user_rights")
    user_in_team = fields.Boolean(compute="_compute_user_rights")

    _plan_agency_kind_uniq = models.UniqueIndex(
        "(plan_id, agency_id, kind) WHERE state <> 'cancelled'",
        "The plan already holds an inspection of this kind for this agency.",
    )

    @api.depends("recommendation_ids.state")
    def _compute_recommendation_counts(self):
        for inspection in self:
            inspection.recommendation_count = len(inspection.recommendation_ids)
            inspection.open_recommendation_count = len(inspection.recommendation_ids.filtered("is_open"))

    @api.depends(*FIGURE_FIELDS)
    def _compute_rate_texts(self):
        for inspection in self:
            completion, on_time, _late = r6_rates(
                inspection.done_on_time, inspection.done_late, inspection.open_overdue
            )
            inspection.completion_rate_text = rate_text(self.env, completion)
            inspection.on_time_rate_text = rate_text(self.env, on_time)

    @api.depends_context("uid")
    def _compute_user_rights(self):
        user = self.env.user
        is_office = user.has_group(OFFICE)
        heads = self._filtered_user_heads()
        for inspection in self:
            inspection.user_is_office = is_office
            inspection.user_can_submit = inspection in heads
            inspection.user_in_team = user in inspection._team()

    @api.constrains("team_leader_id", "member_ids", "observer_ids", "agency_id")
    def _check_team(self):
        for inspection in self:
            inspected = inspection.agency_id.sudo().user_ids
            if inspection._team() & inspected:
                raise ValidationError(
                    self.env._(
                        "Members of %(agency)s cannot inspect their own agency: choose the team elsewhere.",
                        agency=inspection.agency_id.name,
                    )
                )

    @api.constrains("agency_id", "plan_id")
    def _check_agency_company(self):
        for inspection in self:
            if inspection.agency_id.company_id != inspection.plan_id.company_id:
                raise ValidationError(self.env._("An inspection inspects an agency of its plan's committee."))

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        plan = self.env["oversight.inspection.plan"].browse(values.get("plan_id"))
        if "date_from" in fields_list and plan.exists() and not values.get("date_from"):
            values["date_from"] = plan.date_cutoff - relativedelta(years=1, days=-1)
        return values

    @api.model
    def _check_user_create(self, vals_list):
        plans = self.env["oversight.inspection.plan"].browse(vals.get("plan_id") for vals in vals_list)
        if plans.filtered(lambda plan: plan.state not in ("draft", "approved")):
            raise UserError(self.env._("Inspections are added to a draft or approved plan."))

    def _check_user_write(self, vals):
        user = self.env.user
        if SELF_REPORT_FIELDS.intersection(vals):
            self._check_self_report_editable()
        if FINDING_FIELDS.intersection(vals):
            if not user.has_group(OFFICE) and self.filtered(lambda i: user not in i._team()):
                raise UserError(self.env._("Only the inspection team records the findings."))
            if self.filtered(lambda i: i.state != "in_progress"):
                raise UserError(self.env._("Findings are recorded while the inspection is in progress."))
        if PLANNING_FIELDS.intersection(vals) and self.filtered(
            lambda i: i.state not in ("planned", "self_assessment")
        ):
            raise UserError(self.env._("An inspection that has started keeps its plan, subject and team."))

    def _check_self_report_editable(self):
        if self - self._filtered_user_heads() or self.filtered(
            lambda i: i.state != "self_assessment" or i.date_self_report
        ):
            raise UserError(
                self.env._(
                    "The self-inspection is written by the head of the agency inspected, once asked for it "
                    "and until it is submitted."
                )
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_started(self):
        if self.filtered(lambda i: i.state != "planned" or i.plan_id.state != "draft"):
            raise UserError(self.env._("Only the inspections of a draft plan can be deleted; cancel the others."))

    def _track_subtype(self, init_values):
        self.ensure_one()
        return self._action_subtype(init_values) or super()._track_subtype(init_values)

    # ------------------------------------------------------------------
    # Workflow (INSPECTION_ACTIONS)
    # ------------------------------------------------------------------

    def action_request_self_report(self, date_due=None):
        """The Office asks the agency for its self-inspection, due on ``date_due`` ("YYYY-MM-DD",
        the form's due date when not given); the agency reads the inspection from now on."""
        self._check_action("request_self_report")
        date_due = self._date_argument(date_due, self.env._("the due date"))
        today = self.env.company._oversight_today()
        if self.plan_id.filtered(lambda plan: plan.state != "approved"):
            raise UserError(self.env._("The self-inspections are requested once a leader has approved the plan."))
        for inspection in self:
            due = date_due or inspection.self_report_due
            if not due or due < today:
                raise UserError(
                    self.env._(
                        "Give the date by which %(agency)s sends its self-inspection (today or later).",
                        agency=inspection.agency_id.name,
                    )
                )
            inspection._apply_action("request_self_report", {"date_requested": today, "self_report_due": due})
        self._activity_update()
        return True

    def action_submit_self_report(self):
        """The head of the agency inspected submits its self-inspection."""
        self._check_action("submit_self_report")
        if not self.env.su and self - self._filtered_user_heads():
            raise UserError(self.env._("Only the head of the agency inspected submits its self-inspection."))
        if self.filtered(lambda i: not (i.self_report or "").strip()):
            raise UserError(self.env._("Write the self-inspection report before submitting it."))
        if self.filtered("date_self_report"):
            raise UserError(self.env._("The self-inspection was already submitted."))
        today = self.env.company._oversight_today()
        self._apply_action("submit_self_report", {"date_self_report": today, "self_report_by_id": self.env.uid})
        self._activity_update()
        return True

    def action_start(self):
        """The team starts: the figures and the tasks examined are frozen as of today."""
        self._check_action("start")
        if self.plan_id.filtered(lambda plan: plan.state != "approved"):
            raise UserError(self.env._("An inspection starts once a leader has approved its plan."))
        today = self.env.company._oversight_today()
        self._apply_action("start", {"date_figures": today})
        self.sudo()._freeze_figures(today)
        self._activity_update()
        return True

    def action_conclude(self, conclusion_ref=None, date_concluded=None):
        """The Office concludes with the notice ``conclusion_ref`` (e.g. 15/TB-UBND) of
        ``date_concluded`` ("YYYY-MM-DD", today by default): the notice is registered as a
        directive, and each recommendation becomes a task of the agency inspected."""
        self._check_action("conclude")
        day = self._date_argument(date_concluded, self.env._("the conclusion date"))
        day = day or self.env.company._oversight_today()
        self._check_can_conclude(conclusion_ref, day)
        for inspection in self:
            directive = inspection._conclusion_directive(conclusion_ref, day)
            inspection._apply_action(
                "conclude", {"conclusion_ref": conclusion_ref, "date_concluded": day, "directive_id": directive.id}
            )
            inspection.recommendation_ids._make_tasks(directive, day)
        return True

    def action_close(self):
        """Closed once every recommendation's task is done or was cancelled by a leader (R19)."""
        self._check_action("close")
        pending = self.sudo().recommendation_ids.filtered("is_open")
        if pending:
            raise UserError(
                self.env._(
                    "%(count)s recommendations are not carried out yet (%(tasks)s): an inspection closes when "
                    "every recommendation's task is done or cancelled by a leader.",
                    count=len(pending),
                    tasks=", ".join(pending.task_id.mapped("code")),
                )
            )
        self._apply_action("close")
        return True

    def action_cancel(self, reason=None):
        self._check_action("cancel", reason)
        self._apply_action("cancel", {"cancel_reason": reason})
        self._activity_update()
        return True

    def action_open_decision_wizard(self):
        """The form's buttons that need a value (``oversight_decision`` in the context): the
        dialog that asks for it, opened only for whom may take the action."""
        decision = self.env.context.get("oversight_decision")
        if decision not in ("request_self_report", "conclude", "cancel"):
            raise UserError(self.env._("Unknown decision."))
        self._check_action(decision, opening=True)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "task_oversight_inspection.oversight_inspection_decision_action"
        )
        defaults = {"default_inspection_ids": self.ids, "default_decision": decision}
        if decision == "request_self_report" and len(self) == 1 and self.self_report_due:
            defaults["default_date_due"] = self.self_report_due
        action["context"] = defaults
        return action

    @api.readonly
    def action_print_conclusion(self):
        self._check_state(("concluded", "closed"), self.env._("print the conclusion of"))
        return self.env.ref("task_oversight_inspection.action_report_oversight_inspection_conclusion").report_action(
            self
        )

    @api.readonly
    def action_open_recommendation_tasks(self):
        action = self.env["ir.actions.act_window"]._for_xml_id("task_oversight.oversight_task_action")
        action["domain"] = [("id", "in", self.recommendation_ids.task_id.ids)]
        action["context"] = {}
        return action

    # ------------------------------------------------------------------
    # Checks and helpers
    # ------------------------------------------------------------------

    def _check_can_conclude(self, conclusion_ref, day):
        self._check_reason(
            conclusion_ref, self.env._("Give the number of the conclusion notice, for example 15/TB-UBND.")
        )
        try:
            parse_document_number(self.env, conclusion_ref, day.year)
        except ValueError as error:
            raise UserError(str(error)) from None
        if day > self.env.company._oversight_today():
            raise UserError(self.env._("The conclusion notice cannot be dated in the future."))
        for inspection in self:
            if day < inspection.date_figures:
                raise UserError(self.env._("The conclusion cannot be dated before the inspection started."))
            if not inspection.plan_id.approver_id:
                raise UserError(self.env._("The plan of this inspection has no approving leader."))
            late = inspection.recommendation_ids.filtered(lambda r: not r.deadline or r.deadline < day)
            if late:
                raise UserError(
                    self.env._(
                        "Give every recommendation a deadline on or after the conclusion date (%(items)s).",
                        items=", ".join(late.mapped(lambda r: r.content[:40])),
                    )
                )

    def _conclusion_directive(self, conclusion_ref, day):
        """The conclusion notice as a directive of the Committee, signed by the leader who
        approved the plan; one the Office registered already under that number is reused."""
        self.ensure_one()
        Directive = self.env["oversight.directive"].sudo()
        existing = Directive.search(
            [("company_id", "=", self.company_id.id), ("name", "=", conclusion_ref), ("number_year", "=", day.year)],
            limit=1,
        )
        return existing or Directive.create(
            {
                "name": conclusion_ref,
                "date": day,
                "issuer_level": "people_committee",
                "signer_id": self.plan_id.approver_id.id,
                "summary": self.with_context(lang=self.plan_id._document_lang()).env._(
                    "Conclusion of the inspection of the implementation of the tasks at %(agency)s",
                    agency=self.agency_id.name,
                ),
                "company_id": self.company_id.id,
            }
        )

    def _check_recommendations_editable(self):
        if self.filtered(lambda i: i.state not in ("planned", "self_assessment", "in_progress")):
            raise UserError(self.env._("The recommendations of a concluded inspection are those of its notice."))

    def _team(self):
        self.ensure_one()
        return self.team_leader_id | self.member_ids | self.observer_ids

    def _filtered_user_heads(self):
        """The inspections of the agencies the user heads (its agency or a sub-agency)."""
        user = self.env.user
        if not user.has_group(AGENCY_HEAD) or not user.oversight_agency_id:
            return self.browse()
        return self.filtered_domain([("agency_id", "child_of", user.oversight_agency_id.ids)])

    def _state_error_message(self, state_label, action_label):
        return self.env._(
            "You cannot %(action)s the inspection of %(agency)s while it is “%(state)s”.",
            action=action_label,
            agency=self.agency_id.name,
            state=state_label,
        )

    def _reinspection_reason(self, open_recommendations, overdue_examined, target):
        """One ground of a re-inspection, in words and figures."""
        self.ensure_one()
        parts = []
        notice = self.conclusion_ref or self.env._("the inspection of %(year)s", year=self.plan_year)
        if open_recommendations:
            parts.append(
                self.env._(
                    "%(count)s recommendations of Notice %(notice)s not carried out",
                    count=open_recommendations,
                    notice=notice,
                )
            )
        if overdue_examined:
            parts.append(
                self.env._(
                    "%(count)s tasks examined in %(year)s still overdue", count=overdue_examined, year=self.plan_year
                )
            )
        text = ", ".join(parts)
        if target != self.agency_id:
            text = self.env._(
                "%(text)s (inspected as %(agency)s, merged into it by %(decision)s)",
                text=text,
                agency=self.agency_id.name,
                decision=self.agency_id.end_decision_ref or "—",
            )
        return text

    def _scope_filter(self):
        """The condition of the thematic round on the tasks of the scope (``t``, ``scope``)."""
        self.ensure_one()
        conditions = []
        if self.task_scope == "upper":
            conditions.append(
                SQL(
                    "EXISTS (SELECT 1 FROM oversight_task t2 JOIN oversight_directive d ON d.id = t2.directive_id "
                    "WHERE t2.id = scope.id AND d.issuer_level IN ('government', 'prime_minister'))"
                )
            )
        elif self.task_scope == "starred":
            conditions.append(SQL("scope.starred"))
        if self.theme_overdue_on:
            day = self.theme_overdue_on
            conditions.append(
                SQL(
                    "scope.deadline < %s AND scope.date_assigned <= %s AND (NOT scope.done OR scope.date_done > %s)",
                    day,
                    day,
                    day,
                )
            )
        return SQL(" AND ").join(conditions) if conditions else SQL("TRUE")

    def _freeze_figures(self, today):
        """The figures of the monthly report over the period examined, and the tasks examined
        with their status of today, in two queries per inspection (a plan holds dozens)."""
        Report = self.env["oversight.agency.report"]
        self.env.flush_all()
        for inspection in self:
            date_from = inspection.date_from or today - relativedelta(years=1, days=-1)
            scope = Report._scope_query(inspection.company_id, date_from, today, inspection.agency_id.ids)
            self.env.cr.execute(
                SQL(
                    """SELECT scope.id, scope.code, scope.name, scope.deadline, scope.starred, scope.date_done,
                              scope.done, CASE WHEN scope.done THEN GREATEST(scope.date_done - scope.deadline, 0)
                                               WHEN %(overdue)s THEN scope.ref - scope.deadline ELSE 0 END,
                              CASE WHEN scope.done AND scope.date_done > scope.deadline THEN 'done_late'
                                   WHEN scope.done THEN 'done_on_time'
                                   WHEN scope.deadline IS NULL THEN 'no_deadline'
                                   WHEN %(overdue)s THEN 'overdue' ELSE 'in_time' END
                         FROM (%(scope)s) scope
                        WHERE %(filter)s
                     ORDER BY scope.starred DESC, scope.deadline NULLS LAST, scope.id""",
                    scope=scope,
                    overdue=overdue_sql(SQL("scope.ref"), SQL("scope.deadline")),
                    filter=inspection._scope_filter(),
                )
            )
            rows = self.env.cr.fetchall()
            inspection._workflow_write(inspection._figures_of(rows) | {"task_ids": [Command.set([r[0] for r in rows])]})
            self.env["oversight.inspection.line"].create(
                [
                    {
                        "inspection_id": inspection.id,
                        "task_id": task_id,
                        "task_code": code,
                        "task_name": name,
                        "deadline": deadline,
                        "starred": starred,
                        "date_done": date_done,
                        "days_overdue": days,
                        "status": status,
                    }
                    for task_id, code, name, deadline, starred, date_done, _done, days, status in rows
                ]
            )

    @api.model
    def _figures_of(self, rows):
        """The frozen figures from the rows of the tasks examined (status, days overdue)."""
        statuses = [(row[8], row[7], row[4]) for row in rows]
        return {
            "task_total": len(rows),
            "done_on_time": sum(1 for s, _d, _k in statuses if s == "done_on_time"),
            "done_late": sum(1 for s, _d, _k in statuses if s == "done_late"),
            "open_in_time": sum(1 for s, _d, _k in statuses if s == "in_time"),
            "open_overdue": sum(1 for s, _d, _k in statuses if s == "overdue"),
            "open_overdue_30": sum(1 for s, d, _k in statuses if s == "overdue" and d > 30),
            "open_overdue_120": sum(1 for s, d, _k in statuses if s == "overdue" and d > 120),
            "open_no_deadline": sum(1 for s, _d, _k in statuses if s == "no_deadline"),
            "starred_overdue": sum(1 for s, _d, k in statuses if s == "overdue" and k),
        }

    def _activity_update(self):
        """The head of the agency inspected has a to-do until it submits its self-inspection,
        due on its due date; done once submitted, removed when the inspection moves on."""
        xmlid = "task_oversight_inspection.mail_act_inspection_self_report"
        submitted = self.filtered(lambda i: i.date_self_report)
        submitted.activity_feedback([xmlid])
        (self - submitted).filtered(lambda i: i.state != "self_assessment").activity_unlink([xmlid])
        for inspection in self.sudo().filtered(lambda i: i.state == "self_assessment" and not i.date_self_report):
            head = inspection.agency_id.head_user_id
            if head and not inspection._has_activity(xmlid):
                inspection.activity_schedule(
                    xmlid,
                    user_id=head.id,
                    date_deadline=inspection.self_report_due,
                    summary=self.env._(
                        "Self-inspection due on %(date)s", date=format_date(self.env, inspection.self_report_due)
                    ),
                )

    def _figures_rows(self):
        """``[(label, value)]`` of the frozen figures, for the conclusion notice."""
        self.ensure_one()
        return [(self._fields[name]._description_string(self.env), self[name]) for name in FIGURE_FIELDS]
