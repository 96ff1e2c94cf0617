from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.task_oversight.models.oversight_task import OFFICE
from odoo.addons.task_oversight.models.oversight_workflow_mixin import extend_allowlist

# R16: the Office also sets the weight (hệ số quy đổi) of the tasks it registers
WEIGHT_FIELDS = {OFFICE: frozenset({"weight"})}


class OversightTask(models.Model):
    _inherit = "oversight.task"

    evaluation_line_ids = fields.One2many(
        "oversight.evaluation.line",
        "task_id",
        string="Evaluated As Product",
        help="The evaluations this task counted in: the Department of Home Affairs reads these tasks.",
    )
    weight = fields.Float(
        compute="_compute_weight",
        store=True,
        readonly=False,
        tracking=True,
        digits=(3, 1),
        help="Conversion factor of the task as a product of its officer's monthly evaluation (hệ số quy đổi): "
        "the default of Settings, that of key tasks for key tasks; the Office may set another.",
    )

    @api.model
    def _get_create_allowlist(self):
        return extend_allowlist(super()._get_create_allowlist(), WEIGHT_FIELDS)

    @api.model
    def _get_write_allowlist(self):
        return extend_allowlist(super()._get_write_allowlist(), WEIGHT_FIELDS)

    @api.depends("starred", "company_id")
    def _compute_weight(self):
        for task in self:
            company = task.company_id or self.env.company
            task.weight = company.oversight_eval_key_weight if task.starred else company.oversight_eval_default_weight

    @api.constrains("weight")
    def _check_weight(self):
        if any(not 0 < task.weight <= 10 for task in self):
            raise ValidationError(self.env._("The weight of a task is greater than 0 and at most 10."))
