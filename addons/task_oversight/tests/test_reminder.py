from collections import Counter
from datetime import date, timedelta

from freezegun import freeze_time

from odoo.tests import tagged

from .common import OversightJobCase


@tagged("post_install", "-at_install")
class TestReminders(OversightJobCase):
    """R9 reminders before the deadline, R7 urging, the Office's confirmation delay."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.head_a.email = "giamdoc.snv@danang.gov.vn"
        cls.office.email = "vanphong@danang.gov.vn"

    def _reminders(self, task, kind="deadline"):
        return [
            (reminder.offset_days, str(reminder.date))
            for reminder in task.env["oversight.task.reminder"].search([("task_id", "=", task.id), ("kind", "=", kind)])
        ][::-1]

    def _run_days(self, first, last, *jobs):
        day = date.fromisoformat(first)
        while day <= date.fromisoformat(last):
            self._run(day, *jobs)
            day += timedelta(days=1)

    def test_each_offset_once(self):
        """Deadline Friday 2026-03-20: reminders 7, 3 and 1 days before, whatever the number of runs."""
        task = self._assigned_on("2026-03-02", "2026-03-20", monitor_user_id=self.office.id)
        self._run_days("2026-03-02", "2026-03-21", "remind")
        self._run_days("2026-03-02", "2026-03-21", "remind")
        self.assertEqual(self._reminders(task), [(7, "2026-03-13"), (3, "2026-03-17"), (1, "2026-03-19")])
        mails = self._digest_mails("reminder")
        self.assertEqual(len(mails), 3)
        self.assertEqual(mails.recipient_ids, self.head_a.partner_id)
        self.assertIn("Due in 3 days", mails.sorted("id")[1].body_html)

    def test_missed_days_send_only_the_tightest_offset(self):
        task = self._assigned_on("2026-03-02", "2026-03-20")
        self._run("2026-03-18", "remind")  # 7 and 3 days before were missed: one reminder, not two
        self.assertEqual(self._reminders(task), [(3, "2026-03-18")])
        self._run("2026-03-19", "remind")
        self.assertEqual(self._reminders(task), [(3, "2026-03-18"), (1, "2026-03-19")])

    def test_one_digest_per_recipient(self):
        tasks = self._assigned_on("2026-03-02", "2026-03-20") | self._assigned_on("2026-03-02", "2026-03-24")
        task_b = self._assigned_on("2026-03-02", "2026-03-20", lead_agency_id=self.agency_b.id)
        self.head_b.email = "giamdoc.stc@danang.gov.vn"
        self._run("2026-03-17", "remind")
        mails = self._digest_mails("reminder")
        self.assertEqual(Counter(mails.recipient_ids.ids), Counter((self.head_a | self.head_b).partner_id.ids))
        head_a_mail = mails.filtered(lambda mail: mail.recipient_ids == self.head_a.partner_id)
        for task in tasks:
            self.assertIn(task.code, head_a_mail.body_html)
        self.assertNotIn(task_b.code, head_a_mail.body_html)

    def test_changed_offsets_are_followed(self):
        self.env["res.config.settings"].with_user(self.manager).create(
            {"oversight_reminder_offsets": "10, 2"}
        ).execute()
        task = self._assigned_on("2026-03-02", "2026-03-20")
        self._run_days("2026-03-09", "2026-03-20", "remind")
        self.assertEqual(self._reminders(task), [(10, "2026-03-10"), (2, "2026-03-18")])

    def test_extended_deadline_is_reminded_again(self):
        task = self._assigned_on("2026-03-02", "2026-03-20")
        self._run("2026-03-19", "remind")
        with freeze_time("2026-03-19 10:00:00"):
            self._extension(task, date(2026, 4, 10))._apply_extension()
        self._run("2026-04-09", "remind")
        self.assertEqual(self._reminders(task), [(1, "2026-03-19"), (1, "2026-04-09")])

    def test_task_without_deadline_urged_every_three_months(self):
        task = self._assigned_on("2026-01-05", False)
        self._run("2026-04-04")
        self.assertFalse(self._reminders(task, "no_deadline"))
        self.assertFalse(task.report_overdue)
        self._run("2026-04-05")
        self._run("2026-04-06")
        self.assertEqual(self._reminders(task, "no_deadline"), [(0, "2026-04-05")])
        self.assertTrue(task.report_overdue)
        # no report again for three months: urged again
        self._run("2026-07-05")
        self.assertEqual(len(self._reminders(task, "no_deadline")), 2)
        # a progress report restarts the count
        with freeze_time("2026-07-10 09:00:00"):
            self.env["oversight.task.update"].with_user(self.user_a).create(
                {"task_id": task.id, "progress": 40, "note": "Đã hoàn thành dự thảo"}
            )
            self.env.flush_all()
        self.assertFalse(task.report_overdue)
        self._run("2026-10-09")
        self.assertEqual(len(self._reminders(task, "no_deadline")), 2)
        self._run("2026-10-10")
        self.assertEqual(self._reminders(task, "no_deadline")[-1], (0, "2026-10-10"))

    def test_unconfirmed_completion_reminds_the_office_after_five_working_days(self):
        """Reported on Thursday 2026-03-12: five working days later is Thursday 2026-03-19."""
        task = self._assigned_on("2026-03-02", "2026-03-31", monitor_user_id=self.office.id)
        with freeze_time("2026-03-12 09:00:00"):
            task.with_user(self.head_a).action_report_done(document_ref="45/BC-SNV", report_date="2026-03-12")
        self._run_days("2026-03-12", "2026-03-25", "remind")
        self.assertEqual([day for _offset, day in self._reminders(task, "confirmation")], ["2026-03-19"])
        mail = self._digest_mails("reminder")
        self.assertEqual(mail.recipient_ids, self.office.partner_id)
        self.assertIn("not confirmed yet", mail.body_html)

    def test_unconfirmed_without_monitor_goes_to_the_office_head(self):
        office_agency = self.env["oversight.agency"].create(
            {"name": "Văn phòng UBND thành phố", "code": "T-VP", "head_user_id": self.office.id}
        )
        self.env.company.oversight_office_agency_id = office_agency
        task = self._assigned_on("2026-03-02", "2026-03-31", monitor_user_id=False)
        with freeze_time("2026-03-12 09:00:00"):
            task.with_user(self.head_a).action_report_done(document_ref="45/BC-SNV", report_date="2026-03-12")
        self._run("2026-03-19", "remind")
        self.assertEqual(self._digest_mails("reminder").recipient_ids, self.office.partner_id)

    def test_agency_without_head_is_reminded_through_the_office(self):
        orphan = self._assigned_on("2026-03-02", "2026-03-20", lead_agency_id=self.agency_c.id)
        nobody = self._assigned_on("2026-03-02", "2026-03-20", lead_agency_id=self.agency_c.id, monitor_user_id=False)
        task = self._assigned_on("2026-03-02", "2026-03-20")
        with self.assertLogs("odoo.addons.task_oversight.models.oversight_notice_job", "WARNING"):
            self._run("2026-03-19", "remind")
        self.assertFalse(self._reminders(nobody))
        reminder = self.env["oversight.task.reminder"].search([("task_id", "=", orphan.id)])
        self.assertEqual(reminder.user_ids, self.office)
        self.assertIn("has no head in the system", reminder.note)
        self.assertEqual(self._reminders(task), [(1, "2026-03-19")])
