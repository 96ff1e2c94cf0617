"""Batch paths cost the same queries for many agencies as for a few (SPEC §5): the
monthly figures of the agencies joining a period, and the leaders' dashboard data
(the analysis grouped by agency, as the dashboard's pivots ask it)."""

from datetime import date

from odoo.tests import tagged

from .common import GENERATED_ON, ReportCase


@tagged("post_install", "-at_install")
class TestBatchQueries(ReportCase):
    def setUp(self):
        super().setUp()
        self.period = self._on(
            GENERATED_ON, self.env["oversight.report.period"]._ensure_period, self.env.company, GENERATED_ON
        )

    def _agencies_with_tasks(self, count):
        agencies = self.env["oversight.agency"].create(
            [{"name": f"UBND xã Thử nghiệm {count}-{index}", "code": f"T-BQ{count}-{index}"} for index in range(count)]
        )
        for agency in agencies:
            self._assigned_on(date(2026, 9, 1), date(2026, 10, 1), lead_agency_id=agency.id)  # overdue 50 days
            self._assigned_on(date(2026, 10, 20), date(2026, 12, 15), lead_agency_id=agency.id)  # open in time
        return agencies

    def test_monthly_figures_queries_do_not_grow_with_the_agencies(self):
        self.assertSameQueries(
            self._agencies_with_tasks, lambda _agencies: self._on(GENERATED_ON, self.period._add_agency_reports)
        )
        reports = self.period.agency_report_ids.filtered(lambda report: report.agency_id.code.startswith("T-BQ6-"))
        self.assertEqual(len(reports), 6)
        self.assertEqual(set(reports.mapped("task_total")), {2})
        self.assertEqual(set(reports.mapped("open_overdue_30")), {1})
        self.assertEqual(set(reports.mapped(lambda report: len(report.line_ids))), {1})

    def test_dashboard_data_queries_do_not_grow_with_the_agencies(self):
        Analysis = self.env["oversight.task.analysis"].with_user(self.leader)

        def grouped(agencies):
            total, by_agency = Analysis.formatted_read_grouping_sets(
                [("lead_agency_id", "in", agencies.ids)], [[], ["lead_agency_id"]], ["task_count:sum"]
            )
            self.assertEqual(len(by_agency), len(agencies))
            self.assertEqual(total[0]["task_count:sum"], 2 * len(agencies))

        self.assertSameQueries(self._agencies_with_tasks, grouped)
