from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from odoo.addons.task_oversight.tests.allowlist import AllowlistWalk

from .common import InspectionCase


@tagged("post_install", "-at_install")
class TestInspectionAllowlist(AllowlistWalk, InspectionCase):
    """R16 for every model and stored field of the inspection addon, as each role."""

    addons = ("task_oversight_inspection",)
    min_models = 5
    min_checked = 400

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        _task, overdue = cls._allowlist_task_fixture()
        plan = cls.env["oversight.inspection.plan"].create(
            {"name": "Kế hoạch kiểm tra năm 2026", "year": 2026, "date_cutoff": date(2026, 11, 30)}
        )
        inspection = cls.env["oversight.inspection"].create(
            {"plan_id": plan.id, "agency_id": cls.agency_a.id, "date_from": date(2026, 1, 1)}
        )
        with freeze_time("2026-12-01"):
            plan.with_user(cls.leader).action_approve(decision_ref="45/QĐ-UBND", date="2026-12-01")
            inspection.action_request_self_report(date_due="2026-12-10")
            cls.env["oversight.inspection.reminder"].create(
                {"inspection_id": inspection.id, "offset_days": 7, "date": date(2026, 12, 3)}
            )
        with freeze_time("2026-12-15"):
            inspection.action_start()
        cls.env["oversight.inspection.recommendation"].create(
            {"inspection_id": inspection.id, "content": "Kiểm điểm trách nhiệm", "deadline": date(2026, 12, 30)}
        )
        assert overdue in inspection.task_ids

    def test_results_are_on_no_allowlist(self):
        never = {
            "state",
            "task_ids",
            "line_ids",
            "date_figures",
            "open_overdue",
            "conclusion_ref",
            "date_concluded",
            "directive_id",
            "date_requested",
            "date_self_report",
            "self_report_by_id",
        }
        self._assert_never_allowed([("oversight.inspection", operation, never) for operation in ("create", "write")])
        self._assert_never_allowed(
            [
                ("oversight.inspection.plan", "write", {"state", "approver_id", "date_approved"}),
                ("oversight.inspection.recommendation", "write", {"task_id", "state", "inspection_id"}),
            ]
        )
        self.assertFalse(self.env["oversight.inspection.reminder"]._get_write_allowlist())
