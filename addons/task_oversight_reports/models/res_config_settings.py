from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    oversight_report_cutoff_day = fields.Integer(related="company_id.oversight_report_cutoff_day", readonly=False)
    oversight_report_due_day = fields.Integer(related="company_id.oversight_report_due_day", readonly=False)
    oversight_report_reminder_offsets = fields.Char(
        related="company_id.oversight_report_reminder_offsets", readonly=False
    )
    oversight_group_large_over = fields.Integer(related="company_id.oversight_group_large_over", readonly=False)
    oversight_group_small_under = fields.Integer(related="company_id.oversight_group_small_under", readonly=False)
    oversight_commend_min_rate = fields.Float(related="company_id.oversight_commend_min_rate", readonly=False)
    oversight_commend_max_late_rate = fields.Float(related="company_id.oversight_commend_max_late_rate", readonly=False)
    oversight_criticise_below_rate = fields.Float(related="company_id.oversight_criticise_below_rate", readonly=False)
    oversight_group_calendar_year = fields.Boolean(related="company_id.oversight_group_calendar_year", readonly=False)
    oversight_report_signer_title = fields.Text(related="company_id.oversight_report_signer_title", readonly=False)
    oversight_report_signer_id = fields.Many2one(related="company_id.oversight_report_signer_id", readonly=False)
