from datetime import timedelta

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, tagged

from odoo.addons.task_oversight.models.oversight_task import TASK_ACTIONS

from .common import OversightCase


@tagged("post_install", "-at_install")
class TestTaskFlow(OversightCase):
    def test_office_registers_task_in_form(self):
        form = Form(self.env["oversight.task"].with_user(self.office))
        form.name = "Báo cáo tình hình giải quyết hồ sơ trực tuyến"
        form.directive_id = self.directive
        form.lead_agency_id = self.agency_a
        form.coordinating_agency_ids.add(self.agency_b)
        form.deadline = self.today() + timedelta(days=30)
        task = form.save()
        self.assertRecordValues(
            task,
            [
                {
                    "state": "draft",
                    "monitor_user_id": self.office.id,
                    "date_assigned": self.today(),
                    "deadline_status": False,
                }
            ],
        )
        self.assertTrue(task.code.startswith("NV-"), "the task gets its reference from the sequence")

    def test_assign_by_office(self):
        task = self._task(deadline=self.today() + timedelta(days=10), coordinating_agency_ids=[self.agency_b.id])
        task.with_user(self.office).action_assign()
        self.assertRecordValues(task, [{"state": "assigned", "deadline_status": "in_time"}])
        followers = task.message_partner_ids
        self.assertIn(self.head_a.partner_id, followers, "the lead agency's head follows the task")
        self.assertIn(self.head_b.partner_id, followers, "coordinating heads follow the task")

    def test_assign_refused_for_agency_head(self):
        task = self._task()
        with self.assertRaisesRegex(UserError, "Only the Committee Office can assign"):
            task.with_user(self.head_a).action_assign()
        self.assertEqual(task.state, "draft")

    def test_assign_refused_for_leader(self):
        task = self._task()
        with self.assertRaisesRegex(UserError, "Only the Committee Office can assign"):
            task.with_user(self.leader).action_assign()
        self.assertEqual(task.state, "draft")

    def test_assign_refused_twice(self):
        task = self._assigned_task()
        with self.assertRaisesRegex(UserError, "while it is “Assigned”"):
            task.with_user(self.office).action_assign()

    def test_assign_directive_tasks_in_one_click(self):
        tasks = self._task() | self._task(lead_agency_id=self.agency_b.id)
        self.directive.with_user(self.office).action_assign_tasks()
        self.assertEqual(set(tasks.mapped("state")), {"assigned"})
        with self.assertRaises(UserError):
            self.directive.with_user(self.office).action_assign_tasks()

    def test_report_done_by_lead_head(self):
        task = self._assigned_task()
        task.with_user(self.head_a).action_report_done(
            document_ref="125/BC-SNV", report_date=self.today(), note="Đã hoàn thành"
        )
        self.assertRecordValues(task, [{"state": "reported", "date_reported": self.today(), "progress": 100}])
        completion = task.update_ids.filtered("is_completion")
        self.assertRecordValues(completion, [{"document_ref": "125/BC-SNV", "agency_id": self.agency_a.id}])
        self.assertEqual(
            self._activity_users(task, "task_oversight.mail_act_task_confirm"),
            self.office,
            "the Office monitor must confirm the report",
        )

    def test_report_done_through_wizard(self):
        task = self._assigned_task()
        action = task.with_user(self.head_a).action_open_completion_wizard()
        self.assertEqual(action["res_model"], "oversight.task.completion.wizard")
        wizard_model = self.env[action["res_model"]].with_user(self.head_a).with_context(**action["context"])
        form = Form(wizard_model)
        form.document_ref = "88/BC-SNV"
        form.note = "Đã ban hành kế hoạch"
        form.save().action_confirm()
        self.assertRecordValues(task, [{"state": "reported", "date_reported": self.today()}])

    def test_officer_drafts_head_submits_completion(self):
        task = self._assigned_task()
        self.env["oversight.task.update"].with_user(self.user_a).create(
            {
                "task_id": task.id,
                "progress": 100,
                "note": "Đã trình dự thảo báo cáo hoàn thành",
                "document_ref": "140/BC-SNV",
            }
        )
        action = task.with_user(self.head_a).action_open_completion_wizard()
        form = Form(self.env[action["res_model"]].with_user(self.head_a).with_context(**action["context"]))
        self.assertEqual(form.document_ref, "140/BC-SNV", "the officer's draft prefills the report")
        self.assertEqual(form.note, "Đã trình dự thảo báo cáo hoàn thành")
        form.save().action_confirm()
        self.assertRecordValues(task, [{"state": "reported"}])
        self.assertEqual(task.update_ids.filtered("is_completion").document_ref, "140/BC-SNV")

    def test_report_done_by_sub_agency_task_parent_head(self):
        task = self._assigned_task(lead_agency_id=self.agency_a_sub.id)
        task.with_user(self.head_a).action_report_done(document_ref="12/BC-BTDKT")
        self.assertEqual(task.state, "reported")

    def test_report_done_refused_without_document(self):
        task = self._assigned_task()
        with self.assertRaisesRegex(UserError, "number of the document"):
            task.with_user(self.head_a).action_report_done(document_ref=" ", report_date=self.today())
        self.assertRecordValues(task, [{"state": "assigned", "date_reported": False}])
        self.assertFalse(task.update_ids)

    def test_report_done_refused_for_officer(self):
        task = self._assigned_task()
        with self.assertRaisesRegex(UserError, "Only the head of the lead agency"):
            task.with_user(self.user_a).action_report_done(document_ref="1/BC-SNV")
        self.assertEqual(task.state, "assigned")

    def test_report_done_refused_for_coordinator_head(self):
        task = self._assigned_task(coordinating_agency_ids=[self.agency_b.id])
        with self.assertRaisesRegex(UserError, "Only the head of the lead agency"):
            task.with_user(self.head_b).action_report_done(document_ref="1/BC-STC")
        self.assertEqual(task.state, "assigned")

    def test_report_done_refused_in_future_or_before_assignment(self):
        task = self._assigned_task()
        with self.assertRaisesRegex(UserError, "future"):
            task.with_user(self.head_a).action_report_done(
                document_ref="1/BC-SNV", report_date=self.today() + timedelta(days=1)
            )
        with self.assertRaisesRegex(UserError, "before the task was assigned"):
            task.with_user(self.head_a).action_report_done(
                document_ref="1/BC-SNV", report_date=self.today() - timedelta(days=1)
            )
        self.assertEqual(task.state, "assigned")

    def test_report_done_refused_on_draft(self):
        task = self._task()
        with self.assertRaises(UserError):
            task.with_user(self.head_a).action_report_done(document_ref="1/BC-SNV")

    def test_confirm_done_by_office(self):
        task = self._reported_task()
        task.with_user(self.office).action_confirm_done()
        self.assertRecordValues(task, [{"state": "done", "date_done": self.today(), "progress": 100}])
        self.assertFalse(
            self._activity_users(task, "task_oversight.mail_act_task_confirm"),
            "confirming closes the Office's activity",
        )

    def test_confirm_done_refused_for_head_and_leader(self):
        task = self._reported_task()
        for user in (self.head_a, self.leader):
            with self.assertRaisesRegex(UserError, "Only the Committee Office can confirm"):
                task.with_user(user).action_confirm_done()
        self.assertEqual(task.state, "reported")

    def test_confirm_done_refused_when_not_reported(self):
        task = self._assigned_task()
        with self.assertRaisesRegex(UserError, "confirm the completion"):
            task.with_user(self.office).action_confirm_done()

    def test_return_with_reason(self):
        deadline = self.today() + timedelta(days=20)
        task = self._reported_task(deadline=deadline)
        task.with_user(self.office).action_return(reason="Thiếu phụ lục số liệu")
        self.assertRecordValues(task, [{"state": "assigned", "date_reported": False, "deadline": deadline}])
        self.assertEqual(self._activity_users(task, "task_oversight.mail_act_task_returned"), self.head_a)
        self.assertIn("Thiếu phụ lục số liệu", task.message_ids[0].body)

    def test_return_through_wizard_requires_reason(self):
        task = self._reported_task()
        action = task.with_user(self.office).with_context(oversight_decision="return").action_open_decision_wizard()
        self.assertEqual(action["context"]["default_decision"], "return")
        form = Form(self.env[action["res_model"]].with_user(self.office).with_context(**action["context"]))
        with self.assertRaises(AssertionError):
            form.save()  # the reason is required in the form
        form.reason = "Báo cáo chưa đúng mẫu"
        form.save().action_confirm()
        self.assertEqual(task.state, "assigned")

    def test_return_refused_without_reason(self):
        task = self._reported_task()
        with self.assertRaisesRegex(UserError, "reason"):
            task.with_user(self.office).action_return(reason="")
        self.assertEqual(task.state, "reported")

    def test_report_again_after_return_closes_activity(self):
        task = self._reported_task()
        task.with_user(self.office).action_return(reason="Bổ sung số liệu")
        task.with_user(self.head_a).action_report_done(document_ref="130/BC-SNV")
        self.assertEqual(task.state, "reported")
        self.assertFalse(self._activity_users(task, "task_oversight.mail_act_task_returned"))

    def test_pause_resume_cancel_by_leader(self):
        task = self._assigned_task()
        task.with_user(self.leader).action_pause(reason="Chờ chủ trương của Thành ủy")
        self.assertRecordValues(
            task,
            [
                {
                    "state": "paused",
                    "state_reason": "Chờ chủ trương của Thành ủy",
                    "deadline_status": False,
                }
            ],
        )
        task.with_user(self.leader).action_resume(reason="Đã có chủ trương")
        self.assertEqual(task.state, "assigned")
        task.with_user(self.leader).action_cancel(reason="Nhiệm vụ không còn phù hợp")
        self.assertEqual(task.state, "cancelled")
        self.assertIn("Nhiệm vụ không còn phù hợp", task.message_ids[0].body)

    def test_pause_refused_for_office_and_agency(self):
        task = self._assigned_task()
        for user in (self.office, self.head_a):
            with self.assertRaisesRegex(UserError, "Only a Committee leader"):
                task.with_user(user).action_pause(reason="x")
        self.assertEqual(task.state, "assigned")

    def test_pause_refused_without_reason(self):
        task = self._assigned_task()
        with self.assertRaisesRegex(UserError, "reason"):
            task.with_user(self.leader).action_pause(reason="   ")
        self.assertEqual(task.state, "assigned")

    def test_resume_refused_when_not_paused(self):
        task = self._assigned_task()
        with self.assertRaisesRegex(UserError, "resume"):
            task.with_user(self.leader).action_resume(reason="x")

    def test_cancel_refused_when_done(self):
        task = self._reported_task()
        task.with_user(self.office).action_confirm_done()
        with self.assertRaisesRegex(UserError, "cancel"):
            task.with_user(self.leader).action_cancel(reason="x")
        self.assertEqual(task.state, "done")

    def test_decision_wizard_pause(self):
        task = self._assigned_task()
        action = task.with_user(self.leader).with_context(oversight_decision="pause").action_open_decision_wizard()
        form = Form(self.env[action["res_model"]].with_user(self.leader).with_context(**action["context"]))
        form.reason = "Theo Thông báo kết luận số 118/TB-VP"
        form.save().action_confirm()
        self.assertEqual(task.state, "paused")

    def test_change_lead_by_office_keeps_reason(self):
        task = self._assigned_task()
        office = task.with_user(self.office).with_context(oversight_decision="change_lead")
        action = office.action_open_decision_wizard()
        form = Form(self.env[action["res_model"]].with_user(self.office).with_context(**action["context"]))
        form.lead_agency_id = self.agency_b
        form.reason = "Theo chức năng, nhiệm vụ của Sở Tài chính"
        form.save().action_confirm()
        self.assertEqual(task.lead_agency_id, self.agency_b)
        self.assertIn("Theo chức năng, nhiệm vụ của Sở Tài chính", task.message_ids[0].body)
        self.assertIn(self.head_b.partner_id, task.message_partner_ids)

    def test_change_lead_direct_write_refused_after_assignment(self):
        task = self._assigned_task()
        with self.assertRaisesRegex(UserError, "Change Lead Agency"):
            task.with_user(self.office).write({"lead_agency_id": self.agency_b.id})
        self.assertEqual(task.lead_agency_id, self.agency_a)

    def test_change_lead_refused_for_agency(self):
        task = self._assigned_task()
        with self.assertRaisesRegex(UserError, "Only the Committee Office"):
            task.with_user(self.head_a).action_change_lead(lead_agency_id=self.agency_b.id, reason="x")
        self.assertEqual(task.lead_agency_id, self.agency_a)

    def test_deadline_before_assignment_refused(self):
        with self.assertRaisesRegex(ValidationError, "cannot be before its assignment date"):
            self._task(deadline=self.today() - timedelta(days=1))
        task = self._task(deadline=self.today() + timedelta(days=5))
        with self.assertRaises(ValidationError):
            task.with_user(self.office).write({"deadline": self.today() - timedelta(days=3)})
        self.assertEqual(task.deadline, self.today() + timedelta(days=5))

    def test_lead_cannot_coordinate(self):
        with self.assertRaisesRegex(ValidationError, "cannot also be one of its coordinating"):
            self._task(coordinating_agency_ids=[self.agency_a.id])

    def test_state_changes_are_tracked(self):
        task = self._task()
        self._flush_tracking()  # the creation is its own transaction
        task.with_user(self.office).action_assign()
        self._flush_tracking()
        tracked = task.sudo().message_ids.tracking_value_ids.filtered(lambda v: v.field_id.name == "state")
        self.assertEqual(tracked.new_value_char, "Assigned")
        self.assertEqual(task.message_ids[0].subtype_id, self.env.ref("task_oversight.mt_task_assigned"))

    def test_unlink_guards(self):
        draft = self._task()
        draft.with_user(self.office).unlink()
        self.assertFalse(draft.exists())
        task = self._assigned_task()
        with self.assertRaisesRegex(UserError, "Cancel or archive"):
            task.with_user(self.office).unlink()
        task.with_user(self.office).action_archive()
        self.assertFalse(task.active)

    def test_progress_follows_latest_update(self):
        task = self._assigned_task(coordinating_agency_ids=[self.agency_b.id])
        Update = self.env["oversight.task.update"]
        Update.with_user(self.user_a).create({"task_id": task.id, "progress": 30, "note": "Đã xây dựng dự thảo"})
        Update.with_user(self.user_b).create(
            {
                "task_id": task.id,
                "progress": 40,
                "note": "Đã góp ý dự thảo",
                "difficulties": "Thiếu số liệu",
                "proposal": "Đề nghị gia hạn cung cấp số liệu",
            }
        )
        self.assertRecordValues(task, [{"progress": 40, "last_update_date": self.today()}])
        self.assertEqual(task.update_ids.agency_id, self.agency_a | self.agency_b)

    def test_coordinator_reports_progress_from_task_form(self):
        task = self._assigned_task(coordinating_agency_ids=[self.agency_b.id])
        action = task.with_user(self.user_b).action_add_update()
        form = Form(self.env[action["res_model"]].with_user(self.user_b).with_context(**action["context"]))
        self.assertEqual(form.agency_id, self.agency_b, "the report is in the name of the user's agency")
        form.progress = 30
        form.note = "Đã cung cấp số liệu"
        form.difficulties = "Số liệu cấp huyện chưa đầy đủ"
        form.save()
        self.assertRecordValues(task.update_ids, [{"agency_id": self.agency_b.id, "progress": 30}])
        self.assertEqual(task.progress, 30)

    def test_update_validation(self):
        task = self._assigned_task()
        Update = self.env["oversight.task.update"].with_user(self.user_a)
        with self.assertRaisesRegex(ValidationError, "between 0 and 100"):
            Update.create({"task_id": task.id, "progress": 120, "note": "x"})
        with self.assertRaisesRegex(AccessError, "Completion Report"):
            Update.create({"task_id": task.id, "progress": 100, "note": "x", "is_completion": True})
        draft = self._task()
        with self.assertRaisesRegex(ValidationError, "only be reported on an assigned task"):
            Update.create({"task_id": draft.id, "progress": 10, "note": "x"})
        task.invalidate_recordset()
        self.assertFalse(task.update_ids)

    def test_completion_report_is_frozen(self):
        task = self._reported_task()
        completion = task.update_ids.filtered("is_completion")
        with self.assertRaises(AccessError):
            completion.with_user(self.head_a).write({"document_ref": "999/BC-SNV"})
        with self.assertRaisesRegex(UserError, "kept once it is sent"):
            completion.with_user(self.manager).unlink()
        self.assertEqual(completion.document_ref, "125/BC-SNV")


