from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.fields import Command, Domain
from odoo.orm.models import parse_read_group_spec
from odoo.tools import SQL

from odoo.addons.task_oversight.tools.rules import overdue_sql, silent_sql

from ..tools.rates import RATE_FIELDS, r6_rate_sql, r6_rates, rate_text

# The figures of SPEC §4, in the order of the consolidated table.
FIGURE_FIELDS = (
    "task_total",
    "task_carried",
    "task_new",
    "task_due",
    "done_on_time",
    "done_late",
    "open_in_time",
    "open_overdue",
    "open_overdue_30",
    "open_no_deadline",
    "open_no_report",
    "starred_overdue",
    "year_task_count",
)

REPORT_STATES = [
    ("draft", "To Submit"),
    ("returned", "Returned"),
    ("submitted", "Submitted"),
    ("accepted", "Accepted"),
]
EDITABLE_STATES = ("draft", "returned")
FROZEN_STATES = ("submitted", "accepted")
VOLUME_GROUPS = [
    ("large", "Group 1 (many tasks)"),
    ("medium", "Group 2"),
    ("small", "Group 3 (few tasks)"),
]
# R16: what the agency itself writes in its report (and, through line_ids, the
# cause and solution of its lines); figures and status change through the buttons
AGENCY_FIELDS = frozenset({"difficulties", "proposals", "line_ids"})


def _stored(value):
    """A line's value as the lines query returns it: an id for a record, None for nothing."""
    if isinstance(value, models.BaseModel):
        return value.id or None
    return value or None


