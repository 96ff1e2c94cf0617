from datetime import date

from odoo.tests import tagged

from odoo.addons.task_oversight_reports.tests import test_allowlist

from .common import AGENCY_USER, HOME_AFFAIRS


@tagged("post_install", "-at_install")
class TestEvaluationAllowlist(test_allowlist.TestAllowlist):
    """R16 for every model and stored field of the evaluation addon, as each role
    (the Department of Home Affairs too)."""

    addons = ("task_oversight_evaluation",)
    roles = (*test_allowlist.ROLES, "home_affairs")
    min_models = 3
    min_checked = 500

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.home_affairs = cls._user("t_home_affairs", f"{AGENCY_USER},{HOME_AFFAIRS}")
        task = cls.env["oversight.task"].search([("deadline", "=", date(2026, 10, 30))])
        task.with_user(cls.head_a).action_assign_officer(officer_id=cls.user_a.id)
        cls.env["oversight.evaluation.period"].create({"date_from": date(2026, 10, 1)})

    def test_results_are_on_no_allowlist(self):
        never = {"state", "grade", "total_points", "result_points", "computed_result_points", "user_id", "period_id"}
        for operation in ("create", "write"):
            for group, allowed in getattr(self.env["oversight.evaluation"], f"_{operation}_allowlist").items():
                with self.subTest(operation=operation, group=group):
                    self.assertFalse(never & allowed)
        self.assertFalse(self.env["oversight.evaluation.line"]._write_allowlist)
