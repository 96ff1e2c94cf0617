import logging
from collections import defaultdict

from psycopg2.errors import SerializationFailure

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

_logger = logging.getLogger(__name__)


class OversightNotificationMixin(models.AbstractModel):
    """Something a scheduled job sent about a task (an escalation or a reminder).

    The record is the proof that it was sent: the jobs select what has no
    record yet, so a re-run, or a run after a crash, sends nothing twice.
    Its recipients receive it in their next digest (``oversight.digest``).
    """

    _name = "oversight.notification.mixin"
    _description = "Task Notice"
    _inherit = ["oversight.workflow.mixin"]  # written by the jobs alone: no field on any allowlist
    _digest_field = None  # the Many2many of oversight.digest holding these notices

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

    def _add_note(self, note):
        for notice in self:
            notice.note = "\n".join(filter(None, [notice.note, note]))

    # ------------------------------------------------------------------
    # Job machinery shared by the escalation and reminder jobs
    # ------------------------------------------------------------------

    @api.model
    def _candidates(self, today, task_ids=None):
        """``{task_id: [what to send]}`` for the tasks that have something due
        on or before ``today`` that was not sent yet (so missed days catch up)."""
        raise NotImplementedError

    @api.model
    def _send_notices(self, tasks, candidates, today):
        """Create the notices (and what goes with them) for ``tasks``."""
        raise NotImplementedError

    @api.model
    def _run_job(self, today, batch_size):
        """Process the candidates in committed batches, then mail the digests."""
        candidates = self._candidates(today)
        task_ids = sorted(candidates)
        cron = self.env["ir.cron"]
        cron._commit_progress(remaining=len(task_ids))
        Task = self.env["oversight.task"]
        for start in range(0, len(task_ids), batch_size):
            tasks = Task.browse(task_ids[start : start + batch_size])
            self._run_isolated(tasks, today)
            if not cron._commit_progress(len(tasks)):
                return
        self.env["oversight.digest"]._send_pending(self._name)

    @api.model
    def _run_isolated(self, tasks, today):
        """Send for a batch in a savepoint; when it fails, retry task by task,
        so that one broken task is logged and skipped and the others go on."""
        try:
            with self.env.cr.savepoint():
                locked = self._lock(tasks)
                self._send_notices(locked, self._candidates(today, locked.ids), today)
        except SerializationFailure:
            # another run changed these tasks since this transaction began: it sent for them
            _logger.info("%s: %s tasks left to a concurrent run", self._description, len(tasks))
        except Exception as error:  # any error of one task must not stop the others
            if len(tasks) == 1:
                if isinstance(error, UserError):  # data to fix, e.g. nobody to notify
                    _logger.warning("%s: task %s skipped: %s", self._description, tasks.id, error)
                else:
                    _logger.exception("%s: task %s skipped", self._description, tasks.id)
                return
            for task in tasks:
                self._run_isolated(task, today)

    @api.model
    def _lock(self, tasks):
        """The tasks no other run is working on; the others are left to it."""
        self.env.cr.execute(
            SQL("SELECT id FROM oversight_task WHERE id = ANY(%s) ORDER BY id FOR NO KEY UPDATE SKIP LOCKED", tasks.ids)
        )
        return tasks.browse(row[0] for row in self.env.cr.fetchall())

    @api.model
    def _rows_by_task(self, query):
        self.env.flush_all()
        self.env.cr.execute(query)
        result = defaultdict(list)
        for task_id, *row in self.env.cr.fetchall():
            result[task_id].append(row)
        return result