class OversightAgencyReport(models.Model):
    """An agency's monthly report (báo cáo tháng): its figures for the period,
    one line per overdue or late task with cause and solution, and its
    difficulties and proposals.

    Agency users read their agency's reports (and, once the period is
    published, the figures of every agency) and write only the agency's own
    parts while the report is to submit; submitting freezes figures and lines.
    """

    _name = "oversight.agency.report"
    _description = "Agency Monthly Report"
    _inherit = ["oversight.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _write_allowlist = {"task_oversight.group_agency_user": AGENCY_FIELDS}
    _order = "period_id desc, agency_sequence, agency_id"
    _rec_names_search = ["agency_id.name", "period_id.name"]

    period_id = fields.Many2one("oversight.report.period", required=True, index=True, ondelete="cascade")
    agency_id = fields.Many2one("oversight.agency", required=True, index=True, ondelete="restrict")
    agency_sequence = fields.Integer(related="agency_id.sequence", store=True)
    company_id = fields.Many2one(related="period_id.company_id", store=True, index=True)
    date_from = fields.Date(related="period_id.date_from")
    date_to = fields.Date(related="period_id.date_to")
    date_due = fields.Date(related="period_id.date_due", store=True)
    period_state = fields.Selection(related="period_id.state", string="Period Status")
    state = fields.Selection(
        REPORT_STATES, string="Status", required=True, default="draft", tracking=True, copy=False, index=True
    )
    date_submitted = fields.Date(string="Submitted On", readonly=True, copy=False, tracking=True)
    submitted_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    is_late = fields.Boolean(
        string="Submitted Late", compute="_compute_is_late", store=True, help="Submitted after the due date."
    )
    is_missing = fields.Boolean(
        string="Missing",
        compute="_compute_is_missing",
        search="_search_is_missing",
        help="Not submitted, and the due date has passed.",
    )
    return_reason = fields.Text(readonly=True, copy=False, tracking=True)
    difficulties = fields.Text(string="Difficulties and Obstacles")
    proposals = fields.Text(string="Proposals and Recommendations")
    figures_date = fields.Date(string="Figures Computed On", readonly=True, copy=False)
    line_ids = fields.One2many("oversight.agency.report.line", "report_id", string="Overdue and Late Tasks")

    task_total = fields.Integer(string="Tasks", readonly=True, help="Carried over plus newly assigned.")
    task_carried = fields.Integer(string="Carried Over", readonly=True)
    task_new = fields.Integer(string="Newly Assigned", readonly=True)
    task_due = fields.Integer(string="Due", readonly=True, help="Tasks whose deadline came by the cut-off date.")
    done_on_time = fields.Integer(string="Done on Time", readonly=True)
    done_late = fields.Integer(readonly=True)
    done_total = fields.Integer(string="Done", compute="_compute_rates", store=True)
    open_in_time = fields.Integer(string="Open in Time", readonly=True)
    open_overdue = fields.Integer(readonly=True)
    open_overdue_30 = fields.Integer(string="Of Which Over 30 Days", readonly=True)
    open_no_deadline = fields.Integer(string="Open Without Deadline", readonly=True)
    open_no_report = fields.Integer(
        string="Of Which No Report",
        readonly=True,
        help="Without a deadline and without a progress report for the urging interval.",
    )
    starred_overdue = fields.Integer(string="Key Tasks Overdue", readonly=True)
    year_task_count = fields.Integer(string="Tasks in the Year", readonly=True)
    completion_rate = fields.Float(
        string="Completion Rate (%)",
        compute="_compute_rates",
        store=True,
        aggregator="avg",
        digits=(5, 1),
        help="Completed ÷ (completed + overdue not completed), the Government Office's formula.",
    )
    completion_rate_applicable = fields.Boolean(compute="_compute_rates", store=True)
    on_time_rate = fields.Float(
        string="On-time Rate (%)", compute="_compute_rates", store=True, aggregator="avg", digits=(5, 1)
    )
    late_rate = fields.Float(string="Done Late (%)", compute="_compute_rates", store=True, digits=(5, 1))
    volume_group = fields.Selection(VOLUME_GROUPS, string="Ranking Group", readonly=True)
    group_rank = fields.Integer(string="Rank in Group", readonly=True)
    commended = fields.Boolean(string="Proposed for Commendation", readonly=True)
    criticised = fields.Boolean(string="Listed for Criticism", readonly=True)
    user_can_submit = fields.Boolean(compute="_compute_user_rights")
    user_is_office = fields.Boolean(compute="_compute_user_rights")

    _period_agency_uniq = models.UniqueIndex("(period_id, agency_id)")

    @api.depends("done_on_time", "done_late", "open_overdue")
    def _compute_rates(self):
        """R6, without dividing by zero: a rate with no task to judge is not applicable."""
        for report in self:
            completion, on_time, late = report._r6_rates()
            report.done_total = report.done_on_time + report.done_late
            report.completion_rate_applicable = completion is not None
            report.completion_rate = completion or 0.0
            report.on_time_rate = on_time or 0.0
            report.late_rate = late or 0.0

    def _read_group_select(self, aggregate_spec, query):
        """Grouped, the rates are those of R6 over the sums of the group, never an
        average in which an agency with nothing to judge counts as 0 %."""
        fname, _property, _func = parse_read_group_spec(aggregate_spec)
        if fname not in RATE_FIELDS:
            return super()._read_group_select(aggregate_spec, query)
        self._check_field_access(self._fields[fname], "read")
        sums = (
            SQL("SUM(%s)", self._field_to_sql(self._table, name, query))
            for name in ("done_on_time", "done_late", "open_overdue")
        )
        return r6_rate_sql(fname, *sums)

    @api.depends("date_submitted", "date_due")
    def _compute_is_late(self):
        for report in self:
            report.is_late = bool(report.date_submitted and report.date_submitted > report.date_due)

    @api.depends("state", "date_due")
    def _compute_is_missing(self):
        today = self.env.company._oversight_today()
        for report in self:
            report.is_missing = report.state in EDITABLE_STATES and report.date_due < today

    def _search_is_missing(self, operator, value):
        if operator != "in":
            return NotImplemented
        return Domain("state", "in", EDITABLE_STATES) & Domain("date_due", "<", self.env.company._oversight_today())

    @api.depends_context("uid")
    def _compute_user_rights(self):
        user = self.env.user
        is_office = user.has_group("task_oversight.group_office")
        heads = self._filtered_user_heads()
        for report in self:
            report.user_is_office = is_office
            report.user_can_submit = report in heads

    def _compute_display_name(self):
        for report in self:
            report.display_name = f"{report.agency_id.name} – {report.period_id.name}"

    def _check_user_write(self, vals):
        self._check_user_edit()
        if any(command[0] != Command.UPDATE for command in vals.get("line_ids", ())):
            raise AccessError(self.env._("The tasks of a report are listed by the product; write their causes."))

    @api.ondelete(at_uninstall=False)
    def _unlink_except_submitted(self):
        if self.filtered(lambda report: report.state in FROZEN_STATES):
            raise UserError(self.env._("A submitted monthly report is kept, with its tasks, for every role."))

    # ------------------------------------------------------------------
    # Workflow
    # ------------------------------------------------------------------

    def action_submit(self):
        self._check_can_submit()
        today = self.env.company._oversight_today()
        self._workflow_write({"state": "submitted", "date_submitted": today, "submitted_by_id": self.env.uid})
        self._activity_update()
        return True

    def action_accept(self):
        self._check_group(
            "task_oversight.group_office", self.env._("Only the Committee Office accepts agency reports.")
        )
        self._check_state(("submitted",), self.env._("accepted"))
        self._workflow_write({"state": "accepted"})
        return True

    def action_return(self, reason=None):
        """The Office returns submitted reports with the ``reason`` the agency must correct."""
        self._check_can_return(reason)
        self._workflow_write({"state": "returned", "return_reason": reason, "date_submitted": False})
        self._activity_update()
        return True

    def action_open_return_wizard(self):
        """The form's "Return": the dialog asking for the reason."""
        self._check_can_return(opening=True)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "task_oversight_reports.oversight_agency_report_return_wizard_action"
        )
        action["context"] = {"default_report_ids": self.ids}
        return action

    @api.model
    def action_open_reports(self):
        """The monthly reports menu: the reports the user reads, those not submitted yet
        with their current figures (one query per period), then the list."""
        editable = self.search([("state", "in", list(EDITABLE_STATES)), ("period_id.state", "=", "open")])
        editable.sudo()._refresh_figures()
        return self.env["ir.actions.act_window"]._for_xml_id("task_oversight_reports.oversight_agency_report_action")

    def action_refresh_figures(self):
        self.check_access("write")
        self._check_state(EDITABLE_STATES, self.env._("recomputed"))
        self.sudo()._refresh_figures()
        return True

    # ------------------------------------------------------------------
    # Figures
    # ------------------------------------------------------------------

    def _refresh_figures(self):
        """Recompute the figures and lines of the reports not submitted, with
        a bounded number of queries whatever the number of agencies; the
        causes and solutions already written are kept."""
        reports = self.filtered(lambda report: report.state in EDITABLE_STATES)
        today = self.env.company._oversight_today()
        self.env.flush_all()
        for period, period_reports in reports.grouped("period_id").items():
            by_agency = {report.agency_id.id: report for report in period_reports}
            window = (period.company_id, period.date_from, period.date_to, list(by_agency))
            self.env.cr.execute(self._figures_query(*window))
            for agency_id, *values in self.env.cr.fetchall():
                by_agency[agency_id].update(dict(zip(FIGURE_FIELDS, values, strict=True)) | {"figures_date": today})
            self.env.cr.execute(self._lines_query(*window))
            period_reports._sync_lines(self.env.cr.fetchall())

    def _sync_lines(self, rows):
        """Make the lines match ``rows`` of the lines query: new tasks get a
        line, changed ones are updated, the others removed."""
        existing = {(line.agency_id.id, line.task_id.id): line for line in self.line_ids}
        report_by_agency = {report.agency_id.id: report for report in self}
        kept_ids = set()
        to_create = []
        for agency_id, task_id, code, name, deadline, starred, date_done, officer_id, kind, days in rows:
            values = {
                "officer_id": officer_id,
                "task_code": code,
                "task_name": name,
                "deadline": deadline,
                "starred": starred,
                "date_done": date_done if kind == "done_late" else False,
                "kind": kind,
                "days_overdue": days,
            }
            line = existing.get((agency_id, task_id))
            if not line:
                to_create.append({"report_id": report_by_agency[agency_id].id, "task_id": task_id, **values})
                continue
            kept_ids.add(line.id)
            changed = {field: value for field, value in values.items() if _stored(line[field]) != (value or None)}
            if changed:
                line.write(changed)
        self.line_ids.filtered(lambda line: line.id not in kept_ids).unlink()
        self.env["oversight.agency.report.line"].create(to_create)

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------

    def _filtered_user_heads(self):
        """The reports of the agencies the user heads (its agency or a sub-agency)."""
        user = self.env.user
        if not user.has_group("task_oversight.group_agency_head") or not user.oversight_agency_id:
            return self.browse()
        return self.filtered_domain([("agency_id", "child_of", user.oversight_agency_id.ids)])

    def _reminder_recipients(self):
        """The head of the agency, else the head of the Office agency set in Settings."""
        self.ensure_one()
        return self.agency_id.head_user_id or self.company_id.oversight_office_agency_id.head_user_id

    def _check_can_return(self, reason=None, opening=False):
        self._check_group(
            "task_oversight.group_office", self.env._("Only the Committee Office returns agency reports.")
        )
        self._check_state(("submitted", "accepted"), self.env._("returned"))
        if not opening:
            self._check_reason(reason, self.env._("Say why the report is returned, so that the agency can correct it."))
        if self.period_id.filtered(lambda period: period.state != "open"):
            raise UserError(self.env._("The period is already consolidated; reopen it before returning a report."))

    def _activity_update(self):
        """Reconcile the to-dos with the state: the head of an agency whose report
        was returned redoes it; the to-do is done once the report is submitted."""
        returned = "task_oversight_reports.mail_act_report_returned"
        self.filtered(lambda report: report.state in FROZEN_STATES).activity_feedback([returned])
        today = self.env.company._oversight_today()
        for report in self.sudo().filtered(lambda report: report.state == "returned"):
            head = report.agency_id.head_user_id
            if head and not report._has_activity(returned):
                report.activity_schedule(
                    returned,
                    user_id=head.id,
                    summary=self.env._("Monthly report returned: %(reason)s", reason=report.return_reason),
                    date_deadline=max(report.date_due, today),
                )

    def _check_can_submit(self):
        if not self.env.su and self - self._filtered_user_heads():
            raise UserError(self.env._("Only the head of the agency submits its monthly report."))
        self._check_state(EDITABLE_STATES, self.env._("submitted"))
        missing = self.line_ids.filtered(
            lambda line: line.kind == "overdue" and not ((line.cause or "").strip() and (line.solution or "").strip())
        )
        if missing:
            raise UserError(
                self.env._(
                    "Give the cause and the proposed solution of every overdue task before submitting; missing for: "
                    "%(tasks)s.",
                    tasks=", ".join(missing.mapped("task_code")),
                )
            )

    def _state_error_message(self, state_label, action_label):
        return self.env._(
            "The report of %(agency)s is %(state)s and cannot be %(action)s.",
            agency=self.agency_id.name,
            state=state_label.lower(),
            action=action_label,
        )

    def _check_user_edit(self):
        """Users write the agency's parts of the reports and their lines only
        before submitting."""
        if any(report.state not in EDITABLE_STATES for report in self):
            raise UserError(self.env._("A submitted report cannot be changed; ask the Office to return it."))

    def _r6_rates(self):
        """``(completion, on_time, late)`` of R6, ``None`` where nothing is judged."""
        self.ensure_one()
        return r6_rates(self.done_on_time, self.done_late, self.open_overdue)

    def _rate_text(self, field_name):
        """A rate as printed: "92,5" in Vietnamese, "—" where R6 divides by zero."""
        completion, on_time, late = self._r6_rates()
        rates = {"completion_rate": completion, "on_time_rate": on_time, "late_rate": late}
        return rate_text(self.env, rates[field_name])

    # ------------------------------------------------------------------
    # Figure queries
    # ------------------------------------------------------------------

    @api.model
    def _scope_query(self, company, date_from, date_to, agency_ids):
        """The tasks a monthly report counts, as they stood at the cut-off date
        ``date_to`` (R3, R5): those led by ``agency_ids``, assigned by the
        cut-off and not completed before the window. ``done`` is "completed by
        the cut-off"; ``ref`` is the day an open task is judged on (its
        completion report date when reported, else the cut-off). A task led by
        an agency that had ended by the cut-off counts for its successor (R18)."""
        return SQL(
            """SELECT t.id, %(reporting_agency)s AS agency_id, t.code, t.name, t.date_assigned, t.officer_id,
                      t.effective_deadline AS deadline, t.starred, t.date_done,
                      t.state = 'done' AND t.date_done <= %(to)s AS done,
                      CASE WHEN t.state = 'reported' AND t.date_reported <= %(to)s
                           THEN t.date_reported ELSE %(to)s END AS ref,
                      CASE WHEN t.effective_deadline IS NULL THEN GREATEST(t.date_assigned, (
                           SELECT MAX(u.date) FROM oversight_task_update u
                            WHERE u.task_id = t.id AND u.date <= %(to)s)) END AS last_report
                 FROM oversight_task t
                 %(succession_join)s
                WHERE t.company_id = %(company)s AND t.active AND t.state IN ('assigned', 'reported', 'done')
                  AND %(reporting_agency)s = ANY(%(agencies)s) AND t.date_assigned <= %(to)s
                  AND (t.state <> 'done' OR t.date_done >= %(from)s)""",
            company=company.id,
            agencies=list(agency_ids),
            to=date_to,
            **self._succession_sql(agency_ids, date_to),
            **{"from": date_from},
        )

    @api.model
    def _succession_sql(self, agency_ids, date_to):
        """``succession_join`` and ``reporting_agency``: the SQL that maps the lead
        agency of a task to the agency of ``agency_ids`` that reports for it at
        ``date_to`` — itself, or the successor of an agency that had ended by then."""
        agencies = self.env["oversight.agency"].with_context(active_test=False).browse(agency_ids)
        mapping = {}
        for agency in agencies:
            predecessors = agency.predecessor_ids.filtered(lambda pred: pred.date_end and pred.date_end <= date_to)
            while predecessors:
                mapping.update(dict.fromkeys(predecessors.ids, agency.id))
                predecessors = predecessors.predecessor_ids.filtered(
                    lambda pred: pred.date_end and pred.date_end <= date_to and pred.id not in mapping
                )
        return {
            "succession_join": SQL(
                "LEFT JOIN unnest(%s::int[], %s::int[]) AS succession(predecessor_id, agency_id) "
                "ON succession.predecessor_id = t.lead_agency_id",
                list(mapping),
                list(mapping.values()),
            ),
            "reporting_agency": SQL("COALESCE(succession.agency_id, t.lead_agency_id)"),
        }

    @api.model
    def _figures_query(self, company, date_from, date_to, agency_ids):
        """One query for the figures of SPEC §4 of all ``agency_ids`` at the cut-off date (R3, R5, R6)."""
        return SQL(
            """WITH scope AS (%(scope)s
               ), year_scope AS (
                   SELECT %(reporting_agency)s AS agency_id, COUNT(*) AS year_task_count
                     FROM oversight_task t
                     %(succession_join)s
                    WHERE t.company_id = %(company)s AND t.active AND t.state IN ('assigned', 'reported', 'done')
                      AND %(reporting_agency)s = ANY(%(agencies)s)
                      AND t.date_assigned BETWEEN %(year_start)s AND %(to)s
                 GROUP BY 1
               ), figures AS (
                   SELECT agency_id,
                          COUNT(*) AS task_total,
                          COUNT(*) FILTER (WHERE date_assigned < %(from)s) AS task_carried,
                          COUNT(*) FILTER (WHERE date_assigned >= %(from)s) AS task_new,
                          COUNT(*) FILTER (WHERE deadline <= %(to)s) AS task_due,
                          COUNT(*) FILTER (WHERE done AND (deadline IS NULL OR date_done <= deadline)) AS done_on_time,
                          COUNT(*) FILTER (WHERE done AND date_done > deadline) AS done_late,
                          COUNT(*) FILTER (WHERE NOT done AND ref <= deadline) AS open_in_time,
                          COUNT(*) FILTER (WHERE NOT done AND %(overdue)s) AS open_overdue,
                          COUNT(*) FILTER (WHERE NOT done AND ref - deadline > 30) AS open_overdue_30,
                          COUNT(*) FILTER (WHERE NOT done AND deadline IS NULL) AS open_no_deadline,
                          COUNT(*) FILTER (WHERE NOT done AND deadline IS NULL AND %(silent)s) AS open_no_report,
                          COUNT(*) FILTER (WHERE NOT done AND starred AND %(overdue)s) AS starred_overdue
                     FROM scope GROUP BY agency_id
               )
               SELECT a.id, %(columns)s, COALESCE(y.year_task_count, 0)
                 FROM unnest(%(agencies)s::int[]) AS a(id)
            LEFT JOIN figures f ON f.agency_id = a.id
            LEFT JOIN year_scope y ON y.agency_id = a.id""",
            scope=self._scope_query(company, date_from, date_to, agency_ids),
            company=company.id,
            agencies=list(agency_ids),
            to=date_to,
            **self._succession_sql(agency_ids, date_to),
            year_start=company._oversight_group_year_start(date_to),
            overdue=overdue_sql(SQL("ref"), SQL("deadline")),
            silent=silent_sql(SQL("last_report"), company.oversight_no_deadline_months, SQL("%s::date", date_to)),
            columns=SQL(", ").join(SQL("COALESCE(f.%s, 0)", SQL.identifier(name)) for name in FIGURE_FIELDS[:-1]),
            **{"from": date_from},
        )

    @api.model
    def _lines_query(self, company, date_from, date_to, agency_ids):
        """The tasks of the scope overdue at the cut-off or completed late in the window."""
        return SQL(
            """SELECT agency_id, id, code, name, deadline, starred, date_done, officer_id,
                      CASE WHEN done THEN 'done_late' ELSE 'overdue' END,
                      CASE WHEN done THEN date_done ELSE ref END - deadline
                 FROM (%(scope)s) scope
                WHERE deadline < CASE WHEN done THEN date_done ELSE ref END
             ORDER BY agency_id, starred DESC, deadline, id""",
            scope=self._scope_query(company, date_from, date_to, agency_ids),
        )
