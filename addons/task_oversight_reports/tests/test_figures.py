from datetime import date

from odoo.tests import tagged

from .common import DUE, WINDOW_FROM, WINDOW_TO, ReportCase


@tagged("post_install", "-at_install")
class TestFigures(ReportCase):
    def setUp(self):
        super().setUp()
        self.tasks = self._build_fixture()

    def test_period_window_and_reports(self):
        period = self._period()
        self.assertRecordValues(
            period, [{"date_from": WINDOW_FROM, "date_to": WINDOW_TO, "date_due": DUE, "state": "open"}]
        )
        agencies = self.env["oversight.agency"].search([])
        self.assertEqual(period.agency_report_ids.agency_id, agencies, "one report per active agency")
        self.assertEqual(self._period(), period, "creating it again opens the same period")
        self.assertEqual(len(period.agency_report_ids), len(agencies))

    def test_figures_of_every_column(self):
        report_a = self._report(self._period(), self.agency_a)
        self.assertRecordValues(report_a, [self.EXPECTED_A])
        # R6 computed by hand: 2 completed ÷ (2 completed + 3 overdue); 1 on time ÷ 2 completed
        self.assertRecordValues(
            report_a,
            [{"completion_rate": 40.0, "completion_rate_applicable": True, "on_time_rate": 50.0, "late_rate": 50.0}],
        )

    def test_lines_are_the_overdue_and_late_tasks(self):
        report_a = self._report(self._period(), self.agency_a)
        t = self.tasks
        lines = {line.task_id: (line.kind, line.days_overdue, line.starred) for line in report_a.line_ids}
        self.assertEqual(
            lines,
            {
                t["t1"]: ("overdue", 44, False),  # 1/10 → 14/11
                t["t2"]: ("overdue", 4, False),  # 10/11 → 14/11
                t["t9"]: ("overdue", 12, True),  # 2/11 → 14/11
                t["t5"]: ("done_late", 4, False),  # 16/10 → 20/10
            },
        )

    def test_rates_without_overdue_and_without_tasks(self):
        period = self._period()
        # B: one task completed on time, nothing overdue → 100 %
        self.assertRecordValues(
            self._report(period, self.agency_b),
            [{"done_on_time": 1, "open_overdue": 0, "completion_rate": 100.0, "on_time_rate": 100.0}],
        )
        # C has no task, the sub-agency only one in time: nothing to judge, no division by zero
        for agency in (self.agency_c, self.agency_a_sub):
            report = self._report(period, agency)
            self.assertFalse(report.completion_rate_applicable)
            self.assertEqual(report._rate_text("completion_rate"), "—")
            self.assertEqual(report._rate_text("on_time_rate"), "—")
        self.assertEqual(period._totals_rates({**dict.fromkeys(self.EXPECTED_A, 0)}), ("—", "—"))

    def test_ranking_and_lists(self):
        period = self._period()
        by_agency = {report.agency_id: report for report in period.agency_report_ids}
        # all four agencies have fewer than 50 tasks in the year: one group, ranked by completion rate
        self.assertEqual(set(period.agency_report_ids.mapped("volume_group")), {"small"})
        self.assertEqual(by_agency[self.agency_b].group_rank, 1)  # 100 %
        self.assertEqual(by_agency[self.agency_a].group_rank, 2)  # 40 %
        self.assertEqual(by_agency[self.agency_c].group_rank, 0, "no rate, no rank")
        self.assertEqual(period.agency_report_ids.filtered("commended").agency_id, self.agency_b)
        self.assertEqual(period.agency_report_ids.filtered("criticised").agency_id, self.agency_a)

    def test_configured_criteria_and_groups(self):
        company = self.env.company
        company.write(
            {
                "oversight_commend_min_rate": 40.0,
                "oversight_commend_max_late_rate": 50.0,
                "oversight_criticise_below_rate": 30.0,
                "oversight_group_small_under": 5,
                "oversight_group_large_over": 9,
            }
        )
        period = self._period()
        report_a = self._report(period, self.agency_a)
        self.assertRecordValues(
            report_a, [{"volume_group": "large", "group_rank": 1, "commended": True, "criticised": False}]
        )
        company.write({"oversight_group_large_over": 10, "oversight_group_small_under": 10})
        self._on(date(2026, 11, 20), period.with_user(self.office).action_prepare)
        self.assertEqual(report_a.volume_group, "medium", "exactly the threshold is the middle group")

    def test_volume_group_boundaries(self):
        company = self.env.company
        self.assertEqual(
            [company._oversight_volume_group(count) for count in (0, 49, 50, 51, 299, 300, 301)],
            ["small", "small", "medium", "medium", "medium", "medium", "large"],
        )

    def test_equal_rates_share_a_rank(self):
        period = self._period().sudo()
        reports = period.agency_report_ids
        reports.filtered(lambda report: report.agency_id in (self.agency_a, self.agency_b)).write(
            {"done_on_time": 1, "done_late": 0, "open_overdue": 1}
        )
        reports.filtered(lambda report: report.agency_id == self.agency_c).write(
            {"done_on_time": 0, "done_late": 0, "open_overdue": 2}
        )
        period._rank()
        ranks = {report.agency_id: report.group_rank for report in reports}
        self.assertEqual((ranks[self.agency_a], ranks[self.agency_b], ranks[self.agency_c]), (1, 1, 3))

    def test_window_follows_settings(self):
        self.env.company.write({"oversight_report_cutoff_day": 20, "oversight_report_due_day": 5})
        Period = self.env["oversight.report.period"]
        self.assertEqual(
            Period._window(self.env.company, date(2026, 11, 21)),
            (date(2026, 10, 21), date(2026, 11, 20), date(2026, 12, 5)),
        )
        self.assertEqual(
            Period._window(self.env.company, date(2026, 11, 20)),
            (date(2026, 9, 21), date(2026, 10, 20), date(2026, 11, 5)),
            "the window of the 20th is not closed on the 20th",
        )

    def _refresh_queries(self, reports):
        self.env.flush_all()
        self.env.invalidate_all()
        reports = reports.browse(reports.ids)  # as the scheduled job reads them, not from a stale one2many
        before = self.env.cr.sql_log_count
        reports._refresh_figures()
        self.env.flush_all()
        return self.env.cr.sql_log_count - before

    def test_figures_query_count_is_bounded(self):
        period = self._period().sudo()
        reports = period.agency_report_ids
        few = self._refresh_queries(reports)
        for index in range(5):
            agency = self.env["oversight.agency"].create({"name": f"Cơ quan {index}", "code": f"T-X{index}"})
            self._assigned_on(date(2026, 10, 1), date(2026, 10, 20), lead_agency_id=agency.id)
        period._add_agency_reports()
        self.assertEqual(len(period.agency_report_ids), len(reports) + 5)
        many = self._refresh_queries(period.agency_report_ids)
        self.assertEqual(many, few, "as many queries for 9 agencies as for 4")
        self.assertLessEqual(many, 12)


