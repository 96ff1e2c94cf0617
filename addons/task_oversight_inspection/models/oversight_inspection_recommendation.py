from odoo import api, fields, models
from odoo.exceptions import UserError

from .oversight_inspection_plan import OFFICE

RECOMMENDATION_STATES = [
    ("pending", "Not Concluded Yet"),
    ("open", "Being Carried Out"),
    ("done", "Carried Out"),
    ("cancelled", "Cancelled by a Leader"),
]
# R16: the Office writes the recommendations while the inspection is in progress; on
# conclusion each becomes a task, and follows it
RECOMMENDATION_FIELDS = frozenset({"content", "deadline", "sequence"})


class OversightInspectionRecommendation(models.Model):
    """A recommendation (kiến nghị) of a conclusion notice: what the agency inspected must
    carry out, and by when. On conclusion it becomes an ``oversight.task`` led by that
    agency, with the notice as its directive (R19), and its state follows the task's.
    Read by whoever reads the inspection."""

    _name = "oversight.inspection.recommendation"
    _description = "Inspection Recommendation"
    _inherit = ["oversight.workflow.mixin"]
    _create_allowlist = {OFFICE: RECOMMENDATION_FIELDS | {"inspection_id"}}
    _write_allowlist = {OFFICE: RECOMMENDATION_FIELDS}
    _order = "inspection_id, sequence, id"
    _rec_name = "content"

    inspection_id = fields.Many2one("oversight.inspection", required=True, index=True, ondelete="cascade")
    sequence = fields.Integer(default=10)
    agency_id = fields.Many2one(related="inspection_id.agency_id", store=True, index=True, string="Agency")
    company_id = fields.Many2one(related="inspection_id.company_id", store=True, index=True)
    plan_year = fields.Integer(related="inspection_id.plan_year", store=True, string="Year")
    conclusion_ref = fields.Char(related="inspection_id.conclusion_ref", store=True, string="Conclusion Notice")
    content = fields.Text(string="Recommendation", required=True)
    deadline = fields.Date(required=True)
    task_id = fields.Many2one("oversight.task", readonly=True, copy=False, index="btree_not_null", ondelete="restrict")
    task_state = fields.Selection(related="task_id.state", string="Task Status")
    task_deadline_status = fields.Selection(related="task_id.deadline_status", store=True, string="Deadline Status")
    state = fields.Selection(RECOMMENDATION_STATES, string="Status", compute="_compute_state", store=True, index=True)
    is_open = fields.Boolean(
        string="Not Carried Out",
        compute="_compute_state",
        store=True,
        index=True,
        help="Its task is neither done nor cancelled.",
    )

    @api.depends("task_id.state")
    def _compute_state(self):
        for recommendation in self:
            state = recommendation.task_id.state
            if not state:
                recommendation.state = "pending"
            elif state in ("done", "cancelled"):
                recommendation.state = state
            else:
                recommendation.state = "open"
            recommendation.is_open = recommendation.state == "open"

    @api.model
    def _check_user_create(self, vals_list):
        inspections = self.env["oversight.inspection"].browse(vals.get("inspection_id") for vals in vals_list)
        inspections._check_recommendations_editable()

    def _check_user_write(self, vals):
        self.inspection_id._check_recommendations_editable()

    @api.ondelete(at_uninstall=False)
    def _unlink_except_concluded(self):
        if self.filtered("task_id"):
            raise UserError(self.env._("A recommendation of a conclusion is kept with its task."))

    def _make_tasks(self, directive, day):
        """One task per recommendation, led by the agency inspected and assigned through the
        workflow by the leader who approved the plan, so that the reminders, the escalation
        ladder, the officer in charge and the monthly figures follow it unchanged."""
        if not self:
            return self.env["oversight.task"]
        inspection = self.inspection_id
        Task = self.env["oversight.task"]
        tasks = Task.create(
            [
                {
                    "name": recommendation.content,
                    "directive_id": directive.id,
                    "leader_id": inspection.plan_id.approver_id.id,
                    "lead_agency_id": inspection.agency_id.id,
                    "date_assigned": day,
                    "deadline": recommendation.deadline,
                    "expected_output": self.env._(
                        "Report on the implementation of recommendation %(number)s of Notice %(notice)s",
                        number=index + 1,
                        notice=directive.name,
                    ),
                    "company_id": inspection.company_id.id,
                }
                for index, recommendation in enumerate(self)
            ]
        )
        tasks.action_assign()
        for recommendation, task in zip(self, tasks, strict=True):
            recommendation._workflow_write({"task_id": task.id})
        return tasks

    @api.model
    def _open_counts_by_agency(self, domain=None):
        """``{agency: number}`` of the recommendations not carried out that the user reads
        (the dashboard's "kiến nghị chưa thực hiện"), in one grouped count."""
        groups = self._read_group([("is_open", "=", True), *(domain or [])], ["agency_id"], ["__count"])
        return dict(groups)
