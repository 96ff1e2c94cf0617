import json
import re
from datetime import date, timedelta
from pathlib import Path

import polib

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged
from odoo.tools import file_open
from odoo.tools.misc import file_path
from odoo.tools.translate import extract_spreadsheet_terms

from odoo.addons.task_oversight.models.oversight_task_reconciliation import OPEN_DIFFERENCES
from odoo.addons.task_oversight_inspection.tests.common import InspectionCase
from odoo.addons.task_oversight_reports.tests.common import ReportCase
from odoo.addons.task_oversight_reports.tools.rates import r6_rates

PHONE_WIDTH = 390


@tagged("post_install", "-at_install")
class TestDashboard(ReportCase):
    """The leaders' spreadsheet dashboard reads what exists, for whom it is meant."""

    def _snapshot(self):
        with open(file_path("task_oversight_dashboard/data/files/oversight_dashboard.json"), encoding="utf-8") as file:
            return json.load(file)

    def test_every_pivot_chart_and_list_names_real_fields(self):
        snapshot = self._snapshot()
        sources = [
            (p["model"], [m["fieldName"] for m in p["measures"]] + [r["fieldName"] for r in p["rows"]])
            for p in snapshot["pivots"].values()
        ]
        sources += [(lst["model"], lst["columns"]) for lst in snapshot["lists"].values()]
        for sheet in snapshot["sheets"]:
            for figure in sheet["figures"]:
                meta = figure["data"].get("metaData")
                if meta:
                    sources.append((meta["resModel"], [meta["measure"], *(g.split(":")[0] for g in meta["groupBy"])]))
        self.assertGreaterEqual(len(sources), 6)
        for model, fields in sources:
            for field in fields:
                with self.subTest(model=model, field=field):
                    self.assertTrue(field == "__count" or field in self.env[model]._fields)

    def test_every_text_is_translated(self):
        """What the dashboard shows is _t() cells, chart titles and filter labels (translated
        from the addon's vi.po), or fields' labels (translated by the server): never a pivot's
        name nor a measure's own label, which o-spreadsheet shows as written."""
        snapshot = self._snapshot()
        po = polib.pofile(Path(file_path("task_oversight_dashboard/i18n/vi.po")).read_text(encoding="utf-8"))
        translated = {entry.msgid for entry in po if entry.msgstr.strip()}
        with file_open("task_oversight_dashboard/data/files/oversight_dashboard.json", "rb") as file:
            terms = {term for _line, _func, term, _comments in extract_spreadsheet_terms(file, [], [], {})}
        self.assertIn("Completion rate (%)", terms)
        self.assertIn("Who improves: each agency against its previous published period", terms)
        self.assertFalse(terms - translated, "every text of the dashboard is translated in vi.po")
        for pivot in snapshot["pivots"].values():
            for measure in pivot["measures"]:
                self.assertNotIn("userDefinedName", measure, "the field's label, translated by the server")
        pivot_formulas = [
            cell for sheet in snapshot["sheets"] for cell in sheet["cells"].values() if cell.startswith("=PIVOT(")
        ]
        self.assertEqual(len(pivot_formulas), 3)  # ranking, who improves, recommendations
        for formula in pivot_formulas:
            args = [arg.strip() for arg in re.fullmatch(r"=PIVOT\((.*)\)", formula)[1].split(",")]
            # PIVOT(id, rows, include_total, include_column_titles, column_count, include_measure_titles)
            self.assertEqual((args[2], args[3], args[5]), ("FALSE", "FALSE", "FALSE"), formula)

    def test_headline_figures_fit_a_phone_and_overdue_bars_are_sorted(self):
        sheet = self._snapshot()["sheets"][0]
        headlines = [figure for figure in sheet["figures"] if figure["data"]["type"] == "scorecard"]
        self.assertEqual(
            [figure["id"].removeprefix("oversight-headline-") for figure in headlines],
            ["task_count", "done_count", "done_on_time_count", "overdue_count", "completion_rate", "on_time_rate"],
        )
        for figure in headlines:
            with self.subTest(figure["id"]):
                self.assertLessEqual(figure["offset"]["x"] + figure["width"], PHONE_WIDTH - 10)
                self.assertLessEqual(figure["offset"]["y"] + figure["height"], sheet["rows"]["1"]["size"])
        charts = {figure["id"]: figure["data"] for figure in sheet["figures"]}
        self.assertEqual(charts["oversight-overdue-by-agency"]["metaData"]["order"], "DESC")

    def test_rates_of_the_dashboard_analysis_and_consolidated_report_are_one_definition(self):
        """One fixture (agency A, November 2026), the rates of R6 read from each screen.
        The monthly report at the cut-off 14/11: done on time t4, late t5, overdue t1 t2 t9:
        2 ÷ 5 = 40 %, 1 ÷ 2 = 50 %. The analysis on 20/11 (every task, today's status): done
        on time t4 t8, late t5, overdue t1 t2 t9 and the task due on 17/11: 3 ÷ 7, 2 ÷ 3."""
        self._build_fixture()
        period = self._period()
        report = self._report(period, self.agency_a)
        self.assertEqual((report.completion_rate, report.on_time_rate), (40.0, 50.0))
        self.assertEqual(r6_rates(report.done_on_time, report.done_late, report.open_overdue)[:2], (40.0, 50.0))
        # the consolidated report: R6 over the totals of the agencies
        reports = period.agency_report_ids
        totals = {name: sum(reports.mapped(name)) for name in ("done_on_time", "done_late", "open_overdue")}
        # + b1 done on time: 3 ÷ (3 + 3) = 50 %, 2 ÷ 3
        self.assertEqual(period._totals_rates(totals), ("50,0", "66,7"))
        [(grouped_completion, grouped_on_time)] = self.env["oversight.agency.report"]._read_group(
            [("period_id", "=", period.id)], [], ["completion_rate:avg", "on_time_rate:avg"]
        )
        self.assertEqual((grouped_completion, grouped_on_time), (50.0, 200 / 3))
        # the analysis and the dashboard (its pivots read these measures)
        with self._no_commit_cron():
            self._on(date(2026, 11, 20), self.env["oversight.task"]._cron_refresh_deadline_status)
        Analysis = self.env["oversight.task.analysis"].with_user(self.leader)
        [(on_time, late, overdue, completion, on_time_rate)] = Analysis._read_group(
            [("lead_agency_id", "=", self.agency_a.id)],
            [],
            [
                "done_on_time_count:sum",
                "done_late_count:sum",
                "overdue_count:sum",
                "completion_rate:avg",
                "on_time_rate:avg",
            ],
        )
        self.assertEqual((on_time, late, overdue), (2, 1, 4))
        self.assertEqual((completion, on_time_rate), r6_rates(on_time, late, overdue)[:2])
        self.assertAlmostEqual(completion, 300 / 7)
        self.assertAlmostEqual(on_time_rate, 200 / 3)
        rows = Analysis.search([("lead_agency_id", "=", self.agency_a.id)])
        for row in rows:
            expected = r6_rates(row.done_on_time_count, row.done_late_count, row.overdue_count)
            self.assertEqual((row.completion_rate, row.on_time_rate), tuple(rate or 0.0 for rate in expected[:2]))
        dashboard_measures = {m["fieldName"] for p in self._snapshot()["pivots"].values() for m in p["measures"]}
        self.assertLessEqual({"completion_rate", "on_time_rate", "done_on_time_count"}, dashboard_measures)

    def test_a_month_with_nothing_due_has_no_rate(self):
        """The completion trend as the chart reads it (months filled in): the months between
        the deadlines of t8 (August) and t4 (October) have no task due: no rate, not 0 %."""
        self._build_fixture()
        with self._no_commit_cron():
            self._on(date(2026, 11, 20), self.env["oversight.task"]._cron_refresh_deadline_status)
        chart = next(
            figure["data"]
            for figure in self._snapshot()["sheets"][0]["figures"]
            if figure["id"] == "oversight-completion-trend"
        )
        Analysis = self.env["oversight.task.analysis"].with_user(self.leader).with_context(fill_temporal=True)
        groups = Analysis.formatted_read_group(
            chart["searchParams"]["domain"] + [("lead_agency_id", "=", self.agency_a.id)],
            chart["metaData"]["groupBy"],
            ["completion_rate:avg"],
        )
        by_month = {group["deadline:month"][0]: group["completion_rate:avg"] for group in groups}
        # August: t8 done; September: nothing due; October: t1 overdue, t4 t5 done
        self.assertEqual(by_month["2026-08-01"], 100.0)
        self.assertIs(by_month["2026-09-01"], False, "filled in: empty, drawn as no point")
        self.assertAlmostEqual(by_month["2026-10-01"], 200 / 3)
        self.assertEqual(by_month["2026-11-01"], 0.0, "t2 t9 and the task due on 17/11 overdue: a real 0 %")

    def test_leaders_and_office_see_it_and_land_on_it(self):
        dashboard = self.env.ref("task_oversight_dashboard.spreadsheet_dashboard_oversight")
        Dashboard = self.env["spreadsheet.dashboard"]
        self.assertIn(dashboard, Dashboard.with_user(self.leader).search([]))
        self.assertIn(dashboard, Dashboard.with_user(self.office).search([]))
        self.assertNotIn(dashboard, Dashboard.with_user(self.head_a).search([]), "agencies have their task lists")
        self.assertEqual(
            self.leader.action_id.id, self.env.ref("task_oversight_dashboard.action_oversight_dashboard").id
        )

    def test_headline_figures_are_the_government_office_rates(self):
        self._build_fixture()
        with self._no_commit_cron():
            self._on(date(2026, 11, 20), self.env["oversight.task"]._cron_refresh_deadline_status)
        Analysis = self.env["oversight.task.analysis"].with_user(self.leader)
        [(tasks, done, overdue, completion)] = Analysis._read_group(
            [("lead_agency_id", "=", self.agency_a.id)],
            [],
            ["task_count:sum", "done_count:sum", "overdue_count:sum", "completion_rate:avg"],
        )
        self.assertEqual((tasks, done, overdue), (11, 3, 4))
        self.assertAlmostEqual(completion, 300 / 7, msg="completed ÷ (completed + overdue), not an average of rows")


