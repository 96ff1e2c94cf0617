from datetime import date

from odoo.tests import tagged

from odoo.addons.task_oversight.tests.allowlist import ROLES, AllowlistWalk
from odoo.addons.task_oversight.tests.common import OversightCase

from .common import HOME_AFFAIRS


@tagged("post_install", "-at_install")
class TestEvaluationAllowlist(AllowlistWalk, OversightCase):
    """R16 for every model and stored field of the evaluation addon, as each role
    (the Department of Home Affairs too, holding its own group alone)."""

    addons = ("task_oversight_evaluation",)
    roles = (*ROLES, "home_affairs")
    min_models = 3
    min_checked = 500

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.home_affairs = cls._user("t_home_affairs", HOME_AFFAIRS)
        _task, overdue = cls._allowlist_task_fixture()
        overdue.with_user(cls.head_a).action_assign_officer(officer_id=cls.user_a.id)
        cls.env["oversight.evaluation.period"].create({"date_from": date(2026, 10, 1)})

    def test_results_are_on_no_allowlist(self):
        never = {"state", "grade", "total_points", "result_points", "computed_result_points", "user_id", "period_id"}
        self._assert_never_allowed([("oversight.evaluation", operation, never) for operation in ("create", "write")])
        self.assertFalse(self.env["oversight.evaluation.line"]._get_write_allowlist())
