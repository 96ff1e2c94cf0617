from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.task_oversight.tools.rounding import half_up

from ..tools.scoring import GRADES, combined_points, grade, part_percentages, result_points

EVALUATION_STATES = [
    ("draft", "To Self-Assess"),
    ("self_assessed", "Self-Assessed"),
    ("reviewed", "Reviewed"),
    ("confirmed", "Confirmed"),
    ("published", "Published"),
]
# results may be computed again until the head has reviewed
RECOMPUTABLE_STATES = ("draft", "self_assessed")
# the decree evaluates civil servants (công chức); a deputy (cấp phó) is evaluated by its head
ROLES = [("officer", "Civil Servant"), ("deputy", "Deputy Head"), ("head", "Head of Agency")]
# whose results combine their own products with their agency's (the head's share, Settings)
MANAGING_ROLES = ("head", "deputy")

AGENCY_USER = "task_oversight.group_agency_user"
AGENCY_HEAD = "task_oversight.group_agency_head"
OFFICE = "task_oversight.group_office"
HOME_AFFAIRS = "task_oversight_evaluation.group_home_affairs"
# R16: the officer writes its self-assessment, its reviewer the general criteria;
# which record and when is checked by _check_user_write
SELF_FIELDS = frozenset({"self_general_points", "self_assessment"})
REVIEW_FIELDS = frozenset({"general_points", "review_note", "manual_result_points"})
# the figures the engine writes (and nobody else)
FIGURE_FIELDS = (
    "product_count",
    "weight_assigned",
    "weight_completed",
    "quantity_rate",
    "quality_rate",
    "progress_rate",
    "own_result_points",
    "agency_product_count",
    "agency_quantity_rate",
    "agency_quality_rate",
    "agency_progress_rate",
    "agency_result_points",
    "computed_result_points",
)


