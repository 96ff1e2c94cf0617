"""Numbers nobody can bend (R14, R16): each way an agency, the Office or an
administrator could change a figure or a decision outside the workflow, tried
through the ORM as that user; each asserts that nothing changed."""

from datetime import date, timedelta

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.fields import Command
from odoo.tests import tagged

from .common import OversightCase, OversightJobCase

DAY = date(2026, 3, 10)


@tagged("post_install", "-at_install")
class TestIntegrity(OversightCase):
    def setUp(self):
        super().setUp()
        self.overdue = self._assigned_on(DAY - timedelta(days=40), DAY - timedelta(days=20))
        self.task_b = self._assigned_on(
            DAY - timedelta(days=40), DAY + timedelta(days=20), lead_agency_id=self.agency_b.id
        )
        with freeze_time(DAY), self._no_commit_cron():
            self.env["oversight.task"]._cron_refresh_deadline_status()
            self.update = (
                self.env["oversight.task.update"]
                .with_user(self.user_a)
                .create({"task_id": self.overdue.id, "progress": 30, "note": "Đang rà soát"})
            )

    def _snapshot(self, record, fields):
        record.invalidate_recordset()
        return {name: record[name] for name in fields}

    def test_stored_results_are_not_writable(self):
        fields = ["effective_deadline", "deadline_status", "days_overdue", "progress", "last_update_date"]
        before = self._snapshot(self.overdue, [*fields, "report_overdue"])
        self.assertEqual(before["deadline_status"], "overdue")
        forged = {
            "effective_deadline": DAY + timedelta(days=30),
            "deadline_status": "in_time",
            "days_overdue": 0,
            "progress": 100,
            "last_update_date": DAY,
            "report_overdue": True,
        }
        for user in (self.head_a, self.user_a, self.office, self.manager, self.leader):
            for name, value in forged.items():
                with self.subTest(user=user.login, field=name), self.assertRaises(AccessError):
                    self.overdue.with_user(user).write({name: value})
        self.assertEqual(self._snapshot(self.overdue, [*fields, "report_overdue"]), before)

    def test_reports_cannot_be_forged_or_moved(self):
        coordinated = self._assigned_task(coordinating_agency_ids=[self.agency_b.id])
        Update = self.env["oversight.task.update"]
        for vals in ({"task_id": self.task_b.id}, {"agency_id": self.agency_b.id}, {"progress": 100}):
            with self.subTest(vals=vals), self.assertRaises(AccessError):
                self.update.with_user(self.user_a).write(vals)
        with self.assertRaisesRegex(AccessError, "your own agency"):
            Update.with_user(self.user_b).create(
                {"task_id": coordinated.id, "agency_id": self.agency_a.id, "progress": 90, "note": "Giả mạo"}
            )
        for forged in ({"is_completion": True}, {"user_id": self.head_a.id}):
            with self.subTest(forged=forged), self.assertRaises(AccessError):
                Update.with_user(self.user_a).create({"task_id": self.overdue.id, "progress": 5, "note": "x", **forged})
        self.assertRecordValues(
            self.update, [{"task_id": self.overdue.id, "agency_id": self.agency_a.id, "user_id": self.user_a.id}]
        )
        self.assertEqual(coordinated.update_ids, Update)

    def test_decisions_cannot_be_forged(self):
        task = self._assigned_task(deadline=self.today() + timedelta(days=10))
        Request = self.env["oversight.extension.request"].with_user(self.user_a)
        new_deadline = self.today() + timedelta(days=40)
        approved = {"state": "approved", "approver_id": self.leader.id}
        with self.assertRaises(AccessError):
            Request.create({"task_id": task.id, "requested_deadline": new_deadline, "reason": "Chờ", **approved})
        with self.assertRaises(AccessError):
            task.with_user(self.head_a).write(
                {"extension_ids": [Command.create({"requested_deadline": new_deadline, "reason": "x", **approved})]}
            )
        request = Request.create({"task_id": task.id, "requested_deadline": new_deadline, "reason": "Chờ"})
        with self.assertRaises(AccessError):
            request.write({"state": "submitted"})
        with self.assertRaises(AccessError):
            request.with_user(self.head_a).write({"state": "approved", "approver_id": self.head_a.id})
        with self.assertRaises(AccessError):
            request.write({"task_id": self._assigned_task().id})
        request.with_user(self.head_a).action_submit()
        with self.assertRaisesRegex(UserError, "while it is a draft"):
            request.with_user(self.head_a).write({"requested_deadline": new_deadline + timedelta(days=90)})
        request.with_user(self.leader).action_refuse(decision_note="Không có căn cứ")
        with self.assertRaises(UserError):
            request.with_user(self.leader).write({"decision_note": "Đồng ý"})
        self.assertRecordValues(
            request,
            [
                {
                    "state": "refused",
                    "approver_id": self.leader.id,
                    "requested_deadline": new_deadline,
                    "decision_note": "Không có căn cứ",
                    "task_id": task.id,
                }
            ],
        )
        self.assertEqual(task.deadline, self.today() + timedelta(days=10))

    def test_onchange_reveals_nothing_of_another_agency(self):
        Request = self.env["oversight.extension.request"].with_user(self.user_a)
        spec = {"task_id": {}, "current_deadline": {}}
        with self.assertRaises(AccessError):
            Request.onchange({"task_id": self.task_b.id}, ["task_id"], spec)
        result = Request.onchange({"task_id": self.overdue.id}, ["task_id"], spec)
        self.assertEqual(str(result["value"]["current_deadline"]), str(self.overdue.effective_deadline))

    def test_a_reason_is_a_reason(self):
        task = self._assigned_task()
        for reason in ("", "   ", "\n\t", 42):
            with self.subTest(reason=reason), self.assertRaisesRegex(UserError, "reason"):
                task.with_user(self.office).action_change_lead(lead_agency_id=self.agency_b.id, reason=reason)
        with self.assertRaisesRegex(UserError, "Change Lead Agency"):
            task.with_user(self.office).with_context(oversight_lead_change_reason="x").write(
                {"lead_agency_id": self.agency_b.id}
            )
        with self.assertRaisesRegex(UserError, "reason"):
            task.with_user(self.leader).action_pause(reason="   ")
        self.assertRecordValues(task, [{"lead_agency_id": self.agency_a.id, "state": "assigned"}])

    def test_tracking_cannot_be_switched_off(self):
        task = self._assigned_task(deadline=self.today() + timedelta(days=10))
        self._flush_tracking()
        untracked = {"tracking_disable": True, "mail_notrack": True}
        task.with_user(self.office).with_context(**untracked).write({"deadline": self.today() + timedelta(days=12)})
        task.with_user(self.office).with_context(**untracked).action_change_lead(
            lead_agency_id=self.agency_b.id, reason="Theo chức năng"
        )
        task.with_user(self.leader).with_context(**untracked).action_pause(reason="Chờ chủ trương")
        self._flush_tracking()
        tracked = set(task.sudo().message_ids.tracking_value_ids.field_id.mapped("name"))
        self.assertLessEqual({"deadline", "lead_agency_id", "state"}, tracked)

    def test_reports_and_decisions_are_never_deleted(self):
        reported = self._reported_task()
        completion = reported.update_ids
        request = (
            self.env["oversight.extension.request"]
            .with_user(self.user_a)
            .create(
                {
                    "task_id": self._assigned_task().id,
                    "requested_deadline": self.today() + timedelta(days=9),
                    "reason": "x",
                }
            )
        )
        request.with_user(self.head_a).action_submit()
        request.with_user(self.leader).action_approve(decision_note="Đồng ý")
        for record in (self.update, completion, request):
            for user in (self.manager, self.user_a):
                with self.subTest(record=record._name, user=user.login), self.assertRaises(UserError):
                    record.with_user(user).unlink()
        self.assertTrue((self.update | completion).exists() and request.exists())


