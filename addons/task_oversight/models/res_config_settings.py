from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    oversight_calendar_id = fields.Many2one(related="company_id.oversight_calendar_id", readonly=False)
    oversight_max_extensions = fields.Integer(related="company_id.oversight_max_extensions", readonly=False)

    @api.constrains("oversight_max_extensions")
    def _check_oversight_max_extensions(self):
        if any(settings.oversight_max_extensions < 0 for settings in self):
            raise ValidationError(self.env._("The maximum number of extensions cannot be negative."))
