from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    oversight_calendar_id = fields.Many2one(related="company_id.oversight_calendar_id", readonly=False)
    oversight_max_extensions = fields.Integer(related="company_id.oversight_max_extensions", readonly=False)
