from datetime import timedelta

from odoo.tests import tagged

from .common import OversightCase


@tagged("post_install", "-at_install")
class TestDemoData(OversightCase):
    """The demo generator behind `make run` covers every state and deadline status."""

    def test_demo_tasks_cover_every_case(self):
        self.directive.date = self.today() - timedelta(days=300)
        self.env["oversight.task"]._load_demo_tasks(count=48)
        tasks = self.env["oversight.task"].search([("directive_id", "=", self.directive.id)])
        self.assertEqual(len(tasks), 48)
        self.assertEqual(set(tasks.mapped("state")), {"draft", "assigned", "reported", "done", "paused", "cancelled"})
        self.assertEqual(
            set(tasks.mapped("deadline_status")) - {False},
            {"done_on_time", "done_late", "done_no_deadline", "in_time", "overdue", "no_deadline"},
        )
        self.assertTrue(tasks.filtered("original_deadline"), "some deadlines were extended")
        self.assertTrue(tasks.update_ids.filtered("is_completion"))
        opened = tasks.filtered(lambda task: task.state != "draft")
        first_steps = opened.step_ids.filtered(lambda step: step.step == "assigned")
        self.assertEqual(len(first_steps), len(opened), "every task the demo assigned has its history")
        self.assertEqual({step.date.date() for step in first_steps}, set(opened.mapped("date_assigned")))
        lead_a = opened.filtered(lambda task: task.lead_agency_id == self.agency_a)
        self.assertEqual(set(lead_a.mapped("officer_id")), {self.user_a}, "agencies with officers name them")
