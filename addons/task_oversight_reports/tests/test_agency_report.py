from datetime import date

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged
from odoo.tools.safe_eval import safe_eval

from .common import ReportCase


@tagged("post_install", "-at_install")
class TestAgencyReport(ReportCase):
    def setUp(self):
        super().setUp()
        self.tasks = self._build_fixture()
        self.period = self._period()
        self.report_a = self._report(self.period, self.agency_a)
        self.report_b = self._report(self.period, self.agency_b)

    def test_head_fills_and_submits(self):
        report = self.report_a.with_user(self.head_a)
        with self.assertRaisesRegex(UserError, "cause and the proposed solution"):
            self._on(date(2026, 11, 20), report.action_submit)
        with Form(self.report_a.with_user(self.user_a)) as form:
            for index in range(len(form.line_ids)):
                with form.line_ids.edit(index) as line:
                    if line.kind == "overdue":
                        line.cause = "Chờ ý kiến các Bộ"
                        line.solution = "Đề nghị gia hạn đến 31/12"
            form.difficulties = "Thiếu biên chế"
            form.proposals = "Bổ sung hai biên chế"
        with self.assertRaisesRegex(UserError, "Only the head"):
            self._on(date(2026, 11, 20), self.report_a.with_user(self.user_a).action_submit)
        self._on(date(2026, 11, 20), report.action_submit)
        self.assertRecordValues(
            self.report_a,
            [
                {
                    "state": "submitted",
                    "date_submitted": date(2026, 11, 20),
                    "submitted_by_id": self.head_a.id,
                    "is_late": False,
                    "difficulties": "Thiếu biên chế",
                }
            ],
        )
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            self.report_a.with_user(self.user_a).write({"proposals": "Sửa sau khi gửi"})
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            self.report_a.line_ids[0].with_user(self.user_a).write({"cause": "Sửa sau khi gửi"})

    def test_submitting_freezes_figures_and_lines(self):
        self._fill(self.report_a, self.user_a)
        self._on(date(2026, 11, 20), self.report_a.with_user(self.head_a).action_submit)
        frozen_lines = self.report_a.line_ids.read(["task_code", "task_name", "days_overdue", "cause"])
        # the Office edits tasks of both agencies after A submitted
        t2 = self.tasks["t2"]
        t2.with_user(self.office).write({"name": "Nội dung đã sửa", "deadline": date(2026, 11, 30)})
        self._assigned_on(date(2026, 10, 22), date(2026, 11, 3), lead_agency_id=self.agency_b.id)
        self._assigned_on(date(2026, 10, 22), date(2026, 11, 3))
        self._on(date(2026, 11, 26), self.period.with_user(self.office).action_prepare)
        self.assertRecordValues(self.report_a, [self.EXPECTED_A])
        self.assertEqual(self.report_a.line_ids.read(["task_code", "task_name", "days_overdue", "cause"]), frozen_lines)
        # B had not submitted: its figures follow the tasks
        self.assertRecordValues(self.report_b, [{"task_total": 2, "open_overdue": 1, "completion_rate": 50.0}])

    def test_refresh_keeps_what_the_agency_wrote(self):
        self._fill(self.report_a, self.user_a)
        t1_line = self.report_a.line_ids.filtered(lambda line: line.task_id == self.tasks["t1"])
        self.tasks["t2"].with_user(self.office).write({"deadline": date(2026, 11, 30)})
        self._on(date(2026, 11, 21), self.report_a.with_user(self.user_a).action_refresh_figures)
        self.assertEqual(self.report_a.open_overdue, 2, "t2 is no longer overdue at the cut-off")
        self.assertNotIn(self.tasks["t2"], self.report_a.line_ids.task_id)
        self.assertTrue(t1_line.exists())
        self.assertEqual(t1_line.cause, f"Nguyên nhân {t1_line.task_code}")

    def test_reports_not_submitted_open_with_current_figures(self):
        """A task assigned after the period was created counts as soon as the head opens
        the monthly reports (the menu) or the Office creates the current period, without pressing
        "Recompute"; a submitted report keeps its figures."""
        self._on(date(2026, 11, 21), self.report_b.with_user(self.head_b).action_submit)
        before_a, before_b = self.report_a.task_total, self.report_b.task_total
        self._assigned_on(date(2026, 11, 1), date(2026, 11, 30))
        self._assigned_on(date(2026, 11, 1), date(2026, 11, 30), lead_agency_id=self.agency_b.id)
        action = self._on(
            date(2026, 11, 21), self.env["oversight.agency.report"].with_user(self.head_a).action_open_reports
        )
        self.assertEqual(action["res_model"], "oversight.agency.report")
        self.assertEqual(self.report_a.task_total, before_a + 1)
        self.assertEqual(self.report_b.task_total, before_b, "submitted: frozen")
        self._assigned_on(date(2026, 11, 2), date(2026, 11, 30))
        self._on(date(2026, 11, 21), self.env["oversight.report.period"].with_user(self.office).action_generate_current)
        self.assertEqual(self.report_a.task_total, before_a + 2)

    def test_nobody_writes_figures_or_status(self):
        for user in (self.head_a, self.office):
            with self.subTest(user=user.login):
                for values in ({"task_total": 0}, {"state": "accepted"}, {"completion_rate": 100.0}):
                    with self.assertRaises(AccessError):
                        self.report_a.with_user(user).write(values)
                with self.assertRaises(AccessError):
                    self.report_a.line_ids[0].with_user(user).write({"days_overdue": 0})
        with self.assertRaises(AccessError):
            self.period.with_user(self.office).write({"state": "published"})
        self.period.with_user(self.office).write({"date_due": date(2026, 11, 27), "summary": "<p>Đánh giá</p>"})
        self.assertEqual(self.report_a.date_due, date(2026, 11, 27), "the reports follow the period's due date")
        with self.assertRaises(AccessError):
            self.env["oversight.agency.report.line"].with_user(self.head_a).create(
                {"report_id": self.report_a.id, "task_id": self.tasks["t3"].id, "kind": "overdue"}
            )

    def test_office_returns_and_accepts(self):
        self._fill(self.report_a, self.user_a)
        self._on(date(2026, 11, 20), self.report_a.with_user(self.head_a).action_submit)
        with self.assertRaisesRegex(UserError, "Only the Committee Office"):
            self.report_a.with_user(self.head_a).action_return(reason="Thiếu số liệu")
        with self.assertRaisesRegex(UserError, "Say why"):
            self.report_a.with_user(self.office).action_return(reason=" ")
        action = self.report_a.with_user(self.office).action_open_return_wizard()
        self.assertEqual(action["res_model"], "oversight.agency.report.return.wizard")
        wizard = Form(self.env[action["res_model"]].with_user(self.office).with_context(**action["context"]))
        wizard.reason = "Thiếu nguyên nhân cụ thể"
        self._on(date(2026, 11, 21), wizard.save().action_confirm)
        self.assertRecordValues(
            self.report_a, [{"state": "returned", "return_reason": "Thiếu nguyên nhân cụ thể", "date_submitted": False}]
        )
        self.assertEqual(
            self._activity_users(self.report_a, "task_oversight_reports.mail_act_report_returned"), self.head_a
        )
        self._on(date(2026, 11, 26), self.report_a.with_user(self.head_a).action_submit)
        self.assertTrue(self.report_a.is_late, "resubmitted after the due date")
        self.assertFalse(self._activity_users(self.report_a, "task_oversight_reports.mail_act_report_returned"))
        self.report_a.with_user(self.office).action_accept()
        self.assertEqual(self.report_a.state, "accepted")

    def test_late_and_missing_around_the_due_date(self):
        self._fill(self.report_a, self.user_a)
        self._on(date(2026, 11, 25), self.report_a.with_user(self.head_a).action_submit)
        self._on(date(2026, 11, 26), self.report_b.with_user(self.head_b).action_submit)
        self.assertFalse(self.report_a.is_late, "submitted on the due date")
        self.assertTrue(self.report_b.is_late, "submitted the day after")
        others = self.period.agency_report_ids - self.report_a - self.report_b
        Report = self.env["oversight.agency.report"].with_user(self.office)
        late_action = self.env.ref("task_oversight_reports.oversight_agency_report_action_late")
        for day, missing in ((date(2026, 11, 25), Report), (date(2026, 11, 26), others)):
            with self.subTest(day=day):
                stats = self._on(day, self.period.with_user(self.office).read, ["missing_count", "late_count"])
                self.assertEqual((stats[0]["missing_count"], stats[0]["late_count"]), (len(missing), 1))
                domain = safe_eval(late_action.domain)
                listed = self._on(day, Report.search, [*domain, ("period_id", "=", self.period.id)])
                self.assertEqual(listed, self.report_b | missing, "the Office's list of late and missing reports")

    def test_reminders_before_the_due_date_once_per_offset(self):
        self._fill(self.report_b, self.user_b)
        self._on(date(2026, 11, 20), self.report_b.with_user(self.head_b).action_submit)
        Reminder = self.env["oversight.agency.report.reminder"]
        sent = {}
        for day in (
            date(2026, 11, 19),
            date(2026, 11, 20),
            date(2026, 11, 20),
            date(2026, 11, 22),
            date(2026, 11, 23),
            date(2026, 11, 24),
            date(2026, 11, 26),
        ):
            before = Reminder.search([])
            with self._no_commit_cron():
                self._on(day, Reminder._cron_remind_reports)
            created = Reminder.search([]) - before
            sent.setdefault(day, []).append(sorted((r.report_id.agency_id.code, r.offset_days) for r in created))
        open_codes = sorted(
            self.period.agency_report_ids.filtered(lambda r: r.state == "draft").agency_id.mapped("code")
        )
        self.assertEqual(sent[date(2026, 11, 19)], [[]], "6 days before: nothing")
        self.assertEqual(sent[date(2026, 11, 20)], [[(code, 5) for code in open_codes], []], "second run: nothing")
        self.assertEqual(sent[date(2026, 11, 22)], [[]])
        self.assertEqual(sent[date(2026, 11, 23)], [[(code, 2) for code in open_codes]])
        self.assertEqual(sent[date(2026, 11, 24)], [[]])
        self.assertEqual(sent[date(2026, 11, 26)], [[]], "after the due date the Office lists the missing reports")
        self.assertNotIn(self.report_b, Reminder.search([]).report_id, "a submitted report is not reminded")
        messages = self.report_a.message_ids.filtered(lambda message: self.head_a.partner_id in message.partner_ids)
        self.assertEqual(len(messages), 2, "one email to the head per offset")
        self.assertIn("Sở Nội vụ", messages[0].subject)

    def test_reminders_as_the_cron_worker_runs_them(self):
        """Out of time after every batch of one report: done means every open report reminded."""
        self._run_as_cron_worker(
            "task_oversight_reports.ir_cron_report_reminders",
            date(2026, 11, 20),
            "model._cron_remind_reports(batch_size=1)",
        )
        reminded = self.env["oversight.agency.report.reminder"].search([]).report_id
        self.assertGreater(len(reminded), 1)
        self.assertEqual(reminded, self.period.agency_report_ids.filtered(lambda report: report.state == "draft"))

    def test_period_job_runs_twice_without_duplicates(self):
        Period = self.env["oversight.report.period"]
        with self._no_commit_cron():
            self._on(date(2026, 12, 15), Period._cron_create_periods)
            self._on(date(2026, 12, 15), Period._cron_create_periods)
        december = Period.search([("date_to", "=", date(2026, 12, 14))])
        self.assertEqual(len(december), 1)
        self.assertEqual(len(december.agency_report_ids), len(self.period.agency_report_ids))
        with self._no_commit_cron():
            self._on(date(2026, 12, 14), Period._cron_create_periods)
        self.assertEqual(Period.search_count([]), 2, "on the 14th the December window is not closed yet")

    def test_new_agency_joins_only_an_open_period(self):
        Period = self.env["oversight.report.period"]
        Agency = self.env["oversight.agency"]
        Agency.create({"name": "Sở Xây dựng", "code": "T-SXD"})
        with self._no_commit_cron():
            self._on(date(2026, 11, 21), Period._cron_create_periods)
        self.assertIn("T-SXD", self.period.agency_report_ids.agency_id.mapped("code"))
        self._on(date(2026, 11, 26), self.period.with_user(self.office).action_prepare)
        Agency.create({"name": "Sở Y tế", "code": "T-SYT"})
        with self._no_commit_cron():
            self._on(date(2026, 11, 27), Period._cron_create_periods)
        self.assertNotIn("T-SYT", self.period.agency_report_ids.agency_id.mapped("code"), "consolidated: unchanged")

    def test_reminder_of_an_agency_without_head_goes_to_the_office(self):
        office_agency = self.env["oversight.agency"].create(
            {"name": "Văn phòng UBND", "code": "T-VP", "head_user_id": self.office.id}
        )
        self.env.company.oversight_office_agency_id = office_agency
        with self._no_commit_cron():
            self._on(date(2026, 11, 20), self.env["oversight.agency.report.reminder"]._cron_remind_reports)
        reminders = self.env["oversight.agency.report.reminder"].search([])
        by_agency = {reminder.agency_id: reminder.user_ids for reminder in reminders}
        self.assertEqual(by_agency[self.agency_a], self.head_a)
        self.assertEqual(by_agency[self.agency_c], self.office, "no head: the head of the Office agency")

    def test_period_with_submitted_reports_is_kept(self):
        self._fill(self.report_a, self.user_a)
        self._on(date(2026, 11, 20), self.report_a.with_user(self.head_a).action_submit)
        with self.assertRaisesRegex(UserError, "cannot be deleted"):
            self.period.with_user(self.manager).unlink()
        self.assertTrue(self.report_a.exists())
