"""The evaluation of a period costs the same queries for many officers as for a few
(SPEC §5): one products query, the evaluations and their lines in batches."""

from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from .common import AGENCY_USER, EvaluationCase


@tagged("post_install", "-at_install")
class TestBatchQueries(EvaluationCase):
    def _officers_with_tasks(self, count):
        officers = self.env["res.users"]
        for index in range(count):
            officer = self._user(
                f"t_bq_{count}_{index}", AGENCY_USER, self.agency_a, name=f"Chuyên viên {count}-{index}"
            )
            self._held(date(2026, 10, 1), date(2026, 10, 20), officer)
            officers |= officer
        return officers

    def test_period_evaluation_queries_do_not_grow_with_the_officers(self):
        period = self._period()

        def evaluate(_officers):
            with freeze_time("2026-11-02 01:00:00"):
                self.env["oversight.evaluation"]._evaluate(period)

        self.assertSameQueries(self._officers_with_tasks, evaluate)
        added = period.evaluation_ids.filtered(lambda evaluation: evaluation.user_id.login.startswith("t_bq_"))
        self.assertEqual(len(added), 9)
        self.assertEqual(set(added.mapped(lambda evaluation: len(evaluation.line_ids))), {1})
