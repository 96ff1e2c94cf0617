from datetime import date

from freezegun import freeze_time
from lxml import html as lxml_html

from odoo.tests import tagged

from .common import ReportCase

REPORT = "task_oversight_reports.report_oversight_consolidated"


@tagged("post_install", "-at_install")
class TestEntryTimes(ReportCase):
    """The Office's own entry times in the consolidated report of November 2026 (data from
    15 October to 14 November). Four documents came from the e-office in the window, one
    before it:

    - 1601 received Fri 16/10, registered Mon 19/10: 1 working day, on time (normal: 1);
    - 1602 received Fri 16/10, registered Wed 21/10: 3 working days, late;
    - 17/CĐ urgent, received Tue 20/10, registered the same day: 0, on time;
    - 1603 received Thu 12/11, still a draft on 20/11: waiting, past its day (13/11);
    - 1590 received 14/10: outside the window.

    Registered: 3, mean (1 + 3 + 0) / 3 = 1.33… → 1.3 working days."""

    def _received(self, name, day, urgency="normal"):
        with freeze_time(f"{day} 02:00:00"):
            return self.env["oversight.directive"].create(
                {
                    "name": name,
                    "summary": "Văn bản đến",
                    "state": "draft",
                    "urgency": urgency,
                    "source_email": "vanthu@ioffice.danang.gov.vn",
                    "date_received": self.env["res.company"]._oversight_now(),
                    "date_registered": False,
                }
            )

    def _register(self, directive, day):
        with freeze_time(f"{day} 04:00:00"):
            directive.with_user(self.office).action_register()

    def test_entry_times_of_the_period(self):
        self._register(self._received("1601/UBND-TH", date(2026, 10, 16)), date(2026, 10, 19))
        self._register(self._received("1602/UBND-TH", date(2026, 10, 16)), date(2026, 10, 21))
        self._register(self._received("17/CĐ-UBND", date(2026, 10, 20), "urgent"), date(2026, 10, 20))
        self._received("1603/UBND-TH", date(2026, 11, 12))
        self._register(self._received("1590/UBND-TH", date(2026, 10, 14)), date(2026, 10, 20))
        period = self._period()
        with freeze_time("2026-11-20 03:00:00"):
            self.assertEqual(
                period._entry_times(),
                {"received": 4, "on_time": 2, "late": 1, "waiting": 1, "waiting_overdue": 1, "mean_days": 1.3},
            )
            html, _format = self.env["ir.actions.report"].with_user(self.office)._render_qweb_html(REPORT, period.ids)
        text = " ".join(
            lxml_html.fromstring(html.decode()).xpath("//p[@class='o_oversight_entry_times']")[0].itertext()
        )
        self.assertIn("registered on time 2", " ".join(text.split()))
        self.assertIn("mean entry time 1.3 working days", " ".join(text.split()))
