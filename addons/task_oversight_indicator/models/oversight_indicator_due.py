from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.tools import SQL

DUE_STATES = [
    ("missing", "Missing"),
    ("late", "Submitted Late"),
    ("pending", "Not Due Yet"),
    ("on_time", "Submitted on Time"),
]


class OversightIndicatorDue(models.Model):
    """Every value expected of an agency (R20): one row per series (the responsible agency, or a
    commune for its share) with a target and per period of the year whose value falls due by a
    month from today, with the value given if any — the list of late and missing values."""

    _name = "oversight.indicator.due"
    _description = "Expected Indicator Value"
    _auto = False
    _order = "date_due desc, indicator_id, agency_id"
    _depends = {
        "oversight.indicator": ["agency_id", "frequency", "active", "company_id"],
        "oversight.indicator.target": ["indicator_id", "year", "agency_id"],
        "oversight.indicator.value": ["indicator_id", "agency_id", "date", "state", "date_submitted", "superseded"],
    }

    indicator_id = fields.Many2one("oversight.indicator", readonly=True)
    agency_id = fields.Many2one("oversight.agency", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    category = fields.Selection(related="indicator_id.category")
    date = fields.Date(string="Period Ending", readonly=True)
    date_due = fields.Date(string="Due On", readonly=True)
    value_id = fields.Many2one("oversight.indicator.value", readonly=True)
    value_state = fields.Selection(related="value_id.state", string="Value Status")
    date_submitted = fields.Date(string="Submitted On", readonly=True)
    due_state = fields.Selection(DUE_STATES, string="Status", readonly=True)
    days_late = fields.Integer(readonly=True, aggregator="max")

    @property
    def _table_query(self):
        today = self.env.company._oversight_today()
        return SQL(
            """SELECT t.id * 100 + EXTRACT(MONTH FROM p.period_end)::int AS id,
                      i.id AS indicator_id, s.agency_id, i.company_id, p.period_end AS date, d.date_due,
                      v.id AS value_id, v.date_submitted,
                      CASE WHEN v.state IN ('submitted', 'confirmed') AND v.date_submitted > d.date_due THEN 'late'
                           WHEN v.state IN ('submitted', 'confirmed') THEN 'on_time'
                           WHEN d.date_due < %(today)s THEN 'missing'
                           ELSE 'pending' END AS due_state,
                      GREATEST(COALESCE(v.date_submitted, %(today)s) - d.date_due, 0) AS days_late
                 FROM oversight_indicator_target t
                 JOIN oversight_indicator i ON i.id = t.indicator_id AND i.active
                 JOIN res_company c ON c.id = i.company_id
        CROSS JOIN LATERAL (SELECT COALESCE(t.agency_id, i.agency_id) AS agency_id) s
        CROSS JOIN LATERAL (
                   SELECT (m + INTERVAL '1 month' - INTERVAL '1 day')::date AS period_end
                     FROM generate_series(
                              make_date(t.year,
                                        CASE i.frequency WHEN 'month' THEN 1 WHEN 'quarter' THEN 3 ELSE 12 END, 1),
                              make_date(t.year, 12, 1),
                              CASE i.frequency WHEN 'month' THEN INTERVAL '1 month'
                                   WHEN 'quarter' THEN INTERVAL '3 months' ELSE INTERVAL '1 year' END) AS m) p
        CROSS JOIN LATERAL (
                   SELECT CASE WHEN c.oversight_report_due_day > c.oversight_report_cutoff_day
                               THEN make_date(t.year, EXTRACT(MONTH FROM p.period_end)::int, c.oversight_report_due_day)
                               ELSE (date_trunc('month', p.period_end) + INTERVAL '1 month')::date
                                    + (c.oversight_report_due_day - 1) END AS date_due) d
            LEFT JOIN LATERAL (
                   SELECT value.id, value.state, value.date_submitted
                     FROM oversight_indicator_value value
                    WHERE value.indicator_id = i.id AND value.agency_id = s.agency_id AND value.date = p.period_end
                      AND NOT COALESCE(value.superseded, FALSE)
                 ORDER BY value.id DESC LIMIT 1) v ON TRUE
                WHERE d.date_due <= %(horizon)s""",
            today=today,
            horizon=today + relativedelta(months=1),
        )

    @api.model
    def _missing_by_agency(self, agencies, date_due):
        """``{agency: due rows}`` of the values these agencies still owe for ``date_due`` or before."""
        rows = self.sudo().search(
            [
                ("agency_id", "in", agencies.ids),
                ("due_state", "in", ("missing", "pending")),
                ("date_due", "<=", date_due),
            ]
        )
        return rows.grouped("agency_id")
