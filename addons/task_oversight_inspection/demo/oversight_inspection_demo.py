from datetime import timedelta

from odoo import api, models

DEMO_OBJECTIVES = (
    "Đánh giá đúng thực chất việc thực hiện nhiệm vụ, kết luận, chỉ đạo của UBND thành phố, Chủ tịch UBND "
    "thành phố; chỉ ra nguyên nhân chậm trễ, trách nhiệm của người đứng đầu; kiến nghị biện pháp khắc phục, "
    "chấn chỉnh kỷ luật, kỷ cương hành chính."
)
DEMO_SELF_REPORT = (
    "Sở đã rà soát toàn bộ nhiệm vụ được giao từ tháng 01 năm trước: phần lớn nhiệm vụ hoàn thành đúng hạn; "
    "một số nhiệm vụ về quyết toán dự án và sắp xếp tài sản công chậm do chờ ý kiến của bộ, ngành Trung ương "
    "và do thiếu nhân lực sau hợp nhất với Sở Kế hoạch và Đầu tư."
)
DEMO_FINDINGS = (
    "Sở Tài chính đã ban hành kế hoạch triển khai các nhiệm vụ được giao, phân công cán bộ thụ lý từng nhiệm vụ. "
    "Tuy nhiên, còn nhiệm vụ quá hạn kéo dài, nhiệm vụ gắn sao chưa được ưu tiên; việc báo cáo tiến độ chưa "
    "thường xuyên."
)
DEMO_RESPONSIBILITY = (
    "Giám đốc Sở Tài chính chịu trách nhiệm về việc chậm thực hiện các nhiệm vụ quá hạn; tổ chức kiểm điểm "
    "trách nhiệm tập thể, cá nhân có liên quan."
)
# (recommendation, days of its deadline after the conclusion, carried out)
DEMO_RECOMMENDATIONS = [
    ("Tổ chức kiểm điểm trách nhiệm tập thể, cá nhân để xảy ra chậm trễ trong thực hiện nhiệm vụ", 20, True),
    ("Hoàn thành dứt điểm các nhiệm vụ quá hạn trên 120 ngày, báo cáo UBND thành phố kết quả", 45, False),
    ("Ban hành quy chế theo dõi, đôn đốc nội bộ việc thực hiện nhiệm vụ UBND thành phố giao", 90, False),
]


class OversightInspectionPlan(models.Model):
    _inherit = "oversight.inspection.plan"

    @api.model
    def _load_demo_plans(self):
        ref = self.env.ref
        finance = ref("task_oversight.agency_stc", raise_if_not_found=False)
        if not finance:
            return self.browse()
        today = self.env.company._oversight_today()
        chairman, office = ref("task_oversight.user_chairman"), ref("task_oversight.user_office")
        year = today.year
        plan = self.create(
            {
                "name": f"Kế hoạch kiểm tra việc thực hiện nhiệm vụ, kết luận, chỉ đạo của UBND thành phố, "
                f"Chủ tịch UBND thành phố năm {year}",
                "year": year,
                "date_cutoff": today.replace(month=1, day=15),
                "objectives": DEMO_OBJECTIVES,
            }
        )
        Inspection = self.env["oversight.inspection"]
        inspections = Inspection.create(
            [
                {
                    "plan_id": plan.id,
                    "agency_id": agency.id,
                    "kind": kind,
                    "method": method,
                    "topic": topic,
                    "date_planned": today.replace(month=month, day=1),
                    "date_from": today.replace(year=year - 1, month=1, day=1),
                    "team_leader_id": office.id,
                    "selection_reason": reason,
                    **extra,
                }
                for agency, kind, method, month, topic, reason, extra in self._demo_inspections(year)
            ]
        )
        plan.with_user(chairman).action_approve(decision_ref="45/QĐ-UBND", date=today.replace(month=1, day=20))
        self._demo_conclude(inspections[0], today)
        inspections[1].action_request_self_report(date_due=today + timedelta(days=14))
        # next year's plan, proposed from today's data: the re-inspection of Sở Tài chính
        next_plan = self.create(
            {
                "name": f"Kế hoạch kiểm tra việc thực hiện nhiệm vụ, kết luận, chỉ đạo của UBND thành phố, "
                f"Chủ tịch UBND thành phố năm {year + 1}",
                "year": year + 1,
                "date_cutoff": today,
                "objectives": DEMO_OBJECTIVES,
            }
        )
        next_plan.action_propose()
        return plan | next_plan

    @api.model
    def _demo_inspections(self, year):
        ref = self.env.ref
        topic = f"Việc thực hiện nhiệm vụ UBND thành phố, Chủ tịch UBND thành phố giao năm {year - 1}"
        return [
            (
                ref("task_oversight.agency_stc"),
                "regular",
                "on_site",
                4,
                topic,
                "15 nhiệm vụ quá hạn trên 38 nhiệm vụ đang thực hiện (39,5 %), 6 quá 30 ngày, 2 quá 120 ngày",
                {},
            ),
            (
                ref("task_oversight.agency_sxd"),
                "regular",
                "written",
                12,
                topic,
                "11 nhiệm vụ quá hạn trên 30 nhiệm vụ đang thực hiện (36,7 %), 1 nhiệm vụ trọng tâm quá hạn",
                {},
            ),
            (
                ref("task_oversight.agency_sct"),
                "thematic",
                "remote",
                9,
                "Nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao quá hạn từ năm trước",
                "Chuyên đề quý III",
                {"task_scope": "upper"},
            ),
        ]

    @api.model
    def _demo_conclude(self, inspection, today):
        """Sở Tài chính: self-inspection, inspection, the notice and its recommendations."""
        head = inspection.agency_id.head_user_id
        start = today - timedelta(days=120)
        inspection.action_request_self_report(date_due=today)
        inspection.sudo().write(
            {"self_report": DEMO_SELF_REPORT, "self_task_count": 52, "self_done_count": 37, "self_overdue_count": 12}
        )
        inspection.action_submit_self_report()
        # started four months ago: its figures are those of that day
        inspection._workflow_write(
            {
                "date_requested": start - timedelta(days=30),
                "self_report_due": start - timedelta(days=10),
                "date_self_report": start - timedelta(days=12),
                "self_report_by_id": head.id,
            }
        )
        inspection._apply_action("start", {"date_figures": start})
        inspection._freeze_figures(start)
        inspection.write({"findings": DEMO_FINDINGS, "responsibility": DEMO_RESPONSIBILITY})
        concluded = start + timedelta(days=20)
        self.env["oversight.inspection.recommendation"].create(
            [
                {
                    "inspection_id": inspection.id,
                    "sequence": index,
                    "content": content,
                    "deadline": concluded + timedelta(days=days),
                }
                for index, (content, days, _done) in enumerate(DEMO_RECOMMENDATIONS)
            ]
        )
        inspection.action_conclude(conclusion_ref="215/TB-UBND", date_concluded=concluded)
        for recommendation, (_content, days, done) in zip(
            inspection.recommendation_ids, DEMO_RECOMMENDATIONS, strict=True
        ):
            if done:
                task = recommendation.task_id
                task.action_report_done(document_ref="1024/BC-STC", report_date=concluded + timedelta(days=days - 2))
                task.action_confirm_done()
        return inspection