@tagged("post_install", "-at_install")
class TestAgencyProgress(ReportCase):
    """Who improves: each agency's rates in the latest published period against the previous one."""

    def _published(self, day):
        period = self._period(day)
        self._on(day, period.agency_report_ids.action_refresh_figures)
        period._workflow_write({"state": "published"})
        return period

    def test_rates_of_the_two_latest_published_periods_and_their_change(self):
        self._build_fixture()
        october = self._published(date(2026, 10, 20))
        november = self._published(date(2026, 11, 20))
        self._period(date(2026, 12, 20))  # collecting: not compared yet
        Progress = self.env["oversight.agency.progress"].with_user(self.leader)
        rows = Progress.search([])
        self.assertEqual(rows.agency_id, november.agency_report_ids.agency_id)
        self.assertEqual(set(rows.mapped("period_id")), {november})
        self.assertEqual(set(rows.mapped("previous_period_id")), {october})
        before, now = self._report(october, self.agency_a), self._report(november, self.agency_a)
        # November: 2 ÷ 5 = 40 %, on time 1 ÷ 2 = 50 % (see ReportCase.EXPECTED_A)
        self.assertEqual((now.completion_rate, now.on_time_rate), (40.0, 50.0))
        groups = {
            agency: values
            for agency, *values in Progress._read_group(
                [],
                ["agency_id"],
                [
                    "completion_rate:avg",
                    "previous_completion_rate:avg",
                    "completion_change:avg",
                    "on_time_rate:avg",
                    "previous_on_time_rate:avg",
                    "on_time_change:avg",
                    "done_on_time:sum",
                ],
            )
        }
        # A in October (cut-off 14/10): t1 overdue, nothing done: 0 ÷ 1 = 0 %, no on-time rate
        self.assertEqual(before.read(["done_on_time", "done_late", "open_overdue"])[0]["open_overdue"], 1)
        self.assertEqual(groups[self.agency_a], [40.0, 0.0, 40.0, 50.0, False, False, 1])
        # B: b1 done on time on 3/11; nothing to judge in October: no previous rate, no change
        self.assertEqual(groups[self.agency_b], [100.0, False, False, 100.0, False, False, 1])
        self.assertEqual(groups[self.agency_a_sub][:3], [False, False, False])
        # the largest rise first, the empty changes last
        self.assertEqual(rows[0].agency_id, self.agency_a)
        self.assertEqual(rows[1:].mapped("completion_change"), [0.0] * (len(rows) - 1), "empty: read as 0.0")

    def test_only_the_leaders_and_the_office_read_it(self):
        self._build_fixture()
        self._published(date(2026, 10, 20))
        self._published(date(2026, 11, 20))
        Progress = self.env["oversight.agency.progress"]
        self.assertTrue(Progress.with_user(self.office).search([]))
        for user in (self.head_a, self.user_a):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                Progress.with_user(user).search([])
        row = Progress.with_user(self.leader).search([], limit=1)
        with self.assertRaises(AccessError):
            row.with_user(self.leader).write({"completion_rate": 100.0})


