import io
from datetime import date

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
