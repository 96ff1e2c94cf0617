from odoo import api, fields, models
from odoo.exceptions import UserError

OFFICE = "task_oversight.group_office"
FREQUENCIES = [("month", "Monthly"), ("quarter", "Quarterly"), ("year", "Yearly")]
DIRECTIONS = [("increase", "Higher Is Better"), ("decrease", "Lower Is Better")]
AGGREGATIONS = [("sum", "Sum of the Periods"), ("average", "Average of the Periods"), ("last", "Last Value")]
STATUSES = [
    ("on_track", "On Track"),
    ("at_risk", "At Risk"),
    ("off_track", "Off Track"),
    ("not_due", "Not Due"),
]
# the dashboard and the lists put the indicators that need the leaders first
STATUS_RANKS = {"off_track": 1, "at_risk": 2, "on_track": 3, "not_due": 4}
CATEGORIES = [
    ("economy", "Economy and Growth"),
    ("budget", "State Budget"),
    ("investment", "Investment and Enterprises"),
    ("land", "Land, Construction and Urban Affairs"),
    ("social", "Social Affairs, Health and Education"),
    ("environment", "Environment"),
    ("administration", "Administrative Reform and Digital Government"),
    ("security", "Public Order and Safety"),
]
# R16: the catalogue is the Office's; the year's figures are written by the refresh
CATALOGUE_FIELDS = frozenset(
    {
        "code",
        "name",
        "category",
        "uom_label",
        "agency_id",
        "frequency",
        "direction",
        "aggregation",
        "national_code",
        "description",
        "sequence",
        "active",
        "target_ids",
    }
)