@tagged("post_install", "-at_install")
class TestFiguresAtTheEdges(ReportCase):
    def test_volume_group_counts_twelve_months_unless_the_calendar_year_is_set(self):
        self._assigned_on(date(2025, 12, 1), date(2026, 3, 1))
        self._assigned_on(date(2026, 1, 5), date(2026, 3, 1))
        january = self._period(date(2026, 1, 20))  # data window to 14 January 2026
        report = self._report(january, self.agency_a)
        self.assertEqual(report.year_task_count, 2, "the 12 months ending at the cut-off")
        self.env.company.oversight_group_calendar_year = True
        self._on(date(2026, 1, 20), report.with_user(self.head_a).action_refresh_figures)
        self.assertEqual(report.year_task_count, 1, "from 1 January only")

    def test_grouped_rates_are_ratios_of_sums(self):
        self._done(self._assigned_on(date(2026, 10, 1), date(2026, 10, 20)), self.head_a, date(2026, 10, 18))
        self._assigned_on(date(2026, 10, 1), date(2026, 10, 20))  # overdue at the cut-off
        period = self._period()
        [(rate,)] = self.env["oversight.agency.report"]._read_group(
            [("period_id", "=", period.id)], [], ["completion_rate:avg"]
        )
        # A: 1 done, 1 overdue; the other agencies judge nothing and do not count as 0 %
        self.assertEqual(rate, 50.0)

    def test_overdue_lines_name_the_officer_in_charge(self):
        task = self._assigned_on(date(2026, 10, 1), date(2026, 10, 20))
        task.with_user(self.head_a).action_assign_officer(officer_id=self.user_a.id)
        period = self._period()
        self.assertEqual(self._report(period, self.agency_a).line_ids.officer_id, self.user_a)