@tagged("post_install", "-at_install")
class TestAgencyProgressHttp(HttpCase, ReportCase):
    def test_an_agency_reads_nothing_and_nobody_writes_over_json_rpc(self):
        self.head_a.password = "t_head_a"
        self.leader.password = "t_leader"
        for login, method, args, kwargs in (
            ("t_head_a", "search_read", [[]], {"fields": ["completion_rate"]}),
            ("t_head_a", "read", [["1"]], {"fields": ["completion_rate"]}),
            ("t_leader", "write", [[1], {"completion_rate": 100}], {}),
            ("t_leader", "create", [{"agency_id": "junk"}], {}),
        ):
            with self.subTest(login=login, method=method):
                self.authenticate(login, login)
                payload = {
                    "jsonrpc": "2.0",
                    "method": "call",
                    "id": 1,
                    "params": {"model": "oversight.agency.progress", "method": method, "args": args, "kwargs": kwargs},
                }
                response = self.url_open(
                    f"/web/dataset/call_kw/oversight.agency.progress/{method}",
                    data=json.dumps(payload),
                    headers={"Content-Type": "application/json"},
                )
                error = response.json()["error"]["data"]
                self.assertEqual(error["name"], "odoo.exceptions.AccessError")
                self.assertNotIn("Traceback", error["message"])


