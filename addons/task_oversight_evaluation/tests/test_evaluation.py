from datetime import date

from freezegun import freeze_time

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import EvaluationCase


@tagged("post_install", "-at_install")
class TestEvaluationMonth(EvaluationCase):
    """October 2026, computed by hand (default rules: 30/70, equal parts, 25 % deductions).

    Officer X holds 8 products of weight 9 (the key task weighs 2):
    completed 7 (all but the key task) → quantity 7/9;
    quality 7 - 0.25 (returned once) - 0.50 (returned twice) = 6.25 → 6.25/9;
    progress 7 - 0.25 (late) - 0.25 (late, until waived) = 6.50 → 6.5/9;
    results 70 x (7 + 6.25 + 6.5) / 27 = 51.20; with the waiver 70 x 20/27 = 51.85.
    """

    def test_products_of_the_month(self):
        period = self._period()
        x = self._evaluation(period, self.user_a)
        t = self.tasks
        expected = {
            t["on_time"]: (1, 1, 1),
            t["late"]: (1, 1, 0.75),
            t["late_waived"]: (1, 1, 0.75),
            t["returned_once"]: (1, 0.75, 1),
            t["returned_twice"]: (1, 0.5, 1),
            t["extended"]: (1, 1, 1),  # completed before the extended deadline: no delay
            t["key"]: (0, 0, 0),  # weight 2, overdue at the end of the month
            t["moved_before"]: (1, 1, 1),  # X held it at its deadline
        }
        self.assertEqual(x.line_ids.task_id, self.env["oversight.task"].union(*expected))
        for task, points in expected.items():
            line = self._line(x, task)
            self.assertEqual((line.quantity_points, line.quality_points, line.progress_points), points, task.name)
        self.assertRecordValues(
            self._line(x, t["returned_twice"]) | self._line(x, t["key"]),
            [{"returns": 2, "delays": 0, "weight": 1.0}, {"returns": 0, "delays": 0, "weight": 2.0}],
        )
        self.assertRecordValues(
            x,
            [
                {
                    "role": "officer",
                    "product_count": 8,
                    "weight_assigned": 9.0,
                    "weight_completed": 7.0,
                    "result_points": 51.2,
                }
            ],
        )
        self.assertAlmostEqual(x.quantity_rate, 700 / 9, delta=0.05)  # stored to 0.1
        self.assertAlmostEqual(x.quality_rate, 625 / 9, delta=0.05)
        self.assertAlmostEqual(x.progress_rate, 650 / 9, delta=0.05)
        self.assertIn("returned 2 time(s)", self._line(x, t["returned_twice"]).explanation)

    def test_reassigned_task_counts_for_whoever_held_it_at_its_deadline(self):
        period = self._period()
        y = self._evaluation(period, self.user_a2)
        self.assertEqual(y.line_ids.task_id, self.tasks["moved_after"])  # moved to X after its deadline
        self.assertRecordValues(y, [{"product_count": 1, "weight_completed": 0.0, "result_points": 0.0}])

    def test_no_products(self):
        period = self._period()
        z = self._evaluation(period, self.user_a3)
        self.assertRecordValues(z, [{"product_count": 0, "has_products": False, "result_points": 0.0}])
        z.with_user(self.head_a).write({"manual_result_points": 55, "general_points": 25})
        self.assertRecordValues(z, [{"result_points": 55.0, "total_points": 80.0, "grade": "good"}])
        with self.assertRaisesRegex(Exception, "come from its products"):
            self._evaluation(period, self.user_a).with_user(self.head_a).write({"manual_result_points": 70})

    def test_waiver_and_head_combined_results(self):
        period = self._period()
        x = self._evaluation(period, self.user_a)
        head = self._evaluation(period, self.head_a)
        # agency A: 10 products of weight 11; completed 8, quality 7.25, progress 7.5
        self.assertRecordValues(
            head,
            [
                {
                    "role": "head",
                    "product_count": 1,
                    "own_result_points": 70.0,
                    "agency_product_count": 10,
                    "agency_result_points": 48.26,  # 70 x 22.75 / 33
                    "result_points": 59.13,  # half its own, half its agency's
                }
            ],
        )
        line = self._line(x, self.tasks["late_waived"])
        line.with_user(self.head_a).action_waive(kind="delay", reason="Chờ văn bản hướng dẫn của Bộ Nội vụ")
        line = self._line(x, self.tasks["late_waived"])  # the products are computed again
        with self.assertRaisesRegex(Exception, "waived already"):
            line.with_user(self.head_a).action_waive(kind="delay", reason="Lần nữa")
        self.assertRecordValues(line, [{"delay_waived": True, "progress_points": 1.0}])
        self.assertEqual(x.result_points, 51.85)  # 70 x 20 / 27
        self.assertAlmostEqual(head.agency_result_points, 48.79)  # 70 x 23 / 33
        self.assertAlmostEqual(head.result_points, 59.39, delta=0.011)
        self.assertIn("Chờ văn bản hướng dẫn", x.message_ids[0].body)
        # the waiver survives a new computation
        period.with_user(self.office).action_compute()
        self.assertRecordValues(
            self._line(x, self.tasks["late_waived"]), [{"delay_waived": True, "progress_points": 1.0}]
        )
        with self.assertRaisesRegex(Exception, "no such deduction"):
            self._line(x, self.tasks["on_time"]).with_user(self.head_a).action_waive(kind="delay", reason="Khách quan")
        with self.assertRaisesRegex(Exception, "Only the reviewer"):
            self._line(x, self.tasks["late"]).with_user(self.user_a).action_waive(kind="delay", reason="Khách quan")

    def test_rules_are_configuration(self):
        self.env.company.write(
            {
                "oversight_eval_quality_deduction": 50,
                "oversight_eval_key_weight": 3.0,
                "oversight_eval_weight_progress": 2,
            }
        )
        self.tasks["key"].with_user(self.office).write({"weight": 3})
        x = self._evaluation(self._period(), self.user_a)
        # weight 10 (key task 3); quality 7 - 0.5 - 1.0 = 5.5; progress 6.5, counted twice
        # 70 x 25.5 / 40 = 44.625: half up, 44.63 (Python's round of the binary float gives 44.62)
        self.assertEqual(x.result_points, 44.63)
        Settings = self.env["res.config.settings"]
        Settings.create({"oversight_eval_general_max": 40, "oversight_eval_result_max": 60}).execute()
        self.assertEqual(self.env.company._oversight_eval_rules().result_max, 60)  # both saved, then checked
        with self.assertRaisesRegex(Exception, "add up to 100"):
            Settings.create({"oversight_eval_general_max": 50}).execute()
        with self.assertRaisesRegex(Exception, "grade bands must rise"):
            Settings.create({"oversight_eval_band_good": 95}).execute()

    def test_rules_written_on_the_company_are_checked(self):
        """What Settings refuses is refused when the company is written directly (RPC, import):
        a period is never computed with weights adding up to nothing or bands that do not rise."""
        company = self.env.company.with_user(self.manager)
        cases = [
            (
                {
                    "oversight_eval_weight_quantity": 0,
                    "oversight_eval_weight_quality": 0,
                    "oversight_eval_weight_progress": 0,
                },
                "not all zero",
            ),
            ({"oversight_eval_weight_quality": -5}, "positive or zero"),
            ({"oversight_eval_general_max": 200}, "add up to 100"),
            ({"oversight_eval_band_good": 95}, "grade bands must rise"),
            ({"oversight_eval_default_weight": -1.0}, "greater than 0"),
            ({"oversight_eval_excellent_cap": 120}, "percentages from 0 to 100"),
        ]
        for vals, message in cases:
            with self.subTest(vals=vals), self.assertRaisesRegex(ValidationError, message):
                company.write(vals)
        self.assertEqual(self.env.company._oversight_eval_rules().weight_quality, 1)
        company.write({"oversight_eval_general_max": 40, "oversight_eval_result_max": 60})  # together: valid

    def test_quarterly_evaluation(self):
        """A province evaluating by quarter: after the third quarter closes, its period holds
        the products of July to September (the tasks of October are not in it)."""
        self.env.company.oversight_eval_frequency = "quarter"
        with freeze_time("2026-10-05 01:00:00"), self._no_commit_cron():
            self.env["oversight.evaluation.period"]._cron_create_periods()
        period = self.env["oversight.evaluation.period"].search([("kind", "=", "quarter")])
        self.assertRecordValues(
            period, [{"name": "Q3/2026", "date_from": date(2026, 7, 1), "date_to": date(2026, 9, 30)}]
        )
        # of the month's tasks, only the one done in September belongs to the third quarter
        self.assertFalse(period.evaluation_ids.line_ids.task_id - self.tasks["done_september"])
        self.assertIn(self.tasks["done_september"], period.evaluation_ids.line_ids.task_id)

    def test_scheduled_action_runs_once(self):
        period = self._period()
        count, lines = len(period.evaluation_ids), len(period.evaluation_ids.line_ids)
        self.assertEqual(self._period(), period)
        self._period(day=date(2026, 11, 20))
        self.assertEqual(len(period.evaluation_ids), count)
        self.assertEqual(len(period.evaluation_ids.line_ids), lines)
        period.with_user(self.office).action_compute()
        self.assertEqual(len(period.evaluation_ids.line_ids), lines)
        # everybody of the company's agencies: A's head, X, Y, Z, the sub-agency, B's head and officer
        self.assertEqual(
            set(period.evaluation_ids.user_id.ids),
            set(
                (
                    self.head_a
                    | self.user_a
                    | self.user_a2
                    | self.user_a3
                    | self.user_a_sub
                    | self.head_b
                    | self.user_b
                ).ids
            ),
        )
        self.assertEqual(self._evaluation(period, self.user_b).line_ids.task_id, self.tasks["other_agency"])


@tagged("post_install", "-at_install")
class TestEvaluationScale(EvaluationCase):
    def _queries(self, period):
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        period.with_user(self.office).action_compute()
        self.env.flush_all()
        return self.env.cr.sql_log_count - before

    def test_queries_do_not_grow_with_officers(self):
        period = self._period()
        few = self._queries(period)
        for number in range(12):
            officer = self._user(f"t_officer_{number}", "task_oversight.group_agency_user", self.agency_a)
            self._held(date(2026, 10, 1), date(2026, 10, 20), officer)
        period.with_user(self.office).action_compute()  # adds the 12 newcomers
        self.assertEqual(len(period.evaluation_ids.filtered("product_count")), 4 + 12)
        many = self._queries(period)
        self.assertGreater(few, 10)
        self.assertLessEqual(many, few + 5, "a bounded number of queries, not one per officer")
