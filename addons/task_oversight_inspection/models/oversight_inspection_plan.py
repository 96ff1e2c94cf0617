from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL
from odoo.tools.misc import formatLang
from odoo.tools.translate import LazyTranslate

from odoo.addons.task_oversight.models.oversight_workflow_mixin import Action
from odoo.addons.task_oversight.tools.rounding import half_up
from odoo.addons.task_oversight.tools.rules import overdue_sql

_lt = LazyTranslate(__name__)

OFFICE = "task_oversight.group_office"
LEADER = "task_oversight.group_leader"
PLAN_STATES = [
    ("draft", "Draft"),
    ("approved", "Approved"),
    ("done", "Done"),
    ("cancelled", "Cancelled"),
]
PLAN_ACTIONS = {
    "propose": Action(
        ("draft",), group=OFFICE, refusal=_lt("Only the Committee Office proposes the plan."), verb=_lt("propose")
    ),
    "approve": Action(
        ("draft",),
        "approved",
        LEADER,
        _lt("Only a Committee leader approves an inspection plan."),
        verb=_lt("approve"),
    ),
    "done": Action(
        ("approved",),
        "done",
        OFFICE,
        _lt("Only the Committee Office closes an inspection plan."),
        verb=_lt("close"),
    ),
    "cancel": Action(
        ("draft", "approved"),
        "cancelled",
        LEADER,
        _lt("Only a Committee leader cancels an inspection plan."),
        _lt("Give the reason why the plan is cancelled."),
        verb=_lt("cancel"),
    ),
}
# R16: the Office drafts the plan; the decision's number and date come with the leader's approval
PLAN_FIELDS = frozenset({"name", "year", "date_cutoff", "objectives", "decision_ref", "date"})