@tagged("post_install", "-at_install")
class TestDashboardTour(HttpCase, ReportCase):
    def test_leader_opens_the_dashboard(self):
        self._assigned_on(date(2026, 9, 1), date(2026, 10, 1), starred=True)
        self.leader.password = "t_leader"
        self.start_tour("/odoo", "task_oversight_leader_dashboard_tour", login="t_leader")


class TodayTasks:
    def _today_tasks(self):
        """Today's tasks: one due 100 days ago and done on time, three overdue for a month
        (one of agency A, two of B): completion 100 % then nothing due for two months or
        more then 0 %; the overdue bars 2 (B) then 1 (A), against the agencies' order,
        which Chart.js would step by 0.2."""
        today = self.today()
        done = self._assigned_on(today - timedelta(days=120), today - timedelta(days=100))
        self._done(done, self.head_a, today - timedelta(days=101))
        for agency in (self.agency_a, self.agency_b, self.agency_b):
            self._assigned_on(today - timedelta(days=60), today - timedelta(days=30), lead_agency_id=agency.id)
        with self._no_commit_cron():
            self.env["oversight.task"]._cron_refresh_deadline_status()
        self.leader.password = "t_leader"


@tagged("post_install", "-at_install")
class TestDashboardPhoneTour(TodayTasks, HttpCase, ReportCase):
    browser_size = f"{PHONE_WIDTH}x844"
    touch_enabled = True

    def test_leader_reads_the_dashboard_on_a_phone(self):
        """The six headline figures within 390 px; the overdue bars sorted, by whole numbers."""
        self._today_tasks()
        self.start_tour("/odoo", "task_oversight_leader_dashboard_phone_tour", login="t_leader")


