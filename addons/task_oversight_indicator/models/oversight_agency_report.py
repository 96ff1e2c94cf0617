from odoo import fields, models


class OversightAgencyReport(models.Model):
    _inherit = "oversight.agency.report"

    indicator_value_ids = fields.One2many(
        "oversight.indicator.value",
        compute="_compute_indicator_value_ids",
        string="Indicator Values",
        help="The values of the agency's indicators due with this report.",
    )

    def _compute_indicator_value_ids(self):
        values = self.env["oversight.indicator.value"].search(
            [("agency_id", "in", self.agency_id.ids), ("date_due", "in", list(set(self.mapped("date_due"))))]
        )
        for report in self:
            report.indicator_value_ids = values.filtered(
                lambda value, r=report: value.agency_id == r.agency_id and value.date_due == r.date_due
            )

    def action_submit(self):
        """The head submits its indicator values with its monthly report (R20: due the same day)."""
        result = super().action_submit()
        self.indicator_value_ids.filtered(lambda value: value.state in ("draft", "returned")).action_submit()
        return result
