from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.task_oversight.tools.vietnamese import name_sort_key

from ..report.evaluation_xlsx import evaluation_workbook
from ..tools.scoring import cap_exceeded
from .oversight_evaluation import HOME_AFFAIRS, OFFICE, RECOMPUTABLE_STATES
from .res_company import FREQUENCIES

PERIOD_STATES = [("open", "In Evaluation"), ("published", "Published")]
PERIOD_FIELDS = frozenset({"kind", "date_from", "company_id"})
MONTHS = {"month": 1, "quarter": 3}


class OversightEvaluationPeriod(models.Model):
    """A month (or quarter) of evaluations: one per member of every agency.

    Everybody who reads an evaluation reads its period; the counts and the
    cap warnings are computed with the user's own access, so that they tell
    only about the evaluations the user may read.
    """

    _name = "oversight.evaluation.period"
    _description = "Evaluation Period"
    _inherit = ["oversight.workflow.mixin", "mail.thread"]
    _create_allowlist = {OFFICE: PERIOD_FIELDS, HOME_AFFAIRS: PERIOD_FIELDS}
    _order = "date_from desc, id desc"

    name = fields.Char(compute="_compute_name", store=True)
    kind = fields.Selection(FREQUENCIES, string="Frequency", required=True, default="month")
    date_from = fields.Date(string="From", required=True, index=True)
    date_to = fields.Date(string="To", compute="_compute_date_to", store=True)
    state = fields.Selection(
        PERIOD_STATES, string="Status", required=True, default="open", tracking=True, copy=False, index=True
    )
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)
    evaluation_ids = fields.One2many("oversight.evaluation", "period_id", string="Evaluations")
    evaluation_count = fields.Integer(string="Number of Evaluations", compute="_compute_counts")
    to_review_count = fields.Integer(string="To Review", compute="_compute_counts")
    confirmed_count = fields.Integer(string="Confirmed", compute="_compute_counts")
    cap_warning = fields.Text(string="Excellent Cap Exceeded", compute="_compute_counts")
    date_published = fields.Date(string="Published On", readonly=True, copy=False)

    _company_kind_start_uniq = models.UniqueIndex("(company_id, kind, date_from)")

    @api.depends("kind", "date_from")
    def _compute_name(self):
        # written the same in every language: 10/2026, Q4/2026
        for period in self:
            start = period.date_from
            if not start:
                period.name = False
            elif period.kind == "quarter":
                period.name = f"Q{(start.month - 1) // 3 + 1}/{start.year}"
            else:
                period.name = f"{start.month:02d}/{start.year}"

    @api.depends("kind", "date_from")
    def _compute_date_to(self):
        for period in self:
            period.date_to = period.date_from and period.date_from + relativedelta(months=MONTHS[period.kind], days=-1)

    @api.depends_context("uid")
    def _compute_counts(self):
        Evaluation = self.env["oversight.evaluation"]
        groups = Evaluation._read_group(
            [("period_id", "in", self.ids)], ["period_id", "agency_id", "grade", "state"], ["__count"]
        )
        for period in self:
            rows = [(agency, grade, state, count) for owner, agency, grade, state, count in groups if owner == period]
            period.evaluation_count = sum(row[3] for row in rows)
            period.to_review_count = sum(row[3] for row in rows if row[2] in ("draft", "self_assessed"))
            period.confirmed_count = sum(row[3] for row in rows if row[2] in ("confirmed", "published"))
            period.cap_warning = "\n".join(period._cap_warnings(rows)) or False

    def _cap_warnings(self, rows):
        """One sentence per agency whose excellent grades exceed the cap (Decree 335/2025)."""
        rules = self.company_id._oversight_eval_rules()
        by_agency = {}
        for agency, grade, _state, count in rows:
            counts = by_agency.setdefault(agency, {})
            counts[grade] = counts.get(grade, 0) + count
        return [
            self.env._(
                "%(agency)s: %(excellent)s graded Excellent for %(good)s graded Good (at most %(cap)s%%).",
                agency=agency.name,
                excellent=counts.get("excellent", 0),
                good=counts.get("good", 0),
                cap=rules.excellent_cap,
            )
            for agency, counts in by_agency.items()
            if counts.get("excellent") and cap_exceeded(counts, rules)
        ]

    @api.constrains("kind", "date_from")
    def _check_date_from(self):
        for period in self:
            start = period.date_from
            if start.day != 1 or (period.kind == "quarter" and start.month % 3 != 1):
                raise ValidationError(
                    self.env._("An evaluation period starts on the first day of a month (of a quarter, for quarters).")
                )

    @api.model_create_multi
    def create(self, vals_list):
        periods = super().create(vals_list)
        for period in periods.sudo():
            self.env["oversight.evaluation"].sudo()._evaluate(period)
        return periods

    @api.ondelete(at_uninstall=False)
    def _unlink_except_reviewed(self):
        if self.sudo().evaluation_ids.filtered(lambda evaluation: evaluation.state != "draft"):
            raise UserError(self.env._("A period whose evaluations were started cannot be deleted."))

    # ------------------------------------------------------------------
    # Workflow
    # ------------------------------------------------------------------

    def action_compute(self):
        """Compute again the evaluations not reviewed yet, and add those of new members."""
        self._check_office()
        self._check_state(("open",), self.env._("computed again"))
        for period in self.sudo():
            self.env["oversight.evaluation"]._evaluate(period)
        return True

    def action_publish(self):
        """Publish once every evaluation is confirmed: the officers read their final result."""
        self._check_office()
        self._check_state(("open",), self.env._("published"))
        for period in self.sudo():
            pending = period.evaluation_ids.filtered(lambda evaluation: evaluation.state != "confirmed")
            if pending:
                raise UserError(
                    self.env._(
                        "%(count)s evaluations of %(period)s are not confirmed yet, e.g. %(people)s.",
                        count=len(pending),
                        period=period.name,
                        people=", ".join(pending[:5].user_id.mapped("name")),
                    )
                )
            period.evaluation_ids._workflow_write({"state": "published"})
        self._workflow_write({"state": "published", "date_published": self.env.company._oversight_today()})
        return True

    @api.readonly
    def action_print(self):
        """The PDF of the agencies the user may read: one document per agency."""
        return self.env.ref("task_oversight_evaluation.action_report_oversight_evaluation").report_action(self)

    @api.readonly
    def action_export_xlsx(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_url",
            "url": f"/task_oversight_evaluation/period/{self.id}/xlsx",
            "target": "self",
        }

    @api.readonly
    def action_open_evaluations(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("task_oversight_evaluation.oversight_evaluation_action")
        action["domain"] = [("period_id", "=", self.id)]
        action["context"] = {"search_default_group_agency": 1}
        return action

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------

    def _check_office(self):
        if not self.env.su and not (self.env.user.has_group(OFFICE) or self.env.user.has_group(HOME_AFFAIRS)):
            raise UserError(
                self.env._("Only the Committee Office or the Department of Home Affairs manages evaluation periods.")
            )

    def _state_error_message(self, state_label, action_label):
        return self.env._(
            "Period %(period)s is %(state)s and cannot be %(action)s.",
            period=self.name,
            state=state_label,
            action=action_label,
        )

    @api.model
    def _last_closed_start(self, company, today):
        """The first day of the last month (quarter) that has ended on ``today``."""
        if company.oversight_eval_frequency == "quarter":
            quarter_start = today.replace(day=1, month=(today.month - 1) // 3 * 3 + 1)
            return quarter_start - relativedelta(months=3)
        return today.replace(day=1) - relativedelta(months=1)

    @api.model
    def _cron_create_periods(self):
        """After a month (quarter) closes, its period and evaluations; nothing twice."""
        for [company] in self.env["oversight.agency"].sudo()._read_group([], ["company_id"]):
            self._ensure_period(company, company._oversight_today())
            self.env["ir.cron"]._commit_progress(1)

    @api.model
    def _ensure_period(self, company, today):
        """The period of ``company`` that closed last on ``today``, created with its evaluations if missing."""
        kind = company.oversight_eval_frequency
        start = self._last_closed_start(company, today)
        domain = [("company_id", "=", company.id), ("kind", "=", kind), ("date_from", "=", start)]
        return self.search(domain, limit=1) or self.with_company(company).create(
            {"company_id": company.id, "kind": kind, "date_from": start}
        )

    def _grade_counts(self, evaluations):
        """``{grade: number}`` of the reviewed evaluations, and ``not_reviewed``: a grade
        before the review is only provisional."""
        counts = {}
        for evaluation in evaluations:
            key = evaluation.grade if evaluation.state not in RECOMPUTABLE_STATES else "not_reviewed"
            counts[key] = counts.get(key, 0) + 1
        return counts

    def _cap_warnings_for(self, evaluations):
        """The cap warning of one agency's ``evaluations``, or an empty string."""
        rows = [(evaluation.agency_id, evaluation.grade, evaluation.state, 1) for evaluation in evaluations]
        return " ".join(self._cap_warnings(rows))

    def _xlsx_download(self):
        """``(content, file name)`` of the XLSX of the evaluations the current user may read."""
        self.ensure_one()
        self.check_access("read")
        filename = self.env._("Evaluations %(period)s.xlsx", period=self.name.replace("/", "-"))
        return evaluation_workbook(self), filename

    def _report_agencies(self):
        """``[(agency, evaluations)]`` of the period the user may read, in the agencies' order."""
        self.ensure_one()
        evaluations = self.env["oversight.evaluation"].search([("period_id", "=", self.id)])
        grouped = evaluations.grouped("agency_id")
        agencies = (
            self.env["oversight.agency"]
            .browse([agency.id for agency in grouped])
            .sorted(lambda agency: (agency.sequence, agency.name))
        )
        # the head, the deputies, then the civil servants, each by given name as Vietnamese lists are
        return [
            (agency, grouped[agency].sorted(lambda e: (e.role_sequence, name_sort_key(e.user_id.name))))
            for agency in agencies
        ]
