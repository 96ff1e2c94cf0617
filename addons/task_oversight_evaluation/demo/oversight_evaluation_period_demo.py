from datetime import datetime, time, timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, models

DEMO_SELF_ASSESSMENT = (
    "Chấp hành nghiêm chủ trương, đường lối của Đảng, pháp luật của Nhà nước; giữ gìn kỷ luật, kỷ cương "
    "hành chính; tinh thần trách nhiệm cao, phục vụ người dân và doanh nghiệp tận tình."
)
# Sở Nội vụ's month: (task, deadline day, completion day, returns, key task, held by the head)
DEMO_MONTH = [
    ("Tổng hợp kết quả thực hiện Đề án vị trí việc làm năm 2026", 9, 7, 0, False, False),
    ("Thẩm định đề án sắp xếp đơn vị sự nghiệp công lập sau hợp nhất", 14, 19, 0, False, False),
    ("Dự thảo Quyết định phân cấp quản lý công chức cấp xã", 20, 19, 1, False, False),
    ("Rà soát biên chế công chức các phường sau sắp xếp", 23, None, 0, True, False),
    ("Báo cáo công tác thi đua, khen thưởng 9 tháng đầu năm", 12, 12, 0, False, True),
]


class OversightEvaluationPeriod(models.Model):
    _inherit = "oversight.evaluation.period"

    @api.model
    def _load_demo_evaluations(self):
        """Last month of Sở Nội vụ (on time, late, returned once, a key task overdue, the head's
        own task), its evaluation period, and the officer's self-assessment sent: its head reviews it."""
        company = self.env.company
        start = self._last_closed_start(company, company._oversight_today())
        self._demo_month(start)
        period = self.sudo()._ensure_period(company, company._oversight_today())
        officer = self.env.ref("task_oversight.user_officer_snv", raise_if_not_found=False)
        evaluation = period.evaluation_ids.filtered(lambda evaluation: evaluation.user_id == officer)
        if evaluation:
            evaluation.write({"self_general_points": 27, "self_assessment": DEMO_SELF_ASSESSMENT})
            evaluation.action_self_assess()
        return period

    @api.model
    def _demo_month(self, start):
        ref = self.env.ref
        agency = ref("task_oversight.agency_snv", raise_if_not_found=False)
        if not agency:
            return
        officer, head = ref("task_oversight.user_officer_snv"), ref("task_oversight.user_head_snv")
        directive = self.env["oversight.directive"].search([("company_id", "=", self.env.company.id)], limit=1)
        assigned = start - relativedelta(months=1) + timedelta(days=20)
        Step = self.env["oversight.task.step"].sudo()
        for name, deadline, done, returns, key, by_head in DEMO_MONTH:
            holder = head if by_head else officer
            task = (
                self.env["oversight.task"]
                .sudo()
                .create(
                    {
                        "name": name,
                        "directive_id": directive.id,
                        "leader_id": ref("task_oversight.user_vice_chairman").id,
                        "lead_agency_id": agency.id,
                        "date_assigned": assigned,
                        "deadline": start + timedelta(days=deadline - 1),
                        "starred": key,
                    }
                )
            )
            done_on = done and start + timedelta(days=done - 1)
            task._workflow_write(
                {
                    "state": "done" if done else "assigned",
                    "officer_id": holder.id,
                    "date_acknowledged": assigned + timedelta(days=1),
                    "date_reported": done_on or False,
                    "date_done": done_on or False,
                }
            )
            steps = [
                ("assigned", assigned, ref("task_oversight.user_office")),
                ("officer", assigned + timedelta(days=1), head),
            ]
            if returns:
                steps += [("returned", done_on - timedelta(days=3), ref("task_oversight.user_office"))] * returns
            if done:
                steps += [("reported", done_on, head), ("confirmed", done_on, ref("task_oversight.user_office"))]
            Step.create(
                [
                    {
                        "task_id": task.id,
                        "step": step,
                        "user_id": user.id,
                        "agency_id": agency.id,
                        "officer_id": holder.id,
                        "date": datetime.combine(day, time(3, 0)),
                    }
                    for step, day, user in steps
                ]
            )