@tagged("post_install", "-at_install")
class TestWorkflowTable(OversightCase):
    """TASK_ACTIONS is the one home of the task's workflow: what reads it finds what it names."""

    def test_the_table_names_what_exists(self):
        Task = self.env["oversight.task"]
        states = {key for key, _label in Task._fields["state"].selection}
        steps = {key for key, _label in self.env["oversight.task.step"]._fields["step"].selection}
        dialog = {key for key, _label in self.env["oversight.task.decision.wizard"]._fields["decision"].selection}
        for name, action in TASK_ACTIONS.items():
            with self.subTest(action=name):
                self.assertTrue(hasattr(Task, f"action_{name}"), "a public method of the same name for RPC clients")
                self.assertLessEqual(set(action.sources or ()), states)
                self.assertIn(action.target or "draft", states)
                self.assertIn(action.step, steps)
                if action.subtype:
                    self.env.ref(action.subtype)
                self.assertEqual(action.dialog, name in dialog, "the dialog offers the actions marked for it")

    def test_track_subtype_follows_the_table(self):
        task = self._assigned_task()
        cases = [("draft", "assigned", "mt_task_assigned"), ("reported", "assigned", "mt_task_returned")]
        for former, state, subtype in cases:
            with self.subTest(former=former):
                task._workflow_write({"state": state})
                self.assertEqual(task._track_subtype({"state": former}), self.env.ref(f"task_oversight.{subtype}"))
