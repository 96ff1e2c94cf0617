"""The printed reports pass the look of Decree 30/2020: page numbers from the
second page, Nơi nhận and a signature with a name kept with the end of the body,
recipients that exist, no form hints."""

from datetime import date, timedelta

from lxml import html as lxml_html

from odoo.tests import tagged

from .common import ReportCase

CONSOLIDATED = "task_oversight_reports.report_oversight_consolidated"
AGENCY_REPORT = "task_oversight_reports.report_oversight_agency_report"
TASK_SHEET = "task_oversight_reports.action_report_oversight_task_sheet"


@tagged("post_install", "-at_install")
class TestPrintedReports(ReportCase):
    def setUp(self):
        super().setUp()
        self._assigned_on(date(2026, 9, 1), date(2026, 10, 1))
        self.period = self._period()
        self.report_a = self._report(self.period, self.agency_a)
        self._fill(self.report_a, self.user_a)
        self._on(date(2026, 11, 21), self.report_a.with_user(self.head_a).action_submit)
        office_agency = self.env["oversight.agency"].create(
            {"name": "Văn phòng UBND", "code": "T-VP", "head_user_id": self.office.id}
        )
        self.env.company.write(
            {
                "oversight_office_agency_id": office_agency.id,
                "oversight_report_signer_title": "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG",
            }
        )

    def _tree(self, report_name, records):
        html, _format = self.env["ir.actions.report"].with_user(self.office)._render_qweb_html(report_name, records.ids)
        return lxml_html.fromstring(html.decode())

    def _signature(self, tree):
        block = tree.xpath("//div[contains(@class, 'o_ov_keep')]")
        self.assertEqual(len(block), 1, "one block keeps the end of the body, Nơi nhận and the signature together")
        return block[0]

    def test_consolidated_signature_recipients_and_page_numbers(self):
        tree = self._tree(CONSOLIDATED, self.period)
        self.assertTrue(tree.xpath("//div[contains(@class, 'header')]//span[@class='page']"), "page numbers")
        block = self._signature(tree)
        text = block.text_content()
        self.assertIn("Not submitted", text, "the end of the body stays with the signature")
        self.assertIn("KT. CHÁNH VĂN PHÒNG", text)
        self.assertEqual(
            block.xpath(".//*[contains(@class, 'o_ov_signer')]")[0].text_content().strip(), self.office.name
        )
        for hint in ("signature, full name", "Approved by", "seal"):
            self.assertNotIn(hint, tree.text_content())
        recipients = block.xpath(".//td[contains(@class, 'o_oversight_recipients')]")[0].text_content()
        self.assertIn("Departments, boards and sectors", recipients)
        self.assertIn("People's Committees of the communes, wards and special zones", recipients, "agency C is a ward")
        self.assertNotIn("District", recipients, "no district committee since 1 July 2025")
        self.assertNotIn("State-owned enterprises", recipients, "no enterprise reports in this period")
        missing = tree.xpath("//div[contains(., 'Not submitted:')]")[-1].text_content()
        self.assertIn("Sở Tài chính", missing, "before the due date, the reports not yet in are named")
        self.assertIn("Ranking groups count the tasks assigned from 15/11/2025 to 14/11/2026", tree.text_content())

    def test_agency_report_signed_by_its_head(self):
        tree = self._tree(AGENCY_REPORT, self.report_a)
        block = self._signature(tree)
        self.assertIn("Difficulties", block.text_content())
        self.assertEqual(
            block.xpath(".//*[contains(@class, 'o_ov_signer')]")[0].text_content().strip(), self.head_a.name
        )

    def test_task_sheet_leaves_out_draft_requests(self):
        task = self._assigned_task(deadline=self.today() + timedelta(days=10))
        Request = self.env["oversight.extension.request"]
        Request.with_user(self.user_a).create(
            {"task_id": task.id, "requested_deadline": self.today() + timedelta(days=30), "reason": "Bản nháp nội bộ"}
        )
        tree = self._tree(TASK_SHEET, task)
        self.assertNotIn("Bản nháp nội bộ", tree.text_content())
        self._signature(tree)
