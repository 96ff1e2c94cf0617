from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.task_oversight.tests.common import OversightJobCase

from .common import IndicatorCase


@tagged("post_install", "-at_install")
class TestExplanation(IndicatorCase, OversightJobCase):
    """An off-track indicator explained by its agency: a task under the People's Council
    resolution, so that the ladder (R10) and the monthly figures follow it."""

    def _off_track_march(self):
        # 200 against 300 expected by March: off track (see test_status)
        return self._values(self.revenue, {date(2026, 1, 31): 100, date(2026, 3, 31): 100}, day=date(2026, 4, 2))[1]

    def test_leader_asks_and_the_task_escalates(self):
        march = self._off_track_march()
        march.with_user(self.office).action_confirm()
        with freeze_time("2026-04-03 09:00:00"):
            march.with_user(self.leader).action_request_explanation(deadline="2026-04-20", note="Làm rõ nguyên nhân")
        task = march.explanation_task_id
        self.assertRecordValues(
            task,
            [
                {
                    "state": "assigned",
                    "lead_agency_id": self.agency_a.id,
                    "leader_id": self.leader.id,
                    "directive_id": self.resolution.id,
                    "deadline": date(2026, 4, 20),
                    "indicator_id": self.revenue.id,
                    "monitor_user_id": self.office.id,  # who confirmed the value follows its explanation
                }
            ],
        )
        self.assertIn("NS01", task.name)
        for figure in ("1,200.00 tỷ đồng", "200.00 tỷ đồng", "16.7 %", "25.0 %", "Off Track", "Làm rõ nguyên nhân"):
            self.assertIn(figure, str(task.description))
        self.assertEqual(self.revenue.explanation_task_ids, task)
        # the ladder: level 1 on the first overdue day (20/04 is a Monday, overdue on the 21st)
        self._run(date(2026, 4, 21))
        self.assertEqual([level for level, _day in self._escalations(task)], [1])
        self._run(date(2026, 4, 28))
        self.assertEqual([level for level, _day in self._escalations(task)], [1, 2])

    def test_refusals(self):
        march = self._off_track_march()
        with freeze_time("2026-04-03 09:00:00"):
            with self.assertRaisesRegex(UserError, "Only a leader of the Committee"):
                march.with_user(self.office).action_request_explanation(deadline="2026-04-20")
            with self.assertRaisesRegex(UserError, "is not a valid date"):
                march.with_user(self.leader).action_request_explanation(deadline="20/04/2026")
            with self.assertRaisesRegex(UserError, "cannot be in the past"):
                march.with_user(self.leader).action_request_explanation(deadline="2026-04-01")
            january = march.search([("indicator_id", "=", self.revenue.id), ("date", "=", date(2026, 1, 31))])
            with self.assertRaisesRegex(UserError, "on track: an explanation is asked"):
                january.with_user(self.leader).action_request_explanation(deadline="2026-04-20")
            self.resolution.sudo().name = "46/NQ-HĐND"
            with self.assertRaisesRegex(UserError, "Register the People's Council resolution"):
                march.with_user(self.leader).action_request_explanation(deadline="2026-04-20")
        self.assertFalse(march.explanation_task_id)
