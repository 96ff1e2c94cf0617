from freezegun import freeze_time

from odoo.tests import tagged

from ..demo.oversight_indicator_demo import DEMO_INDICATORS
from .common import IndicatorCase


@tagged("post_install", "-at_install")
class TestIndicatorDemo(IndicatorCase):
    """The demo behind `make run`: every status colour, values through last month, some late,
    one returned, one explanation task."""

    def _demo_refs(self):
        """The demo records the loader names, pointed at the fixture's (no demo data in tests)."""
        agencies = {row[4] for row in DEMO_INDICATORS}
        names = [(name, "oversight.agency", self.agency_b.id) for name in agencies]
        names += [("user_chairman", "res.users", self.leader.id), ("user_office", "res.users", self.office.id)]
        self.env["ir.model.data"].create(
            [
                {"module": "task_oversight", "name": name, "model": model, "res_id": res_id}
                for name, model, res_id in names
            ]
        )

    def test_demo_covers_every_case(self):
        self._demo_refs()
        for indicator in self.env["oversight.indicator"].sudo().search([]):
            indicator.write({"code": f"T-{indicator.code}", "active": False})
        self.env.flush_all()
        with freeze_time("2026-12-03 09:00:00"):
            indicators = self.env["oversight.indicator"]._load_demo_indicators()
        self.assertEqual(len(indicators), 18)
        self.assertEqual(set(indicators.mapped("status")), {"on_track", "at_risk", "off_track", "not_due"})
        values = indicators.value_ids
        self.assertEqual(max(values.mapped("date")).isoformat(), "2026-11-30")
        self.assertEqual(set(values.mapped("state")), {"confirmed", "submitted", "returned"})
        self.assertTrue(values.filtered("is_late"))
        self.assertEqual(len(values.explanation_task_id), 1)
        self.assertEqual(values.explanation_task_id.state, "assigned")
