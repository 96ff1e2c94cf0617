from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    oversight_indicator_on_track = fields.Float(related="company_id.oversight_indicator_on_track", readonly=False)
    oversight_indicator_off_track = fields.Float(related="company_id.oversight_indicator_off_track", readonly=False)
