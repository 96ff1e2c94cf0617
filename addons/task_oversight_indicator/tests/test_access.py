from datetime import date

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged

from odoo.addons.task_oversight.tests.rpc import OversightRpcMixin

from .common import IndicatorCase

USER_ERRORS = ("odoo.exceptions.UserError", "odoo.exceptions.ValidationError", "odoo.exceptions.AccessError")


@tagged("post_install", "-at_install")
class TestIndicatorAccess(IndicatorCase):
    """An agency reads and enters its own indicators' values; the Office and leaders read all;
    nobody writes a result (R16)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.value_a = cls._values(cls.revenue, {date(2026, 1, 31): 100})
        cls.value_b = cls._values(cls.investment, {date(2026, 1, 31): 30})

    def test_agencies_read_their_own(self):
        Value = self.env["oversight.indicator.value"]
        self.assertEqual(Value.with_user(self.user_a).search([]), self.value_a)
        self.assertEqual(Value.with_user(self.user_b).search([]), self.value_b)
        self.assertEqual(self.env["oversight.indicator"].with_user(self.user_b).search([]), self.investment)
        with self.assertRaises(AccessError):
            self.value_a.with_user(self.user_b).read(["value"])
        with self.assertRaises(AccessError):
            self.revenue.target_ids.with_user(self.user_b).read(["value"])
        for user in (self.office, self.leader):
            self.assertEqual(Value.with_user(user).search([]), self.value_a | self.value_b)

    def test_agencies_write_only_their_own(self):
        draft = self._values(self.revenue, {date(2026, 2, 28): 100}, submit=False)
        with self.assertRaises(AccessError):
            draft.with_user(self.user_b).write({"value": 1})
        with self.assertRaises(AccessError):
            self.env["oversight.indicator.value"].with_user(self.user_b).create(
                {"indicator_id": self.revenue.id, "agency_id": self.agency_a.id, "date": "2026-03-31", "value": 1}
            )
        with self.assertRaises(UserError):
            self.value_a.with_user(self.head_b).action_submit()
        self.assertEqual(draft.value, 100.0)

    def test_nobody_writes_results(self):
        for user in (self.user_a, self.head_a, self.office, self.leader, self.manager):
            for field, value in (("status", "on_track"), ("ytd_value", 1e6), ("state", "confirmed")):
                with self.subTest(user=user.login, field=field), self.assertRaises(AccessError):
                    self.value_a.with_user(user).write({field: value})
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                self.revenue.with_user(user).write({"status": "on_track"})
        self.assertRecordValues(self.value_a, [{"status": "on_track", "state": "submitted", "ytd_value": 100.0}])

    def test_agency_does_not_edit_the_catalogue(self):
        with self.assertRaises(AccessError):
            self.revenue.with_user(self.head_a).write({"name": "Khác"})
        with self.assertRaises(AccessError):
            self.revenue.target_ids.with_user(self.head_a).write({"value": 1})


@tagged("post_install", "-at_install")
class TestIndicatorAccessHttp(OversightRpcMixin, HttpCase, IndicatorCase):
    """The same over HTTP: JSON-RPC with a session and /json/2 with an API key."""

    def setUp(self):
        super().setUp()
        self.value_a = self._values(self.revenue, {date(2026, 1, 31): 100}, submit=False)
        for user in (self.user_a, self.user_b):
            user.password = user.login

    def test_wrong_types_over_json_rpc(self):
        model = "oversight.indicator.value"
        for values in ({"value": "một trăm"}, {"value": [1, 2]}, {"date": "31/01/2026"}, {"is_estimate": "có"}):
            with self.subTest(values=values):
                name, message = self._call_kw_error(self.user_a, model, "write", [[self.value_a.id], values])
                self.assertIn(name, USER_ERRORS)
                self.assertIn("is not", message)
        name, _message = self._call_kw_error(
            self.user_a, model, "action_return", [[self.value_a.id]], {"reason": ["x"]}
        )
        self.assertIn(name, USER_ERRORS)
        self.value_a.invalidate_recordset()
        self.assertEqual((self.value_a.value, self.value_a.state), (100.0, "draft"))

    def test_other_agency_over_json2(self):
        status, body = self._json2(
            self.user_b, "oversight.indicator.value", "read", {"ids": [self.value_a.id], "fields": ["value"]}
        )
        self.assertEqual((status, body["name"]), (403, "odoo.exceptions.AccessError"))
        status, body = self._json2(
            self.user_b, "oversight.indicator.value", "write", {"ids": [self.value_a.id], "vals": {"value": 1}}
        )
        self.assertEqual((status, body["name"]), (403, "odoo.exceptions.AccessError"))
        status, body = self._json2(
            self.user_b,
            "oversight.indicator.value",
            "create",
            {"vals_list": [{"indicator_id": "NS01", "date": "2026-02-28", "value": "1"}]},
        )
        self.assertEqual(status, 422)
        self.assertIn(body["name"], USER_ERRORS)
        status, body = self._json2(
            self.user_a,
            "oversight.indicator.value",
            "write",
            {"ids": [self.value_a.id], "vals": {"status": "on_track"}},
        )
        self.assertEqual((status, body["name"]), (403, "odoo.exceptions.AccessError"))
        self.value_a.invalidate_recordset()
        self.assertEqual(self.value_a.value, 100.0)
