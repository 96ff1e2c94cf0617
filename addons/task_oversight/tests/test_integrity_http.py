"""The same attacks over HTTP, as a script would send them: the web client's
JSON-RPC (``/web/dataset/call_kw``) with a session, and Odoo 19's ``/json/2``
API with an API key. Each asserts the error and that nothing changed."""

from datetime import timedelta

from odoo.tests import HttpCase, JsonRpcException, tagged

from .common import OversightCase
from .rpc import OversightRpcMixin

# what a refusal with a sentence is called over HTTP
USER_ERRORS = ("odoo.exceptions.UserError", "odoo.exceptions.ValidationError", "odoo.exceptions.AccessError")


@tagged("post_install", "-at_install")
class TestIntegrityHttp(OversightRpcMixin, HttpCase, OversightCase):
    def setUp(self):
        super().setUp()
        self.task = self._assigned_on(self.today() - timedelta(days=30), self.today() - timedelta(days=10))
        with self._no_commit_cron():
            self.env["oversight.task"]._cron_refresh_deadline_status()
        self.before = self.task.read(["deadline_status", "days_overdue", "effective_deadline"])
        self.assertEqual(self.task.deadline_status, "overdue")
        for user in (self.head_a, self.user_a, self.office):
            user.password = user.login

    def test_results_refused_over_json_rpc(self):
        for values in ({"deadline_status": "in_time"}, {"days_overdue": 0}, {"effective_deadline": "2099-01-01"}):
            with self.subTest(values=values), self.assertRaises(JsonRpcException) as caught:
                self._call_kw(self.head_a, "oversight.task", "write", [[self.task.id], values])
            self.assertEqual(caught.exception.args[0], "odoo.exceptions.AccessError")
        self.task.invalidate_recordset()
        self.assertEqual(self.task.read(["deadline_status", "days_overdue", "effective_deadline"]), self.before)

    def test_results_refused_over_json2(self):
        status, body = self._json2(
            self.head_a, "oversight.task", "write", {"ids": [self.task.id], "vals": {"deadline_status": "in_time"}}
        )
        self.assertEqual((status, body["name"]), (403, "odoo.exceptions.AccessError"))
        self.task.invalidate_recordset()
        self.before = self.task.read(["deadline_status", "days_overdue", "effective_deadline"])
        self.assertEqual(self.task.deadline_status, "overdue")

    def test_forged_decision_refused_over_json2(self):
        vals = {
            "task_id": self.task.id,
            "requested_deadline": str(self.today() + timedelta(days=30)),
            "reason": "Giả mạo",
            "state": "approved",
            "approver_id": self.leader.id,
        }
        status, body = self._json2(self.user_a, "oversight.extension.request", "create", {"vals_list": [vals]})
        self.assertEqual((status, body["name"]), (403, "odoo.exceptions.AccessError"))
        self.assertFalse(self.env["oversight.extension.request"].search([("task_id", "=", self.task.id)]))

    def test_moved_report_and_bypassed_reason_refused_over_json_rpc(self):
        update = (
            self.env["oversight.task.update"]
            .with_user(self.user_a)
            .create({"task_id": self.task.id, "progress": 20, "note": "Đang làm"})
        )
        other = self._assigned_task(lead_agency_id=self.agency_b.id)
        with self.assertRaises(JsonRpcException):
            self._call_kw(self.user_a, "oversight.task.update", "write", [[update.id], {"task_id": other.id}])
        with self.assertRaises(JsonRpcException):
            self._call_kw(
                self.office,
                "oversight.task",
                "write",
                [[self.task.id], {"lead_agency_id": self.agency_b.id}],
                {"context": {"oversight_lead_change_reason": "   "}},
            )
        update.invalidate_recordset()
        self.task.invalidate_recordset()
        self.assertEqual((update.task_id, self.task.lead_agency_id), (self.task, self.agency_a))

    def test_wrong_argument_type_is_a_user_error_over_json2(self):
        status, body = self._json2(
            self.head_a,
            "oversight.task",
            "action_report_done",
            {"ids": [self.task.id], "document_ref": "125/BC-SNV", "report_date": "31/12/2026"},
        )
        self.assertEqual(body["name"], "odoo.exceptions.UserError")
        self.assertIn("YYYY-MM-DD", body["message"])
        self.assertGreaterEqual(status, 400)
        self.task.invalidate_recordset()
        self.assertEqual(self.task.state, "assigned")

    def test_hardened_surfaces_over_json_rpc_and_json2(self):
        """The refusals of test_hardening, sent as a script sends them: each a UserError (its
        ValidationError included) with its sentence, and nothing changed."""
        self.task.write({"coordinating_agency_ids": [(4, self.agency_b.id)]})
        self.user_b.password = self.user_b.login
        part = (
            self.env["oversight.task.coordination"]
            .with_user(self.user_b)
            .create({"task_id": self.task.id, "contribution": "Số liệu tài chính"})
        )
        self.task.write({"coordinating_agency_ids": [(3, self.agency_b.id)]})
        calls = [
            (
                self.head_a,
                "oversight.task",
                "action_assign_officer",
                [[self.task.id]],
                {"officer_id": self.user_a.id, "helper_ids": [self.user_b.id]},
                "not a member",
            ),
            (
                self.head_a,
                "oversight.task",
                "action_assign_officer",
                [[self.task.id]],
                {"officer_id": self.user_a.id, "helper_ids": "abc"},
                "not a valid list",
            ),
            (
                self.office,
                "oversight.task",
                "write",
                [[self.task.id], {"leader_id": self.head_a.id}],
                {},
                "not a leader",
            ),
            (
                self.user_b,
                "oversight.task.coordination",
                "write",
                [[part.id], {"contribution": "Sửa"}],
                {},
                "oversight.task.coordination",
            ),
            (
                self.office,
                "oversight.task",
                "write",
                [[self.task.id], {"deadline": "31/12/2026"}],
                {},
                "write 2026-12-31",
            ),
            (
                self.user_a,
                "oversight.task.update",
                "create",
                [[{"task_id": self.task.id, "progress": 1e308, "note": "x"}]],
                {},
                "whole number",
            ),
            (
                self.office,
                "oversight.task",
                "write",
                [[self.task.id], {"lead_agency_id": "abc"}],
                {},
                "the id of a record",
            ),
        ]
        for user, model, method, args, kwargs, message in calls:
            with self.subTest(method=method, message=message):
                name, text = self._call_kw_error(user, model, method, args, kwargs)
                self.assertIn(name, USER_ERRORS)
                self.assertIn(message, text)
                body = (
                    {"ids": args[0], **kwargs}
                    if method.startswith("action_")
                    else ({"ids": args[0], "vals": args[1]} if method == "write" else {"vals_list": args[0]})
                )
                status, answer = self._json2(user, model, method, body)
                self.assertIn(answer["name"], USER_ERRORS, answer)
                self.assertIn(message, answer["message"])
                self.assertGreaterEqual(status, 400)
        self.task.invalidate_recordset()
        part = part.sudo()
        part.invalidate_recordset()
        self.assertRecordValues(
            self.task, [{"officer_ids": [], "leader_id": self.leader.id, "lead_agency_id": self.agency_a.id}]
        )
        self.assertEqual(part.contribution, "Số liệu tài chính")
        self.assertEqual(self.task.read(["deadline_status", "days_overdue", "effective_deadline"]), self.before)