@tagged("post_install", "-at_install")
class TestBadInput(OversightCase):
    """Bad input gets a sentence and leaves the record as it was."""

    def test_out_of_range_numbers(self):
        Directive = self.env["oversight.directive"].with_user(self.office)
        with self.assertRaisesRegex(ValidationError, "at most six digits"):
            Directive.create({"name": "99999999999/UBND-KSTT", "summary": "x"})
        task = self._assigned_task()
        with self.assertRaisesRegex(ValidationError, "whole number between"):
            self.env["oversight.task.update"].with_user(self.user_a).create(
                {"task_id": task.id, "progress": 2**31, "note": "x"}
            )
        with self.assertRaisesRegex(ValidationError, "whole number between"):
            self.env.company.with_user(self.manager).write({"oversight_confirm_days": 2**40})
        self.assertFalse(task.update_ids)
        self.assertEqual(self.env.company.oversight_confirm_days, 5)

    def test_wrong_types_in_workflow_arguments(self):
        task = self._assigned_task()
        with self.assertRaisesRegex(UserError, "YYYY-MM-DD"):
            task.with_user(self.head_a).action_report_done(document_ref="125/BC-SNV", report_date="31/12/2026")
        for value in ("abc", "5", [1], True):
            with self.subTest(value=value), self.assertRaisesRegex(UserError, "not a valid lead agency"):
                task.with_user(self.office).action_change_lead(lead_agency_id=value, reason="Theo chức năng")
        with self.assertRaisesRegex(UserError, "no longer exists"):
            task.with_user(self.office).action_change_lead(lead_agency_id=10**8, reason="Theo chức năng")
        self.assertRecordValues(task, [{"state": "assigned", "lead_agency_id": self.agency_a.id}])

    def test_reports_dated_in_the_future(self):
        task = self._assigned_task()
        tomorrow = self.today() + timedelta(days=1)
        with self.assertRaisesRegex(ValidationError, "in the future"):
            self.env["oversight.task.update"].with_user(self.user_a).create(
                {"task_id": task.id, "progress": 10, "note": "x", "date": self.today() + timedelta(days=365)}
            )
        with self.assertRaisesRegex(UserError, "in the future"):
            task.with_user(self.head_a).action_report_done(document_ref="125/BC-SNV", report_date=tomorrow)
        self.assertRecordValues(task, [{"state": "assigned", "date_reported": False}])
        self.assertFalse(task.update_ids)

    def test_completion_document_must_be_a_number(self):
        task = self._assigned_task()
        for ref in ("bao cao so 5", "BC", "5"):
            with self.subTest(ref=ref), self.assertRaisesRegex(UserError, "for example 125/BC-SNV"):
                task.with_user(self.head_a).action_report_done(document_ref=ref, report_date=self.today())
        task.with_user(self.head_a).action_report_done(document_ref="15/BC-VP-HĐND&UBND", report_date=self.today())
        self.assertEqual(task.state, "reported")


