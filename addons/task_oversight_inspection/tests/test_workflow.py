from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import InspectionCase

START = date(2026, 12, 15)  # Tuesday


@tagged("post_install", "-at_install")
class TestInspectionWorkflow(InspectionCase):
    def _agency_a_year(self):
        """Agency A's tasks, assigned on 01/07/2026, as they stand on 15/12/2026:

        - done on time (due 30/09, done 25/09), done late (due 30/09, done 05/10);
        - open in time (due 31/12); overdue 32 days (due 13/11, a Friday);
        - a key task overdue 5 days (due 10/12); one without deadline.
        Frozen: 6 tasks, 1 on time, 1 late, 1 in time, 2 overdue (1 over 30 days, 0 over
        120), 1 without deadline, 1 key task overdue; completion rate 2 ÷ (2 + 2) = 50,0 %.
        """
        assigned = date(2026, 7, 1)
        tasks = {
            "on_time": self._assigned_on(assigned, date(2026, 9, 30)),
            "late": self._assigned_on(assigned, date(2026, 9, 30)),
            "in_time": self._assigned_on(assigned, date(2026, 12, 31)),
            "overdue": self._assigned_on(assigned, date(2026, 11, 13)),
            "key": self._assigned_on(assigned, date(2026, 12, 10), starred=True),
            "no_deadline": self._assigned_on(assigned, False),
        }
        self._carried_out(tasks["on_time"], self.head_a, date(2026, 9, 25))
        self._carried_out(tasks["late"], self.head_a, date(2026, 10, 5))
        return tasks

    def _running(self, **values):
        plan = self._plan(2026, date(2026, 11, 30))
        inspection = self._inspection(
            plan, self.agency_a, date_from=date(2026, 1, 1), member_ids=self.member_b.ids, **values
        )
        self._approve(plan, "2026-12-01")
        return self._started(inspection, START)

    def test_figures_frozen_at_the_start(self):
        tasks = self._agency_a_year()
        inspection = self._running()
        frozen = {
            "date_figures": START,
            "task_total": 6,
            "done_on_time": 1,
            "done_late": 1,
            "open_in_time": 1,
            "open_overdue": 2,
            "open_overdue_30": 1,
            "open_overdue_120": 0,
            "open_no_deadline": 1,
            "starred_overdue": 1,
        }
        self.assertRecordValues(inspection, [frozen])
        self.assertEqual(inspection.with_context(lang="vi_VN").completion_rate_text, "50,0")
        self.assertEqual(inspection.task_ids, self.env["oversight.task"].union(*tasks.values()))
        line = inspection.line_ids.filtered(lambda line: line.task_id == tasks["overdue"])
        self.assertRecordValues(line, [{"status": "overdue", "days_overdue": 32, "task_code": tasks["overdue"].code}])
        # the tasks move afterwards: the inspection keeps what the team examined
        self._carried_out(tasks["overdue"], self.head_a, date(2026, 12, 20))
        with freeze_time("2026-12-21"):
            tasks["in_time"].with_user(self.leader).action_cancel(reason="Không còn phù hợp")
            tasks["key"].with_user(self.office).write({"deadline": date(2027, 1, 31)})
            self._assigned_on(date(2026, 12, 21), date(2026, 12, 22))
        inspection.invalidate_recordset()
        self.assertRecordValues(inspection, [frozen])
        self.assertRecordValues(line, [{"status": "overdue", "days_overdue": 32}])

    def test_thematic_round_examines_its_filter(self):
        """A thematic round on the tasks overdue on 01/12/2026: only the one due 13/11."""
        tasks = self._agency_a_year()
        inspection = self._running(kind="thematic", theme_overdue_on=date(2026, 12, 1))
        self.assertEqual(inspection.task_ids, tasks["overdue"])
        self.assertRecordValues(inspection, [{"task_total": 1, "open_overdue": 1, "open_overdue_30": 1}])

    def test_recommendations_become_tasks_that_escalate(self):
        inspection = self._running()
        self._concluded(
            inspection,
            [("Kiểm điểm trách nhiệm", date(2026, 12, 28)), ("Ban hành quy chế", date(2027, 2, 26))],
            day="2026-12-18",
        )
        tasks = inspection.recommendation_ids.task_id
        self.assertEqual(len(tasks), 2)
        directive = inspection.directive_id
        self.assertRecordValues(directive, [{"name": "15/TB-UBND", "doc_type": "notice", "date": date(2026, 12, 18)}])
        self.assertRecordValues(
            tasks,
            [
                {
                    "state": "assigned",
                    "lead_agency_id": self.agency_a.id,
                    "directive_id": directive.id,
                    "leader_id": self.leader.id,
                    "date_assigned": date(2026, 12, 18),
                    "deadline": deadline,
                }
                for deadline in (date(2026, 12, 28), date(2027, 2, 26))
            ],
        )
        self.assertEqual(inspection.recommendation_ids.mapped("state"), ["open", "open"])
        self.assertEqual(self.agency_a.open_recommendation_count, 2)
        # overdue from 29/12: the ladder's first level goes to the head of agency A
        self._run("2026-12-29")
        self.assertEqual(self._escalations(tasks[0]), [(1, "2026-12-29")])
        self.assertFalse(tasks[1].escalation_ids)
        self.assertEqual(inspection.recommendation_ids[0].task_deadline_status, "overdue")
        self._run("2026-12-29")
        self.assertEqual(self._escalations(tasks[0]), [(1, "2026-12-29")], "run twice, sent once")

    def test_close_refused_while_a_recommendation_is_open(self):
        inspection = self._running()
        self._concluded(
            inspection,
            [("Kiểm điểm trách nhiệm", date(2026, 12, 28)), ("Ban hành quy chế", date(2027, 2, 26))],
            day="2026-12-18",
        )
        first, second = inspection.recommendation_ids.task_id
        with self.assertRaisesRegex(UserError, "2 recommendations are not carried out yet"):
            inspection.with_user(self.office).action_close()
        self._carried_out(first, self.head_a, date(2026, 12, 22))
        with self.assertRaisesRegex(UserError, "1 recommendations are not carried out yet"):
            inspection.with_user(self.office).action_close()
        self.assertEqual(inspection.state, "concluded")
        with freeze_time("2026-12-23"):
            second.with_user(self.leader).action_cancel(reason="Đã được thay thế bằng Kế hoạch 12/KH-UBND")
            inspection.with_user(self.office).action_close()
        self.assertEqual(inspection.state, "closed")
        self.assertEqual(inspection.recommendation_ids.mapped("state"), ["done", "cancelled"])

    def test_conclusion_checks(self):
        inspection = self._running()
        self.env["oversight.inspection.recommendation"].with_user(self.office).create(
            {"inspection_id": inspection.id, "content": "Kiểm điểm", "deadline": date(2026, 12, 28)}
        )
        with freeze_time("2026-12-18"):
            with self.assertRaisesRegex(UserError, "conclusion notice"):
                inspection.with_user(self.office).action_conclude(conclusion_ref="  ")
            with self.assertRaisesRegex(UserError, "15 TB"):
                inspection.with_user(self.office).action_conclude(conclusion_ref="15 TB-UBND")
            with self.assertRaisesRegex(UserError, "YYYY-MM-DD"):
                inspection.with_user(self.office).action_conclude(conclusion_ref="15/TB-UBND", date_concluded="18/12")
            with self.assertRaisesRegex(UserError, "Office"):
                inspection.with_user(self.leader).action_conclude(conclusion_ref="15/TB-UBND")
        with (
            freeze_time("2026-12-30"),
            self.assertRaisesRegex(UserError, "on or after the conclusion date"),
        ):
            inspection.with_user(self.office).action_conclude(conclusion_ref="15/TB-UBND", date_concluded="2026-12-29")
        self.assertEqual(inspection.state, "in_progress")
        self.assertFalse(inspection.recommendation_ids.task_id)

    def test_self_inspection_by_the_head_with_reminders(self):
        plan = self._plan(2026, date(2026, 11, 30))
        inspection = self._inspection(plan, self.agency_a)
        with self.assertRaisesRegex(UserError, "approved the plan"):
            inspection.with_user(self.office).action_request_self_report(date_due="2026-12-15")
        self._approve(plan, "2026-12-01")
        with freeze_time("2026-12-01"):
            inspection.with_user(self.office).action_request_self_report(date_due="2026-12-15")
        self.assertEqual(
            self._activity_users(inspection, "task_oversight_inspection.mail_act_inspection_self_report"), self.head_a
        )
        values = {"self_report": "Đã rà soát 6 nhiệm vụ", "self_task_count": 6, "self_overdue_count": 2}
        for user in (self.user_a, self.head_b):
            with self.subTest(user=user.login), self.assertRaises(UserError):
                inspection.with_user(user).write(values)
        inspection.with_user(self.head_a).write(values)
        # reminders at 7 and 3 days before 15/12, once each, whatever the number of runs
        Reminder = self.env["oversight.inspection.reminder"]
        for day in ("2026-12-08", "2026-12-08", "2026-12-10", "2026-12-12", "2026-12-12"):
            with freeze_time(f"{day} 08:00:00"), self._no_commit_cron():
                Reminder._cron_remind_self_reports()
        reminders = Reminder.search([("inspection_id", "=", inspection.id)])
        self.assertEqual(sorted(reminders.mapped("offset_days")), [3, 7])
        self.assertEqual(reminders.user_ids, self.head_a)
        with self.assertRaisesRegex(UserError, "head of the agency"):
            inspection.with_user(self.user_a).action_submit_self_report()
        with freeze_time("2026-12-13"):
            inspection.with_user(self.head_a).action_submit_self_report()
        self.assertRecordValues(
            inspection, [{"date_self_report": date(2026, 12, 13), "self_report_by_id": self.head_a.id}]
        )
        self.assertFalse(self._activity_users(inspection, "task_oversight_inspection.mail_act_inspection_self_report"))
        with freeze_time("2026-12-14 08:00:00"), self._no_commit_cron():
            Reminder._cron_remind_self_reports()
        self.assertEqual(Reminder.search_count([("inspection_id", "=", inspection.id)]), 2, "no reminder once sent")
        with self.assertRaisesRegex(UserError, "self-inspection"):
            inspection.with_user(self.head_a).write({"self_report": "Sửa sau khi gửi"})
