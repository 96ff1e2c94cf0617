from odoo import fields, models


class OversightTask(models.Model):
    _inherit = "oversight.task"

    # set by oversight.indicator.value.action_request_explanation, never by a user (R16)
    indicator_id = fields.Many2one(
        "oversight.indicator", string="Indicator Explained", readonly=True, copy=False, index="btree_not_null"
    )
