from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    oversight_eval_frequency = fields.Selection(related="company_id.oversight_eval_frequency", readonly=False)
    oversight_eval_general_max = fields.Integer(related="company_id.oversight_eval_general_max", readonly=False)
    oversight_eval_result_max = fields.Integer(related="company_id.oversight_eval_result_max", readonly=False)
    oversight_eval_weight_quantity = fields.Integer(related="company_id.oversight_eval_weight_quantity", readonly=False)
    oversight_eval_weight_quality = fields.Integer(related="company_id.oversight_eval_weight_quality", readonly=False)
    oversight_eval_weight_progress = fields.Integer(related="company_id.oversight_eval_weight_progress", readonly=False)
    oversight_eval_quality_deduction = fields.Integer(
        related="company_id.oversight_eval_quality_deduction", readonly=False
    )
    oversight_eval_delay_deduction = fields.Integer(related="company_id.oversight_eval_delay_deduction", readonly=False)
    oversight_eval_band_excellent = fields.Integer(related="company_id.oversight_eval_band_excellent", readonly=False)
    oversight_eval_band_good = fields.Integer(related="company_id.oversight_eval_band_good", readonly=False)
    oversight_eval_band_completed = fields.Integer(related="company_id.oversight_eval_band_completed", readonly=False)
    oversight_eval_excellent_cap = fields.Integer(related="company_id.oversight_eval_excellent_cap", readonly=False)
    oversight_eval_cap_base = fields.Selection(related="company_id.oversight_eval_cap_base", readonly=False)
    oversight_eval_head_own_share = fields.Integer(related="company_id.oversight_eval_head_own_share", readonly=False)
    oversight_eval_default_weight = fields.Float(related="company_id.oversight_eval_default_weight", readonly=False)
    oversight_eval_key_weight = fields.Float(related="company_id.oversight_eval_key_weight", readonly=False)
