import itertools
import random
from datetime import datetime, time, timedelta

from odoo import api, models

DEMO_TASKS = [
    "Rà soát, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý",
    "Xây dựng kế hoạch chuyển đổi số năm 2027 của cơ quan",
    "Báo cáo tình hình giải quyết hồ sơ trực tuyến toàn trình",
    "Tham mưu ban hành quy chế phối hợp quản lý cụm công nghiệp",
    "Hoàn thiện hồ sơ đề xuất danh mục dự án đầu tư công trung hạn",
    "Đẩy nhanh tiến độ giải phóng mặt bằng dự án đường vành đai phía Tây",
    "Kiểm tra công tác phòng cháy, chữa cháy tại các chợ truyền thống",
    "Tổng hợp kiến nghị của cử tri gửi kỳ họp Hội đồng nhân dân",
    "Xây dựng phương án sắp xếp trụ sở làm việc dôi dư sau hợp nhất",
    "Triển khai số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "Rà soát quy hoạch mạng lưới trường học giai đoạn 2026 - 2030",
    "Tham mưu kế hoạch phòng, chống dịch sốt xuất huyết",
    "Đánh giá kết quả thực hiện chỉ số cải cách hành chính PAR Index",
    "Báo cáo tiến độ giải ngân vốn đầu tư công các dự án trọng điểm",
    "Xây dựng đề án phát triển du lịch đêm trên địa bàn thành phố",
    "Xử lý dứt điểm tình trạng ngập úng cục bộ tại các tuyến đường trung tâm",
    "Hoàn thành cấp giấy chứng nhận quyền sử dụng đất tồn đọng",
    "Tổ chức đối thoại với doanh nghiệp về tháo gỡ khó khăn sản xuất",
    "Cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức",
    "Rà soát, đề xuất bãi bỏ văn bản quy phạm pháp luật không còn phù hợp",
    "Kiểm tra việc chấp hành quy định về an toàn thực phẩm tại bếp ăn tập thể",
    "Triển khai thanh toán không dùng tiền mặt tại các cơ sở y tế công lập",
    "Tham mưu giải quyết khiếu nại kéo dài của công dân",
    "Lập kế hoạch bảo trì hệ thống chiếu sáng công cộng",
    "Đề xuất chính sách thu hút nguồn nhân lực chất lượng cao",
    "Kiểm tra, xử lý vi phạm trật tự xây dựng tại các khu dân cư mới",
    "Xây dựng bộ chỉ số đánh giá mức độ hài lòng của người dân",
    "Hoàn thiện hệ thống thông tin báo cáo kết nối với Chính phủ",
    "Tổng kết 5 năm thực hiện chương trình xây dựng nông thôn mới",
    "Chuẩn bị nội dung làm việc với Đoàn kiểm tra của Trung ương",
]
DEMO_OUTPUTS = ["Báo cáo của UBND", "Tờ trình kèm dự thảo quyết định", "Kế hoạch được phê duyệt", "Văn bản hướng dẫn"]
# one scenario per task, in turn: what the demo database must show
DEMO_SCENARIOS = [
    "done_on_time",
    "done_on_time",
    "done_late",
    "done_no_deadline",
    "in_time",
    "in_time",
    "overdue",
    "reported",
    "no_deadline",
    "overdue",
    "in_time",
    "stopped",
]


