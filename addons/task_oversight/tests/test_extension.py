from datetime import timedelta

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, tagged

from .common import OversightCase


@tagged("post_install", "-at_install")
class TestExtension(OversightCase):
    def setUp(self):
        super().setUp()
        self.deadline = self.today() + timedelta(days=10)
        self.task = self._assigned_task(deadline=self.deadline, coordinating_agency_ids=[self.agency_b.id])
        self.new_deadline = self.task.effective_deadline + timedelta(days=30)

    def _request(self, user=None, deadline=None):
        return (
            self.env["oversight.extension.request"]
            .with_user(user or self.user_a)
            .create(
                {
                    "task_id": self.task.id,
                    "requested_deadline": deadline or self.new_deadline,
                    "reason": "Chờ ý kiến thẩm định của Bộ Nội vụ",
                }
            )
        )

    def test_officer_drafts_head_submits_leader_approves(self):
        request = self._request()
        self.assertEqual(request.state, "draft")
        with self.assertRaisesRegex(UserError, "Only the head of the lead agency"):
            request.with_user(self.user_a).action_submit()
        request.with_user(self.head_a).action_submit()
        self.assertEqual(request.state, "submitted")
        activity = request.activity_ids
        self.assertEqual(activity.user_id, self.leader, "the assigning leader must decide")
        request.with_user(self.leader).action_approve(decision_note="Đồng ý")
        self.assertRecordValues(request, [{"state": "approved", "approver_id": self.leader.id}])
        self.assertFalse(request.activity_ids, "deciding closes the leader's activity")
        self.assertRecordValues(
            self.task,
            [
                {
                    "deadline": self.new_deadline,
                    "original_deadline": self.deadline,
                    "extension_count": 1,
                }
            ],
        )

    def test_extension_from_task_form(self):
        action = self.task.with_user(self.head_a).action_request_extension()
        form = Form(self.env[action["res_model"]].with_user(self.head_a).with_context(**action["context"]))
        self.assertEqual(form.current_deadline, self.task.effective_deadline)
        form.requested_deadline = self.new_deadline
        form.reason = "Khối lượng công việc lớn"
        request = form.save()
        request.action_submit()
        self.assertEqual(request.state, "submitted")

    def test_second_extension_keeps_original_deadline(self):
        first = self._request()
        first.with_user(self.head_a).action_submit()
        first.with_user(self.leader).action_approve()
        second = self._request(deadline=self.new_deadline + timedelta(days=15))
        second.with_user(self.head_a).action_submit()
        second.with_user(self.leader).action_approve()
        self.assertRecordValues(
            self.task,
            [
                {
                    "deadline": self.new_deadline + timedelta(days=15),
                    "original_deadline": self.deadline,
                    "extension_count": 2,
                }
            ],
        )

    def test_requested_deadline_must_be_later(self):
        with self.assertRaisesRegex(ValidationError, "must be after the current deadline"):
            self._request(deadline=self.task.effective_deadline)
        self.task.invalidate_recordset()
        self.assertFalse(self.task.extension_ids)

    def test_submit_refused_after_deadline(self):
        request = self._request()
        with (
            freeze_time(self.task.effective_deadline + timedelta(days=1)),
            self.assertRaisesRegex(UserError, "has passed"),
        ):
            request.with_user(self.head_a).action_submit()
        self.assertEqual(request.state, "draft")

    def test_overdue_task_offers_no_request_and_keeps_none(self):
        """After the deadline the form says why instead of offering the button, and a
        request refused at its creation leaves nothing behind (no draft in any list)."""
        with freeze_time(self.task.effective_deadline + timedelta(days=1)):
            task = self.task.with_user(self.head_a)
            task.invalidate_recordset(["extension_refusal"])
            self.assertIn("has passed", task.extension_refusal)
            with self.assertRaisesRegex(UserError, "has passed"):
                task.action_request_extension()
            with self.assertRaisesRegex(UserError, "has passed"):
                self._request(user=self.head_a)
        self.assertFalse(self.env["oversight.extension.request"].search([("task_id", "=", self.task.id)]))
        self.assertFalse(self.task.with_user(self.head_a).extension_refusal, "before the deadline it can be asked")

    def test_maximum_extensions(self):
        self.env.company.oversight_max_extensions = 1
        first = self._request()
        first.with_user(self.head_a).action_submit()
        first.with_user(self.leader).action_approve()
        self.assertIn("the maximum allowed", self.task.with_user(self.head_a).extension_refusal)
        with self.assertRaisesRegex(UserError, "the maximum allowed"):
            self._request(deadline=self.new_deadline + timedelta(days=5))
        self.env.company.oversight_max_extensions = 0  # no limit
        second = self._request(deadline=self.new_deadline + timedelta(days=5))
        second.with_user(self.head_a).action_submit()
        self.assertEqual(second.state, "submitted")

    def test_one_pending_request_per_task(self):
        self._request().with_user(self.head_a).action_submit()
        with self.assertRaisesRegex(UserError, "already has an extension request in progress"):
            self._request(deadline=self.new_deadline + timedelta(days=1))
        self.assertEqual(len(self.task.extension_ids), 1)

    def test_refuse_needs_reason(self):
        request = self._request()
        request.with_user(self.head_a).action_submit()
        with self.assertRaisesRegex(UserError, "why the extension is refused"):
            request.with_user(self.leader).action_refuse()
        request.with_user(self.leader).action_refuse(decision_note="Không có căn cứ")
        self.assertEqual(request.state, "refused")
        self.assertEqual(self.task.deadline, self.deadline)

    def test_decision_refused_for_office_and_agency(self):
        request = self._request()
        request.with_user(self.head_a).action_submit()
        for user in (self.office, self.head_a):
            with self.assertRaises(UserError):
                request.with_user(user).action_approve()
        self.assertEqual(request.state, "submitted")
        self.assertEqual(self.task.deadline, self.deadline)

    def test_coordinator_cannot_request(self):
        with self.assertRaises(AccessError):
            self._request(user=self.head_b)
        self.task.invalidate_recordset()
        self.assertFalse(self.task.extension_ids)

    def test_submit_refused_on_reported_task(self):
        request = self._request()
        self.task.with_user(self.head_a).action_report_done(document_ref="1/BC-SNV")
        with self.assertRaisesRegex(UserError, "assigned task"):
            request.with_user(self.head_a).action_submit()

    def test_settings_refuse_negative_maximum(self):
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            settings = self.env["res.config.settings"].with_user(self.manager).create({"oversight_max_extensions": -1})
            settings.execute()
        self.assertEqual(self.env.company.oversight_max_extensions, 2)
