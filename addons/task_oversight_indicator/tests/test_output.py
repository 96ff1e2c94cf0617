import io
import json
from datetime import date

import openpyxl
from freezegun import freeze_time

from odoo.tests import tagged
from odoo.tools.misc import file_path

from .common import IndicatorCase

CONSOLIDATED = "task_oversight_reports.action_report_oversight_consolidated"


@tagged("post_install", "-at_install")
class TestIndicatorOutput(IndicatorCase):
    """The monthly indicator table of March's consolidated report (data to 14/03): revenue
    January 100, March 100 (no February); average 97, 99, 80; accidents 8 in January only."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._values(cls.revenue, {date(2025, 3, 31): 160, date(2026, 1, 31): 100, date(2026, 3, 31): 100})
        cls._values(cls.on_time, {date(2026, 1, 31): 97, date(2026, 2, 28): 99, date(2026, 3, 31): 80})
        cls._values(cls.accidents, {date(2026, 1, 31): 8})
        with freeze_time("2026-03-20 09:00:00"):
            cls.period = cls.env["oversight.report.period"].sudo()._ensure_period(cls.env.company, date(2026, 3, 20))

    def test_rows(self):
        rows = {row["indicator"]: row for row in self.period._indicator_rows()}
        self.assertEqual(
            {key: rows[self.revenue][key] for key in ("target", "month", "ytd", "plan_rate", "previous", "yoy_rate")},
            # 2025 to March: 160; 200 / 160 = 125.0 %
            {"target": 1200.0, "month": 100.0, "ytd": 200.0, "plan_rate": 16.7, "previous": 160.0, "yoy_rate": 125.0},
        )
        # no March value of accidents: nothing in the month's column, January's year to date
        self.assertEqual((rows[self.accidents]["month"], rows[self.accidents]["ytd"]), (None, 8.0))
        self.assertEqual(rows[self.poverty]["status"], "not_due")

    def test_pdf(self):
        html, _format = (
            self.env["ir.actions.report"].with_user(self.office)._render_qweb_html(CONSOLIDATED, self.period.ids)
        )
        html = html.decode()
        for text in (
            "Socio-economic indicators of the month",
            "Thu ngân sách nhà nước trên địa bàn",
            "tỷ đồng",
            "Off Track",
            "At Risk",
            "Not Due",
        ):
            self.assertIn(text, html)
        # target, month, year to date, % of target, last year, vs last year (as the language writes numbers)
        self.assertRegex(
            html,
            r"Thu ngân sách nhà nước trên địa bàn</td>\s*<td[^>]*>tỷ đồng</td>\s*<td[^>]*>1[.,]200[.,]00</td>\s*"
            r"<td[^>]*>\s*100[.,]00\s*</td>\s*<td[^>]*>200[.,]00</td>\s*<td[^>]*>16[.,]7</td>\s*"
            r"<td[^>]*>160[.,]00</td>\s*<td[^>]*>125[.,]0</td>\s*<td[^>]*>Off Track</td>",
        )
        # the table sits before the signature, inside the report body
        self.assertLess(html.index("Socio-economic indicators of the month"), html.index("VI. Monthly reports"))

    def test_xlsx(self):
        content, _name = self.period.with_user(self.office)._xlsx_download()
        workbook = openpyxl.load_workbook(io.BytesIO(content))
        self.assertEqual(workbook.sheetnames[1], "Indicators")
        rows = list(workbook["Indicators"].iter_rows(values_only=True))
        self.assertEqual(rows[1][0], "Socio-economic indicators, month 03/2026")
        self.assertEqual(rows[3][:4], ("No.", "Indicator", "Unit", "Target of the year"))
        revenue = next(row for row in rows if row[1] == "Thu ngân sách nhà nước trên địa bàn")
        self.assertEqual(revenue[2:], ("tỷ đồng", 1200, 100, 200, 16.7, 160, 125, "Off Track"))
        on_time = next(row for row in rows if row[1] == self.on_time.name)
        self.assertEqual(on_time[5:7] + on_time[9:], (92, 93.9, "At Risk"))


@tagged("post_install", "-at_install")
class TestIndicatorDashboard(IndicatorCase):
    """The indicator sheet of the leaders' dashboards names real fields and reads, for a leader,
    the indicators off track first."""

    def _snapshot(self):
        path = file_path("task_oversight_indicator/data/files/oversight_indicator_dashboard.json")
        with open(path, encoding="utf-8") as file:
            return json.load(file)

    def test_fields_exist_and_leaders_see_it(self):
        snapshot = self._snapshot()
        sources = [
            (p["model"], [m["fieldName"] for m in p["measures"] if m["fieldName"] != "__count"])
            for p in snapshot["pivots"].values()
        ]
        sources += [
            (p["model"], [r["fieldName"] for r in p["rows"] + p["columns"]]) for p in snapshot["pivots"].values()
        ]
        sources += [
            (lst["model"], lst["columns"] + [o["name"] for o in lst["orderBy"]]) for lst in snapshot["lists"].values()
        ]
        for model, names in sources:
            for name in names:
                with self.subTest(model=model, field=name):
                    self.assertIn(name, self.env[model]._fields)
        dashboard = self.env.ref("task_oversight_indicator.spreadsheet_dashboard_indicators")
        self.assertEqual(
            dashboard.dashboard_group_id, self.env.ref("task_oversight_dashboard.spreadsheet_dashboard_group_oversight")
        )
        Dashboard = self.env["spreadsheet.dashboard"]
        self.assertIn(dashboard, Dashboard.with_user(self.leader).search([]))
        self.assertNotIn(dashboard, Dashboard.with_user(self.head_a).search([]))

    def test_list_puts_off_track_first(self):
        """The dashboard's list, as a leader reads it on 3 April: off track first — revenue (200 of
        300 expected by March), public investment and poverty whose values are due and missing —,
        then on-time files at risk (92 of 98), then accidents on track (27 against 30 allowed)."""
        self._values(self.revenue, {date(2026, 1, 31): 100, date(2026, 3, 31): 100}, day=date(2026, 4, 2))
        self._values(self.on_time, {date(2026, 1, 31): 97, date(2026, 2, 28): 99, date(2026, 3, 31): 80})
        self._values(self.accidents, {date(2026, 1, 31): 8, date(2026, 2, 28): 9, date(2026, 3, 31): 10})
        with freeze_time("2026-04-03 09:00:00"), self._no_commit_cron():
            self.env["oversight.indicator"]._cron_refresh_status()
        listed = self._snapshot()["lists"]["1"]
        order = ", ".join(f"{o['name']} {'asc' if o['asc'] else 'desc'}" for o in listed["orderBy"])
        indicators = self.env["oversight.indicator"].with_user(self.leader).search(listed["domain"], order=order)
        self.assertEqual(indicators.mapped("status"), ["off_track"] * 3 + ["at_risk", "on_track"])
        self.assertEqual(indicators[:3], self.revenue | self.investment | self.poverty)
        self.assertEqual(indicators[3:], self.on_time + self.accidents)
        self.assertTrue(all(indicators[:2].mapped("value_missing")))
