from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.scoring import Rules

FREQUENCIES = [("month", "Monthly"), ("quarter", "Quarterly")]
CAP_BASES = [
    ("good", "Officers graded Good (the decree's words)"),
    ("good_or_better", "Officers graded Good or Excellent"),
]
# company field → Rules attribute
RULE_FIELDS = {
    "oversight_eval_general_max": "general_max",
    "oversight_eval_result_max": "result_max",
    "oversight_eval_weight_quantity": "weight_quantity",
    "oversight_eval_weight_quality": "weight_quality",
    "oversight_eval_weight_progress": "weight_progress",
    "oversight_eval_quality_deduction": "quality_deduction",
    "oversight_eval_delay_deduction": "delay_deduction",
    "oversight_eval_band_excellent": "band_excellent",
    "oversight_eval_band_good": "band_good",
    "oversight_eval_band_completed": "band_completed",
    "oversight_eval_excellent_cap": "excellent_cap",
    "oversight_eval_cap_base": "cap_base",
    "oversight_eval_head_own_share": "head_own_share",
}


class ResCompany(models.Model):
    _inherit = "res.company"

    oversight_eval_frequency = fields.Selection(
        FREQUENCIES, string="Evaluation Frequency", default="month", required=True
    )
    oversight_eval_general_max = fields.Integer(string="General Criteria Points", default=30)
    oversight_eval_result_max = fields.Integer(string="Task Results Points", default=70)
    oversight_eval_weight_quantity = fields.Integer(string="Weight of Quantity", default=1)
    oversight_eval_weight_quality = fields.Integer(string="Weight of Quality", default=1)
    oversight_eval_weight_progress = fields.Integer(string="Weight of Progress", default=1)
    oversight_eval_quality_deduction = fields.Integer(string="Deduction per Return (%)", default=25)
    oversight_eval_delay_deduction = fields.Integer(string="Deduction per Delay (%)", default=25)
    oversight_eval_band_excellent = fields.Integer(string="Excellent From (Points)", default=90)
    oversight_eval_band_good = fields.Integer(string="Good From (Points)", default=70)
    oversight_eval_band_completed = fields.Integer(string="Completed From (Points)", default=50)
    oversight_eval_excellent_cap = fields.Integer(string="Excellent Cap (%)", default=20)
    oversight_eval_cap_base = fields.Selection(CAP_BASES, string="Cap Counted On", default="good", required=True)
    oversight_eval_head_own_share = fields.Integer(string="Head's Own Products Share (%)", default=50)
    oversight_eval_default_weight = fields.Float(string="Default Task Weight", default=1.0)
    oversight_eval_key_weight = fields.Float(string="Key Task Weight", default=2.0)

    def _oversight_eval_rules(self):
        self.ensure_one()
        return Rules(**{attribute: self[name] for name, attribute in RULE_FIELDS.items()})

    def _oversight_check_settings(self):
        result = super()._oversight_check_settings()
        self._check_oversight_eval_rules()
        return result

    @api.constrains(*RULE_FIELDS, "oversight_eval_default_weight", "oversight_eval_key_weight")
    def _check_oversight_eval_settings(self):
        # also when the company is written directly (RPC, import): a period is never computed
        # with weights that add up to nothing or bands that do not rise
        if not self._oversight_settings_pending():
            self._check_oversight_eval_rules()

    def _check_oversight_eval_rules(self):
        """The rules an evaluation can be computed with, or a sentence saying what is wrong."""
        for company in self:
            rules = company._oversight_eval_rules()
            if rules.general_max < 0 or rules.result_max <= 0 or rules.general_max + rules.result_max != 100:
                raise ValidationError(
                    self.env._("General criteria and task results points must add up to 100 (30 and 70 by default).")
                )
            weights = (rules.weight_quantity, rules.weight_quality, rules.weight_progress)
            if min(weights) < 0 or not sum(weights):
                raise ValidationError(
                    self.env._("The weights of quantity, quality and progress must be positive or zero, not all zero.")
                )
            percents = (rules.quality_deduction, rules.delay_deduction, rules.excellent_cap, rules.head_own_share)
            if not all(0 <= value <= 100 for value in percents):
                raise ValidationError(
                    self.env._("Deductions, the excellent cap and the head's share are percentages from 0 to 100.")
                )
            if not 0 < rules.band_completed < rules.band_good < rules.band_excellent <= 100:
                raise ValidationError(
                    self.env._(
                        "The grade bands must rise: Completed from, below Good from, below Excellent from, "
                        "at most 100 points."
                    )
                )
            if not 0 < company.oversight_eval_default_weight <= 10 or not 0 < company.oversight_eval_key_weight <= 10:
                raise ValidationError(self.env._("Task weights are greater than 0 and at most 10."))
