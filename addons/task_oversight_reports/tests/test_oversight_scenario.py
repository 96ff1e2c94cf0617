"""The whole journey, from the directive to the printed task sheet, as the users would live it."""

from datetime import date

from freezegun import freeze_time

from odoo.tests import Form, TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestOversightScenario(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Agency = cls.env["oversight.agency"]
        cls.snv = Agency.create({"name": "Sở Nội vụ", "code": "S-SNV"})
        cls.stc = Agency.create({"name": "Sở Tài chính", "code": "S-STC"})
        cls.office = new_test_user(cls.env, "s_office", groups="task_oversight.group_office")
        cls.chairman = new_test_user(
            cls.env, "s_chairman", groups="task_oversight.group_leader", name="Chủ tịch UBND thành phố"
        )
        cls.head = new_test_user(
            cls.env,
            "s_head",
            groups="task_oversight.group_agency_head",
            oversight_agency_id=cls.snv.id,
            name="Giám đốc Sở Nội vụ",
        )
        cls.officer = new_test_user(
            cls.env, "s_officer", groups="task_oversight.group_agency_user", oversight_agency_id=cls.snv.id
        )
        cls.coordinator = new_test_user(
            cls.env, "s_coord", groups="task_oversight.group_agency_user", oversight_agency_id=cls.stc.id
        )
        cls.snv.head_user_id = cls.head

    def test_directive_to_task_sheet(self):
        with freeze_time("2026-03-02"):
            form = Form(self.env["oversight.directive"].with_user(self.office))
            form.name = "202/QĐ-UBND"
            form.summary = "Ban hành kế hoạch cải cách hành chính năm 2026"
            form.signer_id = self.chairman
            with form.task_ids.new() as line:
                line.name = "Xây dựng bộ chỉ số đánh giá sự hài lòng"
                line.lead_agency_id = self.snv
                line.coordinating_agency_ids.add(self.stc)
                line.deadline = date(2026, 3, 31)
            directive = form.save()
            directive.action_assign_tasks()
            task = directive.task_ids

        with freeze_time("2026-03-10"):
            self.env["oversight.task.update"].with_user(self.officer).create(
                {
                    "task_id": task.id,
                    "progress": 40,
                    "note": "Đã xây dựng dự thảo bộ chỉ số",
                    "difficulties": "Chờ số liệu khảo sát",
                }
            )
            self.env["oversight.task.update"].with_user(self.coordinator).create(
                {
                    "task_id": task.id,
                    "progress": 50,
                    "note": "Đã bố trí kinh phí khảo sát",
                }
            )

        with freeze_time("2026-03-20"):
            request = (
                self.env["oversight.extension.request"]
                .with_user(self.officer)
                .create(
                    {
                        "task_id": task.id,
                        "requested_deadline": date(2026, 4, 30),
                        "reason": "Chờ kết quả khảo sát",
                    }
                )
            )
            request.with_user(self.head).action_submit()
            request.with_user(self.chairman).action_approve(decision_note="Đồng ý gia hạn")

        self.assertRecordValues(
            task,
            [
                {
                    "deadline": date(2026, 4, 30),
                    "effective_deadline": date(2026, 5, 4),
                    "original_deadline": date(2026, 3, 31),
                    "extension_count": 1,
                }
            ],
        )

        with freeze_time("2026-05-04"):
            task.with_user(self.head).action_report_done(document_ref="345/BC-SNV", note="Đã ban hành bộ chỉ số")
        with freeze_time("2026-05-08"):
            task.with_user(self.office).action_confirm_done()

        self.assertRecordValues(
            task,
            [
                {
                    "state": "done",
                    "date_done": date(2026, 5, 4),
                    "deadline_status": "done_on_time",
                    "days_overdue": 0,
                    "progress": 100,
                }
            ],
        )

        report = self.env["ir.actions.report"].with_user(self.head)
        html, report_format = report._render_qweb_html("task_oversight_reports.report_oversight_task_sheet", task.ids)
        html = html.decode()
        self.assertEqual(report_format, "html")
        for expected in (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            task.code,
            "202/QĐ-UBND",
            "Sở Nội vụ",
            "Sở Tài chính",
            "345/BC-SNV",
            "Chờ số liệu khảo sát",
        ):
            self.assertIn(expected, html)
