from odoo import fields, models
from odoo.tools import SQL

from odoo.addons.task_oversight_reports.tools.rates import RATE_FIELDS, r6_rate_sql

PROGRESS_FIGURES = ("done_on_time", "done_late", "open_overdue")


class OversightAgencyProgress(models.Model):
    """Who improves: each agency's rates of R6 in the latest published period
    against its previous published period, from the agencies' monthly reports
    (the figures of the consolidated report) and the rates' one definition
    (``tools/rates.py``). A rate with nothing to judge is empty, and so is its
    change: read it grouped (a pivot), as a record it reads 0.0. Read by the
    leaders and the Office (the dashboard); agencies have their reports."""

    _name = "oversight.agency.progress"
    _description = "Agency Progress"
    _auto = False
    _order = "completion_change desc nulls last, on_time_change desc nulls last, agency_sequence, agency_id"
    _rec_name = "agency_id"
    _depends = {
        "oversight.agency.report": ["period_id", "agency_id", "agency_sequence", *PROGRESS_FIGURES],
        "oversight.report.period": ["state", "date_to", "company_id"],
    }

    agency_id = fields.Many2one("oversight.agency", readonly=True)
    agency_sequence = fields.Integer(readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    period_id = fields.Many2one("oversight.report.period", readonly=True)
    previous_period_id = fields.Many2one("oversight.report.period", readonly=True)
    done_on_time = fields.Integer(string="Done on Time", readonly=True, aggregator="sum")
    previous_done_on_time = fields.Integer(string="Done on Time, Previous Period", readonly=True, aggregator="sum")
    completion_rate = fields.Float(string="Completion Rate (%)", readonly=True, digits=(5, 1), aggregator="avg")
    previous_completion_rate = fields.Float(
        string="Completion Rate, Previous Period (%)", readonly=True, digits=(5, 1), aggregator="avg"
    )
    completion_change = fields.Float(
        string="Completion Rate Change (points)", readonly=True, digits=(5, 1), aggregator="avg"
    )
    on_time_rate = fields.Float(string="On-time Rate (%)", readonly=True, digits=(5, 1), aggregator="avg")
    previous_on_time_rate = fields.Float(
        string="On-time Rate, Previous Period (%)", readonly=True, digits=(5, 1), aggregator="avg"
    )
    on_time_change = fields.Float(string="On-time Rate Change (points)", readonly=True, digits=(5, 1), aggregator="avg")

    @property
    def _table_query(self):
        def rates(alias):
            figures = [SQL.identifier(alias, name) for name in PROGRESS_FIGURES]
            return {fname: r6_rate_sql(fname, *figures) for fname in RATE_FIELDS}

        current, previous = rates("cur"), rates("prev")
        return SQL(
            """WITH ranked AS (
                   SELECT p.id, p.company_id,
                          ROW_NUMBER() OVER (PARTITION BY p.company_id ORDER BY p.date_to DESC, p.id DESC) AS position
                     FROM oversight_report_period p
                    WHERE p.state = 'published'
               )
               SELECT cur.id, cur.agency_id, cur.agency_sequence, rc.company_id,
                      cur.period_id, rp.id AS previous_period_id,
                      cur.done_on_time, prev.done_on_time AS previous_done_on_time,
                      %(completion)s AS completion_rate, %(previous_completion)s AS previous_completion_rate,
                      %(completion)s - %(previous_completion)s AS completion_change,
                      %(on_time)s AS on_time_rate, %(previous_on_time)s AS previous_on_time_rate,
                      %(on_time)s - %(previous_on_time)s AS on_time_change
                 FROM oversight_agency_report cur
                 JOIN ranked rc ON rc.id = cur.period_id AND rc.position = 1
            LEFT JOIN ranked rp ON rp.company_id = rc.company_id AND rp.position = 2
            LEFT JOIN oversight_agency_report prev ON prev.period_id = rp.id AND prev.agency_id = cur.agency_id""",
            completion=current["completion_rate"],
            previous_completion=previous["completion_rate"],
            on_time=current["on_time_rate"],
            previous_on_time=previous["on_time_rate"],
        )
