from odoo.tests import tagged

from .allowlist import AllowlistWalk
from .common import OversightCase


@tagged("post_install", "-at_install")
class TestAllowlist(AllowlistWalk, OversightCase):
    """R16 for every model of task_oversight and every stored field, as each role."""

    addons = ("task_oversight",)
    min_models = 10
    min_checked = 800

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._allowlist_task_fixture()

    def test_results_are_on_no_allowlist(self):
        """Stored computes, states, decisions, authors and parents are written by the workflow alone."""
        self._assert_never_allowed(
            [
                ("oversight.task", "create", {"state", "deadline_status", "days_overdue", "progress", "date_done"}),
                ("oversight.task", "write", {"state", "effective_deadline", "escalation_level", "date_reported"}),
                ("oversight.task.update", "create", {"is_completion", "user_id"}),
                ("oversight.task.update", "write", {"task_id", "agency_id", "progress", "note"}),
                (
                    "oversight.extension.request",
                    "create",
                    {"state", "approver_id", "date_decided", "current_deadline"},
                ),
                ("oversight.extension.request", "write", {"state", "approver_id", "task_id", "date_submitted"}),
            ]
        )
