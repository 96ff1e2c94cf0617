from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL, format_date

from ..tools.scoring import Product, product_points
from .oversight_evaluation import RECOMPUTABLE_STATES

# the values of a line that come from its product
LINE_FIELDS = (
    "evaluation_id",
    "task_id",
    "agency_id",
    "weight",
    "deadline",
    "completed_on",
    "returns",
    "delays",
    "quality_waived",
    "delay_waived",
    "waiver_reason",
)


class OversightEvaluationLine(models.Model):
    """A product of an evaluation: a task its officer held in the period, its
    weight, whether and when it was completed, its returns and delay, the
    deductions waived and the points each part scored. Written by the engine
    and by the reviewer's waivers, never directly."""

    _name = "oversight.evaluation.line"
    _description = "Evaluated Product"
    _inherit = ["oversight.workflow.mixin"]
    _order = "evaluation_id, deadline, task_id"

    evaluation_id = fields.Many2one("oversight.evaluation", required=True, index=True, ondelete="cascade")
    task_id = fields.Many2one("oversight.task", required=True, index=True, ondelete="cascade")
    agency_id = fields.Many2one("oversight.agency", string="Lead Agency", readonly=True)
    company_id = fields.Many2one(related="evaluation_id.company_id", store=True, index=True)
    weight = fields.Float(readonly=True, digits=(3, 1))
    deadline = fields.Date(string="Effective Deadline", readonly=True)
    completed_on = fields.Date(readonly=True)
    returns = fields.Integer(string="Returned", readonly=True, help="Completion reports returned by the Office.")
    delays = fields.Integer(string="Late", readonly=True, help="1 when completed after the effective deadline.")
    quality_waived = fields.Boolean(readonly=True)
    delay_waived = fields.Boolean(readonly=True)
    waiver_reason = fields.Text(string="Objective Cause", readonly=True)
    quantity_points = fields.Float(string="Quantity", readonly=True, digits=(4, 2))
    quality_points = fields.Float(string="Quality", readonly=True, digits=(4, 2))
    progress_points = fields.Float(string="Progress", readonly=True, digits=(4, 2))
    explanation = fields.Char(string="Why", compute="_compute_explanation")

    _evaluation_task_uniq = models.UniqueIndex("(evaluation_id, task_id)")

    @api.depends("task_id")
    def _compute_display_name(self):
        for line in self:
            line.display_name = line.task_id.display_name

    def _compute_explanation(self):
        for line in self:
            line.explanation = "; ".join(line._explanation_parts())

    def _explanation_parts(self):
        if not self.completed_on:
            if self.deadline:
                return [self.env._("not completed, due %(date)s", date=format_date(self.env, self.deadline))]
            return [self.env._("not completed")]
        parts = [self.env._("completed %(date)s", date=format_date(self.env, self.completed_on))]
        rules = self.evaluation_id.company_id._oversight_eval_rules()
        if self.returns:
            deduction = self.returns * rules.quality_deduction
            if self.quality_waived:
                parts.append(
                    self.env._(
                        "returned %(count)s time(s), waived: %(cause)s", count=self.returns, cause=self.waiver_reason
                    )
                )
            else:
                parts.append(
                    self.env._(
                        "returned %(count)s time(s): −%(percent)s%% quality",
                        count=self.returns,
                        percent=min(deduction, 100),
                    )
                )
        if self.delays:
            late = format_date(self.env, self.deadline)
            if self.delay_waived:
                parts.append(self.env._("late (due %(date)s), waived: %(cause)s", date=late, cause=self.waiver_reason))
            else:
                parts.append(
                    self.env._("late (due %(date)s): −%(percent)s%% progress", date=late, percent=rules.delay_deduction)
                )
        elif self.deadline:
            parts.append(self.env._("on time"))
        return parts

    @api.ondelete(at_uninstall=False)
    def _unlink_only_recomputable(self):
        if self.evaluation_id.filtered(lambda evaluation: evaluation.state not in RECOMPUTABLE_STATES):
            raise UserError(self.env._("The products of a reviewed evaluation are kept as they were judged."))

    # ------------------------------------------------------------------
    # Waivers
    # ------------------------------------------------------------------

    def action_waive(self, kind=None, reason=None):
        """The reviewer waives a deduction (``kind``: "quality" for the returned reports,
        "delay" for the delay) for an objective ``reason``; the points are computed again."""
        self._check_reason(reason, self.env._("Give the objective cause that waives the deduction."))
        kinds = {
            "quality": self.env._("returned reports"),
            "delay": self.env._("delay"),
        }
        if kind not in kinds:
            raise UserError(self.env._("Choose the deduction to waive: the returned reports or the delay."))
        for line in self:
            evaluation = line.evaluation_id
            evaluation._check_state(RECOMPUTABLE_STATES, self.env._("changed"))
            if not self.env.su and not evaluation._is_reviewer(self.env.user):
                raise UserError(self.env._("Only the reviewer of the evaluation waives a deduction."))
            if line[f"{kind}_waived"]:
                raise UserError(
                    self.env._("The deduction of %(task)s is waived already.", task=line.task_id.display_name)
                )
            if not (line.returns if kind == "quality" else line.delays):
                raise UserError(self.env._("%(task)s has no such deduction to waive.", task=line.task_id.display_name))
        self._workflow_write({f"{kind}_waived": True, "waiver_reason": reason})
        for line in self:
            line.evaluation_id.message_post(
                body=self.env._(
                    "Deduction waived for %(task)s (%(kind)s): %(reason)s",
                    task=line.task_id.display_name,
                    kind=kinds[kind],
                    reason=reason,
                )
            )
        for period, lines in self.grouped(lambda line: line.evaluation_id.period_id).items():
            self.env["oversight.evaluation"].sudo()._evaluate(period, agencies=lines.evaluation_id.agency_id)
        return True

    # ------------------------------------------------------------------
    # The engine's side
    # ------------------------------------------------------------------

    @api.model
    def _product(self, values):
        return Product(
            weight=values["weight"],
            completed=bool(values["completed_on"]),
            returns=values["returns"],
            delays=values["delays"],
            quality_waived=values.get("quality_waived", False),
            delay_waived=values.get("delay_waived", False),
        )

    @api.model
    def _line_values(self, values, rules):
        quantity, quality, progress = product_points(self._product(values), rules)
        return {
            **{name: values.get(name) for name in LINE_FIELDS},
            "quantity_points": quantity,
            "quality_points": quality,
            "progress_points": progress,
        }

    @api.model
    def _waivers(self, evaluations):
        """``{task id: waiver values}`` of the products of ``evaluations``: kept when they are computed again."""
        lines = self.search(
            [("evaluation_id", "in", evaluations.ids), "|", ("quality_waived", "=", True), ("delay_waived", "=", True)]
        )
        return {
            line.task_id.id: {
                "quality_waived": line.quality_waived,
                "delay_waived": line.delay_waived,
                "waiver_reason": line.waiver_reason,
            }
            for line in lines
        }

    @api.model
    def _products(self, period):
        """The products of ``period`` in one query: every task assigned, reported or done of the
        company that was completed in the period, or was due by its end and not completed by then
        (paused and cancelled tasks are out); with the officer who held it on the earliest of its
        deadline, its completion and the period's end (from the timeline), its returned completion
        reports and whether it was completed after its effective deadline."""
        self.env["oversight.task"].flush_model()
        self.env["oversight.task.step"].flush_model()
        tz = period.company_id.oversight_calendar_id.tz or "Asia/Ho_Chi_Minh"
        self.env.cr.execute(
            SQL(
                """
                WITH task AS (
                    SELECT t.id, t.lead_agency_id, t.officer_id, t.weight, t.effective_deadline,
                           CASE t.state WHEN 'done' THEN t.date_done WHEN 'reported' THEN t.date_reported END
                               AS completed_on
                      FROM oversight_task t
                     WHERE t.company_id = %(company)s AND t.active
                       AND t.state IN ('assigned', 'reported', 'done')
                       AND t.date_assigned <= %(end)s
                ), product AS (
                    SELECT task.*,
                           CASE WHEN completed_on <= %(end)s THEN completed_on END AS done_on,
                           LEAST(COALESCE(effective_deadline, completed_on, %(end)s),
                                 COALESCE(completed_on, %(end)s), %(end)s) AS held_on
                      FROM task
                     WHERE completed_on BETWEEN %(start)s AND %(end)s
                        OR ((completed_on IS NULL OR completed_on > %(end)s) AND effective_deadline <= %(end)s)
                ), step AS (
                    SELECT s.task_id, s.step, s.officer_id, s.id,
                           (s.date AT TIME ZONE 'UTC' AT TIME ZONE %(tz)s)::date AS day
                      FROM oversight_task_step s
                      JOIN product ON product.id = s.task_id
                     WHERE s.step IN ('officer', 'returned')
                ), held AS (
                    SELECT DISTINCT ON (product.id) product.id, step.officer_id
                      FROM product JOIN step ON step.task_id = product.id
                     WHERE step.step = 'officer' AND step.officer_id IS NOT NULL AND step.day <= product.held_on
                     ORDER BY product.id, step.day DESC, step.id DESC
                ), first_held AS (
                    SELECT DISTINCT ON (task_id) task_id, officer_id
                      FROM step
                     WHERE step = 'officer' AND officer_id IS NOT NULL AND day <= %(end)s
                     ORDER BY task_id, day, id
                ), returned AS (
                    SELECT task_id, COUNT(*) AS times FROM step WHERE step = 'returned' AND day <= %(end)s
                     GROUP BY task_id
                )
                SELECT product.id, product.lead_agency_id, product.weight, product.effective_deadline, product.done_on,
                       COALESCE(held.officer_id, first_held.officer_id, product.officer_id),
                       COALESCE(returned.times, 0)
                  FROM product
                  LEFT JOIN held ON held.id = product.id
                  LEFT JOIN first_held ON first_held.task_id = product.id
                  LEFT JOIN returned ON returned.task_id = product.id
                 ORDER BY product.id
                """,
                company=period.company_id.id,
                start=period.date_from,
                end=period.date_to,
                tz=tz,
            )
        )
        return [
            {
                "task_id": task_id,
                "agency_id": agency_id,
                "weight": weight,
                "deadline": deadline,
                "completed_on": done_on,
                "officer_id": officer_id,
                "returns": returns,
                "delays": int(bool(done_on and deadline and done_on > deadline)),
            }
            for task_id, agency_id, weight, deadline, done_on, officer_id, returns in self.env.cr.fetchall()
        ]
