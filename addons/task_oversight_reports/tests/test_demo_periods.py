from datetime import date

from odoo.tests import tagged

from .common import ReportCase


@tagged("post_install", "-at_install")
class TestDemoPeriods(ReportCase):
    """The demo shows a head a month of reports: last month's consolidated period
    (submitted, late and missing reports) and this month's open one."""

    def test_last_month_and_this_month(self):
        self._assigned_on(date(2026, 9, 1), date(2026, 10, 1))
        previous, current = self._on(date(2026, 11, 20), self.env["oversight.report.period"]._load_demo_periods)
        self.assertEqual((previous.name, previous.state), ("10/2026", "prepared"))
        self.assertEqual((current.name, current.state), ("11/2026", "open"))
        reports = previous.agency_report_ids
        self._on(date(2026, 11, 20), reports.invalidate_recordset)
        self.assertEqual(len(reports.filtered("is_late")), 1)
        self.assertEqual(len(reports.filtered(lambda report: report.state == "submitted")), len(reports) - 1)
        self.assertEqual(len(reports.filtered("is_missing")), 1)
        overdue_lines = reports.line_ids.filtered(
            lambda line: line.kind == "overdue" and line.report_id.state == "submitted"
        )
        self.assertTrue(overdue_lines and all(overdue_lines.mapped("cause")), "submitted reports explain their delays")
