from odoo import api, fields, models
from odoo.tools import SQL

from ..tools import bulk


class OversightNoticeMixin(models.AbstractModel):
    """Something a scheduled job sent about a task (an escalation or a reminder),
    the proof that it was sent (``oversight.notice.job``). Its recipients
    receive it in their next digest (``oversight.digest``), one email per
    person and run."""

    _name = "oversight.notice.mixin"
    _description = "Task Notice"
    _inherit = ["oversight.notice.job"]
    _subject_model = "oversight.task"
    _digest_field = None  # the Many2many of oversight.digest holding these notices
    _digest_kind = None  # oversight.digest.kind of these notices
    _digest_template_xmlid = None  # the email template of their digests

    task_id = fields.Many2one("oversight.task", required=True, index=True, ondelete="cascade")
    agency_id = fields.Many2one(
        "oversight.agency", string="Lead Agency", required=True, index=True, help="The lead agency when it was sent."
    )
    company_id = fields.Many2one(related="task_id.company_id", store=True, index=True)
    date = fields.Date(string="Sent On", required=True, index=True)
    user_ids = fields.Many2many("res.users", string="Notified")
    note = fields.Text(help="Recipients who could not be reached, and why.")
    digest_date = fields.Datetime(
        string="Mailed On", compute="_compute_digest_date", help="When the first digest listing it was queued."
    )

    def _compute_digest_date(self):
        field = self.env["oversight.digest"]._fields[self._digest_field]
        self.env["oversight.digest"].flush_model(["date", field.name])
        self.env.cr.execute(
            SQL(
                """SELECT rel.%s, min(digest.date) FROM %s rel JOIN oversight_digest digest ON digest.id = rel.%s
                    WHERE rel.%s = ANY(%s) GROUP BY rel.%s""",
                SQL.identifier(field.column2),
                SQL.identifier(field.relation),
                SQL.identifier(field.column1),
                SQL.identifier(field.column2),
                self.ids,
                SQL.identifier(field.column2),
            )
        )
        mailed = dict(self.env.cr.fetchall())
        for notice in self:
            notice.digest_date = mailed.get(notice.id, False)

    def _digest_detail(self):
        """The text of the notice in a digest line, e.g. "Level 2, 12 days overdue"."""
        raise NotImplementedError

    @api.model
    def _digest_templates(self, digests):
        """``{digest id: email template}`` for ``digests`` of these notices: the kind's own."""
        template = self.env.ref(self._digest_template_xmlid)
        return dict.fromkeys(digests.ids, template)

    @api.model
    def _office_user(self, task):
        """Who follows ``task`` for the Office: its monitor, else the head of the
        Office agency set in Settings."""
        return task.monitor_user_id or task.company_id.oversight_office_agency_id.head_user_id

    # which notice of a task a digest line shows: the latest sent
    _urgency_order = "id DESC"

    @api.model
    def _digest_lines(self, digests, limit):
        """``{digest id: notices}``: the first ``limit`` lines of each digest, in one query. A
        line is a task, shown by one of its notices (``_urgency_order``); the most overdue
        task first."""
        field = digests._fields[self._digest_field]
        self.flush_model()
        self.env["oversight.task"].flush_model(["days_overdue"])
        self.env.cr.execute(
            SQL(
                """SELECT digest_id, array_agg(notice_id ORDER BY rank)
                     FROM (SELECT n.digest_id, n.notice_id,
                                  row_number() OVER (PARTITION BY n.digest_id
                                                         ORDER BY COALESCE(t.days_overdue, 0) DESC, t.id) AS rank
                             FROM (SELECT DISTINCT ON (rel.%(digest_col)s, notice.task_id)
                                          rel.%(digest_col)s AS digest_id, notice.id AS notice_id, notice.task_id
                                     FROM %(rel)s rel
                                     JOIN %(table)s notice ON notice.id = rel.%(notice_col)s
                                    WHERE rel.%(digest_col)s = ANY(%(ids)s)
                                 ORDER BY rel.%(digest_col)s, notice.task_id, %(urgency)s) n
                             JOIN oversight_task t ON t.id = n.task_id) lines
                    WHERE rank <= %(limit)s
                 GROUP BY digest_id""",
                rel=SQL.identifier(field.relation),
                digest_col=SQL.identifier(field.column1),
                notice_col=SQL.identifier(field.column2),
                table=SQL.identifier(self._table),
                ids=digests.ids,
                urgency=SQL(self._urgency_order),
                limit=limit,
            )
        )
        rows = dict(self.env.cr.fetchall())
        listed = self.browse(notice_id for ids in rows.values() for notice_id in ids)._prefetch_ids  # read together
        return {digest_id: self.browse(rows.get(digest_id, ())).with_prefetch(listed) for digest_id in digests.ids}

    @api.model
    def _create_notices(self, vals_list):
        """Create a batch's notices in two statements, their rows and their recipients
        (:mod:`..tools.bulk`): a backlog writes some 80,000 of them, each fully known to
        the job, and nothing hooks into their creation. ``vals_list``: the values of each
        notice, ``user_ids`` a list of user ids; the company is the task's."""
        tasks = self.env["oversight.task"].browse({vals["task_id"] for vals in vals_list})
        company_of = {task.id: task.company_id.id for task in tasks}
        return bulk.insert(self, [vals | {"company_id": company_of[vals["task_id"]]} for vals in vals_list])

    def _add_note(self, note):
        for notice in self:
            notice.note = "\n".join(filter(None, [notice.note, note]))

    @api.model
    def _after_batches(self):
        self.env["oversight.digest"]._send_pending(self._name)
