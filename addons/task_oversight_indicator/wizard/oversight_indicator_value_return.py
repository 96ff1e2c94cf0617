from odoo import fields, models


class OversightIndicatorValueReturn(models.TransientModel):
    """The Office's return of submitted values, with the reason the agency must correct."""

    _name = "oversight.indicator.value.return"
    _description = "Return Indicator Values"
    _inherit = ["oversight.input.mixin"]

    value_ids = fields.Many2many("oversight.indicator.value", required=True)
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
        return self.value_ids.action_return(reason=self.reason)
