from datetime import date

from freezegun import freeze_time

from odoo.tests import HttpCase, tagged

from .common import InspectionCase

PLAN = "task_oversight_inspection.report_oversight_inspection_plan"
CONCLUSION = "task_oversight_inspection.report_oversight_inspection_conclusion"
MONTHLY = "task_oversight_reports.report_oversight_agency_report"


@tagged("post_install", "-at_install")
class TestInspectionReports(HttpCase, InspectionCase):
    """The plan with its appendix and the conclusion notice, in the layout of Decree 30, and
    the monthly report of the agency listing its recommendations not carried out."""

    def setUp(self):
        super().setUp()
        self._assigned_on(date(2026, 7, 1), date(2026, 11, 13))
        self.plan = self._plan(2026, date(2026, 11, 30), objectives="Chấn chỉnh kỷ luật, kỷ cương hành chính")
        self.inspection = self._inspection(
            self.plan,
            self.agency_a,
            member_ids=self.member_b.ids,
            date_planned=date(2026, 12, 1),
            selection_reason="1 nhiệm vụ quá hạn",
            method="remote",
        )
        self._approve(self.plan, "2026-12-01")
        self._started(self.inspection, date(2026, 12, 15))
        self.inspection.with_user(self.office).write(
            {"findings": "Chưa báo cáo tiến độ thường xuyên", "responsibility": "Giám đốc Sở chịu trách nhiệm"}
        )
        self._concluded(self.inspection, [("Kiểm điểm trách nhiệm tập thể", date(2026, 12, 28))], day="2026-12-18")

    def _html(self, report, records, user=None):
        Report = self.env["ir.actions.report"].with_user(user or self.office).with_context(lang="vi_VN")
        html, _format = Report._render_qweb_html(report, records.ids)
        return html.decode()

    def test_plan_with_its_appendix(self):
        html = self._html(PLAN, self.plan)
        self.assertEqual(html.count('class="article"'), 1)
        for text in (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "KẾ HOẠCH",
            "45/QĐ-UBND",
            "Chấn chỉnh kỷ luật, kỷ cương hành chính",
            "PHỤ LỤC",
            "Sở Nội vụ",
            "Trực tuyến, từ dữ liệu điện tử",
            "12/2026",
            "Thành viên STC",
            "1 nhiệm vụ quá hạn",
            "Chủ tịch UBND",
            "Nơi nhận",
        ):
            self.assertIn(text, html)

    def test_conclusion_notice(self):
        html = self._html(CONCLUSION, self.inspection)
        for text in (
            "THÔNG BÁO",
            "15/TB-UBND",
            "Sở Nội vụ",
            "Chưa báo cáo tiến độ thường xuyên",
            "Giám đốc Sở chịu trách nhiệm",
            "Kiểm điểm trách nhiệm tập thể",
            "28/12/2026",
            "Nơi nhận",
        ):
            self.assertIn(text, html)
        self.head_b.password = "t_head_b"
        self.authenticate("t_head_b", "t_head_b")
        response = self.url_open(f"/report/html/{CONCLUSION}/{self.inspection.id}")
        self.assertNotIn("Kiểm điểm trách nhiệm tập thể", response.text, "another agency prints nothing of it")

    def test_monthly_report_lists_open_recommendations(self):
        with freeze_time("2027-01-16"):
            period = self.env["oversight.report.period"].sudo()._ensure_period(self.env.company, date(2027, 1, 16))
        report = period.agency_report_ids.filtered(lambda r: r.agency_id == self.agency_a)
        self.assertEqual(report.open_recommendation_ids, self.inspection.recommendation_ids)
        html = self._html(MONTHLY, report, self.head_a)
        self.assertIn("Kiến nghị kiểm tra chưa thực hiện", html)
        self.assertIn("Kiểm điểm trách nhiệm tập thể", html)