class OversightIndicator(models.Model):
    """A socio-economic indicator followed for direction and management (chỉ tiêu kinh tế -
    xã hội phục vụ chỉ đạo, điều hành): the catalogue, kept by the Office, with the agency that
    answers for it.

    Agency users read the indicators their agency is responsible for or holds a share of; the
    Office and the leaders read them all. The year's figures (``current_*``) are those of the
    last value of the current year, written by the refresh, never by a user.
    """

    _name = "oversight.indicator"
    _description = "Socio-economic Indicator"
    _inherit = ["oversight.workflow.mixin", "mail.thread"]
    _create_allowlist = {OFFICE: CATALOGUE_FIELDS | {"company_id"}}
    _write_allowlist = {OFFICE: CATALOGUE_FIELDS}
    _order = "category, sequence, code, id"
    _rec_names_search = ["code", "name"]

    code = fields.Char(required=True, tracking=True, index=True)
    name = fields.Char(string="Indicator", required=True, tracking=True, translate=False)
    category = fields.Selection(CATEGORIES, required=True, default="economy", tracking=True, index=True)
    uom_label = fields.Char(string="Unit", required=True, help="As printed in the reports: billion VND, %, households…")
    agency_id = fields.Many2one(
        "oversight.agency",
        string="Responsible Agency",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        help="The agency that enters the values and answers for the indicator.",
    )
    frequency = fields.Selection(FREQUENCIES, required=True, default="month", tracking=True)
    direction = fields.Selection(DIRECTIONS, required=True, default="increase", tracking=True)
    aggregation = fields.Selection(
        AGGREGATIONS,
        string="Year Adds Up As",
        required=True,
        default="sum",
        tracking=True,
        help="How the year adds up: the sum of the periods (revenue), their average (a rate measured each month) "
        "or the last value (a cumulative rate, a stock).",
    )
    national_code = fields.Char(help="The code in the national or provincial statistical indicator system.")
    description = fields.Text(string="Definition")
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)
    target_ids = fields.One2many("oversight.indicator.target", "indicator_id", string="Targets")
    value_ids = fields.One2many("oversight.indicator.value", "indicator_id", string="Values")

    current_year = fields.Integer(readonly=True, copy=False)
    current_target = fields.Float(string="Target of the Year", readonly=True, copy=False, aggregator=False)
    current_value_id = fields.Many2one("oversight.indicator.value", string="Last Value", readonly=True, copy=False)
    current_date = fields.Date(string="Last Period", related="current_value_id.date")
    current_ytd = fields.Float(string="Year to Date", readonly=True, copy=False, aggregator=False)
    current_plan_rate = fields.Float(string="% of Target", readonly=True, copy=False, digits=(6, 1), aggregator="avg")
    current_expected_rate = fields.Float(
        string="% Expected", readonly=True, copy=False, digits=(6, 1), aggregator="avg"
    )
    current_yoy_rate = fields.Float(
        string="vs Last Year (%)", readonly=True, copy=False, digits=(6, 1), aggregator="avg"
    )
    status = fields.Selection(
        STATUSES, string="Assessment", readonly=True, copy=False, default="not_due", index=True, tracking=True
    )
    status_rank = fields.Integer(readonly=True, copy=False, default=4, aggregator=False)
    value_missing = fields.Boolean(readonly=True, copy=False, help="A value is due and has not been submitted.")
    explanation_task_ids = fields.One2many("oversight.task", "indicator_id", string="Explanation Tasks")
    user_is_office = fields.Boolean(compute="_compute_user_is_office")

    _code_uniq = models.UniqueIndex("(company_id, code)", "An indicator's code is unique in the company.")

    @api.depends_context("uid")
    def _compute_user_is_office(self):
        self.user_is_office = self.env.user.has_group(OFFICE)

    def _compute_display_name(self):
        for indicator in self:
            indicator.display_name = f"{indicator.code} – {indicator.name}" if indicator.code else indicator.name

    @api.ondelete(at_uninstall=False)
    def _unlink_except_values(self):
        if self.sudo().value_ids:
            raise UserError(self.env._("An indicator with values is archived, not deleted: its figures are kept."))

    @api.readonly
    def action_open_values(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "task_oversight_indicator.oversight_indicator_value_action"
        )
        action["domain"] = [("indicator_id", "=", self.id)]
        action["context"] = {"default_indicator_id": self.id, "search_default_group_year": 1}
        return action

    @api.model
    def _cron_refresh_status(self):
        """Every day: the current figures and status of every active indicator (a value falls
        due, a new year starts); the same result however often it runs."""
        indicators = self.sudo().search([("active", "=", True)])
        for batch in indicators._batches(500):
            batch._refresh_status()
            self.env["ir.cron"]._commit_progress(len(batch))

    def _batches(self, size):
        return [self[start : start + size] for start in range(0, len(self), size)]

    def _refresh_status(self):
        """The ``current_*`` figures and ``status`` of the indicators, city-wide series, this
        year: those of the last submitted or confirmed value; not due before the first value
        of the year is due, off track when it is due and missing (R20). Set-based: one search
        of the values, one of the targets."""
        today = self.env.company._oversight_today()
        Value = self.env["oversight.indicator.value"].sudo()
        values = Value.search(
            [("indicator_id", "in", self.ids), ("year", "=", today.year), ("is_effective", "=", True)],
            order="date desc, id desc",
        )
        last = {}
        for value in values:
            if value.agency_id == value.indicator_id.agency_id:
                last.setdefault(value.indicator_id.id, value)
        targets = Value._targets_of(self, today.year)
        for indicator in self:
            value = last.get(indicator.id)
            target = targets.get((indicator.id, False))
            due = Value._first_due_date(indicator, today.year)
            vals = {"current_year": today.year, "current_target": target.value if target else 0.0}
            if value:
                vals |= {
                    "current_value_id": value.id,
                    "current_ytd": value.ytd_value,
                    "current_plan_rate": value.plan_rate,
                    "current_expected_rate": value.expected_rate,
                    "current_yoy_rate": value.yoy_rate,
                    "status": value.status,
                }
            else:
                vals |= dict.fromkeys(("current_ytd", "current_plan_rate", "current_expected_rate"), 0.0)
                vals |= {"current_value_id": False, "current_yoy_rate": 0.0}
                vals["status"] = "off_track" if due < today and target else "not_due"
            vals["value_missing"] = bool(
                (value and Value._next_due(indicator, value.date) < today) or (not value and due < today)
            )
            vals["status_rank"] = STATUS_RANKS[vals["status"]]
            if _differs(indicator, vals):
                indicator._workflow_write(vals)


def _differs(record, vals):
    """Whether writing ``vals`` would change ``record`` (the daily refresh writes only what moved)."""
    for name, value in vals.items():
        current = record[name]
        if isinstance(current, models.BaseModel):
            current = current.id
        if (current or False) != (value or False):
            return True
    return False
