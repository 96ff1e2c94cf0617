import io
from datetime import date

from lxml import html as lxml_html
from openpyxl import load_workbook

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import ReportCase

CONSOLIDATED = "task_oversight_reports.report_oversight_consolidated"
AGENCY_REPORT = "task_oversight_reports.report_oversight_agency_report"


@tagged("post_install", "-at_install")
class TestPublication(ReportCase):
    def setUp(self):
        super().setUp()
        self.tasks = self._build_fixture()
        self.period = self._period()
        self.report_a = self._report(self.period, self.agency_a)
        self._fill(self.report_a, self.user_a)
        self.report_a.with_user(self.user_a).difficulties = "Thiếu biên chế chuyên trách"
        self._on(date(2026, 11, 24), self.report_a.with_user(self.head_a).action_submit)

    def _render(self, report_name, records, user, lang="en_US"):
        Report = self.env["ir.actions.report"].with_user(user).with_context(lang=lang)
        html, _format = Report._render_qweb_html(report_name, records.ids)
        return html.decode()

    def _row_cells(self, html, agency_name):
        tree = lxml_html.fromstring(html)
        for row in tree.iter("tr"):
            cells = [cell.text_content().strip() for cell in row.iter("td")]
            if agency_name in cells:
                return cells
        self.fail(f"no row for {agency_name}")

    def _publish(self):
        period = self.period.with_user(self.office)
        self._on(date(2026, 11, 26), period.action_prepare)
        self._on(date(2026, 11, 27), self.period.with_user(self.leader).action_approve)
        self._on(date(2026, 11, 28), period.action_publish)

    def test_roles_of_the_workflow(self):
        with self.assertRaisesRegex(UserError, "Only the Committee Office consolidates"):
            self.period.with_user(self.head_a).action_prepare()
        self._on(date(2026, 11, 26), self.period.with_user(self.office).action_prepare)
        with self.assertRaisesRegex(UserError, "Only a leader"):
            self.period.with_user(self.office).action_approve()
        with self.assertRaisesRegex(UserError, "cannot be published"):
            self.period.with_user(self.office).action_publish()
        self.period.with_user(self.leader).action_approve()
        self.assertRecordValues(self.period, [{"state": "approved", "approver_id": self.leader.id}])
        self.period.with_user(self.office).action_reopen()
        self.assertEqual(self.period.state, "open")

    def test_consolidation_names_the_missing_reports_whatever_the_date(self):
        period = self.period.with_user(self.office)
        for day in (date(2026, 11, 20), date(2026, 11, 26)):  # before and after the due date (25/11)
            with self.subTest(day=day):
                action = self._on(day, period.action_confirm_prepare)
                self.assertEqual(action["target"], "new")
                self.assertEqual(action["res_id"], period.id)
                self.assertIn("Sở Tài chính", period.pending_agencies)
                self.assertEqual(period.state, "open", "nothing consolidated before the Office confirms")
        self._on(date(2026, 11, 26), period.action_prepare)
        self.assertEqual(period.state, "prepared")

    def test_current_period_says_when_it_is_already_published(self):
        self._publish()
        action = self._on(date(2026, 12, 3), self.period.with_user(self.office).action_generate_current)
        self.assertEqual(action["tag"], "display_notification")
        self.assertIn("already published", action["params"]["message"])
        self.assertEqual(action["params"]["next"]["res_id"], self.period.id)

    def test_publication_mails_each_recipient_once(self):
        leaders = self.env["res.users"].search(
            [("all_group_ids", "in", self.env.ref("task_oversight.group_leader").id), ("share", "=", False)]
        )
        expected = (self.head_a | self.head_b | leaders).partner_id
        self._publish()
        mails = self.env["mail.mail"].search(
            [("model", "=", "oversight.report.period"), ("res_id", "=", self.period.id)]
        )
        self.assertEqual(sorted(mails.recipient_ids.ids), sorted(expected.ids))
        self.assertEqual(len(mails), len(expected), "one email per recipient")
        self.assertTrue(all(len(mail.recipient_ids) == 1 for mail in mails))
        attachment = self.period.publication_attachment_id
        self.assertEqual(attachment.mimetype, "application/pdf")
        self.assertTrue(all(mail.attachment_ids == attachment for mail in mails), "the PDF attached to each")
        self.assertRecordValues(self.period, [{"state": "published", "date_published": date(2026, 11, 28)}])

    def test_consolidated_html(self):
        self._on(date(2026, 11, 26), self.period.with_user(self.office).action_prepare)
        html = self._on(date(2026, 11, 26), self._render, CONSOLIDATED, self.period, self.office)
        for text in (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Sở Nội vụ",
            "Sở Tài chính",
            "UBND phường Hải Châu",
            self.tasks["t9"].code,
        ):
            self.assertIn(text, html)
        e = self.EXPECTED_A
        # STT, agency, the figures of SPEC §4 in order, the rates, key tasks overdue, rank in the group
        self.assertEqual(
            self._row_cells(html, "Sở Nội vụ")[1:],
            [
                "Sở Nội vụ",
                *map(
                    str,
                    [
                        e["task_total"],
                        e["task_carried"],
                        e["task_new"],
                        e["task_due"],
                        e["done_on_time"],
                        e["done_late"],
                        e["open_in_time"],
                        e["open_overdue"],
                        e["open_overdue_30"],
                        e["open_no_deadline"],
                        e["open_no_report"],
                    ],
                ),
                "40.0",
                "50.0",
                "1",
                "2",
            ],
        )
        self.assertEqual(self._row_cells(html, "UBND phường Hải Châu")[-4:], ["—", "—", "0", "—"])
        # totals: A 9 + B 1 + sub-agency 1 task; 3 completed out of 3 completed + 3 overdue
        totals = self._row_cells(html, "Total")
        self.assertEqual(totals[2], "11")
        self.assertEqual(totals[-4:-2], ["50.0", "66.7"])
        text = " ".join(lxml_html.fromstring(html).text_content().split())
        self.assertIn("Sở Tài chính: completion rate 100.0 %", text)

    def test_agency_report_html(self):
        html = self._on(date(2026, 11, 26), self._render, AGENCY_REPORT, self.report_a, self.head_a)
        for text in (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "SỞ NỘI VỤ",
            "BC-T-SNV",
            "Thiếu biên chế chuyên trách",
            f"Nguyên nhân {self.tasks['t1'].code}",
            f"Giải pháp {self.tasks['t9'].code}",
            "Giám đốc Sở Nội vụ",
        ):
            self.assertIn(text, html)
        self.assertEqual(self._row_cells(html, "1")[1:5], ["9", "5", "4", "6"])

    def test_vietnamese_html(self):
        self.env["res.lang"]._activate_lang("vi_VN")
        self._on(date(2026, 11, 26), self.period.with_user(self.office).action_prepare)
        html = self._on(date(2026, 11, 26), self._render, CONSOLIDATED, self.period, self.office, "vi_VN")
        self.assertIn("40,0", self._row_cells(html, "Sở Nội vụ"), "Vietnamese decimal comma")
        for text in ("BÁO CÁO", "PHỤ LỤC", "Nơi nhận", "Tổng cộng"):
            self.assertIn(text, html)

    def test_xlsx_export(self):
        action = self.period.with_user(self.office).action_export_xlsx()
        self.assertEqual(action["url"], f"/task_oversight_reports/period/{self.period.id}/xlsx")
        content, filename = self.period.with_user(self.office)._xlsx_download()
        self.assertEqual(filename, "Consolidated report 11-2026.xlsx")
        sheet = load_workbook(io.BytesIO(content)).active
        rows = {row[1]: row for row in sheet.iter_rows(values_only=True) if row and row[1]}
        self.assertEqual(rows["Sở Nội vụ"][2:6], (9, 5, 4, 6))
        self.assertEqual(rows["Sở Nội vụ"][14], 40.0)
        self.assertEqual(rows["UBND phường Hải Châu"][14], "—")
        self.assertEqual(rows["Total"][2], 11)
