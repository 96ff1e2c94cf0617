from collections import Counter

from odoo.tests import new_test_user, tagged

from .common import OversightJobCase

# more recipients than one batch of digests (oversight.digest._send_pending: 50)
AGENCIES = 56


@tagged("post_install", "-at_install")
class TestCronWorker(OversightJobCase):
    """The jobs as Odoo's cron worker runs them (``OversightCase._run_as_cron_worker``).

    "Done" must mean every digest mailed: each recipient one digest with its email,
    each notice in the digest of each of its recipients."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Agency = cls.env["oversight.agency"]
        cls.backlog_agencies = Agency.create(
            [{"name": f"UBND xã Thử nghiệm {n}", "code": f"T-XA{n}", "agency_type": "commune"} for n in range(AGENCIES)]
        )
        for n, agency in enumerate(cls.backlog_agencies):
            agency.head_user_id = new_test_user(
                cls.env,
                f"t_cron_head_{n}",
                groups="task_oversight.group_agency_head",
                oversight_agency_id=agency.id,
                email=f"chutich.xa{n}@danang.gov.vn",
            )
        cls.office.email = "vanphong@danang.gov.vn"

    def _backlog(self, deadline):
        return self.env["oversight.task"].union(
            *(
                self._assigned_on("2026-02-25", deadline, lead_agency_id=agency.id, monitor_user_id=self.office.id)
                for agency in self.backlog_agencies
            )
        )

    def _assert_every_digest_mailed(self, notices, kind):
        digests = self.env["oversight.digest"].search([("kind", "=", kind)])
        recipients = notices.user_ids
        self.assertGreater(len(recipients), 50, "the backlog must be larger than one batch of digests")
        self.assertEqual(Counter(digests.user_id), Counter(dict.fromkeys(recipients, 1)), "one digest per recipient")
        self.assertTrue(all(digests.mail_id), "every digest has its email")
        listed = Counter((notice, digest.user_id) for digest in digests for notice in digest[notices._digest_field])
        expected = Counter({(notice, user): 1 for notice in notices for user in notice.user_ids})
        self.assertEqual(listed, expected, "each notice in the digest of each of its recipients, once")

    def test_escalation_done_means_every_digest_mailed(self):
        """A backlog overdue for 31 days: three levels per task, in batches of 20 tasks."""
        self._backlog("2026-03-04")
        self._run_as_cron_worker(
            "task_oversight.ir_cron_overdue_escalation", "2026-04-10", "model._cron_escalate(batch_size=20)"
        )
        escalations = self.env["oversight.task.escalation"].search(
            [("task_id.lead_agency_id", "in", self.backlog_agencies.ids)]
        )
        self.assertEqual(Counter(escalations.mapped("level")), {1: AGENCIES, 2: AGENCIES, 3: AGENCIES})
        self._assert_every_digest_mailed(escalations, "escalation")

    def test_reminder_done_means_every_digest_mailed(self):
        """A deadline 3 days away for every agency of the backlog."""
        self._backlog("2026-03-13")
        self._run_as_cron_worker(
            "task_oversight.ir_cron_deadline_reminders", "2026-03-10", "model._cron_remind(batch_size=20)"
        )
        reminders = self.env["oversight.task.reminder"].search(
            [("task_id.lead_agency_id", "in", self.backlog_agencies.ids)]
        )
        self.assertEqual(len(reminders.task_id), AGENCIES)
        self._assert_every_digest_mailed(reminders, "reminder")
