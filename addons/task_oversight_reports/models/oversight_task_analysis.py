from odoo import fields, models
from odoo.orm.models import parse_read_group_spec
from odoo.tools import SQL

from odoo.addons.task_oversight.models.oversight_directive import ISSUER_LEVELS
from odoo.addons.task_oversight.models.oversight_task import DEADLINE_STATUSES, TASK_STATES

from ..tools.rates import RATE_FIELDS, r6_rate_sql


class OversightTaskAnalysis(models.Model):
    """One row per task counted in the statistics (R3), for the leaders'
    pivot and graph views and their dashboard. The rates are those of R6
    (``tools/rates.py``, the definition the agency reports and the consolidated
    report use): grouped, ratios of the sums of the group
    (:meth:`_read_group_select`); on a single row 100, 0 or empty. Where
    nothing is judged a rate is empty (NULL, ``False`` once read), never 0 %,
    also in the months a graph fills in without any task."""

    _name = "oversight.task.analysis"
    _description = "Task Analysis"
    _auto = False
    _order = "date_assigned desc"
    _rec_name = "task_id"
    _depends = {
        "oversight.task": [
            "lead_agency_id",
            "leader_id",
            "directive_id",
            "date_assigned",
            "effective_deadline",
            "date_done",
            "state",
            "deadline_status",
            "days_overdue",
            "starred",
            "active",
            "company_id",
        ],
        "oversight.directive": ["issuer_level"],
    }

    task_id = fields.Many2one("oversight.task", readonly=True)
    lead_agency_id = fields.Many2one("oversight.agency", readonly=True)
    agency_type = fields.Selection(related="lead_agency_id.agency_type", readonly=True)
    leader_id = fields.Many2one("res.users", string="Assigning Leader", readonly=True)
    directive_id = fields.Many2one("oversight.directive", readonly=True)
    issuer_level = fields.Selection(ISSUER_LEVELS, string="Issued By", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    date_assigned = fields.Date(string="Assigned On", readonly=True)
    deadline = fields.Date(readonly=True)
    date_done = fields.Date(string="Completed On", readonly=True)
    state = fields.Selection(TASK_STATES, string="Status", readonly=True)
    deadline_status = fields.Selection(DEADLINE_STATUSES, readonly=True)
    starred = fields.Boolean(string="Key Task", readonly=True)
    task_count = fields.Integer(string="Tasks", readonly=True, aggregator="sum")
    done_count = fields.Integer(string="Done", readonly=True, aggregator="sum")
    done_on_time_count = fields.Integer(string="Done on Time", readonly=True, aggregator="sum")
    done_late_count = fields.Integer(string="Done Late", readonly=True, aggregator="sum")
    overdue_count = fields.Integer(string="Overdue", readonly=True, aggregator="sum")
    days_overdue = fields.Integer(readonly=True, aggregator="max")
    completion_rate = fields.Float(string="Completion Rate (%)", readonly=True, aggregator="avg")
    on_time_rate = fields.Float(string="On-time Rate (%)", readonly=True, aggregator="avg")

    def _read_group_groupby(self, alias, groupby_spec, query):
        """A group by agency, leader or directive keyed by the id of the record joined for the
        groups' order (the comodel's ``_order``), not by the task's column: the keys of the
        groups then come from one table, PostgreSQL estimates one group per agency (300), not
        one per pair of task column and agency (90,000), and hashes the tasks where it sorted
        them all. The same groups: the join follows the task's foreign key."""
        field = self._fields.get(groupby_spec)
        if field is not None and field.type == "many2one":
            _comodel, coalias = field.join(self, alias, query)
            return SQL.identifier(coalias, "id")
        return super()._read_group_groupby(alias, groupby_spec, query)

    def _read_group_select(self, aggregate_spec, query):
        """The rates of R6 at every grouping: completed ÷ (completed + overdue)
        and completed on time ÷ completed, over the tasks of the group."""
        fname, _property, _func = parse_read_group_spec(aggregate_spec)
        if fname not in RATE_FIELDS:
            return super()._read_group_select(aggregate_spec, query)
        self._check_field_access(self._fields[fname], "read")
        sums = (
            SQL("SUM(%s)", self._field_to_sql(self._table, name, query))
            for name in ("done_on_time_count", "done_late_count", "overdue_count")
        )
        return r6_rate_sql(fname, *sums)

    @property
    def _table_query(self):
        on_time = SQL("(t.state = 'done' AND t.deadline_status IS DISTINCT FROM 'done_late')::int")
        late = SQL("(t.deadline_status = 'done_late')::int")
        overdue = SQL("(t.deadline_status = 'overdue')::int")
        return SQL(
            # the issuer's level is looked up only when a view asks for it: a join would make the
            # planner read the tasks' rows instead of the statistics index (_statistics_idx)
            """SELECT t.id, t.id AS task_id, t.lead_agency_id, t.leader_id, t.directive_id,
                      (SELECT d.issuer_level FROM oversight_directive d WHERE d.id = t.directive_id) AS issuer_level,
                      t.company_id, t.date_assigned, t.effective_deadline AS deadline, t.date_done, t.state,
                      t.deadline_status, t.starred, 1 AS task_count,
                      (t.state = 'done')::int AS done_count,
                      %(on_time)s AS done_on_time_count, %(late)s AS done_late_count, %(overdue)s AS overdue_count,
                      t.days_overdue, %(completion_rate)s AS completion_rate, %(on_time_rate)s AS on_time_rate
                 FROM oversight_task t
                WHERE t.active IS TRUE AND t.state IN ('assigned', 'reported', 'done')""",
            on_time=on_time,
            late=late,
            overdue=overdue,
            **{fname: r6_rate_sql(fname, on_time, late, overdue) for fname in RATE_FIELDS},
        )
