"""The same attacks over HTTP, as a script would send them: the web client's
JSON-RPC (``/web/dataset/call_kw``) with a session, and Odoo 19's ``/json/2``
API with an API key. Each asserts the error and that nothing changed."""

import json
from datetime import timedelta

from odoo.tests import HttpCase, JsonRpcException, tagged

from .common import OversightCase


@tagged("post_install", "-at_install")
class TestIntegrityHttp(HttpCase, OversightCase):
    def setUp(self):
        super().setUp()
        self.task = self._assigned_on(self.today() - timedelta(days=30), self.today() - timedelta(days=10))
        with self._no_commit_cron():
            self.env["oversight.task"]._cron_refresh_deadline_status()
        self.before = self.task.read(["deadline_status", "days_overdue", "effective_deadline"])
        self.assertEqual(self.task.deadline_status, "overdue")
        for user in (self.head_a, self.user_a, self.office):
            user.password = user.login

    def _call_kw(self, user, model, method, args, kwargs=None):
        self.authenticate(user.login, user.login)
        params = {"model": model, "method": method, "args": args, "kwargs": kwargs or {}}
        return self.make_jsonrpc_request(f"/web/dataset/call_kw/{model}/{method}", params)

    def _json2(self, user, model, method, body):
        key = (
            self.env["res.users.apikeys"]
            .with_user(user)
            ._generate(
                scope="rpc", name="script", expiration_date=self.env.company._oversight_now() + timedelta(hours=4)
            )
        )
        response = self.url_open(
            f"/json/2/{model}/{method}",
            data=json.dumps(body),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {key}"},
        )
        return response.status_code, response.json()

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
