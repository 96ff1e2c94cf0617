"""Batch paths cost the same queries for many records as for a few (SPEC §5): the
merger handing over open tasks, and the reader's draft tasks created from its lines."""

from datetime import timedelta

from odoo.tests import tagged

from .common import OversightCase


@tagged("post_install", "-at_install")
class TestBatchQueries(OversightCase):
    def _agency_with_tasks(self, count):
        agency = self.env["oversight.agency"].create({"name": f"Sở thử nghiệm {count}", "code": f"T-BQ{count}"})
        for index in range(count):
            self._assigned_task(
                name=f"Nhiệm vụ {index}",
                lead_agency_id=agency.id,
                coordinating_agency_ids=[self.agency_a.id],
                deadline=self.today() + timedelta(days=20 + index),
            )
        return agency

    def _merge(self, agency):
        wizard = (
            self.env["oversight.agency.merge"]
            .with_user(self.office)
            .create(
                {
                    "agency_ids": [agency.id],
                    "successor_id": self.agency_b.id,
                    "date": self.today(),
                    "decision_ref": "1679/QĐ-UBND",
                }
            )
        )
        wizard.action_merge()

    def test_merger_queries_do_not_grow_with_the_tasks(self):
        self.assertSameQueries(self._agency_with_tasks, self._merge)
        moved = self.env["oversight.task"].search(
            [("name", "=like", "Nhiệm vụ %"), ("lead_agency_id", "=", self.agency_b.id)]
        )
        self.assertEqual(len(moved), 9)

    def _intake_with_lines(self, count):
        intake = (
            self.env["oversight.directive.intake"].with_user(self.office).create({"directive_id": self.directive.id})
        )
        intake.line_ids = [
            (
                0,
                0,
                {
                    "sequence": index,
                    "name": f"Rà soát thủ tục hành chính đợt {count}-{index}",
                    "lead_agency_id": (self.agency_a if index % 2 else self.agency_b).id,
                    "coordinating_agency_ids": [self.agency_c.id],
                    "deadline": self.today() + timedelta(days=30),
                    "selected": True,
                },
            )
            for index in range(count)
        ]
        return intake

    def test_reader_task_creation_queries_do_not_grow_with_the_lines(self):
        self.assertSameQueries(self._intake_with_lines, lambda intake: intake.action_create_tasks())
        self.assertEqual(len(self.directive.task_ids.filtered(lambda task: "đợt 6-" in task.name)), 6)
