from datetime import date

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged

from odoo.addons.task_oversight.tests.rpc import OversightRpcMixin

from .common import InspectionCase

USER_ERRORS = ("odoo.exceptions.UserError", "odoo.exceptions.ValidationError", "odoo.exceptions.AccessError")
MODELS = ("oversight.inspection", "oversight.inspection.line", "oversight.inspection.recommendation")


class InspectionAccessCase(InspectionCase):
    """Agency A inspected (member_b of agency B on its team), agency B inspected too; both
    started, A concluded with a recommendation."""

    def _fixture(self):
        self.task_a = self._assigned_on(date(2026, 7, 1), date(2026, 11, 13))
        self.task_b = self._assigned_on(date(2026, 7, 1), date(2026, 11, 13), lead_agency_id=self.agency_b.id)
        self.plan = self._plan(2026, date(2026, 11, 30))
        self.inspection_a = self._inspection(self.plan, self.agency_a, member_ids=self.member_b.ids)
        self.inspection_b = self._inspection(self.plan, self.agency_b)


@tagged("post_install", "-at_install")
class TestInspectionAccess(InspectionAccessCase):
    def test_agencies_read_their_own_from_the_request_on(self):
        self._fixture()
        Plan, Inspection = self.env["oversight.inspection.plan"], self.env["oversight.inspection"]
        # a draft plan is the Office's and the leaders': its list of agencies is not published
        for user in (self.head_a, self.user_a, self.member_b):
            with self.subTest(user=user.login):
                self.assertFalse(Plan.with_user(user).search([]))
                self.assertFalse(Inspection.with_user(user).search([]))
        self.assertEqual(Inspection.with_user(self.leader).search([]), self.inspection_a | self.inspection_b)
        self._approve(self.plan, "2026-12-01")
        self.assertEqual(Plan.with_user(self.head_a).search([]), self.plan)
        self.assertFalse(Inspection.with_user(self.head_a).search([]), "not before it is asked")
        self._started(self.inspection_a, date(2026, 12, 15))
        self._started(self.inspection_b, date(2026, 12, 15))
        self._concluded(self.inspection_a, [("Kiểm điểm trách nhiệm", date(2026, 12, 28))], day="2026-12-18")
        expected = {
            self.head_a: self.inspection_a,
            self.user_a: self.inspection_a,
            self.user_a_sub: self.env["oversight.inspection"],
            self.member_b: self.inspection_a | self.inspection_b,  # its team's, and its own agency's
            self.user_b: self.inspection_b,
            self.head_b: self.inspection_b,
            self.office: self.inspection_a | self.inspection_b,
            self.leader: self.inspection_a | self.inspection_b,
        }
        for user, inspections in expected.items():
            with self.subTest(user=user.login):
                self.assertEqual(Inspection.with_user(user).search([]), inspections)
                lines = self.env["oversight.inspection.line"].with_user(user).search([])
                self.assertEqual(lines.inspection_id, inspections)
                recommendations = self.env["oversight.inspection.recommendation"].with_user(user).search([])
                self.assertEqual(recommendations.inspection_id, inspections & self.inspection_a)
        for user in (self.head_b, self.user_b):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                self.inspection_a.with_user(user).read(["findings", "open_overdue"])
            with self.assertRaises(AccessError):
                self.inspection_a.recommendation_ids.task_id.with_user(user).read(["name"])
        self.assertEqual(self.agency_a.with_user(self.head_b).open_recommendation_count, 0)
        self.assertEqual(self.agency_a.with_user(self.head_a).open_recommendation_count, 1)

    def test_who_writes_what(self):
        self._fixture()
        self._approve(self.plan, "2026-12-01")
        self._started(self.inspection_a, date(2026, 12, 15))
        self._started(self.inspection_b, date(2026, 12, 15))
        line = self.inspection_a.line_ids
        # the team records its findings; the agency inspected and the others do not
        self.inspection_a.with_user(self.member_b).write({"findings": "Chậm báo cáo tiến độ"})
        line.with_user(self.member_b).write({"finding": "Quá hạn 32 ngày, chưa có giải pháp"})
        for user in (self.head_a, self.user_a, self.user_b):
            with self.subTest(user=user.login), self.assertRaises(UserError):
                self.inspection_a.with_user(user).write({"findings": "Tự sửa kết luận"})
            with self.assertRaises(UserError):
                line.with_user(user).write({"finding": "Tự sửa"})
        for user in (self.leader, self.head_a, self.member_b):
            with self.subTest(user=user.login), self.assertRaises(UserError):
                self.env["oversight.inspection.recommendation"].with_user(user).create(
                    {"inspection_id": self.inspection_a.id, "content": "Kiến nghị", "deadline": "2027-01-30"}
                )
        for values in ({"state": "closed"}, {"open_overdue": 0}, {"conclusion_ref": "1/TB-UBND"}):
            for user in (self.office, self.head_a, self.member_b):
                with self.subTest(user=user.login, values=values), self.assertRaises(AccessError):
                    self.inspection_a.with_user(user).write(values)
        with self.assertRaisesRegex(UserError, "Only the inspection team"):
            # member_b reads the inspection of its own agency B, and is not on its team
            self.inspection_b.with_user(self.member_b).write({"findings": "Không phải đoàn của tôi"})
        self.inspection_a.invalidate_recordset()
        self.assertRecordValues(self.inspection_a, [{"findings": "Chậm báo cáo tiến độ", "open_overdue": 1}])

    def test_team_outside_the_agency_inspected(self):
        self._fixture()
        with self.assertRaisesRegex(Exception, "cannot inspect their own agency"):
            self.inspection_a.with_user(self.office).write({"member_ids": [(4, self.user_a.id)]})

    def test_leader_approves_the_office_plans(self):
        self._fixture()
        with self.assertRaisesRegex(UserError, "leader approves"):
            self.plan.with_user(self.office).action_approve(decision_ref="45/QĐ-UBND", date="2026-12-01")
        with self.assertRaisesRegex(UserError, "number and the date"):
            self.plan.with_user(self.leader).action_approve()
        with self.assertRaises(AccessError):
            self.plan.with_user(self.leader).write({"decision_ref": "45/QĐ-UBND"})
        self._approve(self.plan, "2026-12-01")
        self.assertRecordValues(
            self.plan, [{"state": "approved", "approver_id": self.leader.id, "decision_ref": "45/QĐ-UBND"}]
        )
        with self.assertRaisesRegex(UserError, "no longer edited"):
            self.plan.with_user(self.office).write({"objectives": "Sửa sau phê duyệt"})


