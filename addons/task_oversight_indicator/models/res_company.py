from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.figures import Thresholds


class ResCompany(models.Model):
    _inherit = "res.company"

    oversight_indicator_on_track = fields.Float(
        string="On Track From (%)",
        default=95.0,
        help="An indicator is on track when its year to date reaches this share of what is expected by then "
        "(for a lower-is-better indicator: when what is expected is at least this share of its year to date).",
    )
    oversight_indicator_off_track = fields.Float(
        string="Off Track Below (%)",
        default=80.0,
        help="Below this share of what is expected by then an indicator is off track; between the two, at risk.",
    )

    def _oversight_indicator_thresholds(self):
        self.ensure_one()
        return Thresholds(on_track=self.oversight_indicator_on_track, off_track=self.oversight_indicator_off_track)

    def _oversight_check_settings(self):
        result = super()._oversight_check_settings()
        self._check_oversight_indicator_rule()
        return result

    @api.constrains("oversight_indicator_on_track", "oversight_indicator_off_track")
    def _check_oversight_indicator_thresholds(self):
        if not self._oversight_settings_pending():
            self._check_oversight_indicator_rule()

    def _check_oversight_indicator_rule(self):
        for company in self:
            if not 0 < company.oversight_indicator_off_track <= company.oversight_indicator_on_track <= 200:
                raise ValidationError(
                    self.env._(
                        "The indicator thresholds are percentages of what is expected: off track below a positive "
                        "value, on track from a value at least as high (80 and 95 by default)."
                    )
                )
