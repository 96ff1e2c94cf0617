from datetime import date, timedelta

from freezegun import freeze_time

from odoo.addons.task_oversight.tests.common import OversightJobCase


class InspectionCase(OversightJobCase):
    """The committee of ``OversightCase`` with the inspection thresholds set for the tests,
    a team member from another agency, and helpers walking an inspection through its year."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("vi_VN")
        cls.env.company.write(
            {
                "oversight_insp_min_overdue": 4,
                "oversight_insp_min_share": 50,
                "oversight_insp_min_overdue_30": 3,
                "oversight_insp_min_overdue_120": 2,
                "oversight_insp_min_starred": 1,
            }
        )
        # a civil servant of Sở Tài chính (B) on the team inspecting agency A
        cls.member_b = cls._user("t_member_b", "task_oversight.group_agency_user", cls.agency_b, name="Thành viên STC")

    def _plan(self, year=2026, cutoff=date(2026, 1, 10), **values):
        return (
            self.env["oversight.inspection.plan"]
            .with_user(self.office)
            .create({"name": f"Kế hoạch kiểm tra năm {year}", "year": year, "date_cutoff": cutoff, **values})
        )

    def _inspection(self, plan, agency, **values):
        return (
            self.env["oversight.inspection"]
            .with_user(self.office)
            .create(
                {
                    "plan_id": plan.id,
                    "agency_id": agency.id,
                    "topic": "Việc thực hiện nhiệm vụ năm 2025",
                    "date_from": date(2025, 1, 1),
                    "team_leader_id": self.office.id,
                    **values,
                }
            )
        )

    def _approve(self, plan, day="2026-01-12"):
        with freeze_time(day):
            plan.with_user(self.leader).action_approve(decision_ref="45/QĐ-UBND", date=day)

    def _started(self, inspection, day="2026-03-02"):
        """Asked for its self-inspection a month before, then started on ``day``."""
        day = date.fromisoformat(day) if isinstance(day, str) else day
        with freeze_time(day - timedelta(days=30)):
            inspection.with_user(self.office).action_request_self_report(date_due=day - timedelta(days=5))
        with freeze_time(day):
            inspection.with_user(self.office).action_start()
        return inspection

    def _concluded(self, inspection, recommendations, ref="15/TB-UBND", day="2026-03-16"):
        """Concluded on ``day`` with ``recommendations``: ``[(content, deadline)]``."""
        self.env["oversight.inspection.recommendation"].with_user(self.office).create(
            [
                {"inspection_id": inspection.id, "content": content, "deadline": deadline, "sequence": index}
                for index, (content, deadline) in enumerate(recommendations)
            ]
        )
        with freeze_time(day):
            inspection.with_user(self.office).action_conclude(conclusion_ref=ref, date_concluded=day)
        return inspection

    def _carried_out(self, task, head, day):
        """The agency's head reports the task done on ``day`` and the Office confirms it."""
        with freeze_time(day):
            task.with_user(head).action_report_done(document_ref="52/BC-SNV", report_date=day)
            task.with_user(self.office).action_confirm_done()
