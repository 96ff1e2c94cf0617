from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import Form, tagged

from .common import InspectionCase


@tagged("post_install", "-at_install")
class TestInspectionYear(InspectionCase):
    """A whole year as the Office runs it: the plan proposed from the data and edited, approved
    by a leader, self-inspections, the inspection, its conclusion and recommendations followed
    as tasks, the year closed once they are, and next year's re-inspection list."""

    def test_the_year(self):
        plan, inspection = self._plan_proposed_and_approved()
        self._self_inspection(inspection)
        self._inspected_and_concluded(inspection)
        self._followed_up(plan, inspection)

    def _plan_proposed_and_approved(self):
        # agency A's backlog on 15/01/2026: 4 tasks overdue (due Friday 09/01), B's 1 in time
        overdue = self.env["oversight.task"]
        for _index in range(4):
            overdue |= self._assigned_on(date(2025, 11, 3), date(2026, 1, 9))
        self._assigned_on(date(2025, 11, 3), date(2026, 3, 31), lead_agency_id=self.agency_b.id)

        with freeze_time("2026-01-15"):
            form = Form(self.env["oversight.inspection.plan"].with_user(self.office))
            form.name = "Kế hoạch kiểm tra năm 2026"
            form.objectives = "Chấn chỉnh kỷ luật, kỷ cương"
            plan = form.save()
            self.assertEqual((plan.year, plan.date_cutoff), (2026, date(2026, 1, 15)))
            plan.action_propose()
            self.assertEqual(plan.inspection_ids.agency_id, self.agency_a)
            inspection = plan.inspection_ids
            self.assertEqual(inspection.kind, "regular")
            self.assertEqual(inspection.selection_reason, "4 nhiệm vụ quá hạn trên 4 nhiệm vụ đang thực hiện (100,0 %)")
            # the Office completes the plan: the team, the month, and a thematic round of agency B
            with Form(inspection.with_user(self.office)) as edit:
                edit.date_planned = date(2026, 3, 1)
                edit.method = "on_site"
                edit.team_leader_id = self.office
                edit.member_ids.add(self.member_b)
            self._inspection(plan, self.agency_b, kind="thematic", task_scope="starred", topic="Nhiệm vụ gắn sao")
            plan.with_user(self.office).write({"decision_ref": "45/QĐ-UBND", "date": date(2026, 1, 20)})
        self.assertEqual(self.env["oversight.inspection"].with_user(self.head_a).search([]).ids, [])
        with freeze_time("2026-01-20"):
            plan.with_user(self.leader).action_approve()
        self.assertEqual(plan.state, "approved")
        return plan, inspection

    def _self_inspection(self, inspection):
        # self-inspection, asked through the dialog, submitted by the head
        with freeze_time("2026-02-02"):
            action = (
                inspection.with_user(self.office)
                .with_context(oversight_decision="request_self_report")
                .action_open_decision_wizard()
            )
            wizard = Form(self.env[action["res_model"]].with_user(self.office).with_context(**action["context"]))
            wizard.date_due = date(2026, 2, 20)
            wizard.save().action_confirm()
        self.assertEqual(self.env["oversight.inspection"].with_user(self.head_a).search([]), inspection)
        with freeze_time("2026-02-18"):
            inspection.with_user(self.head_a).write({"self_report": "Sở đã rà soát 4 nhiệm vụ quá hạn"})
            inspection.with_user(self.head_a).action_submit_self_report()

    def _inspected_and_concluded(self, inspection):
        # the inspection: figures frozen, findings, conclusion
        with freeze_time("2026-03-02"):
            inspection.with_user(self.office).action_start()
        self.assertRecordValues(inspection, [{"task_total": 4, "open_overdue": 4, "state": "in_progress"}])
        inspection.with_user(self.member_b).write({"findings": "Bốn nhiệm vụ quá hạn chưa có giải pháp"})
        self.env["oversight.inspection.recommendation"].with_user(self.office).create(
            [
                {"inspection_id": inspection.id, "content": "Kiểm điểm trách nhiệm", "deadline": date(2026, 4, 30)},
                {"inspection_id": inspection.id, "content": "Hoàn thành 4 nhiệm vụ", "deadline": date(2026, 6, 30)},
                {"inspection_id": inspection.id, "content": "Ban hành quy chế", "deadline": date(2026, 12, 31)},
            ]
        )
        with freeze_time("2026-03-16"):
            action = (
                inspection.with_user(self.office)
                .with_context(oversight_decision="conclude")
                .action_open_decision_wizard()
            )
            wizard = Form(self.env[action["res_model"]].with_user(self.office).with_context(**action["context"]))
            wizard.conclusion_ref = "15/TB-UBND"
            wizard.save().action_confirm()
        self.assertRecordValues(inspection, [{"state": "concluded", "date_concluded": date(2026, 3, 16)}])
        done, late, kept_open = inspection.recommendation_ids.task_id
        tasks = done | late | kept_open
        self.assertEqual(self.env["oversight.task"].with_user(self.head_a).search([("id", "in", tasks.ids)]), tasks)

    def _followed_up(self, plan, inspection):
        done, late, kept_open = inspection.recommendation_ids.task_id

        # follow-up: one carried out, one cancelled by a leader, one still open at year end
        self._carried_out(done, self.head_a, date(2026, 4, 28))
        with freeze_time("2026-07-01"):
            late.with_user(self.leader).action_cancel(reason="Gộp vào kiến nghị của Thông báo 40/TB-UBND")
        pivot = (
            self.env["oversight.inspection.recommendation"]
            .with_user(self.leader)
            ._read_group([("agency_id", "=", self.agency_a.id)], ["state"], ["__count"])
        )
        self.assertEqual(dict(pivot), {"done": 1, "cancelled": 1, "open": 1})
        self.assertEqual(
            self.env["oversight.inspection.recommendation"].with_user(self.leader)._open_counts_by_agency(),
            {self.agency_a: 1},
        )
        with self.assertRaisesRegex(UserError, "not carried out yet"):
            inspection.with_user(self.office).action_close()
        with self.assertRaisesRegex(UserError, "not closed yet"):
            plan.with_user(self.office).action_done()

        # next year's list: A again, for its open recommendation and the tasks still overdue
        with freeze_time("2026-12-16"):
            next_plan = self._plan(2027, date(2026, 12, 15))
            next_plan.with_user(self.office).action_propose()
        # (B, never inspected, is proposed for its task overdue since 31/03: 1 of 1 open)
        proposed = {i.agency_id: i for i in next_plan.inspection_ids}
        self.assertEqual(
            {a: i.kind for a, i in proposed.items()}, {self.agency_a: "reinspection", self.agency_b: "regular"}
        )
        self.assertEqual(
            proposed[self.agency_a].selection_reason,
            "4 nhiệm vụ quá hạn trên 5 nhiệm vụ đang thực hiện (80,0 %), 4 quá 30 ngày, 4 quá 120 ngày; "
            "tái kiểm tra: 1 kiến nghị của Thông báo 15/TB-UBND chưa thực hiện, "
            "4 nhiệm vụ đã kiểm tra năm 2026 vẫn quá hạn",
        )

        # the last recommendation carried out: the inspection closes, then the year
        self._carried_out(kept_open, self.head_a, date(2026, 12, 20))
        inspection.with_user(self.office).action_close()
        plan.inspection_ids.filtered(lambda i: i.kind == "thematic").with_user(self.office).action_cancel(
            reason="Chuyển sang kế hoạch năm sau"
        )
        plan.with_user(self.office).action_done()
        self.assertEqual((inspection.state, plan.state), ("closed", "done"))
