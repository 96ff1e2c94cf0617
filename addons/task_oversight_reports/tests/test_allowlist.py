from datetime import date

from odoo.tests import tagged

from odoo.addons.task_oversight.tests.allowlist import AllowlistWalk

from .common import ReportCase


@tagged("post_install", "-at_install")
class TestReportsAllowlist(AllowlistWalk, ReportCase):
    """R16 for every model of the reports addon and every stored field, as each role."""

    addons = ("task_oversight_reports",)
    min_models = 3
    min_checked = 200

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._allowlist_task_fixture()
        period = cls.env["oversight.report.period"]._ensure_period(cls.env.company, date(2026, 11, 20))
        report = period.agency_report_ids.filtered(lambda report: report.agency_id == cls.agency_a)
        cls.env["oversight.agency.report.reminder"].create(
            {"report_id": report.id, "offset_days": 5, "date": date(2026, 11, 20)}
        )

    def test_results_are_on_no_allowlist(self):
        self._assert_never_allowed(
            [
                (
                    "oversight.agency.report",
                    "write",
                    {"state", "task_total", "completion_rate", "period_id", "agency_id"},
                ),
                ("oversight.agency.report.line", "write", {"report_id", "task_id", "days_overdue", "kind"}),
                ("oversight.report.period", "write", {"state", "approver_id", "date_from", "date_to"}),
            ]
        )
