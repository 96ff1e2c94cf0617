from odoo import fields, models


class OversightIndicatorExplanation(models.TransientModel):
    """The leader's request for an explanation: the date by which the agency answers, and what it asks."""

    _name = "oversight.indicator.explanation"
    _description = "Explanation Request"
    _inherit = ["oversight.input.mixin"]

    value_id = fields.Many2one("oversight.indicator.value", required=True, ondelete="cascade")
    deadline = fields.Date(required=True)
    note = fields.Text(string="Request", help="What the leader asks the agency to explain and propose.")

    def action_confirm(self):
        self.ensure_one()
        return self.value_id.action_request_explanation(deadline=self.deadline, note=self.note or None)
