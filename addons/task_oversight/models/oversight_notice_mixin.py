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
    digest_date = fields.Datetime(string="Mailed On", readonly=True)

    def _digest_detail(self):
        """The text of the notice in a digest line, e.g. "Level 2, 12 days overdue"."""
        raise NotImplementedError

    @api.model
    def _digest_template(self, notices):
        """The email template of a digest listing ``notices``."""
        return self.env.ref(self._digest_template_xmlid)

    @api.model
    def _office_user(self, task):
        """Who follows ``task`` for the Office: its monitor, else the head of the
        Office agency set in Settings."""
        return task.monitor_user_id or task.company_id.oversight_office_agency_id.head_user_id

    # which notice of a task a digest line shows: the latest sent
    _urgency_order = "id DESC"

    def _most_urgent_per_task(self, limit=None):
        """One notice per task, the one a digest line shows (``_urgency_order``), the most
        overdue task first: the first ``limit`` lines of a digest, chosen in one query."""
        self.flush_model()
        self.env["oversight.task"].flush_model(["days_overdue"])
        self.env.cr.execute(
            SQL(
                """SELECT n.id
                     FROM (SELECT DISTINCT ON (task_id) id, task_id FROM %(table)s
                            WHERE id = ANY(%(ids)s) ORDER BY task_id, %(urgency)s) n
                     JOIN oversight_task t ON t.id = n.task_id
                 ORDER BY COALESCE(t.days_overdue, 0) DESC, t.id
                    LIMIT %(limit)s""",
                table=SQL.identifier(self._table),
                ids=self.ids,
                urgency=SQL(self._urgency_order),
                limit=limit,
            )
        )
        return self.browse(row[0] for row in self.env.cr.fetchall())

    @api.model
    def _create_notices(self, vals_list):
        """Create a batch's notices in two statements, their rows and their recipients
        (:mod:`..tools.bulk`): a backlog writes some 80,000 of them, each fully known to
        the job, and nothing hooks into their creation. ``vals_list``: the values of each
        notice, ``user_ids`` a list of user ids; the company is the task's."""
        tasks = self.env["oversight.task"].browse({vals["task_id"] for vals in vals_list})
        company_of = {task.id: task.company_id.id for task in tasks}
        rows = [
            {name: value for name, value in vals.items() if name != "user_ids"}
            | {"company_id": company_of[vals["task_id"]]}
            for vals in vals_list
        ]
        notices = bulk.insert(self, rows)
        bulk.insert_links(notices, "user_ids", [vals["user_ids"] for vals in vals_list])
        return notices

    def _add_note(self, note):
        for notice in self:
            notice.note = "\n".join(filter(None, [notice.note, note]))

    @api.model
    def _after_batches(self):
        self.env["oversight.digest"]._send_pending(self._name)
