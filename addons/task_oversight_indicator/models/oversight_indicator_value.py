from collections import defaultdict
from datetime import date

from dateutil.relativedelta import relativedelta
from markupsafe import Markup, escape

from odoo import _lt, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import format_date

from odoo.addons.task_oversight.models.oversight_workflow_mixin import Action
from odoo.addons.task_oversight.tools.rounding import half_up

from ..tools import figures
from .oversight_indicator import STATUSES

AGENCY_USER = "task_oversight.group_agency_user"
AGENCY_HEAD = "task_oversight.group_agency_head"
OFFICE = "task_oversight.group_office"
LEADER = "task_oversight.group_leader"
VALUE_STATES = [
    ("draft", "To Submit"),
    ("submitted", "Submitted"),
    ("confirmed", "Confirmed"),
    ("returned", "Returned"),
]
EDITABLE_STATES = ("draft", "returned")
EFFECTIVE_STATES = ("submitted", "confirmed")
VALUE_ACTIONS = {
    "submit": Action(
        EDITABLE_STATES,
        "submitted",
        AGENCY_HEAD,
        _lt("Only the head of the responsible agency submits its indicator values."),
        subtype="task_oversight_indicator.mt_value_submitted",
        verb=_lt("submitted"),
    ),
    "confirm": Action(
        ("submitted",),
        "confirmed",
        OFFICE,
        _lt("Only the Committee Office confirms indicator values."),
        subtype="task_oversight_indicator.mt_value_confirmed",
        verb=_lt("confirmed"),
    ),
    "return": Action(
        ("submitted",),
        "returned",
        OFFICE,
        _lt("Only the Committee Office returns indicator values."),
        _lt("Give the reason why the value is returned: what the agency must check or correct."),
        subtype="task_oversight_indicator.mt_value_returned",
        verb=_lt("returned"),
    ),
    "request_explanation": Action(
        EFFECTIVE_STATES,
        group=LEADER,
        refusal=_lt("Only a leader of the Committee asks an agency to explain an indicator."),
        verb=_lt("explained"),
    ),
}
# R16: what the responsible agency enters; results, state and authors change only
# through the workflow buttons and the refresh
VALUE_CREATE_FIELDS = frozenset(
    {"indicator_id", "agency_id", "date", "value", "is_estimate", "note", "correction_of_id"}
)
VALUE_WRITE_FIELDS = frozenset({"date", "value", "is_estimate", "note"})
RESULT_FIELDS = ("ytd_value", "plan_rate", "expected_rate", "previous_year_value", "yoy_rate", "status", "target_value")


