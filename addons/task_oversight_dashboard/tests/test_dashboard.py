import json
from datetime import date

from odoo.tests import HttpCase, tagged
from odoo.tools.misc import file_path

from odoo.addons.task_oversight_reports.tests.common import ReportCase


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
                    self.assertIn(field, self.env[model]._fields)

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
class TestDashboardTour(HttpCase, ReportCase):
    def test_leader_opens_the_dashboard(self):
        self._assigned_on(date(2026, 9, 1), date(2026, 10, 1), starred=True)
        self.leader.password = "t_leader"
        self.start_tour("/odoo", "task_oversight_leader_dashboard_tour", login="t_leader")


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
