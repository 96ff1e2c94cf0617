from odoo import api, fields, models

WAIVER_KINDS = [("quality", "Returned Reports (Quality)"), ("delay", "Delay (Progress)")]
WIZARD_FIELDS = frozenset({"evaluation_id", "line_id", "kind", "reason"})


class OversightEvaluationWaiver(models.TransientModel):
    """The reviewer's dialog waiving a deduction for an objective cause; it calls
    ``oversight.evaluation.line.action_waive``, which checks everything."""

    _name = "oversight.evaluation.waiver"
    _description = "Waive a Deduction"
    _inherit = ["oversight.workflow.mixin"]
    _create_allowlist = {
        "task_oversight.group_agency_head": WIZARD_FIELDS,
        "task_oversight.group_office": WIZARD_FIELDS,
        "task_oversight_evaluation.group_home_affairs": WIZARD_FIELDS,
    }

    evaluation_id = fields.Many2one("oversight.evaluation", required=True, ondelete="cascade")
    line_id = fields.Many2one(
        "oversight.evaluation.line",
        string="Product",
        required=True,
        ondelete="cascade",
        domain="[('evaluation_id', '=', evaluation_id), '|', ('returns', '>', 0), ('delays', '>', 0)]",
    )
    kind = fields.Selection(WAIVER_KINDS, string="Deduction", required=True, default="delay")
    reason = fields.Text(string="Objective Cause", required=True)

    @api.onchange("line_id")
    def _onchange_line_id(self):
        # only when the product has no such deduction: the reviewer's choice is kept otherwise
        line = self.line_id
        if line and self.kind == "delay" and not line.delays and line.returns:
            self.kind = "quality"
        elif line and self.kind == "quality" and not line.returns and line.delays:
            self.kind = "delay"

    def action_confirm(self):
        self.ensure_one()
        self.line_id.action_waive(kind=self.kind, reason=self.reason)
        return {"type": "ir.actions.act_window_close"}
