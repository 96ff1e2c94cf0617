from datetime import date

from odoo.tests import tagged

from odoo.addons.task_oversight.tests.allowlist import AllowlistWalk

from .common import IndicatorCase


@tagged("post_install", "-at_install")
class TestIndicatorAllowlist(AllowlistWalk, IndicatorCase):
    """R16 for every model and stored field of the indicator addon, as each role."""

    addons = ("task_oversight_indicator",)
    min_models = 3
    min_checked = 300

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._allowlist_task_fixture()
        cls._values(cls.revenue, {date(2026, 1, 31): 100})

    def test_results_are_on_no_allowlist(self):
        never = {"state", "status", "ytd_value", "plan_rate", "expected_rate", "previous_year_value", "yoy_rate"}
        never |= {"superseded", "explanation_task_id", "submitted_by_id", "confirmed_by_id", "target_value"}
        self._assert_never_allowed(
            [("oversight.indicator.value", operation, never) for operation in ("create", "write")]
        )
        indicator_never = {"status", "current_ytd", "current_plan_rate", "current_value_id", "value_missing"}
        self._assert_never_allowed([("oversight.indicator", op, indicator_never) for op in ("create", "write")])
