import io
from datetime import date

from lxml import html as lxml_html
from openpyxl import load_workbook

from odoo.tests import HttpCase, tagged

from ..controllers.main import OversightEvaluationController
from .common import EvaluationCase

REPORT = "task_oversight_evaluation.report_oversight_evaluation"


@tagged("post_install", "-at_install")
class TestEvaluationOutput(HttpCase, EvaluationCase):
    """The PDF per agency and the XLSX hold what their reader may read."""

    def test_pdf_per_agency(self):
        period = self._period()
        x = self._evaluation(period, self.user_a)
        x.with_user(self.head_a).write({"general_points": 28})
        x.with_user(self.head_a).action_review()
        self.env["res.lang"]._activate_lang("vi_VN")
        html, _format = (
            self.env["ir.actions.report"]
            .with_user(self.home_affairs)
            .with_context(lang="vi_VN")
            ._render_qweb_html(REPORT, period.ids)
        )
        html = html.decode()
        self.assertEqual(html.count('class="article"'), 1, "one document: Debian's wkhtmltopdf converts one at a time")
        self.assertEqual(html.count("BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CÔNG CHỨC"), 3)  # A, its unit, B
        for text in (
            "SỞ NỘI VỤ",
            "SỞ TÀI CHÍNH",
            "Chuyên viên SNV",
            "79,20",
            "Hoàn thành tốt nhiệm vụ",
            "Chưa đánh giá",
            "Nơi nhận",
        ):
            self.assertIn(text, html)
        self.authenticate("t_head_b", "t_head_b")
        response = self.url_open(f"/report/html/{REPORT}/{period.id}")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Giám đốc Sở Tài chính", response.text)
        self.assertNotIn("Chuyên viên SNV", response.text, "B's head reads only its agency")

    def _rows(self, html, agency_title):
        """``{full name: [cell texts]}`` of the summary table of one agency's document."""
        tree = lxml_html.fromstring(html)
        for document in tree.xpath("//div[@class='o_oversight_report']"):  # one per agency
            if agency_title in document.text_content():
                table = document.xpath(".//table[contains(@class, 'o_oversight_grid')]")[0]
                rows = {}
                for row in table.xpath(".//tbody/tr"):
                    cells = [cell.text_content().strip() for cell in row.xpath("./td")]
                    rows[cells[1]] = cells
                return rows, document
        return {}, None

    def test_summary_adds_up_and_reads_as_a_vietnamese_list(self):
        """Home Affairs (its own group alone) prints what it signs: each head's own results, its
        agency's and their combination; a deputy without product; the self-assessed and reviewed
        points, the comment; waived deductions with their cause; provisional totals apart; people
        by given name after the head and the deputies."""
        deputy = self._user("t_deputy_a", "task_oversight.group_agency_head", self.agency_a, name="Lê Văn Phó")
        self.agency_a.deputy_user_ids = deputy
        self._user("t_binh", "task_oversight.group_agency_user", self.agency_a, name="Trần Thị Bình")
        self._user("t_an", "task_oversight.group_agency_user", self.agency_a, name="Nguyễn Văn An")
        period = self._period()
        x = self._evaluation(period, self.user_a)
        x.with_user(self.user_a).write({"self_general_points": 28})
        x.with_user(self.user_a).action_self_assess()
        self._line(x, self.tasks["late_waived"]).with_user(self.head_a).action_waive(
            kind="delay", reason="Chờ văn bản hướng dẫn của Bộ Nội vụ"
        )
        x.with_user(self.head_a).write({"general_points": 27, "review_note": "Cần chủ động hơn"})
        x.with_user(self.head_a).action_review()
        self.env["res.lang"]._activate_lang("vi_VN")
        html, _format = (
            self.env["ir.actions.report"]
            .with_user(self.home_affairs)
            .with_context(lang="vi_VN")
            ._render_qweb_html(REPORT, period.ids)
        )
        rows, document = self._rows(html.decode(), "SỞ NỘI VỤ")
        names = list(rows)
        self.assertEqual(names[:2], [self.head_a.name, "Lê Văn Phó"], "the head, then its deputy")
        self.assertLess(names.index("Nguyễn Văn An"), names.index("Trần Thị Bình"), "An before Bình")
        head = rows[self.head_a.name]
        # own 70.00, agency 70 x 23 / 33 = 48.79 (the waiver counts), half each: 59.39
        self.assertEqual(head[2], "Người đứng đầu")
        self.assertEqual((head[7], head[8], head[9]), ("70,00", "48,79", "59,39"))
        deputy_row = rows["Lê Văn Phó"]
        self.assertEqual(deputy_row[2], "Cấp phó")
        self.assertEqual((deputy_row[4], deputy_row[5], deputy_row[6]), ("không có sản phẩm", "48,79", "48,79"))
        officer = rows[self.user_a.name]
        self.assertEqual(officer[2], "Công chức")
        # 70 x 20 / 27 = 51.85, self-assessed 28, reviewed 27: 78.85
        self.assertEqual((officer[9], officer[10], officer[11], officer[12]), ("51,85", "28,0", "27,0", "78,85"))
        self.assertEqual(officer[14], "Cần chủ động hơn")
        # a row without product: one cell says so where the four own results are
        self.assertIn("tạm tính", rows["Trần Thị Bình"][9], "not reviewed: a provisional total")
        self.assertEqual(rows["Trần Thị Bình"][10], "Chưa đánh giá")
        bold = document.xpath(".//tbody/tr[td[2][normalize-space()='Trần Thị Bình']]/td[contains(@class, 'o_ov_b')]")
        self.assertFalse(bold, "a provisional total is not printed in bold")
        text = document.text_content()
        self.assertIn("Chờ văn bản hướng dẫn của Bộ Nội vụ", text, "the waived deduction with its objective cause")

    def test_opening_buttons_run_on_a_read_only_cursor(self):
        """Print, Export and the evaluations' list only open something: routed to a read-only
        cursor (the replica once ``db_replica_host`` is set), they never try to write."""
        period = self._period()
        self.authenticate("t_home_affairs", "t_home_affairs")
        for method in ("action_print", "action_export_xlsx", "action_open_evaluations"):
            with self.subTest(method=method):
                self.assertTrue(getattr(type(period), method)._readonly, "routed to the replica by call_button")
                with self.assertNoLogs("odoo.http", "WARNING"):  # a write would be retried, and logged
                    action = self.make_jsonrpc_request(
                        "/web/dataset/call_button",
                        {"model": period._name, "method": method, "args": [period.ids], "kwargs": {}},
                    )
                self.assertIn(action["type"], ("ir.actions.report", "ir.actions.act_url", "ir.actions.act_window"))

    def test_xlsx_for_home_affairs(self):
        period = self._period()
        self.assertEqual(
            period.with_user(self.home_affairs).action_export_xlsx()["url"],
            f"/task_oversight_evaluation/period/{period.id}/xlsx",
        )
        self.authenticate("t_home_affairs", "t_home_affairs")
        url = f"/task_oversight_evaluation/period/{period.id}/xlsx"
        self.assertIs(OversightEvaluationController.period_xlsx.original_routing["readonly"], True, "on a replica")
        with self.assertNoLogs("odoo.http", "WARNING"):  # no write tried on the read-only cursor
            response = self.url_open(url)
        self.assertEqual(response.status_code, 200)
        rows = {row[2]: row for row in load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True)}
        self.assertEqual(rows["Chuyên viên SNV"][1], "Sở Nội vụ")
        self.assertEqual(rows["Chuyên viên SNV"][10], 51.2)
        self.assertIn("Giám đốc Sở Tài chính", rows)
        self.authenticate("t_user_b", "t_user_b")
        response = self.url_open(f"/task_oversight_evaluation/period/{period.id}/xlsx")
        names = [
            row[2] for row in load_workbook(io.BytesIO(response.content)).active.iter_rows(min_row=5, values_only=True)
        ]
        self.assertEqual(names, [self.user_b.name])


@tagged("post_install", "-at_install")
class TestEvaluationTour(HttpCase, EvaluationCase):
    def test_head_reviews_its_officer(self):
        period = self._period()
        x = self._evaluation(period, self.user_a)
        x.with_user(self.user_a).action_self_assess()  # "To Review" lists the self-assessed
        self.start_tour(
            "/odoo/action-task_oversight_evaluation.oversight_evaluation_action",
            "task_oversight_evaluation_review_tour",
            login="t_head_a",
        )
        self.assertRecordValues(
            x, [{"state": "reviewed", "general_points": 27.0, "reviewer_id": self.head_a.id, "grade": "good"}]
        )

    def test_demo_month(self):
        """The demo's last month: a period computed from the tasks, waiting for the heads."""
        period = self._on(date(2026, 11, 22), self.env["oversight.evaluation.period"]._load_demo_evaluations)
        self.assertEqual(period.name, "10/2026")
        self.assertEqual(len(self._evaluation(period, self.user_a).line_ids), 8)