def period_end(frequency, day):
    """The last day of the month, quarter or year holding ``day``."""
    if frequency == "year":
        return date(day.year, 12, 31)
    month = day.month if frequency == "month" else 3 * ((day.month - 1) // 3 + 1)
    return date(day.year, month, 1) + relativedelta(months=1, days=-1)


class OversightIndicatorValue(models.Model):
    """The value of an indicator for one period (its month, quarter or year, dated its last
    day), entered by the responsible agency — or a commune for its share — and submitted by its
    head with its monthly report, due the same day; the Office confirms or returns it.

    Agency users read and enter the values of their agency's indicators and shares; the Office
    and the leaders read all. The stored results (year to date, rates, status, R20) are
    written by the refresh; a confirmed value is frozen, results included: a later correction
    is a new value naming the one it corrects.
    """

    _name = "oversight.indicator.value"
    _description = "Indicator Value"
    _inherit = ["oversight.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _create_allowlist = {AGENCY_USER: VALUE_CREATE_FIELDS}
    _write_allowlist = {AGENCY_USER: VALUE_WRITE_FIELDS}
    _actions = VALUE_ACTIONS
    _order = "date desc, indicator_id, id desc"
    _mail_post_access = "read"

    indicator_id = fields.Many2one("oversight.indicator", required=True, index=True, ondelete="restrict")
    agency_id = fields.Many2one(
        "oversight.agency",
        required=True,
        index=True,
        ondelete="restrict",
        default=lambda self: self.env.user.oversight_agency_id,
        help="The responsible agency, or the commune whose share this is.",
    )
    company_id = fields.Many2one(related="indicator_id.company_id", store=True, index=True)
    category = fields.Selection(related="indicator_id.category", store=True)
    uom_label = fields.Char(related="indicator_id.uom_label")
    frequency = fields.Selection(related="indicator_id.frequency")
    date = fields.Date(
        string="Period Ending",
        required=True,
        index=True,
        help="The last day of the month, quarter or year the value is for.",
    )
    year = fields.Integer(compute="_compute_year", store=True, index=True, aggregator=False)
    value = fields.Float(required=True, tracking=True, aggregator="sum")
    is_estimate = fields.Boolean(
        string="Estimate", tracking=True, help="An estimate, to be replaced by the official figure."
    )
    note = fields.Text(
        string="Causes and Comments", help="Why the value is what it is: causes, difficulties, solutions."
    )
    state = fields.Selection(
        VALUE_STATES, string="Status", required=True, default="draft", tracking=True, copy=False, index=True
    )
    date_due = fields.Date(string="Due On", compute="_compute_date_due", store=True, index=True)
    date_submitted = fields.Date(string="Submitted On", readonly=True, copy=False)
    submitted_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    confirmed_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    return_reason = fields.Text(readonly=True, copy=False, tracking=True)
    is_late = fields.Boolean(
        string="Submitted Late", compute="_compute_is_late", store=True, help="Submitted after its due date."
    )
    correction_of_id = fields.Many2one(
        "oversight.indicator.value",
        string="Corrects",
        index="btree_not_null",
        ondelete="restrict",
        help="The confirmed value this one corrects; it replaces it once confirmed.",
    )
    superseded = fields.Boolean(
        string="Corrected", readonly=True, copy=False, help="Replaced by a confirmed correction."
    )
    is_effective = fields.Boolean(compute="_compute_is_effective", store=True, index=True)
    explanation_task_id = fields.Many2one("oversight.task", readonly=True, copy=False)

    # R20, written by the refresh
    target_value = fields.Float(string="Target of the Year", readonly=True, copy=False, aggregator=False)
    ytd_value = fields.Float(string="Year to Date", readonly=True, copy=False, aggregator=False)
    plan_rate = fields.Float(string="% of Target", readonly=True, copy=False, digits=(6, 1), aggregator="avg")
    expected_rate = fields.Float(
        string="% Expected by Then", readonly=True, copy=False, digits=(6, 1), aggregator="avg"
    )
    previous_year_value = fields.Float(
        string="Same Period Last Year", readonly=True, copy=False, aggregator=False, help="Year to date, a year before."
    )
    yoy_rate = fields.Float(string="vs Last Year (%)", readonly=True, copy=False, digits=(6, 1), aggregator="avg")
    status = fields.Selection(STATUSES, string="Assessment", readonly=True, copy=False, default="not_due", index=True)
    user_can_submit = fields.Boolean(compute="_compute_user_rights")
    user_is_office = fields.Boolean(compute="_compute_user_rights")
    user_is_leader = fields.Boolean(compute="_compute_user_rights")

    _series_period_uniq = models.UniqueIndex(
        "(indicator_id, agency_id, date) WHERE correction_of_id IS NULL",
        "An indicator has one value per period and agency; correct a confirmed value with a correction.",
    )

    @api.depends("date")
    def _compute_year(self):
        for value in self:
            value.year = value.date.year if value.date else 0

    @api.depends("date", "indicator_id.company_id")
    def _compute_date_due(self):
        for value in self:
            value.date_due = value.date and self._due_date(
                value.indicator_id.company_id or self.env.company, value.date
            )

    @api.depends("date_submitted", "date_due")
    def _compute_is_late(self):
        for value in self:
            value.is_late = bool(value.date_submitted and value.date_due and value.date_submitted > value.date_due)

    @api.depends("state", "superseded")
    def _compute_is_effective(self):
        for value in self:
            value.is_effective = value.state in EFFECTIVE_STATES and not value.superseded

    @api.depends_context("uid")
    def _compute_user_rights(self):
        user = self.env.user
        is_head = user.has_group(AGENCY_HEAD)
        scope = user.oversight_scope_agency_ids
        for value in self:
            value.user_can_submit = is_head and value.agency_id in scope
            value.user_is_office = user.has_group(OFFICE)
            value.user_is_leader = user.has_group(LEADER)

    def _compute_display_name(self):
        for value in self:
            value.display_name = f"{value.indicator_id.code} – {value.date and format_date(self.env, value.date)}"

    @api.constrains("date", "indicator_id")
    def _check_date(self):
        labels = dict(self.env["oversight.indicator"]._fields["frequency"]._description_selection(self.env))
        for value in self:
            end = period_end(value.indicator_id.frequency, value.date)
            if value.date != end:
                raise ValidationError(
                    self.env._(
                        "A value of %(indicator)s (%(frequency)s) is dated the last day of its period: "
                        "%(end)s, not %(date)s.",
                        indicator=value.indicator_id.display_name,
                        frequency=labels[value.indicator_id.frequency].lower(),
                        end=format_date(self.env, end),
                        date=format_date(self.env, value.date),
                    )
                )

    @api.constrains("agency_id", "indicator_id", "date")
    def _check_agency(self):
        for value in self:
            indicator = value.indicator_id
            shares = indicator.sudo().target_ids.filtered(lambda target, v=value: target.year == v.year).agency_id
            if value.agency_id not in indicator.agency_id | shares:
                raise ValidationError(
                    self.env._(
                        "%(agency)s neither answers for %(indicator)s nor holds a share of its %(year)s target.",
                        agency=value.agency_id.name,
                        indicator=indicator.display_name,
                        year=value.year,
                    )
                )

    @api.constrains("indicator_id", "agency_id", "date", "correction_of_id")
    def _check_one_per_period(self):
        for value in self:
            if value.correction_of_id:
                value._check_correction()
            else:
                self._check_no_twin(value.indicator_id, value.agency_id, value.date, value.id)

    @api.model
    def _check_no_twin(self, indicator, agency, day, own_id=0):
        """A second value for the same period is a sentence, before the unique index says it."""
        twin = self.sudo().search(
            [
                ("indicator_id", "=", indicator.id),
                ("agency_id", "=", agency.id),
                ("date", "=", day),
                ("correction_of_id", "=", False),
                ("id", "!=", own_id),
            ],
            limit=1,
        )
        if twin:
            raise ValidationError(
                self.env._(
                    "%(agency)s already has a value of %(indicator)s for the period ending %(date)s "
                    "(%(state)s): change that one, or correct it once confirmed.",
                    agency=agency.name,
                    indicator=indicator.display_name,
                    date=format_date(self.env, day),
                    state=twin._state_label().lower(),
                )
            )

    def _check_correction(self):
        corrected = self.correction_of_id.sudo()
        same = (corrected.indicator_id, corrected.agency_id, corrected.date) == (
            self.indicator_id,
            self.agency_id,
            self.date,
        )
        if not same or corrected.state != "confirmed" or corrected.superseded:
            raise ValidationError(
                self.env._(
                    "A correction names the confirmed value it replaces, of the same indicator, agency and period."
                )
            )
        pending = self.sudo().search_count(
            [("correction_of_id", "=", corrected.id), ("state", "!=", "confirmed"), ("id", "!=", self.id)]
        )
        if pending:
            raise ValidationError(self.env._("A correction of this value is already under way: complete that one."))

    def _check_user_create(self, vals_list):
        scope = self.env.user.oversight_scope_agency_ids
        for vals in vals_list:
            agency = vals.get("agency_id") or self.env.user.oversight_agency_id.id
            if agency not in scope.ids:
                raise AccessError(self.env._("An agency enters the values of its own indicators only."))

    def _check_user_write(self, vals):
        frozen = self.filtered(lambda value: value.state not in EDITABLE_STATES)[:1]
        if frozen:
            raise UserError(
                self.env._(
                    "The value of %(value)s is %(state)s and can no longer be changed: a confirmed value is "
                    "corrected by a new value naming it.",
                    value=frozen.display_name,
                    state=frozen._state_label().lower(),
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        self._check_input(vals_list)
        for vals in vals_list:
            if not vals.get("correction_of_id") and vals.get("indicator_id") and vals.get("date"):
                agency = vals.get("agency_id") or self.env.user.oversight_agency_id.id
                self._check_no_twin(
                    self.env["oversight.indicator"].browse(vals["indicator_id"]),
                    self.env["oversight.agency"].browse(agency),
                    fields.Date.to_date(vals["date"]),
                )
        values = super().create(vals_list)
        values.sudo()._refresh_results()
        return values

    def write(self, vals):
        result = super().write(vals)
        if {"value", "date", "indicator_id", "agency_id"} & set(vals):
            self.sudo()._refresh_results()
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_except_submitted(self):
        if self.filtered(lambda value: value.state not in EDITABLE_STATES or value.explanation_task_id):
            raise UserError(self.env._("A submitted or confirmed indicator value is kept."))

    # ------------------------------------------------------------------
    # Workflow
    # ------------------------------------------------------------------

    def action_submit(self):
        """The head of the responsible agency submits the values (with its monthly report)."""
        self._check_can_submit()
        today = self.env.company._oversight_today()
        self._apply_action("submit", {"date_submitted": today, "submitted_by_id": self.env.uid, "return_reason": False})
        self._after_state_change()
        return True

    def action_confirm(self):
        self._check_action("confirm")
        self.sudo()._refresh_results()  # frozen with the figures of the day it is confirmed
        self._apply_action("confirm", {"confirmed_by_id": self.env.uid})
        self.correction_of_id._workflow_write({"superseded": True})
        self._after_state_change()
        return True

    def action_return(self, reason=None):
        """The Office returns submitted values with the ``reason`` the agency must correct."""
        self._check_action("return", reason)
        self._apply_action("return", {"return_reason": reason, "date_submitted": False})
        self._after_state_change()
        return True

    def action_correct(self):
        """From a confirmed value: a new draft value of the same period naming it."""
        self.ensure_one()
        correction = self.create(
            {
                "indicator_id": self.indicator_id.id,
                "agency_id": self.agency_id.id,
                "date": self.date,
                "value": self.value,
                "correction_of_id": self.id,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": correction.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }

    def action_request_explanation(self, deadline=None, note=None):
        """A leader asks the responsible agency to explain an off-track or at-risk indicator and
        propose solutions by ``deadline`` ("YYYY-MM-DD"): an assigned task of that agency, with
        the figures in its content, so that the ladder and the monthly figures follow it."""
        deadline = self._date_argument(deadline, self.env._("the deadline of the explanation"))
        self._check_can_request_explanation(deadline, note)
        tasks = self.env["oversight.task"]
        for value in self:
            task = value._create_explanation_task(deadline, note)
            value._workflow_write({"explanation_task_id": task.id})
            value.message_post(
                body=self.env._(
                    "Explanation requested: task %(task)s, due %(deadline)s.",
                    task=task.display_name,
                    deadline=format_date(self.env, deadline),
                )
            )
            tasks |= task
        if len(tasks) != 1:
            return True
        return {
            "type": "ir.actions.act_window",
            "res_model": "oversight.task",
            "res_id": tasks.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }

    # ------------------------------------------------------------------
    # Checks
    # ------------------------------------------------------------------

    def _check_can_submit(self):
        self._check_action("submit")
        if self.env.su:
            return
        scope = self.env.user.oversight_scope_agency_ids
        if self.filtered(lambda value: value.agency_id not in scope):
            raise UserError(self.env._("Only the head of the responsible agency submits its indicator values."))

    def _check_can_request_explanation(self, deadline, note):
        self._check_action("request_explanation")
        if not deadline:
            raise UserError(self.env._("Give the date by which the agency explains and proposes its solutions."))
        if deadline < self.env.company._oversight_today():
            raise UserError(self.env._("The deadline of an explanation cannot be in the past."))
        if note is not None and not isinstance(note, str):
            raise UserError(self.env._("The leader's request is written as text."))
        asked = self.filtered("explanation_task_id")[:1]
        if asked:
            raise UserError(
                self.env._(
                    "%(value)s has already been explained in task %(task)s.",
                    value=asked.display_name,
                    task=asked.explanation_task_id.sudo().display_name,
                )
            )
        on_track = self.filtered(lambda value: value.status not in ("off_track", "at_risk"))[:1]
        if on_track:
            raise UserError(
                self.env._(
                    "%(value)s is %(status)s: an explanation is asked for an indicator off track or at risk.",
                    value=on_track.display_name,
                    status=dict(self._fields["status"]._description_selection(self.env))[on_track.status].lower(),
                )
            )

    def _state_label(self):
        return dict(self._fields["state"]._description_selection(self.env))[self.state]

    def _state_error_message(self, state_label, action_label):
        return self.env._(
            "The value %(value)s is %(state)s and cannot be %(action)s.",
            value=self.display_name,
            state=state_label.lower(),
            action=action_label,
        )

    def _after_state_change(self):
        """What follows a change of state: the later values of the series move, the
        indicators' status too."""
        if not self:
            return
        later = self.sudo().search(
            [
                ("indicator_id", "in", self.indicator_id.ids),
                ("agency_id", "in", self.agency_id.ids),
                ("year", "in", list(set(self.mapped("year")))),
                ("date", ">=", min(self.mapped("date"))),
                ("state", "!=", "confirmed"),
                ("id", "not in", self.ids),
            ]
        )
        later._refresh_results()
        self.indicator_id.sudo()._refresh_status()

    # ------------------------------------------------------------------
    # The explanation task
    # ------------------------------------------------------------------

    def _create_explanation_task(self, deadline, note):
        self.ensure_one()
        agency = self.agency_id
        task = (
            self.env["oversight.task"]
            .sudo()
            .create(
                {
                    "name": self.env._(
                        "Explain the results of indicator %(indicator)s (%(period)s) and propose solutions",
                        indicator=self.indicator_id.display_name,
                        period=format_date(self.env, self.date),
                    ),
                    "directive_id": self._explanation_directive().id,
                    "leader_id": self.env.uid,
                    "lead_agency_id": agency.id,
                    "date_assigned": self.env.company._oversight_today(),
                    "deadline": deadline,
                    "expected_output": self.env._("A report explaining the causes, with solutions and their dates"),
                    "description": self._figures_html(note),
                    "indicator_id": self.indicator_id.id,
                    "monitor_user_id": self.confirmed_by_id.id,
                    "company_id": self.company_id.id,
                }
            )
        )
        task.action_assign()
        return task

    def _explanation_directive(self):
        """The People's Council resolution the target comes from, registered as a directive;
        without it, a sentence saying what to register."""
        target = self._target()
        ref = target.resolution_ref if target else False
        directive = ref and self.env["oversight.directive"].sudo().search(
            [("name", "=", ref), ("company_id", "=", self.company_id.id)], limit=1
        )
        if not directive:
            raise UserError(
                self.env._(
                    "Register the People's Council resolution of the %(year)s target (%(ref)s) as a directive first: "
                    "the explanation task is assigned under it.",
                    year=self.year,
                    ref=ref or self.env._("no resolution given"),
                )
            )
        return directive

    def _figures_html(self, note):
        self.ensure_one()
        statuses = dict(self._fields["status"]._description_selection(self.env))
        unit = self.indicator_id.uom_label
        rows = [
            (self.env._("Indicator"), self.indicator_id.display_name),
            (self.env._("Period"), format_date(self.env, self.date)),
            (self.env._("Target of the year"), f"{self.target_value:,.2f} {unit}"),
            (self.env._("Value of the period"), f"{self.value:,.2f} {unit}"),
            (self.env._("Year to date"), f"{self.ytd_value:,.2f} {unit}"),
            (
                self.env._("% of target"),
                f"{self.plan_rate:.1f} % ({self.env._('expected')} {self.expected_rate:.1f} %)",
            ),
            (self.env._("Same period last year"), f"{self.previous_year_value:,.2f} {unit} ({self.yoy_rate:.1f} %)"),
            (self.env._("Assessment"), statuses[self.status]),
        ]
        items = Markup("").join(Markup("<li><b>%s:</b> %s</li>") % (label, text) for label, text in rows)
        body = Markup("<ul>%s</ul>") % items
        if note:
            body += Markup("<p>%s</p>") % escape(note)
        if self.note:
            body += Markup("<p><i>%s</i> %s</p>") % (self.env._("The agency's comment:"), self.note)
        return body

    # ------------------------------------------------------------------
    # Results (R20)
    # ------------------------------------------------------------------

    @api.model
    def _due_date(self, company, day):
        """The due date of the value of the period ending ``day``: the due day of the monthly
        report of its month (R11: the report of month M closes its data on M's cut-off day)."""
        cutoff, due = company.oversight_report_cutoff_day, company.oversight_report_due_day
        date_to = day.replace(day=min(cutoff, day.day))
        return date_to.replace(day=due) if due > cutoff else (date_to + relativedelta(months=1)).replace(day=due)

    @api.model
    def _first_due_date(self, indicator, year):
        return self._due_date(indicator.company_id, period_end(indicator.frequency, date(year, 1, 1)))

    @api.model
    def _next_due(self, indicator, day):
        """The due date of the period after the one ending ``day``."""
        return self._due_date(indicator.company_id, period_end(indicator.frequency, day + relativedelta(days=1)))

    @api.model
    def _targets_of(self, indicators, year):
        """``{(indicator id, share agency id or False): target}`` of ``year``."""
        targets = (
            self.env["oversight.indicator.target"]
            .sudo()
            .search([("indicator_id", "in", indicators.ids), ("year", "=", year)])
        )
        return {(target.indicator_id.id, target.agency_id.id): target for target in targets}

    def _target(self):
        self.ensure_one()
        key = False if self.agency_id == self.indicator_id.agency_id else self.agency_id.id
        return self._targets_of(self.indicator_id, self.year).get((self.indicator_id.id, key))

    def _series_values(self):
        """The values of the series (indicator, agency) of these values, this year and last,
        that count (effective), with these values themselves; one search."""
        years = set(self.mapped("year"))
        return self.search(
            [
                ("indicator_id", "in", self.indicator_id.ids),
                ("agency_id", "in", self.agency_id.ids),
                ("year", "in", list(years | {year - 1 for year in years})),
                "|",
                ("is_effective", "=", True),
                ("id", "in", self.ids),
            ],
            order="date, id",
        )

    def _refresh_results(self):
        """Write the stored results of these values (not the confirmed ones: frozen), from the
        values of their series, with a bounded number of queries; each figure computed from
        unrounded values and rounded once, half up."""
        values = self.filtered(lambda value: value.state != "confirmed" and value.indicator_id)
        if not values:
            return
        series = defaultdict(dict)  # (indicator, agency) → {date: value}; the latest effective one per period
        for value in values._series_values():
            if value.is_effective:
                series[value.indicator_id.id, value.agency_id.id][value.date] = value
        targets = {}
        for year in set(values.mapped("year")):
            targets.update({(key, year): target for key, target in self._targets_of(values.indicator_id, year).items()})
        thresholds_by_company = {}
        for value in values:
            company = value.company_id
            if company not in thresholds_by_company:
                thresholds_by_company[company] = company._oversight_indicator_thresholds()
            key = False if value.agency_id == value.indicator_id.agency_id else value.agency_id.id
            target = targets.get(((value.indicator_id.id, key), value.year))
            periods = dict(series[value.indicator_id.id, value.agency_id.id])
            results = value._results(periods, target, thresholds_by_company[company])
            value._workflow_write(results)

    def _results(self, periods, target, thresholds):
        """The results of this value, ``periods`` being the effective values of its series by date."""
        self.ensure_one()
        indicator = self.indicator_id
        periods[self.date] = self
        this_year = [(day, periods[day].value) for day in sorted(periods) if day.year == self.year and day <= self.date]
        last_end = period_end(indicator.frequency, self.date - relativedelta(years=1))
        last_year = [
            (day, periods[day].value) for day in sorted(periods) if day.year == self.year - 1 and day <= last_end
        ]
        ytd = figures.year_to_date(indicator.aggregation, this_year)
        previous = figures.year_to_date(indicator.aggregation, last_year)
        target_value = target.value if target else None
        expected = (
            figures.expected_value(
                indicator.aggregation, indicator.frequency, self.date, target_value, target._scenario()
            )
            if target
            else None
        )
        status = figures.status(indicator.direction, ytd, expected, thresholds) if target else "not_due"
        return {
            "target_value": target_value or 0.0,
            "ytd_value": half_up(ytd, 2) or 0.0,
            "plan_rate": half_up(figures.rate(ytd, target_value), 1) or 0.0,
            "expected_rate": half_up(figures.rate(expected, target_value), 1) or 0.0,
            "previous_year_value": half_up(previous, 2) or 0.0,
            "yoy_rate": half_up(figures.rate(ytd, previous), 1) or 0.0,
            "status": status,
        }
