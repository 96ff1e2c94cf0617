from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from .common import OversightCase


@tagged("post_install", "-at_install")
class TestDeadlineStatus(OversightCase):
    """R2, R3, R5 on boundary dates, with the shipped Vietnamese calendar.

    2026-03-08 is a Sunday; 30/4 and 1/5/2026 are public holidays (Thursday and
    Friday), so a deadline on 2026-04-30 is effective on Monday 2026-05-04.
    """

    def _status(self, task, day):
        with freeze_time(day):
            task.invalidate_recordset()
            self.env.add_to_compute(task._fields["deadline_status"], task)
            task.flush_recordset()
            return task.deadline_status, task.days_overdue

    def test_deadline_today_is_in_time(self):
        task = self._assigned_on("2026-03-02", "2026-03-10")
        self.assertEqual(self._status(task, "2026-03-10"), ("in_time", 0))

    def test_deadline_yesterday_is_overdue_by_one_day(self):
        task = self._assigned_on("2026-03-02", "2026-03-10")
        self.assertEqual(self._status(task, "2026-03-11"), ("overdue", 1))

    def test_overdue_counts_calendar_days(self):
        task = self._assigned_on("2026-03-02", "2026-03-10")
        self.assertEqual(self._status(task, "2026-04-10"), ("overdue", 31))

    def test_deadline_on_sunday_moves_to_monday(self):
        task = self._assigned_on("2026-03-02", "2026-03-08")
        self.assertEqual(task.effective_deadline, date(2026, 3, 9))
        self.assertEqual(self._status(task, "2026-03-09"), ("in_time", 0))
        self.assertEqual(self._status(task, "2026-03-10"), ("overdue", 1))

    def test_deadline_on_public_holiday_moves_after_it(self):
        task = self._assigned_on("2026-04-01", "2026-04-30")
        self.assertEqual(task.effective_deadline, date(2026, 5, 4))
        self.assertEqual(self._status(task, "2026-05-04"), ("in_time", 0))
        self.assertEqual(self._status(task, "2026-05-05"), ("overdue", 1))

    def test_tet_holiday(self):
        task = self._assigned_on("2026-01-05", "2026-02-16")
        self.assertEqual(task.effective_deadline, date(2026, 2, 23), "Tết 2026 ends on Sunday 22/2")

    def test_calendar_holiday_added_by_admin_moves_deadline(self):
        task = self._assigned_on("2026-03-02", "2026-03-12")
        self.env["resource.calendar.leaves"].create(
            {
                "name": "Nghỉ đột xuất",
                "calendar_id": self.env.company.oversight_calendar_id.id,
                "date_from": "2026-03-11 17:00:00",
                "date_to": "2026-03-12 16:59:59",
            }
        )
        self.assertEqual(task.effective_deadline, date(2026, 3, 13))

    def test_no_deadline(self):
        task = self._assigned_on("2026-03-02", False)
        self.assertEqual(self._status(task, "2027-03-02"), ("no_deadline", 0))
        with freeze_time("2026-03-20"):
            task.with_user(self.head_a).action_report_done(document_ref="1/BC-SNV")
            task.with_user(self.office).action_confirm_done()
        self.assertEqual(task.deadline_status, "done_no_deadline")

    def test_reported_on_time_confirmed_late(self):
        task = self._assigned_on("2026-03-02", "2026-03-16")
        with freeze_time("2026-03-16"):
            task.with_user(self.head_a).action_report_done(document_ref="125/BC-SNV", report_date="2026-03-16")
        # waiting for the Office after the deadline is not being late
        self.assertEqual(self._status(task, "2026-03-24"), ("in_time", 0))
        with freeze_time("2026-03-25"):
            task.with_user(self.office).action_confirm_done()
        self.assertRecordValues(
            task,
            [
                {
                    "date_done": date(2026, 3, 16),
                    "deadline_status": "done_on_time",
                    "days_overdue": 0,
                }
            ],
        )

    def test_reported_late_keeps_its_delay(self):
        task = self._assigned_on("2026-03-02", "2026-03-16")
        with freeze_time("2026-03-20"):
            task.with_user(self.head_a).action_report_done(document_ref="130/BC-SNV", report_date="2026-03-20")
        self.assertEqual(self._status(task, "2026-04-30"), ("overdue", 4))
        with freeze_time("2026-05-02"):
            task.with_user(self.office).action_confirm_done()
        self.assertRecordValues(task, [{"deadline_status": "done_late", "days_overdue": 4}])

    def test_return_reopens_with_same_deadline(self):
        task = self._assigned_on("2026-03-02", "2026-03-16")
        with freeze_time("2026-03-13"):
            task.with_user(self.head_a).action_report_done(document_ref="1/BC-SNV", report_date="2026-03-13")
        with freeze_time("2026-03-18"):
            task.with_user(self.office).action_return(reason="Chưa đạt yêu cầu")
            self.assertRecordValues(
                task,
                [
                    {
                        "state": "assigned",
                        "deadline": date(2026, 3, 16),
                        "deadline_status": "overdue",
                        "days_overdue": 2,
                    }
                ],
            )

    def test_draft_paused_cancelled_are_outside_statistics(self):
        with freeze_time("2026-03-02"):
            draft = self._task(deadline="2026-03-05")
        paused = self._assigned_on("2026-03-02", "2026-03-05")
        cancelled = self._assigned_on("2026-03-02", "2026-03-05")
        with freeze_time("2026-03-20"):
            paused.with_user(self.leader).action_pause(reason="Tạm dừng")
            cancelled.with_user(self.leader).action_cancel(reason="Hủy")
        for task in draft | paused | cancelled:
            self.assertEqual(self._status(task, "2026-03-20"), (False, 0))

    def test_cron_refreshes_only_what_changed(self):
        task = self._assigned_on("2026-03-02", "2026-03-10")
        other = self._assigned_on("2026-03-02", "2026-06-10")
        self.assertEqual(task.deadline_status, "in_time")
        with freeze_time("2026-03-12"), self._no_commit_cron():
            Task = self.env["oversight.task"]
            Task._cron_refresh_deadline_status()
            self.assertRecordValues(
                task | other,
                [
                    {"deadline_status": "overdue", "days_overdue": 2},
                    {"deadline_status": "in_time", "days_overdue": 0},
                ],
            )
            # a second run the same day has nothing to recompute
            with self.assertQueryCount(3):
                Task._cron_refresh_deadline_status()
        with freeze_time("2026-03-13"), self._no_commit_cron():
            Task._cron_refresh_deadline_status()
            self.assertEqual(task.days_overdue, 3)

    def test_cron_counts_the_days_of_tasks_still_overdue_in_one_statement(self):
        """The next day, the tasks still overdue only count one more day: one statement for all
        of them (a fixed count of queries, none per task), the ORM's cache of them refreshed,
        and the task that becomes overdue that day still recomputed by the ORM."""
        late = [self._assigned_on("2026-03-02", deadline) for deadline in ("2026-03-05", "2026-03-09", "2026-03-10")]
        newly = self._assigned_on("2026-03-02", "2026-03-12")
        Task = self.env["oversight.task"]
        with freeze_time("2026-03-12"), self._no_commit_cron():
            Task._cron_refresh_deadline_status()
            self.assertEqual([task.days_overdue for task in late], [7, 3, 2])
            self.assertEqual(newly.deadline_status, "in_time")
        with freeze_time("2026-03-13"), self._no_commit_cron():
            Task._cron_refresh_deadline_status()
            self.assertEqual([task.days_overdue for task in late], [8, 4, 3])
            self.assertEqual([task.deadline_status for task in late], ["overdue"] * 3)
            self.assertRecordValues(newly, [{"deadline_status": "overdue", "days_overdue": 1}])
        with freeze_time("2026-03-14"), self._no_commit_cron():
            with self.assertQueryCount(3):
                Task._cron_refresh_deadline_status()
            self.assertEqual([task.days_overdue for task in [*late, newly]], [9, 5, 4, 2])
