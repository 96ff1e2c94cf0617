from datetime import timedelta

from odoo import api, models

DEMO_CAUSES = [
    ("Chờ ý kiến thẩm định của các sở, ngành liên quan.", "Tổ chức họp liên ngành, hoàn thành trong tháng tới."),
    ("Khối lượng hồ sơ lớn, thiếu nhân lực thực hiện.", "Bổ sung tổ công tác, báo cáo tiến độ hằng tuần."),
    ("Vướng mắc về thủ tục đất đai, giải phóng mặt bằng.", "Đề nghị UBND thành phố chỉ đạo tháo gỡ."),
]
DEMO_DIFFICULTIES = "Một số nhiệm vụ cần ý kiến của bộ, ngành Trung ương; nguồn kinh phí chưa được bố trí kịp thời."
DEMO_PROPOSALS = "Đề nghị Văn phòng UBND thành phố tổ chức giao ban định kỳ với các cơ quan có nhiệm vụ quá hạn."


class OversightReportPeriod(models.Model):
    _inherit = "oversight.report.period"

    @api.model
    def _load_demo_periods(self):
        """Last month's period, consolidated, with reports submitted on time, one late
        and one missing; and the period that collects this month's reports."""
        company = self.env.company
        today = company._oversight_today()
        current = self.sudo()._ensure_period(company, today)
        previous = self.sudo()._ensure_period(company, current.date_from)
        reports = previous.agency_report_ids.sorted(lambda report: (report.agency_id.sequence, report.agency_id.id))
        late, on_time = reports[-2:-1], reports[:-2]  # and the last agency's report stays missing
        for index, report in enumerate(late | on_time):
            report._demo_fill(index)
        for index, report in enumerate(on_time):
            report._demo_submit(previous.date_due - timedelta(days=1 + index % 4))
        late._demo_submit(previous.date_due + timedelta(days=3))
        previous.sudo()._rank()
        previous.sudo()._workflow_write({"state": "prepared"})
        for index, report in enumerate(current.agency_report_ids[:3]):
            report._demo_fill(index)
        return previous | current


class OversightAgencyReport(models.Model):
    _inherit = "oversight.agency.report"

    def _demo_fill(self, index):
        for position, line in enumerate(self.sudo().line_ids.filtered(lambda line: line.kind == "overdue")):
            cause, solution = DEMO_CAUSES[(index + position) % len(DEMO_CAUSES)]
            line.write({"cause": cause, "solution": solution})
        self.sudo().write({"difficulties": DEMO_DIFFICULTIES, "proposals": DEMO_PROPOSALS})

    def _demo_submit(self, day):
        head = self.agency_id.head_user_id
        self.sudo()._workflow_write(
            {"state": "submitted", "date_submitted": day, "submitted_by_id": head.id if head else False}
        )