@tagged("post_install", "-at_install")
class TestBusinessClock(OversightJobCase):
    """R17: at 23:30 UTC it is already the next day in Vietnam; the jobs judge
    by the Vietnamese date, not the server's."""

    def test_jobs_at_half_past_eleven_utc(self):
        deadline = date(2026, 3, 10)  # a Tuesday
        task = self._assigned_on(date(2026, 3, 2), deadline)
        with freeze_time("2026-03-10 23:30:00"), self._no_commit_cron():
            self.assertEqual(self.env.company._oversight_today(), date(2026, 3, 11))
            self.env["oversight.task"]._cron_refresh_deadline_status()
            self.env["oversight.task.escalation"]._cron_escalate()
            self.env.flush_all()
        self.assertRecordValues(task, [{"deadline_status": "overdue", "days_overdue": 1, "escalation_level": 1}])
        self.assertEqual(self._escalations(task), [(1, "2026-03-11")])

    def test_late_evening_utc_is_still_in_time_the_day_before(self):
        task = self._assigned_on(date(2026, 3, 2), date(2026, 3, 10))
        with freeze_time("2026-03-10 16:30:00"), self._no_commit_cron():  # 23:30 in Hà Nội
            self.env["oversight.task"]._cron_refresh_deadline_status()
            self.env["oversight.task.escalation"]._cron_escalate()
            self.env.flush_all()
        self.assertRecordValues(task, [{"deadline_status": "in_time", "days_overdue": 0, "escalation_level": 0}])
