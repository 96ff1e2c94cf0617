from odoo import api, fields, models


class OversightAgency(models.Model):
    _inherit = "oversight.agency"

    inspection_ids = fields.One2many("oversight.inspection", "agency_id", string="Inspections")
    open_recommendation_ids = fields.One2many(
        "oversight.inspection.recommendation",
        "agency_id",
        string="Open Recommendations",
        domain=[("is_open", "=", True)],
    )
    open_recommendation_count = fields.Integer(
        compute="_compute_open_recommendation_count",
        string="Recommendations Not Carried Out",
        help="Recommendations of conclusion notices whose task is neither done nor cancelled.",
    )

    @api.depends_context("uid")
    def _compute_open_recommendation_count(self):
        counts = self.env["oversight.inspection.recommendation"]._open_counts_by_agency([("agency_id", "in", self.ids)])
        for agency in self:
            agency.open_recommendation_count = counts.get(agency, 0)

    def _oversight_successor_on(self, day):
        """The agency that carries on this one's work on ``day``: itself, or the last
        successor of the agencies ended by then (R18); empty when one ended without successor."""
        self.ensure_one()
        agency, seen = self.sudo(), set()
        while agency and agency.date_end and agency.date_end <= day and agency.id not in seen:
            seen.add(agency.id)
            agency = agency.successor_id
        return agency.with_env(self.env) if agency and agency.id not in seen else self.browse()
