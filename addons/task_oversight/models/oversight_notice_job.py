import logging
import zlib
from collections import defaultdict

from psycopg2.errors import SerializationFailure, UniqueViolation

from odoo import api, models
from odoo.exceptions import UserError
from odoo.tools import SQL

_logger = logging.getLogger(__name__)

# what a concurrent transaction committed under this one: its batch is tried again in a
# new transaction, which sees that commit (and so sends only what is still due)
CONFLICTS = (SerializationFailure, UniqueViolation)
RETRIES = 2


class OversightNoticeJob(models.AbstractModel):
    """The machinery of a scheduled job that sends notices about records
    (tasks for escalations and reminders, agency reports for the monthly
    report reminders): candidates selected in SQL, committed batches, records
    another run of the same job is working on skipped (a lock of the job, not of
    the rows: two different jobs, or a user editing a task, never hold each other
    up), a batch that met a concurrent commit tried again, one broken record logged
    and skipped.

    The notice records are the proof of what was sent: the candidates are what
    has no notice yet, so a re-run, or a run after a crash, sends nothing twice.
    """

    _name = "oversight.notice.job"
    _inherit = ["oversight.workflow.mixin"]  # written by the jobs alone: no field on any allowlist
    _description = "Notice Job"
    _subject_model = None  # the model the notices are about

    @api.model
    def _candidates(self, today, subject_ids=None):
        """``{subject_id: [what to send]}`` for the records that have something due
        on or before ``today`` that was not sent yet (so missed days catch up)."""
        raise NotImplementedError

    @api.model
    def _send_notices(self, subjects, candidates, today):
        """Create the notices (and what goes with them) for ``subjects``."""
        raise NotImplementedError

    @api.model
    def _after_batches(self):
        """What the job does once every batch is sent (e.g. mail the digests).

        It owns the job's remaining count from there on: it reports the work it has
        left when Odoo's time budget runs out, and 0 once it is done."""
        self.env["ir.cron"]._commit_progress(remaining=0)

    @api.model
    def _run_job(self, today, batch_size):
        """Process the candidates in committed batches, then :meth:`_after_batches`.

        The step after the batches counts as one piece of work left until it runs:
        a run whose time budget ends after the last batch is not marked done by
        Odoo, which runs the job again at once, and that run goes straight to it."""
        subject_ids = sorted(self._candidates(today))
        cron = self.env["ir.cron"]
        cron._commit_progress(remaining=len(subject_ids) + 1)
        Subject = self.env[self._subject_model]
        for start in range(0, len(subject_ids), batch_size):
            subjects = Subject.browse(subject_ids[start : start + batch_size])
            conflicts = self._run_isolated(subjects, today)
            if not cron._commit_progress(len(subjects)):
                return
            for _attempt in range(RETRIES):
                if not conflicts:
                    break
                conflicts = self._run_isolated(conflicts, today)
                cron._commit_progress()
            if conflicts:
                _logger.warning(
                    "%s: %s records met concurrent changes %s times; left to the next run",
                    self._description,
                    len(conflicts),
                    RETRIES + 1,
                )
        self._after_batches()

    @api.model
    def _run_isolated(self, subjects, today):
        """Send for a batch in a savepoint; when it fails, retry record by record,
        so that one broken record is logged and skipped and the others go on.

        Return the records to try again in a new transaction: those whose rows or
        notices a concurrent transaction committed after this one began."""
        try:
            with self.env.cr.savepoint():
                locked = self._lock(subjects)
                self._send_notices(locked, self._candidates(today, locked.ids), today)
        except CONFLICTS as error:
            _logger.info("%s: %s records to try again (%s)", self._description, len(subjects), type(error).__name__)
            return subjects
        except Exception as error:  # any error of one record must not stop the others
            if len(subjects) == 1:
                if isinstance(error, UserError):  # data to fix, e.g. nobody to notify
                    _logger.warning("%s: %s skipped: %s", self._description, subjects, error)
                else:
                    _logger.exception("%s: %s skipped", self._description, subjects)
                return subjects.browse()
            return subjects.browse().union(*(self._run_isolated(subject, today) for subject in subjects))
        return subjects.browse()

    @api.model
    def _lock(self, subjects):
        """The records no other run of this job is working on; the others are left to it.

        A transaction lock of the job on each record (PostgreSQL's advisory lock keyed
        by the job and the record's id), not a lock of the row: another job, or a user
        saving the task, does not make this job skip it."""
        self.env.cr.execute(
            SQL(
                """SELECT id FROM (SELECT unnest(%(ids)s::int[]) AS id ORDER BY 1) subject
                    WHERE pg_try_advisory_xact_lock(%(job)s, subject.id)""",
                ids=subjects.ids,
                job=self._job_lock_key(),
            )
        )
        return subjects.browse(row[0] for row in self.env.cr.fetchall())

    @api.model
    def _job_lock_key(self):
        """The first key of the job's advisory locks: a number of its own per notice model."""
        return zlib.crc32(self._name.encode()) - 2**31

    @api.model
    def _rows_by_subject(self, query):
        self.env.flush_all()
        self.env.cr.execute(query)
        result = defaultdict(list)
        for subject_id, *row in self.env.cr.fetchall():
            result[subject_id].append(row)
        return result

    @api.model
    def _offset_join(self, due_date, today, offsets):
        """Join each record to the reminder offsets (days before ``due_date``) it
        has reached on ``today``: ``MIN(o.days)`` is the tightest one (R9)."""
        return SQL("JOIN unnest(%s::int[]) AS o(days) ON %s - %s <= o.days", list(offsets), due_date, today)
