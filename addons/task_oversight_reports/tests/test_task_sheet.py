from datetime import timedelta

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from odoo.addons.task_oversight.tests.common import OversightCase

REPORT = "task_oversight_reports.report_oversight_task_sheet"


@tagged("post_install", "-at_install")
class TestTaskSheet(OversightCase):
    def _render(self, tasks, user):
        html, _format = self.env["ir.actions.report"].with_user(user)._render_qweb_html(REPORT, tasks.ids)
        return html.decode()

    def test_sheet_of_many_tasks(self):
        first = self._assigned_task(
            deadline=self.today() + timedelta(days=10),
            coordinating_agency_ids=[self.agency_b.id],
            expected_output="Báo cáo của UBND",
        )
        second = self._reported_task(lead_agency_id=self.agency_a_sub.id)
        self.env["oversight.task.update"].with_user(self.user_a).create(
            {
                "task_id": first.id,
                "progress": 60,
                "note": "Đã hoàn thành dự thảo",
                "difficulties": "Thiếu biên chế",
                "proposal": "Bổ sung nhân sự",
            }
        )
        html = self._render(first | second, self.office)
        for text in (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            first.code,
            second.code,
            "5324/UBND-KSTT",
            "Sở Nội vụ",
            "Sở Tài chính",
            "Ban Thi đua - Khen thưởng",
            "Thiếu biên chế",
            "Bổ sung nhân sự",
            "125/BC-SNV",
            "Báo cáo của UBND",
        ):
            self.assertIn(text, html)
        self.assertEqual(html.count('class="page o_oversight_report"'), 2, "one page per task")

    def test_sheet_shows_extension_history(self):
        task = self._assigned_task(deadline=self.today() + timedelta(days=10))
        request = (
            self.env["oversight.extension.request"]
            .with_user(self.user_a)
            .create(
                {
                    "task_id": task.id,
                    "requested_deadline": task.effective_deadline + timedelta(days=20),
                    "reason": "Chờ ý kiến Bộ Tài chính",
                }
            )
        )
        request.with_user(self.head_a).action_submit()
        request.with_user(self.leader).action_approve(decision_note="Đồng ý")
        html = self._render(task, self.head_a)
        self.assertIn("Chờ ý kiến Bộ Tài chính", html)
        self.assertIn("Đồng ý", html)

    def test_other_agency_cannot_print(self):
        task = self._assigned_task()
        with self.assertRaises(AccessError):
            self._render(task, self.head_b)


@tagged("post_install", "-at_install")
class TestTaskSheetRoute(HttpCase, OversightCase):
    def test_pdf_route_refuses_foreign_ids(self):
        task = self._assigned_task()
        self.authenticate("t_head_b", "t_head_b")
        response = self.url_open(f"/report/html/{REPORT}/{task.id}")
        self.assertEqual(response.status_code, 403, "another agency's task sheet is refused")
        self.assertNotIn(task.code, response.text)
        self.authenticate("t_head_a", "t_head_a")
        response = self.url_open(f"/report/html/{REPORT}/{task.id}")
        self.assertEqual(response.status_code, 200)
        self.assertIn(task.code, response.text)
