from contextlib import ExitStack, contextmanager
from datetime import date
from unittest.mock import patch

from freezegun import freeze_time
from psycopg2.errors import UniqueViolation

from odoo import SUPERUSER_ID, api
from odoo.sql_db import db_connect
from odoo.tests import BaseCase, tagged
from odoo.tests.common import get_db_name
from odoo.tools import SQL, mute_logger

from odoo.addons.base.models.ir_cron import IrCron


@tagged("post_install", "-at_install")
class TestConcurrentRuns(BaseCase):
    """Two runs of the escalation job on two database connections at once.

    The tasks must be committed for the second connection to see them, so the
    test commits its own data and deletes it afterwards.
    """

    def _env(self, cr):
        return api.Environment(cr, SUPERUSER_ID, {})

    def setUp(self):
        super().setUp()
        self.dbname = get_db_name()
        with db_connect(self.dbname).cursor() as cr:
            env = self._env(cr)
            self.max_digest = env["oversight.digest"].search([], limit=1).id or 0
            agency = env["oversight.agency"].create(
                {"name": "Sở Thử nghiệm", "code": "T-CONCURRENT", "head_user_id": env.ref("base.user_admin").id}
            )
            directive = env["oversight.directive"].create(
                {"name": "9911/UBND-KSTT", "date": date(2026, 2, 25), "summary": "Kiểm tra chạy đồng thời"}
            )
            with freeze_time("2026-02-25 09:00:00"):
                tasks = env["oversight.task"].create(
                    [
                        {
                            "name": f"Nhiệm vụ đồng thời {n}",
                            "lead_agency_id": agency.id,
                            "deadline": date(2026, 3, 4),
                            "leader_id": env.ref("base.user_admin").id,
                            "directive_id": directive.id,
                        }
                        for n in range(3)
                    ]
                )
                tasks.action_assign()
            self.agency_id, self.task_ids, self.directive_id = agency.id, tasks.ids, directive.id
        self.addCleanup(self._delete_data)

    def _delete_data(self):
        with db_connect(self.dbname).cursor() as cr:
            for query in (
                "DELETE FROM mail_message WHERE model = 'oversight.digest' AND res_id > %(digest)s",
                "DELETE FROM oversight_digest WHERE id > %(digest)s",
                "DELETE FROM mail_activity WHERE res_model = 'oversight.task' AND res_id = ANY(%(tasks)s)",
                "DELETE FROM mail_message WHERE model = 'oversight.task' AND res_id = ANY(%(tasks)s)",
                "DELETE FROM mail_followers WHERE res_model = 'oversight.task' AND res_id = ANY(%(tasks)s)",
                "DELETE FROM oversight_task WHERE id = ANY(%(tasks)s)",
                "DELETE FROM mail_message WHERE model = 'oversight.directive' AND res_id = %(directive)s",
                "DELETE FROM mail_followers WHERE res_model = 'oversight.directive' AND res_id = %(directive)s",
                "DELETE FROM oversight_directive WHERE id = %(directive)s",
                "DELETE FROM oversight_agency WHERE id = %(agency)s",
            ):
                cr.execute(
                    SQL(
                        query,
                        digest=self.max_digest,
                        tasks=self.task_ids,
                        agency=self.agency_id,
                        directive=self.directive_id,
                    )
                )

    @contextmanager
    def _two_connections(self, moment, batches_committed=False):
        """Two cursors on the test's database at ``moment``; unless ``batches_committed``, a
        job's batches are not committed by Odoo's cron progress, so the test commits itself."""
        with ExitStack() as stack:
            stack.enter_context(freeze_time(moment))
            if not batches_committed:
                stack.enter_context(patch.object(IrCron, "_commit_progress", autospec=True, return_value=float("inf")))
            yield tuple(stack.enter_context(db_connect(self.dbname).cursor()) for _ in range(2))

    def _levels(self, cr):
        cr.execute(
            SQL(
                "SELECT task_id, level, count(*) FROM oversight_task_escalation WHERE task_id = ANY(%s) "
                "GROUP BY task_id, level ORDER BY task_id, level",
                self.task_ids,
            )
        )
        return cr.fetchall()

    def test_two_runs_at_once_escalate_each_level_once(self):
        today = date(2026, 3, 20)
        expected = [(task_id, level, 1) for task_id in self.task_ids for level in (1, 2)]
        with self._two_connections("2026-03-20 08:00:00") as (cr1, cr2):
            first, second = self._env(cr1)["oversight.task.escalation"], self._env(cr2)["oversight.task.escalation"]
            # the first run holds its batch, not committed yet, when the second runs in full
            first._run_isolated(first.env["oversight.task"].browse(self.task_ids), today)
            second._cron_escalate()
            cr2.commit()
            # the second run left the locked tasks to the first; its next transaction
            # started before the first committed, and it still sends nothing twice
            self.assertEqual(self._levels(cr2), [])
            cr1.commit()
            # and a run started after the first committed finds nothing left to do
            second._cron_escalate()
            cr2.commit()
            self.assertEqual(self._levels(cr2), expected)
            first._cron_escalate()
            cr1.commit()
            self.assertEqual(self._levels(cr1), expected)
            # one digest per recipient (the head of the agency and the task's Office monitor)
            cr1.execute(
                SQL(
                    "SELECT user_id, count(*) FROM oversight_digest WHERE id > %s AND kind = 'escalation' "
                    "GROUP BY user_id",
                    self.max_digest,
                )
            )
            self.assertEqual({count for _user, count in cr1.fetchall()}, {1})

    def test_two_digest_runs_at_once_mail_each_notice_once(self):
        """Two runs mailing the digests at once, the second on a snapshot taken before the first
        committed: its digests follow the same digests as the first's and are refused, so nobody
        is mailed the same notices twice; run again, it finds nothing left to mail."""
        today = date(2026, 3, 20)
        with self._two_connections("2026-03-20 08:00:00") as (cr1, cr2):
            job = self._env(cr1)["oversight.task.escalation"]
            job._run_isolated(job.env["oversight.task"].browse(self.task_ids), today)
            cr1.commit()  # the notices, not mailed yet
            cr2.execute("SELECT 1")  # the second run's snapshot is taken
            self._env(cr1)["oversight.digest"]._send_pending("oversight.task.escalation")
            cr1.commit()
            second = self._env(cr2)["oversight.digest"]
            with self.assertRaises(UniqueViolation), mute_logger("odoo.sql_db"):
                second._send_pending("oversight.task.escalation")
            cr2.rollback()
            second._send_pending("oversight.task.escalation")
            cr2.commit()
            cr2.execute(
                SQL(
                    """SELECT d.user_id, count(DISTINCT d.id), count(*), count(DISTINCT rel.notice_id)
                         FROM oversight_digest d JOIN oversight_digest_escalation_rel rel ON rel.digest_id = d.id
                        WHERE d.id > %s GROUP BY d.user_id""",
                    self.max_digest,
                )
            )
            rows = cr2.fetchall()
            self.assertTrue(rows)
            # one digest per recipient, listing each of its notices once
            self.assertEqual({(digests, links == notices) for _user, digests, links, notices in rows}, {(1, True)})
            cr2.execute(
                SQL(
                    "SELECT count(*) FROM oversight_task_escalation_res_users_rel rel "
                    "JOIN oversight_task_escalation e ON e.id = rel.oversight_task_escalation_id "
                    "WHERE e.task_id = ANY(%s)",
                    self.task_ids,
                )
            )
            self.assertEqual(sum(links for _user, _digests, links, _notices in rows), cr2.fetchone()[0])

    def test_one_job_does_not_skip_the_tasks_another_job_holds(self):
        """The escalation job holding a batch of tasks does not make the reminder job,
        running at the same time, skip them: each job locks for itself, not the rows."""
        today = date(2026, 3, 3)  # the day before the deadline: reminders are due
        with self._two_connections("2026-03-03 08:00:00") as (cr1, cr2):
            escalation = self._env(cr1)["oversight.task.escalation"]
            escalation._run_isolated(escalation.env["oversight.task"].browse(self.task_ids), today)
            self._env(cr2)["oversight.task.reminder"]._cron_remind()
            cr2.commit()
            cr2.execute(
                SQL(
                    "SELECT DISTINCT task_id FROM oversight_task_reminder WHERE task_id = ANY(%s) ORDER BY task_id",
                    self.task_ids,
                )
            )
            self.assertEqual([row[0] for row in cr2.fetchall()], self.task_ids)
            cr1.rollback()

    def test_a_batch_that_met_a_concurrent_commit_is_tried_again(self):
        """A run whose snapshot predates another transaction's commit on its tasks tries
        the batch again in a new transaction instead of dropping it."""
        today = date(2026, 3, 20)
        with self._two_connections("2026-03-20 08:00:00", batches_committed=True) as (cr1, cr2):
            job = self._env(cr1)["oversight.task.escalation"]
            Task = job.env["oversight.task"]
            cr1.execute("SELECT 1")  # the run's snapshot is taken
            # meanwhile a user's transaction saves the tasks and commits
            cr2.execute(SQL("UPDATE oversight_task SET progress = 10 WHERE id = ANY(%s)", self.task_ids))
            cr2.commit()
            self.assertEqual(job._run_isolated(Task.browse(self.task_ids), today), Task.browse(self.task_ids))
            cr1.commit()  # what _commit_progress does between batches
            self.assertFalse(job._run_isolated(Task.browse(self.task_ids), today))
            cr1.commit()
            self.assertEqual(self._levels(cr1), [(task_id, level, 1) for task_id in self.task_ids for level in (1, 2)])
