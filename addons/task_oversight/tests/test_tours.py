from datetime import timedelta

from odoo.tests import HttpCase, tagged

from .common import OversightCase


@tagged("post_install", "-at_install")
class TestTours(HttpCase, OversightCase):
    """The two journeys of the foundation, in headless Chromium."""

    def test_office_registers_directive_and_assigns(self):
        self.office.password = "t_office"
        self.start_tour(
            "/odoo/action-task_oversight.oversight_directive_action",
            "task_oversight_office_directive_tour",
            login="t_office",
        )
        directive = self.env["oversight.directive"].search([("name", "=", "7788/UBND-KSTT")])
        self.assertRecordValues(
            directive.task_ids.sorted("id"),
            [
                {"lead_agency_id": self.agency_a.id, "state": "assigned", "leader_id": self.leader.id},
                {"lead_agency_id": self.agency_b.id, "state": "assigned", "leader_id": self.leader.id},
            ],
        )

    def test_head_reports_completion(self):
        task = self._assigned_task(deadline=self.today() + timedelta(days=7))
        self.head_a.password = "t_head_a"
        self.start_tour(
            f"/odoo/action-task_oversight.oversight_task_action/{task.id}",
            "task_oversight_head_report_tour",
            login="t_head_a",
        )
        self.assertRecordValues(task, [{"state": "reported", "date_reported": self.today()}])
        self.assertEqual(task.update_ids.filtered("is_completion").document_ref, "125/BC-SNV")

    def test_every_task_view_renders(self):
        today = self.today()
        self._assigned_task(deadline=today + timedelta(days=3), starred=True)
        self._reported_task(deadline=today + timedelta(days=10))
        overdue = self._assigned_task(date_assigned=today - timedelta(days=20), deadline=today - timedelta(days=2))
        overdue.flush_recordset()
        for login, user in (("t_office", self.office), ("t_head_a", self.head_a)):
            with self.subTest(login=login):
                user.password = login
                self.start_tour(
                    "/odoo/action-task_oversight.oversight_task_action", "task_oversight_views_tour", login=login
                )

    def test_extension_from_officer_to_leader(self):
        """An officer drafts, the head submits from the list, the leader approves."""
        task = self._assigned_task(deadline=self.today() + timedelta(days=10))
        for user in (self.user_a, self.head_a, self.leader):
            user.password = user.login
        self.start_tour(
            f"/odoo/action-task_oversight.oversight_task_action/{task.id}",
            "task_oversight_officer_extension_tour",
            login="t_user_a",
        )
        request = task.extension_ids
        self.assertRecordValues(request, [{"state": "draft", "create_uid": self.user_a.id}])
        self.assertEqual(request.activity_ids.user_id, self.head_a, "the head is asked to submit it")
        self.start_tour("/odoo/oversight-extensions", "task_oversight_head_extension_tour", login="t_head_a")
        self.assertEqual(request.state, "submitted")
        self.start_tour(
            f"/odoo/oversight-extensions/{request.id}", "task_oversight_leader_extension_tour", login="t_leader"
        )
        self.assertRecordValues(request, [{"state": "approved", "approver_id": self.leader.id}])
        self.assertEqual(task.deadline, request.requested_deadline)

    def test_head_assigns_an_officer_who_reports_progress(self):
        task = self._assigned_task(deadline=self.today() + timedelta(days=10))
        for user in (self.head_a, self.user_a):
            user.password = user.login
        self.start_tour(
            f"/odoo/action-task_oversight.oversight_task_action/{task.id}",
            "task_oversight_head_assigns_officer_tour",
            login="t_head_a",
        )
        self.assertEqual(task.officer_id, self.user_a)
        self.start_tour(
            f"/odoo/action-task_oversight.oversight_task_action/{task.id}",
            "task_oversight_officer_progress_tour",
            login="t_user_a",
        )
        self.assertEqual(task.date_acknowledged, self.today())
        self.assertRecordValues(task.update_ids, [{"progress": 40, "user_id": self.user_a.id}])
        self.assertEqual(
            task.step_ids.sorted(lambda step: (step.date, step.id)).mapped("step"),
            ["assigned", "officer", "acknowledged", "progress"],
        )
