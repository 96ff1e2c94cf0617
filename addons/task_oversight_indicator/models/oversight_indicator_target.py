from odoo import api, fields, models
from odoo.exceptions import ValidationError

OFFICE = "task_oversight.group_office"
SCENARIO_FIELDS = ("q1_value", "q2_value", "q3_value", "q4_value")
TARGET_FIELDS = frozenset({"year", "agency_id", "value", "resolution_ref", "has_scenario", *SCENARIO_FIELDS})


class OversightIndicatorTarget(models.Model):
    """The target of an indicator for a year, as the People's Council resolution sets it; a
    commune's or an agency's share when ``agency_id`` is set; an optional quarterly scenario
    (Resolution 01/NQ-CP asks the provinces for their quarterly GRDP growth scenarios).

    Read as the indicator is; written by the Office. A change moves the figures of the
    values not confirmed yet."""

    _name = "oversight.indicator.target"
    _description = "Indicator Target"
    _inherit = ["oversight.workflow.mixin", "mail.thread"]
    _create_allowlist = {OFFICE: TARGET_FIELDS | {"indicator_id"}}
    _write_allowlist = {OFFICE: TARGET_FIELDS}
    _order = "year desc, indicator_id, agency_id nulls first, id"

    indicator_id = fields.Many2one("oversight.indicator", required=True, index=True, ondelete="cascade")
    company_id = fields.Many2one(related="indicator_id.company_id", store=True, index=True)
    uom_label = fields.Char(related="indicator_id.uom_label")
    year = fields.Integer(required=True, tracking=True)
    agency_id = fields.Many2one(
        "oversight.agency",
        string="Share Of",
        index="btree_not_null",
        ondelete="restrict",
        tracking=True,
        help="Empty for the target of the whole province or city; a commune or an agency for its share.",
    )
    value = fields.Float(string="Target", required=True, tracking=True)
    resolution_ref = fields.Char(
        string="Resolution", tracking=True, help="The People's Council resolution setting it, e.g. 45/NQ-HĐND."
    )
    q1_value = fields.Float(string="Scenario Q1", tracking=True)
    q2_value = fields.Float(string="Scenario Q2", tracking=True)
    q3_value = fields.Float(string="Scenario Q3", tracking=True)
    q4_value = fields.Float(string="Scenario Q4", tracking=True)
    has_scenario = fields.Boolean(
        string="Quarterly Scenario",
        tracking=True,
        help="The quarters' values: each quarter's amount for a sum, the level expected by its end otherwise.",
    )

    _indicator_year_agency_uniq = models.UniqueIndex(
        "(indicator_id, year, COALESCE(agency_id, 0))", "An indicator has one target per year and share."
    )

    @api.constrains("year")
    def _check_year(self):
        if any(not 2000 <= target.year <= 2100 for target in self):
            raise ValidationError(self.env._("A target's year is written with four digits, for example 2026."))

    @api.constrains("indicator_id", "year", "agency_id")
    def _check_unique(self):
        for target in self:
            twins = self.search_count(
                [
                    ("indicator_id", "=", target.indicator_id.id),
                    ("year", "=", target.year),
                    ("agency_id", "=", target.agency_id.id),
                    ("id", "!=", target.id),
                ]
            )
            if twins:
                raise ValidationError(
                    self.env._(
                        "%(indicator)s already has a target for %(year)s%(share)s.",
                        indicator=target.indicator_id.display_name,
                        year=target.year,
                        share=f" ({target.agency_id.name})" if target.agency_id else "",
                    )
                )

    def _compute_display_name(self):
        for target in self:
            share = f" – {target.agency_id.name}" if target.agency_id else ""
            target.display_name = f"{target.indicator_id.code} {target.year}{share}"

    def _scenario(self):
        """The four quarters' values, or ``None`` without a scenario."""
        self.ensure_one()
        return tuple(self[name] for name in SCENARIO_FIELDS) if self.has_scenario else None

    @api.model_create_multi
    def create(self, vals_list):
        targets = super().create(vals_list)
        targets._refresh_values()
        return targets

    def write(self, vals):
        result = super().write(vals)
        self._refresh_values()
        return result

    def _refresh_values(self):
        """The values of these targets' years that are not confirmed follow the new target."""
        values = (
            self.env["oversight.indicator.value"]
            .sudo()
            .search(
                [
                    ("indicator_id", "in", self.indicator_id.ids),
                    ("year", "in", list(set(self.mapped("year")))),
                    ("state", "!=", "confirmed"),
                ]
            )
        )
        values._refresh_results()
        self.indicator_id.sudo()._refresh_status()