class OversightInspectionPlan(models.Model):
    """The yearly plan to inspect how agencies carry out the tasks, conclusions and directions
    of the Committee and its Chairman (kế hoạch kiểm tra năm).

    The Office drafts it and proposes its inspections from the data as of the cut-off date
    (R19); a leader approves it. Agencies read an approved plan, never its list before: they
    read only their own inspections, once asked for their self-inspection.
    """

    _name = "oversight.inspection.plan"
    _description = "Inspection Plan"
    _inherit = ["oversight.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    # the Office edits the list of inspections from the plan's form (each under its own allowlist)
    _create_allowlist = {OFFICE: PLAN_FIELDS | {"company_id", "inspection_ids"}}
    _write_allowlist = {OFFICE: PLAN_FIELDS | {"inspection_ids"}}
    _actions = PLAN_ACTIONS
    _order = "year desc, id desc"

    name = fields.Char(string="Title", required=True, tracking=True)
    year = fields.Integer(required=True, default=lambda self: self.env.company._oversight_today().year, tracking=True)
    decision_ref = fields.Char(
        string="Approving Decision", tracking=True, help="Number of the decision approving the plan, e.g. 45/QĐ-UBND."
    )
    date = fields.Date(string="Decision Date", tracking=True)
    date_cutoff = fields.Date(
        string="Data as of",
        required=True,
        default=lambda self: self.env.company._oversight_today(),
        help="The proposal reads the tasks as they stood on this date.",
    )
    objectives = fields.Text(string="Objectives and Requirements")
    state = fields.Selection(
        PLAN_STATES, string="Status", required=True, default="draft", tracking=True, copy=False, index=True
    )
    inspection_ids = fields.One2many("oversight.inspection", "plan_id", string="Inspections")
    inspection_count = fields.Integer(compute="_compute_inspection_count", string="Number of Inspections")
    approver_id = fields.Many2one("res.users", string="Approved By", readonly=True, copy=False)
    date_approved = fields.Date(string="Approved On", readonly=True, copy=False)
    cancel_reason = fields.Text(readonly=True, copy=False)
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)

    @api.depends_context("uid")
    def _compute_inspection_count(self):
        counts = dict(
            self.env["oversight.inspection"]._read_group([("plan_id", "in", self.ids)], ["plan_id"], ["__count"])
        )
        for plan in self:
            plan.inspection_count = counts.get(plan, 0)

    @api.constrains("year")
    def _check_year(self):
        if any(not 2000 <= plan.year <= 2100 for plan in self):
            raise ValidationError(self.env._("The year of an inspection plan is written in four digits, e.g. 2027."))

    def _check_user_write(self, vals):
        if set(vals) - {"inspection_ids"} and self.filtered(lambda plan: plan.state != "draft"):
            raise UserError(self.env._("An approved plan is no longer edited; its inspections are."))

    @api.ondelete(at_uninstall=False)
    def _unlink_except_approved(self):
        if self.filtered(lambda plan: plan.state != "draft"):
            raise UserError(self.env._("Only a draft inspection plan can be deleted."))

    # ------------------------------------------------------------------
    # Workflow (PLAN_ACTIONS)
    # ------------------------------------------------------------------

    def action_propose(self):
        """Add to the draft plan the agencies the data point at on its cut-off date (R19);
        an agency already in the plan is left as the Office edited it, so that proposing
        twice adds nothing twice."""
        self._check_action("propose")
        for plan in self:
            proposals = plan._proposals()
            present = plan.sudo().inspection_ids.agency_id
            plan.env["oversight.inspection"].sudo().create(
                [
                    {
                        "plan_id": plan.id,
                        "agency_id": agency_id,
                        "kind": proposal["kind"],
                        "selection_reason": proposal["reason"],
                        "topic": plan._default_topic(),
                    }
                    for agency_id, proposal in proposals.items()
                    if agency_id not in present.ids
                ]
            )
        return True

    def action_approve(self, decision_ref=None, date=None):
        """A leader approves the plan by its decision (``decision_ref``, e.g. 45/QĐ-UBND, and
        ``date`` "YYYY-MM-DD"; those of the form when not given)."""
        self._check_action("approve")
        date = self._date_argument(date, self.env._("the decision date"))
        if decision_ref is not None:
            self._check_reason(decision_ref, self.env._("Give the number of the decision approving the plan."))
        for plan in self:
            ref, day = decision_ref or plan.decision_ref, date or plan.date
            if not (ref and day):
                raise UserError(
                    self.env._("Give the number and the date of the decision approving %(plan)s.", plan=plan.name)
                )
            if not plan.inspection_ids:
                raise UserError(self.env._("Plan %(plan)s lists no inspection yet.", plan=plan.name))
            plan._apply_action(
                "approve",
                {
                    "decision_ref": ref,
                    "date": day,
                    "approver_id": self.env.uid,
                    "date_approved": self.env.company._oversight_today(),
                },
            )
        return True

    def action_done(self):
        """The Office closes the year once every inspection is closed or cancelled."""
        self._check_action("done")
        pending = self.sudo().inspection_ids.filtered(lambda i: i.state not in ("closed", "cancelled"))
        if pending:
            raise UserError(
                self.env._(
                    "The inspections of %(agencies)s are not closed yet.",
                    agencies=", ".join(pending.agency_id.mapped("name")),
                )
            )
        self._apply_action("done")
        return True

    def action_cancel(self, reason=None):
        self._check_action("cancel", reason)
        self.sudo().inspection_ids.filtered(lambda i: i.state in ("planned", "self_assessment"))._apply_action("cancel")
        self._apply_action("cancel", {"cancel_reason": reason})
        return True

    @api.readonly
    def action_print(self):
        return self.env.ref("task_oversight_inspection.action_report_oversight_inspection_plan").report_action(self)

    def _state_error_message(self, state_label, action_label):
        return self.env._(
            "You cannot %(action)s plan %(plan)s while it is “%(state)s”.",
            action=action_label,
            plan=self.name,
            state=state_label,
        )

    # ------------------------------------------------------------------
    # The proposal (R19)
    # ------------------------------------------------------------------

    def _default_topic(self):
        return self.env._(
            "Implementation of the tasks assigned by the Committee and its Chairman, year %(year)s", year=self.year - 1
        )

    def _proposals(self):
        """``{agency id: {"kind", "reason"}}``: the agencies whose overdue backlog at the
        cut-off passes one threshold of Settings (``regular``), and those to inspect again
        (``reinspection``, which wins when both apply), each with its reason in words and
        figures, in the language of the plan's readers."""
        self.ensure_one()
        plan = self.with_context(lang=self._document_lang())
        backlog = plan._backlog()
        grounds = plan._reinspection_grounds()
        proposals = {}
        for agency_id in sorted(set(backlog) | set(grounds)):
            reasons = [text for text in (backlog.get(agency_id), grounds.get(agency_id)) if text]
            proposals[agency_id] = {
                "kind": "reinspection" if agency_id in grounds else "regular",
                "reason": "; ".join(reasons),
            }
        return proposals

    def _document_lang(self):
        """The plan is a Vietnamese administrative document: its reasons are written in
        Vietnamese when the language is installed, else in the user's."""
        return "vi_VN" if self.env["res.lang"]._lang_get("vi_VN") else self.env.lang

    def _active_agencies(self):
        """The agencies of the company still existing on the cut-off date (R18)."""
        cutoff = self.date_cutoff
        return (
            self.env["oversight.agency"]
            .sudo()
            .search(
                [
                    ("company_id", "=", self.company_id.id),
                    "|",
                    ("date_end", "=", False),
                    ("date_end", ">", cutoff),
                ]
            )
        )

    def _backlog(self):
        """``{agency id: reason}`` of the agencies past a threshold: the open tasks each leads
        at the cut-off, as the monthly report counts them (a task of an agency ended by then
        counts for its successor), in one query for all the agencies."""
        company, cutoff = self.company_id, self.date_cutoff
        agencies = self._active_agencies()
        scope = self.env["oversight.agency.report"]._scope_query(company, cutoff, cutoff, agencies.ids)
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                """SELECT agency_id,
                          COUNT(*) AS open_total,
                          COUNT(*) FILTER (WHERE %(overdue)s) AS overdue,
                          COUNT(*) FILTER (WHERE ref - deadline > 30) AS overdue_30,
                          COUNT(*) FILTER (WHERE ref - deadline > 120) AS overdue_120,
                          COUNT(*) FILTER (WHERE starred AND %(overdue)s) AS starred
                     FROM (%(scope)s) scope
                    WHERE NOT done
                 GROUP BY agency_id""",
                scope=scope,
                overdue=overdue_sql(SQL("ref"), SQL("deadline")),
            )
        )
        return {
            agency_id: reason
            for agency_id, *figures in self.env.cr.fetchall()
            if (reason := self._backlog_reason(*figures))
        }

    def _backlog_reason(self, open_total, overdue, overdue_30, overdue_120, starred):
        """The reason of a regular inspection, or ``None`` when no threshold is passed.

        Each threshold of Settings (0: not used) is passed when the figure reaches it; the
        share is that of the overdue tasks among the open ones, and is judged only for an
        agency with at least one overdue task."""
        company = self.company_id
        share = 100.0 * overdue / open_total if open_total else 0.0
        passed = [
            (company.oversight_insp_min_overdue, overdue),
            (company.oversight_insp_min_overdue_30, overdue_30),
            (company.oversight_insp_min_overdue_120, overdue_120),
            (company.oversight_insp_min_starred, starred),
        ]
        if not overdue or not any(
            [threshold and figure >= threshold for threshold, figure in passed]
            + [bool(company.oversight_insp_min_share) and share >= company.oversight_insp_min_share]
        ):
            return None
        parts = [
            self.env._(
                "%(overdue)s overdue tasks out of %(open)s open (%(share)s %%)",
                overdue=overdue,
                open=open_total,
                share=formatLang(self.env, half_up(share, 1), digits=1),
            )
        ]
        if overdue_30:
            parts.append(self.env._("%(count)s over 30 days", count=overdue_30))
        if overdue_120:
            parts.append(self.env._("%(count)s over 120 days", count=overdue_120))
        if starred:
            parts.append(self.env._("%(count)s key tasks overdue", count=starred))
        return ", ".join(parts)

    def _reinspection_grounds(self):
        """``{agency id: reason}`` of the agencies inspected in an earlier year that, at the
        cut-off, still have a recommendation not carried out or a task examined then that is
        overdue; an agency ended since passes its grounds to its successor (R18)."""
        cutoff = self.date_cutoff
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                """SELECT i.id, COUNT(*)
                     FROM oversight_inspection_recommendation r
                     JOIN oversight_inspection i ON i.id = r.inspection_id
                     JOIN oversight_inspection_plan p ON p.id = i.plan_id
                     JOIN oversight_task t ON t.id = r.task_id
                    WHERE p.company_id = %(company)s AND p.year < %(year)s AND i.state IN ('concluded', 'closed')
                      AND i.date_concluded <= %(cutoff)s AND t.state <> 'cancelled'
                      AND NOT (t.state = 'done' AND t.date_done <= %(cutoff)s)
                 GROUP BY i.id""",
                company=self.company_id.id,
                year=self.year,
                cutoff=cutoff,
            )
        )
        open_recommendations = dict(self.env.cr.fetchall())
        self.env.cr.execute(
            SQL(
                """SELECT i.id, COUNT(*)
                     FROM oversight_inspection_line l
                     JOIN oversight_inspection i ON i.id = l.inspection_id
                     JOIN oversight_inspection_plan p ON p.id = i.plan_id
                     JOIN oversight_task t ON t.id = l.task_id
                    WHERE p.company_id = %(company)s AND p.year < %(year)s
                      AND i.state IN ('in_progress', 'concluded', 'closed')
                      AND t.active AND t.state IN ('assigned', 'reported') AND t.date_assigned <= %(cutoff)s
                      AND %(overdue)s
                 GROUP BY i.id""",
                company=self.company_id.id,
                year=self.year,
                cutoff=cutoff,
                overdue=overdue_sql(
                    SQL(
                        "CASE WHEN t.state = 'reported' AND t.date_reported <= %s THEN t.date_reported ELSE %s END",
                        cutoff,
                        cutoff,
                    ),
                    SQL("t.effective_deadline"),
                ),
            )
        )
        overdue_examined = dict(self.env.cr.fetchall())
        inspections = self.env["oversight.inspection"].sudo().browse(set(open_recommendations) | set(overdue_examined))
        reasons = defaultdict(list)
        for inspection in inspections.sorted(lambda i: (i.date_concluded or i.date_figures, i.id)):
            target = inspection.agency_id._oversight_successor_on(cutoff)
            if not target or target.company_id != self.company_id:
                continue
            reasons[target.id].append(
                inspection._reinspection_reason(
                    open_recommendations.get(inspection.id, 0), overdue_examined.get(inspection.id, 0), target
                )
            )
        return {
            agency_id: self.env._("re-inspection: %(grounds)s", grounds="; ".join(texts))
            for agency_id, texts in reasons.items()
        }