class OversightEvaluation(models.Model):
    """One person's evaluation of one period (Decree 335/2025/NĐ-CP).

    An officer reads its own evaluations and writes its self-assessment; the
    heads (and deputies) of its agency read and review them; the Office, the
    Department of Home Affairs and leaders read all. Nobody writes the
    computed points or the grade: the engine (:meth:`_evaluate`) and the
    workflow methods do.
    """

    _name = "oversight.evaluation"
    _description = "Officer Evaluation"
    _inherit = ["oversight.workflow.mixin", "mail.thread"]
    # the Office and Home Affairs review the heads of agencies without a superior agency
    _write_allowlist = {
        AGENCY_USER: SELF_FIELDS,
        AGENCY_HEAD: SELF_FIELDS | REVIEW_FIELDS,
        OFFICE: REVIEW_FIELDS,
        HOME_AFFAIRS: REVIEW_FIELDS,
    }
    _order = "date_from desc, agency_id, role_sequence, user_id"
    _rec_name = "user_id"

    period_id = fields.Many2one("oversight.evaluation.period", required=True, index=True, ondelete="cascade")
    user_id = fields.Many2one("res.users", string="Evaluated", required=True, index=True, ondelete="restrict")
    agency_id = fields.Many2one("oversight.agency", required=True, index=True, ondelete="restrict")
    role = fields.Selection(ROLES, string="Position", required=True, default="officer")
    role_sequence = fields.Integer(
        compute="_compute_role_sequence", store=True, help="Head, deputies, then civil servants."
    )
    company_id = fields.Many2one(related="period_id.company_id", store=True, index=True)
    date_from = fields.Date(related="period_id.date_from", store=True, string="Period Start")
    state = fields.Selection(
        EVALUATION_STATES, string="Status", required=True, default="draft", tracking=True, copy=False, index=True
    )
    line_ids = fields.One2many("oversight.evaluation.line", "evaluation_id", string="Products")
    product_count = fields.Integer(string="Number of Products", readonly=True)
    weight_assigned = fields.Float(string="Assigned (Converted)", readonly=True, digits=(6, 1))
    weight_completed = fields.Float(string="Completed (Converted)", readonly=True, digits=(6, 1))
    quantity_rate = fields.Float(string="Quantity (%)", readonly=True, digits=(5, 1), aggregator="avg")
    quality_rate = fields.Float(string="Quality (%)", readonly=True, digits=(5, 1), aggregator="avg")
    progress_rate = fields.Float(string="Progress (%)", readonly=True, digits=(5, 1), aggregator="avg")
    own_result_points = fields.Float(string="Own Products Points", readonly=True, digits=(5, 2))
    agency_product_count = fields.Integer(string="Number of Agency Products", readonly=True)
    agency_quantity_rate = fields.Float(string="Agency Quantity (%)", readonly=True, digits=(5, 1))
    agency_quality_rate = fields.Float(string="Agency Quality (%)", readonly=True, digits=(5, 1))
    agency_progress_rate = fields.Float(string="Agency Progress (%)", readonly=True, digits=(5, 1))
    agency_result_points = fields.Float(string="Agency Points", readonly=True, digits=(5, 2))
    computed_result_points = fields.Float(readonly=True, digits=(5, 2))
    has_products = fields.Boolean(compute="_compute_has_products")
    manual_result_points = fields.Float(
        string="Results Points Entered",
        tracking=True,
        digits=(5, 2),
        help="Without any product in the task system this month, the reviewer enters the results points "
        "from the officer's other work.",
    )
    result_points = fields.Float(
        string="Task Results", compute="_compute_points", store=True, digits=(5, 2), aggregator="avg"
    )
    self_general_points = fields.Float(string="Self-Assessed General Criteria", tracking=True, digits=(4, 1))
    self_assessment = fields.Text()
    general_points = fields.Float(string="General Criteria", tracking=True, digits=(4, 1), aggregator="avg")
    review_note = fields.Text(string="Reviewer's Comment")
    total_points = fields.Float(string="Total", compute="_compute_points", store=True, digits=(5, 2), aggregator="avg")
    grade = fields.Selection(GRADES, compute="_compute_points", store=True, index=True)
    reviewer_id = fields.Many2one("res.users", string="Reviewed By", readonly=True, copy=False)
    date_reviewed = fields.Date(string="Reviewed On", readonly=True, copy=False)
    confirmer_id = fields.Many2one("res.users", string="Confirmed By", readonly=True, copy=False)
    date_confirmed = fields.Date(string="Confirmed On", readonly=True, copy=False)
    user_is_evaluated = fields.Boolean(compute="_compute_user_rights")
    user_can_review = fields.Boolean(compute="_compute_user_rights")
    user_can_confirm = fields.Boolean(compute="_compute_user_rights")

    _period_user_uniq = models.UniqueIndex("(period_id, user_id)")

    @api.depends("user_id.name", "period_id.name")
    def _compute_display_name(self):
        for evaluation in self:
            evaluation.display_name = f"{evaluation.user_id.name} - {evaluation.period_id.name}"

    @api.depends("role")
    def _compute_role_sequence(self):
        order = {"head": 0, "deputy": 1, "officer": 2}
        for evaluation in self:
            evaluation.role_sequence = order.get(evaluation.role, 2)

    @api.depends("product_count")
    def _compute_has_products(self):
        for evaluation in self:
            evaluation.has_products = bool(evaluation.product_count)

    @api.depends(
        "computed_result_points", "manual_result_points", "product_count", "agency_product_count", "general_points"
    )
    def _compute_points(self):
        for evaluation in self:
            rules = evaluation.company_id._oversight_eval_rules()
            if evaluation.product_count or evaluation.agency_product_count:
                points = evaluation.computed_result_points
            else:
                points = evaluation.manual_result_points
            evaluation.result_points = points
            # both parts are stored rounded (2 and 1 decimals): their sum is exact, rounded once here
            evaluation.total_points = half_up(points + evaluation.general_points, 2)
            evaluation.grade = grade(evaluation.total_points, rules)

    @api.depends_context("uid")
    def _compute_user_rights(self):
        user = self.env.user
        for evaluation in self:
            evaluation.user_is_evaluated = evaluation.user_id == user
            evaluation.user_can_review = evaluation._is_reviewer(user)
            evaluation.user_can_confirm = evaluation._is_confirmer(user)

    @api.constrains("general_points", "self_general_points", "manual_result_points")
    def _check_points(self):
        for evaluation in self:
            rules = evaluation.company_id._oversight_eval_rules()
            if not 0 <= evaluation.general_points <= rules.general_max or not (
                0 <= evaluation.self_general_points <= rules.general_max
            ):
                raise ValidationError(
                    self.env._("General criteria points go from 0 to %(max)s.", max=rules.general_max)
                )
            if not 0 <= evaluation.manual_result_points <= rules.result_max:
                raise ValidationError(self.env._("Task results points go from 0 to %(max)s.", max=rules.result_max))

    def _check_user_write(self, vals):
        user = self.env.user
        for evaluation in self:
            if SELF_FIELDS.intersection(vals) and (evaluation.user_id != user or evaluation.state != "draft"):
                raise UserError(self.env._("Only the evaluated officer writes its self-assessment, before sending it."))
            reviewing = evaluation._is_reviewer(user) and evaluation.state in RECOMPUTABLE_STATES
            if REVIEW_FIELDS.intersection(vals) and not reviewing:
                raise UserError(
                    self.env._(
                        "Only the reviewer of %(person)s enters the general criteria, before the review.",
                        person=evaluation.user_id.name,
                    )
                )
            if "manual_result_points" in vals and (evaluation.product_count or evaluation.agency_product_count):
                raise UserError(
                    self.env._(
                        "The results points of %(person)s come from its products.", person=evaluation.user_id.name
                    )
                )

    # ------------------------------------------------------------------
    # Workflow
    # ------------------------------------------------------------------

    def action_self_assess(self):
        """The officer sends its self-assessment; its points are the reviewer's starting point."""
        self._check_state(("draft",), self.env._("self-assessed"))
        if any(evaluation.user_id != self.env.user for evaluation in self) and not self.env.su:
            raise UserError(self.env._("Only the evaluated officer sends its self-assessment."))
        for evaluation in self:
            vals = {"state": "self_assessed"}
            if not evaluation.general_points:  # the reviewer's own points, if entered already, stay
                vals["general_points"] = evaluation.self_general_points
            evaluation._workflow_write(vals)
        return True

    def action_review(self):
        """The head (or deputy) reviews: the general criteria as entered, and the results as computed."""
        self._check_state(RECOMPUTABLE_STATES, self.env._("reviewed"))
        self._check_role("_is_reviewer", self.env._("Only the head of the agency (or a deputy) reviews."))
        today = self.env.company._oversight_today()
        self._workflow_write({"state": "reviewed", "reviewer_id": self.env.uid, "date_reviewed": today})
        return True

    def action_reopen(self):
        """Back to the officer and the reviewer, so the results can be computed again."""
        self._check_state(("reviewed",), self.env._("reopened"))
        self._check_role(
            "_is_reviewer_or_confirmer", self.env._("Only the reviewer or whoever confirms reopens an evaluation.")
        )
        self._workflow_write({"state": "self_assessed", "reviewer_id": False, "date_reviewed": False})
        return True

    def action_confirm(self):
        """The head of the superior agency, the Office or the Department of Home Affairs confirms;
        the evaluation is frozen from then on."""
        self._check_state(("reviewed",), self.env._("confirmed"))
        self._check_role(
            "_is_confirmer",
            self.env._(
                "Heads' evaluations are confirmed by the Office or the Department of Home Affairs; "
                "officers' by them or by the head of the superior agency."
            ),
        )
        if not self.env.su and any(evaluation.reviewer_id == self.env.user for evaluation in self):
            raise UserError(self.env._("An evaluation is confirmed by someone other than its reviewer."))
        today = self.env.company._oversight_today()
        self._workflow_write({"state": "confirmed", "confirmer_id": self.env.uid, "date_confirmed": today})
        return True

    def action_open_waiver_wizard(self):
        self.ensure_one()
        return self.env["ir.actions.act_window"]._for_xml_id(
            "task_oversight_evaluation.oversight_evaluation_waiver_action"
        ) | {"context": {"default_evaluation_id": self.id}}

    # ------------------------------------------------------------------
    # Who reviews and confirms
    # ------------------------------------------------------------------

    def _check_role(self, method, message):
        """Refuse unless the user passes ``method`` (``_is_reviewer`` …) on every evaluation."""
        if self.env.su:
            return
        if any(not getattr(evaluation, method)(self.env.user) for evaluation in self):
            raise UserError(message)

    def _chain(self, include_own):
        """Heads and deputies of the agency's chain, from the top: those of the own
        agency too when ``include_own``."""
        agency = self.sudo().agency_id
        ids = [int(part) for part in (agency.parent_path or "").split("/") if part]
        if not include_own:
            ids = ids[:-1]
        chain = agency.browse(ids)
        return chain.head_user_id | chain.deputy_user_ids

    def _is_office(self, user):
        return user.has_group(OFFICE) or user.has_group(HOME_AFFAIRS)

    def _reviewers(self):
        """Who reviews: a civil servant, the head and deputies of its agency (or of a superior
        one); a deputy, the head of its own agency; a head, those of the superior agency.
        Empty when nobody is there: then the Office or Home Affairs reviews."""
        self.ensure_one()
        if self.role == "deputy" and self.sudo().agency_id.head_user_id - self.user_id:
            return self.sudo().agency_id.head_user_id
        return self._chain(include_own=self.role == "officer") - self.user_id

    def _is_reviewer(self, user):
        self.ensure_one()
        if user == self.user_id:
            return False
        reviewers = self._reviewers()
        return user in reviewers if reviewers else self._is_office(user)

    def _is_confirmer(self, user):
        """The Office or Home Affairs; for civil servants and deputies, also the heads of the superior agency."""
        self.ensure_one()
        if user == self.user_id:
            return False
        if self._is_office(user):
            return True
        return self.role in ("officer", "deputy") and user in self._chain(include_own=False)

    def _is_reviewer_or_confirmer(self, user):
        return self._is_reviewer(user) or self._is_confirmer(user)

    def _state_error_message(self, state_label, action_label):
        return self.env._(
            "The evaluation of %(person)s is %(state)s and cannot be %(action)s.",
            person=self.user_id.name,
            state=state_label,
            action=action_label,
        )

    # ------------------------------------------------------------------
    # The engine
    # ------------------------------------------------------------------

    @api.model
    def _evaluate(self, period, agencies=None):
        """Create the evaluations of ``period`` that are missing and compute again those
        not reviewed yet (of ``agencies`` only, when given): a bounded number of queries,
        whatever the number of officers."""
        period = period.sudo()
        Line = self.env["oversight.evaluation.line"].sudo()
        rules = period.company_id._oversight_eval_rules()
        products = Line._products(period)
        # a waiver computes its agency again: nobody new to add
        evaluations = self._ensure_evaluations(period, products) if agencies is None else period.evaluation_ids
        open_evaluations = evaluations.filtered(
            lambda evaluation: (
                evaluation.state in RECOMPUTABLE_STATES and (agencies is None or evaluation.agency_id in agencies)
            )
        )
        waivers = Line._waivers(evaluations)
        frozen_tasks = set((evaluations - open_evaluations).line_ids.task_id.ids)
        open_evaluations.line_ids.unlink()
        by_user = {evaluation.user_id.id: evaluation.id for evaluation in open_evaluations}
        own, agency = {}, {}
        lines = []
        for product in products:
            values = dict(product, **waivers.get(product["task_id"], {}))
            agency.setdefault(product["agency_id"], []).append(Line._product(values))
            if product["officer_id"] in by_user and product["task_id"] not in frozen_tasks:
                lines.append(dict(values, evaluation_id=by_user[product["officer_id"]]))
                own.setdefault(lines[-1]["evaluation_id"], []).append(Line._product(values))
        Line.create([Line._line_values(values, rules) for values in lines])
        for evaluation in open_evaluations:
            evaluation._write_figures(own.get(evaluation.id, []), agency.get(evaluation.agency_id.id, []), rules)
        return evaluations

    def _write_figures(self, own, agency, rules):
        """Store the figures, each rounded once, half up, from the unrounded values: the
        combination of a head's results uses its two halves unrounded."""
        own_rates = part_percentages(own, rules)
        own_points = result_points(own_rates, rules) if own_rates else None
        vals = {
            "product_count": len(own),
            "weight_assigned": half_up(sum(product.weight for product in own), 1),
            "weight_completed": half_up(sum(product.weight for product in own if product.completed), 1),
            **self._rate_values("", own_rates),
            "own_result_points": half_up(own_points or 0.0, 2),
        }
        points = own_points
        if self.role in MANAGING_ROLES:
            agency_rates = part_percentages(agency, rules)
            agency_points = result_points(agency_rates, rules) if agency_rates else None
            vals |= {
                "agency_product_count": len(agency),
                **self._rate_values("agency_", agency_rates),
                "agency_result_points": half_up(agency_points or 0.0, 2),
            }
            points = combined_points(own_points, agency_points, rules)
        vals["computed_result_points"] = half_up(points or 0.0, 2)
        self._workflow_write(vals)

    @api.model
    def _rate_values(self, prefix, rates):
        names = ("quantity_rate", "quality_rate", "progress_rate")
        return {f"{prefix}{name}": half_up(rates[index], 1) if rates else 0.0 for index, name in enumerate(names)}

    @api.model
    def _ensure_evaluations(self, period, products):
        """One evaluation per member of an agency of the company (heads and deputies as heads),
        and per officer holding products of the period outside any agency."""
        existing = period.evaluation_ids
        known = set(existing.user_id.ids)
        people = self._people(period)
        for product in products:
            people.setdefault(product["officer_id"], (product["agency_id"], "officer"))
        vals_list = [
            {"period_id": period.id, "user_id": user_id, "agency_id": agency_id, "role": role}
            for user_id, (agency_id, role) in people.items()
            if user_id and user_id not in known
        ]
        return existing | self.sudo().with_context(mail_create_nolog=True, mail_create_nosubscribe=True).create(
            vals_list
        )

    @api.model
    def _people(self, period):
        """``{user id: (agency id, role)}`` of the members of the company's agencies active in the period."""
        group = self.env.ref(AGENCY_USER)
        agencies = (
            self.env["oversight.agency"]
            .sudo()
            .search(
                [
                    ("company_id", "=", period.company_id.id),
                    "|",
                    ("date_end", "=", False),
                    ("date_end", ">", period.date_from),
                ]
            )
        )
        users = (
            self.env["res.users"]
            .sudo()
            .search(
                [("oversight_agency_id", "in", agencies.ids), ("share", "=", False), ("all_group_ids", "in", group.ids)]
            )
        )
        heads, deputies = set(agencies.head_user_id.ids), set(agencies.deputy_user_ids.ids)
        return {
            user.id: (
                user.oversight_agency_id.id,
                "head" if user.id in heads else "deputy" if user.id in deputies else "officer",
            )
            for user in users
        }
