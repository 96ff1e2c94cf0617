import io
from datetime import date

import openpyxl
from freezegun import freeze_time

from odoo.tests import tagged

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