@tagged("post_install", "-at_install")
class TestInspectionHttp(OversightRpcMixin, HttpCase, InspectionAccessCase):
    """The same walls over HTTP, as a script meets them: JSON-RPC with a session and
    ``/json/2`` with an API key."""

    def setUp(self):
        super().setUp()
        self._fixture()
        self._approve(self.plan, "2026-12-01")
        self._started(self.inspection_a, date(2026, 12, 15))
        for user in (self.head_a, self.head_b, self.office):
            user.password = user.login

    def test_another_agency_reads_nothing_over_json_rpc(self):
        for model in MODELS:
            with self.subTest(model=model):
                answer = self._call_kw_answer(self.head_b, model, "search_read", [[]], {"fields": ["display_name"]})
                self.assertEqual(answer["result"], [])
        answer = self._call_kw_answer(
            self.head_b, "oversight.inspection", "read", [self.inspection_a.ids, ["findings"]]
        )
        self.assertEqual(answer["error"]["data"]["name"], "odoo.exceptions.AccessError")
        answer = self._call_kw_answer(
            self.head_a, "oversight.inspection", "search_read", [[]], {"fields": ["open_overdue"]}
        )
        self.assertEqual(answer["result"], [{"id": self.inspection_a.id, "open_overdue": 1}])

    def test_forged_results_and_wrong_types_refused_over_json2(self):
        status, body = self._json2(
            self.head_a, "oversight.inspection", "write", {"ids": self.inspection_a.ids, "vals": {"open_overdue": 0}}
        )
        self.assertEqual((status, body["name"]), (403, "odoo.exceptions.AccessError"))
        status, body = self._json2(
            self.head_b, "oversight.inspection", "read", {"ids": self.inspection_a.ids, "fields": ["findings"]}
        )
        self.assertEqual((status, body["name"]), (403, "odoo.exceptions.AccessError"))
        calls = [
            ("action_conclude", {"conclusion_ref": ["15/TB-UBND"]}, "conclusion notice"),
            ("action_conclude", {"conclusion_ref": "15/TB-UBND", "date_concluded": "18/12/2026"}, "YYYY-MM-DD"),
            ("write", {"vals": {"team_leader_id": "abc"}}, "the id of a record"),
        ]
        for method, arguments, message in calls:
            with self.subTest(method=method, arguments=arguments):
                status, body = self._json2(
                    self.office, "oversight.inspection", method, {"ids": self.inspection_a.ids, **arguments}
                )
                self.assertIn(body["name"], USER_ERRORS, body)
                self.assertIn(message, body["message"])
                self.assertGreaterEqual(status, 400)
        self.inspection_a.invalidate_recordset()
        self.assertRecordValues(
            self.inspection_a, [{"state": "in_progress", "open_overdue": 1, "conclusion_ref": False}]
        )