class OversightTask(models.Model):
    _inherit = "oversight.task"

    @api.model
    def _load_demo_tasks(self, count=150, seed=2026):
        """Create ``count`` Vietnamese demo tasks of the last 12 months, in every state."""
        if "vi_VN" in dict(self.env["res.lang"].get_installed()):
            # the chatter and activities of the demo read as the users would write them
            self = self.with_context(lang="vi_VN")  # noqa: PLW0642
        rng = random.Random(seed)
        env = self.sudo().env
        today = self.env.company._oversight_today()
        directives = env["oversight.directive"].search([("company_id", "=", self.env.company.id)], order="date")
        agencies = env["oversight.agency"].search([("code", "!=", "VPUBND")])
        monitor = env.ref("task_oversight.user_office", raise_if_not_found=False)
        plans = []
        for index in range(count):
            directive = directives[index % len(directives)]
            scenario = DEMO_SCENARIOS[index % len(DEMO_SCENARIOS)]
            lead = agencies[rng.randrange(len(agencies))]
            others = (agencies - lead).ids
            assigned = min(directive.date + timedelta(days=rng.randint(0, 10)), today - timedelta(days=40))
            plans.append(
                (
                    scenario,
                    {
                        "name": DEMO_TASKS[index % len(DEMO_TASKS)],
                        "directive_id": directive.id,
                        "leader_id": directive.signer_id.id,
                        "lead_agency_id": lead.id,
                        "coordinating_agency_ids": [(6, 0, rng.sample(others, rng.randint(0, 3)))],
                        "monitor_user_id": monitor.id if monitor else False,
                        "date_assigned": assigned,
                        "deadline": self._demo_deadline(rng, scenario, assigned, today),
                        "starred": rng.random() < 0.12,
                        "expected_output": rng.choice(DEMO_OUTPUTS),
                        "state": "assigned",
                    },
                )
            )
        tasks = self.sudo().create([vals for _scenario, vals in plans])
        stopped_states = itertools.cycle(["paused", "cancelled", "draft"])
        for task, (scenario, _vals) in zip(tasks, plans, strict=True):
            if scenario == "stopped":
                task._demo_stop(next(stopped_states))
            else:
                task._demo_progress(rng, scenario, today)
        tasks._demo_extensions(rng)
        tasks._demo_timeline(rng)
        return tasks

    def _demo_deadline(self, rng, scenario, assigned, today):
        if scenario in ("done_no_deadline", "no_deadline"):
            return False
        if scenario == "reported":
            # some agencies report after their deadline
            return today + timedelta(days=rng.choice([-6, -2, 5, 12, 20, 30]))
        if scenario == "in_time":
            return today + timedelta(days=rng.randint(3, 90))
        # overdue and completed tasks: a deadline already past
        return assigned + timedelta(days=rng.randint(10, max(11, (today - assigned).days - 5)))

    def _demo_stop(self, state):
        reason = "Theo ý kiến chỉ đạo của Chủ tịch UBND thành phố." if state != "draft" else False
        self.write({"state": state, "state_reason": reason})

    def _demo_progress(self, rng, scenario, today):
        self.ensure_one()
        end = today if scenario not in ("done_on_time", "done_late") else self._demo_done_date(rng, scenario)
        span = max((end - self.date_assigned).days, 1)
        for step in range(1, rng.randint(2, 4)):
            self.env["oversight.task.update"].sudo().create(
                {
                    "task_id": self.id,
                    "agency_id": self.lead_agency_id.id,
                    "date": self.date_assigned + timedelta(days=span * step // 4),
                    "progress": 25 * step,
                    "note": "Đã triển khai các bước theo kế hoạch, đang tổng hợp ý kiến các đơn vị.",
                    "difficulties": "Chờ ý kiến thẩm định của các sở liên quan." if step == 2 else False,
                }
            )
        if scenario in ("reported", "done_on_time", "done_late", "done_no_deadline"):
            report_date = min(end, today)
            self.action_report_done(
                document_ref=f"{rng.randint(100, 999)}/BC-{self.lead_agency_id.code}",
                report_date=report_date,
                note="Đã hoàn thành nhiệm vụ được giao.",
            )
            if scenario != "reported":
                self.action_confirm_done()

    def _demo_extensions(self, rng):
        """Approved, pending and returned cases for the leaders and the Office to see."""
        open_tasks = self.filtered(lambda task: task.state == "assigned" and task.deadline_status == "in_time")
        requests = self.env["oversight.extension.request"].sudo()
        for index, task in enumerate(open_tasks[:11]):
            request = requests.create(
                {
                    "task_id": task.id,
                    "requested_deadline": task.effective_deadline + timedelta(days=rng.choice([15, 30, 45])),
                    "reason": "Nhiệm vụ cần lấy ý kiến các bộ, ngành Trung ương nên cần thêm thời gian.",
                }
            )
            request.action_submit()
            if index < 8:
                request.action_approve(decision_note="Đồng ý gia hạn theo đề nghị.")
        for task in open_tasks[11:13]:
            task.action_report_done(document_ref=f"{rng.randint(100, 999)}/BC-{task.lead_agency_id.code}")
            task.action_return(reason="Báo cáo chưa kèm sản phẩm theo yêu cầu, đề nghị bổ sung.")

    def _demo_done_date(self, rng, scenario):
        if scenario == "done_on_time":
            return self.effective_deadline - timedelta(days=rng.randint(0, 5))
        return self.effective_deadline + timedelta(days=rng.randint(3, 25))

    def _demo_timeline(self, rng):
        """A history of steps as it would have been lived: assigned on the day of
        assignment, the officer named and the task acknowledged a day or two later
        (in agencies that have officers), each step on its own day."""
        Step = self.env["oversight.task.step"].sudo()
        calendar = self.env.company.oversight_calendar_id
        for task in self.sudo().filtered(lambda task: task.state != "draft"):
            head = task.lead_agency_id.head_user_id
            officer = (task.lead_agency_id.user_ids - head)[:1]
            received = task.date_assigned + timedelta(days=rng.randint(1, 2))
            if officer:
                task._workflow_write({"officer_id": officer.id, "date_acknowledged": received})
            first = [("assigned", task.date_assigned, task.monitor_user_id or task.create_uid, False)]
            if officer:
                first += [("officer", received, head, officer), ("acknowledged", received, officer, officer)]
            Step.create(
                [
                    {
                        "task_id": task.id,
                        "step": step,
                        "user_id": user.id,
                        "agency_id": task.lead_agency_id.id,
                        "officer_id": step_officer.id if step_officer else False,
                        "date": datetime.combine(day, time(9, 0)),
                    }
                    for step, day, user, step_officer in first
                ]
            )
            dated = {
                "progress": iter(task.update_ids.filtered(lambda u: not u.is_completion).sorted("date").mapped("date"))
            }
            for step in task.step_ids.filtered(lambda step: step.step not in ("assigned", "officer", "acknowledged")):
                day = {
                    "reported": task.date_reported or task.date_done,
                    "confirmed": task.date_done and task.date_done + timedelta(days=1),
                    "paused": task.date_assigned + timedelta(days=20),
                    "cancelled": task.date_assigned + timedelta(days=20),
                }.get(step.step) or next(dated.get(step.step, iter(())), None)
                if day:
                    step._workflow_write(
                        {"date": datetime.combine(day, time(10, 0)), "officer_id": officer.id or False}
                    )
            steps = task.step_ids.sorted(lambda step: (step.date, step.id))
            days = calendar._oversight_working_days_between(
                {(previous.date.date(), step.date.date()) for previous, step in itertools.pairwise(steps)}
            )
            for previous, step in itertools.pairwise(steps):
                step._workflow_write({"working_days": days[(previous.date.date(), step.date.date())]})
