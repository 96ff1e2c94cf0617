"""Every step has a name on it: the officer in charge inside the lead agency,
acknowledgement, coordinating agencies' parts, and the processing timeline."""

from datetime import date, timedelta

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import OversightCase, OversightJobCase


@tagged("post_install", "-at_install")
class TestOfficers(OversightCase):
    def setUp(self):
        super().setUp()
        self.task = self._assigned_task(coordinating_agency_ids=[self.agency_b.id])
        self.deputy = self._user("t_deputy_a", "task_oversight.group_agency_user", self.agency_a)

    def _steps(self, task):
        return task.step_ids.sorted(lambda step: (step.date, step.id)).mapped("step")

    def test_head_assigns_and_reassigns_with_a_reason(self):
        self.task.with_user(self.head_a).action_assign_officer(officer_id=self.user_a.id)
        self.assertEqual(self.task.officer_id, self.user_a)
        todo = self.task.activity_ids.filtered(
            lambda a: a.activity_type_id == self.env.ref("task_oversight.mail_act_task_officer")
        )
        self.assertEqual(todo.user_id, self.user_a, "the officer gets a to-do")
        with self.assertRaisesRegex(UserError, "reason for changing the officer"):
            self.task.with_user(self.head_a).action_assign_officer(officer_id=self.user_a_sub.id, reason="  ")
        self.task.with_user(self.head_a).action_assign_officer(officer_id=self.user_a_sub.id, reason="Điều động")
        self.assertEqual(self.task.officer_id, self.user_a_sub, "a member of a sub-agency may handle it")
        self.assertIn("Điều động", self.task.message_ids[0].body)
        self.assertEqual(self._steps(self.task), ["assigned", "officer", "officer"])

    def test_who_may_name_the_officer(self):
        for user in (self.user_a, self.head_b, self.office, self.leader):
            with self.subTest(user=user.login), self.assertRaisesRegex(UserError, "head of the lead agency"):
                self.task.with_user(user).action_assign_officer(officer_id=self.user_a.id)
        self.agency_a.deputy_user_ids = self.deputy
        self.task.with_user(self.deputy).action_assign_officer(officer_id=self.user_a.id)
        self.assertEqual(self.task.officer_id, self.user_a)

    def test_officer_must_belong_to_the_lead_agency(self):
        with self.assertRaisesRegex(UserError, "not a member of Sở Nội vụ"):
            self.task.with_user(self.head_a).action_assign_officer(officer_id=self.user_b.id)
        with self.assertRaisesRegex(UserError, "not a valid officer"):
            self.task.with_user(self.head_a).action_assign_officer(officer_id="Phạm Thị Lan")
        self.assertFalse(self.task.officer_id)
        self.assertEqual(self._steps(self.task), ["assigned"], "a refused action writes no step")

    def test_acknowledge_once(self):
        self.task.with_user(self.head_a).action_assign_officer(officer_id=self.user_a.id)
        with self.assertRaisesRegex(UserError, "acknowledged by its officer in charge or the head"):
            self.task.with_user(self.user_a_sub).action_acknowledge()
        self.task.with_user(self.user_a).action_acknowledge()
        self.assertEqual(self.task.date_acknowledged, self.today())
        with self.assertRaisesRegex(UserError, "already acknowledged"):
            self.task.with_user(self.head_a).action_acknowledge()
        self.assertEqual(self._steps(self.task).count("acknowledged"), 1)

    def test_every_action_writes_its_step_once(self):
        task = self.task
        task.with_user(self.head_a).action_assign_officer(officer_id=self.user_a.id)
        task.with_user(self.user_a).action_acknowledge()
        self.env["oversight.task.update"].with_user(self.user_a).create(
            {"task_id": task.id, "progress": 40, "note": "Đang làm", "document_ref": "12/BC-SNV"}
        )
        task.with_user(self.head_a).action_report_done(document_ref="125/BC-SNV")
        task.with_user(self.office).action_return(reason="Thiếu số liệu")
        task.with_user(self.head_a).action_report_done(document_ref="126/BC-SNV")
        task.with_user(self.office).action_confirm_done()
        self.assertEqual(
            self._steps(task),
            ["assigned", "officer", "acknowledged", "progress", "reported", "returned", "reported", "confirmed"],
        )
        reported = task.step_ids.filtered(lambda step: step.step == "reported")
        self.assertEqual(sorted(reported.mapped("document_ref")), ["125/BC-SNV", "126/BC-SNV"])
        self.assertEqual(set(task.step_ids.mapped("officer_id")) - {self.env["res.users"]}, {self.user_a})

    def test_working_days_across_a_weekend_and_a_holiday(self):
        with freeze_time("2026-04-24 09:00:00"):  # Friday before the Hùng Kings' day (observed 27/04)
            task = self._assigned_task()
        with freeze_time("2026-04-29 09:00:00"):  # Wednesday
            task.with_user(self.head_a).action_assign_officer(officer_id=self.user_a.id)
        officer_step = task.step_ids.filtered(lambda step: step.step == "officer")
        # Mon 27/04 off (Giỗ Tổ), Tue 28, Wed 29: two working days after Friday 24
        self.assertEqual(officer_step.working_days, 2)

    def test_steps_are_never_edited_or_deleted(self):
        step = self.task.step_ids
        for user in (self.manager, self.office, self.head_a):
            with self.subTest(user=user.login):
                with self.assertRaises(AccessError):
                    step.with_user(user).write({"working_days": 0})
                with self.assertRaises(UserError):
                    step.with_user(user).unlink()
        with self.assertRaises(AccessError):
            self.env["oversight.task.step"].with_user(self.manager).create(
                {"task_id": self.task.id, "step": "confirmed", "date": "2026-01-01 00:00:00"}
            )

    def test_timeline_readers(self):
        step = self.task.step_ids
        Step = self.env["oversight.task.step"]
        for user in (self.user_a, self.user_b, self.office, self.leader):
            with self.subTest(user=user.login):
                self.assertEqual(Step.with_user(user).search([("task_id", "=", self.task.id)]), step)
        other = self._assigned_task(lead_agency_id=self.agency_c.id)
        with self.assertRaises(AccessError):
            other.step_ids.with_user(self.user_b).read(["step"])

    def test_coordinating_agency_names_its_own_officer(self):
        Part = self.env["oversight.task.coordination"]
        part = Part.with_user(self.user_b).create(
            {"task_id": self.task.id, "officer_id": self.user_b.id, "contribution": "Số liệu tài chính"}
        )
        self.assertEqual(part.agency_id, self.agency_b)
        self.assertEqual(self.task.lead_agency_id, self.agency_a, "a coordinator never becomes the lead (R1)")
        with self.assertRaisesRegex(ValidationError, "not a member"):
            part.with_user(self.user_b).write({"officer_id": self.user_a.id})
        with self.assertRaises(AccessError):
            part.with_user(self.user_b).write({"agency_id": self.agency_a.id})
        with self.assertRaisesRegex(AccessError, "its own part"):
            Part.with_user(self.user_b).create({"task_id": self.task.id, "agency_id": self.agency_a.id})
        with self.assertRaises(AccessError):
            part.with_user(self.user_a).write({"progress_note": "Sửa hộ"})
        with self.assertRaisesRegex(ValidationError, "does not coordinate"):
            Part.with_user(self.user_a).create({"task_id": self.task.id, "agency_id": self.agency_a.id})


@tagged("post_install", "-at_install")
class TestAcknowledgementReminder(OversightJobCase):
    def test_reminded_once_after_two_working_days(self):
        task = self._assigned_on("2026-03-05", "2026-04-30", acknowledged=False)  # a Thursday
        for day in ("2026-03-06", "2026-03-09", "2026-03-10", "2026-03-11"):
            self._run(day, "remind")
        reminders = (
            task.sudo().env["oversight.task.reminder"].search([("task_id", "=", task.id), ("kind", "=", "acknowledge")])
        )
        # Fri 6 and Mon 9 are the two working days; the head is reminded on Tue 10, once
        self.assertEqual([(str(r.date), r.user_ids) for r in reminders], [("2026-03-10", self.head_a)])
        with freeze_time("2026-03-12 09:00:00"):
            task.with_user(self.head_a).action_acknowledge()
        self._run("2026-03-13", "remind")
        self.assertEqual(
            len(task.env["oversight.task.reminder"].search([("task_id", "=", task.id), ("kind", "=", "acknowledge")])),
            1,
        )
        self.assertEqual(task.date_acknowledged, date(2026, 3, 12))
        self.assertLessEqual(task.date_acknowledged - task.date_assigned, timedelta(days=7))
