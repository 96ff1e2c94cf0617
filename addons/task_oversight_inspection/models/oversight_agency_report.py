from odoo import fields, models


class OversightAgencyReport(models.Model):
    _inherit = "oversight.agency.report"

    open_recommendation_ids = fields.Many2many(
        "oversight.inspection.recommendation",
        compute="_compute_open_recommendation_ids",
        string="Recommendations Not Carried Out",
        help="The recommendations of the inspections of the agency whose task was not done by the cut-off date.",
    )

    def _compute_open_recommendation_ids(self):
        Recommendation = self.env["oversight.inspection.recommendation"]
        recommendations = Recommendation.search(
            [("agency_id", "in", self.agency_id.ids), ("task_id", "!=", False), ("state", "!=", "cancelled")]
        )
        for report in self:
            report.open_recommendation_ids = recommendations.filtered(
                lambda r, report=report: (
                    r.agency_id == report.agency_id
                    and r.inspection_id.date_concluded <= report.date_to
                    and not (r.task_id.sudo().state == "done" and r.task_id.sudo().date_done <= report.date_to)
                )
            )
