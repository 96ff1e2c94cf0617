from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    oversight_insp_min_overdue = fields.Integer(related="company_id.oversight_insp_min_overdue", readonly=False)
    oversight_insp_min_share = fields.Integer(related="company_id.oversight_insp_min_share", readonly=False)
    oversight_insp_min_overdue_30 = fields.Integer(related="company_id.oversight_insp_min_overdue_30", readonly=False)
    oversight_insp_min_overdue_120 = fields.Integer(related="company_id.oversight_insp_min_overdue_120", readonly=False)
    oversight_insp_min_starred = fields.Integer(related="company_id.oversight_insp_min_starred", readonly=False)
    oversight_insp_reminder_offsets = fields.Char(related="company_id.oversight_insp_reminder_offsets", readonly=False)