@tagged("post_install", "-at_install")
class TestDashboardTrendTour(TodayTasks, HttpCase, ReportCase):
    browser_size = "1366x1400"  # the trend is drawn once in view

    def test_months_with_nothing_due_are_not_drawn_as_zero(self):
        self._today_tasks()
        self.start_tour("/odoo", "task_oversight_leader_dashboard_trend_tour", login="t_leader")


@tagged("post_install", "-at_install")
class TestLanding(ReportCase):
    def test_a_leader_landing_on_an_older_page_of_ours_moves_to_the_dashboard(self):
        self.leader.action_id = self.env.ref("task_oversight.oversight_task_action").id
        self.leader._oversight_set_home_action()
        self.assertEqual(
            self.leader.action_id.id, self.env.ref("task_oversight_dashboard.action_oversight_dashboard").id
        )
        chosen = self.env.ref("base.action_res_users")
        self.leader.action_id = chosen.id
        self.leader._oversight_set_home_action()
        self.assertEqual(self.leader.action_id.id, chosen.id, "a page an administrator chose is kept")


@tagged("post_install", "-at_install")
class TestDashboardRecommendations(InspectionCase):
    def test_recommendations_not_carried_out_by_agency(self):
        """The dashboard's follow-up table counts, as a leader reads it, the recommendations
        of the conclusions not carried out yet, by agency: one of two, once one is done."""
        plan = self._plan()
        inspection = self._inspection(plan, self.agency_a)
        self._approve(plan)
        self._concluded(
            self._started(inspection),
            [("Rà soát lại 12 nhiệm vụ quá hạn", date(2026, 4, 30)), ("Báo cáo kết quả khắc phục", date(2026, 5, 30))],
        )
        with open(file_path("task_oversight_dashboard/data/files/oversight_dashboard.json"), encoding="utf-8") as file:
            pivot = json.load(file)["pivots"]["4"]
        Model = self.env[pivot["model"]].with_user(self.leader)

        def counted():
            groups = Model.formatted_read_group(pivot["domain"], ["agency_id"], ["__count"])
            return {group["agency_id"][0]: group["__count"] for group in groups}

        self.assertEqual(counted(), {self.agency_a.id: 2})
        first = inspection.recommendation_ids.sorted("sequence")[0]
        self._carried_out(first.task_id, self.head_a, date(2026, 4, 20))
        self.env.invalidate_all()
        self.assertEqual(counted(), {self.agency_a.id: 1})
        self.assertEqual(Model._open_counts_by_agency(), {self.agency_a: 1})

    def test_differences_left_open_are_the_reconciliations_own(self):
        """The Office's figure of differences with the Government Office's database is the
        reconciliation's own definition (the latest comparison of each source)."""
        with open(file_path("task_oversight_dashboard/data/files/oversight_dashboard.json"), encoding="utf-8") as file:
            pivot = json.load(file)["pivots"]["5"]
        self.assertEqual(pivot["model"], "oversight.task.reconciliation.line")
        self.assertEqual([tuple(term) for term in pivot["domain"]], OPEN_DIFFERENCES)
