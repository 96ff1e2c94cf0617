from odoo.tests import BaseCase, tagged

from odoo.addons.task_oversight.tools.rounding import half_up

from ..tools.scoring import Product, Rules, cap_exceeded, combined_points, grade, part_percentages, result_points


@tagged("post_install", "-at_install")
class TestScoring(BaseCase):
    """The decree's arithmetic on its own, at its boundaries."""

    rules = Rules()

    def test_grade_boundaries(self):
        cases = {
            100: "excellent",
            90: "excellent",
            89.99: "good",
            70: "good",
            69.99: "completed",
            50: "completed",
            49.99: "not_completed",
            0: "not_completed",
        }
        for total, expected in cases.items():
            with self.subTest(total=total):
                self.assertEqual(grade(total, self.rules), expected)

    def test_deductions(self):
        products = [
            Product(weight=1, completed=True, returns=5),  # quality never below zero
            Product(weight=2, completed=True, delays=1),
            Product(weight=1, completed=True, returns=1, delays=1, quality_waived=True, delay_waived=True),
            Product(weight=1, completed=False, returns=1),
        ]
        self.assertEqual(part_percentages(products, self.rules), (80.0, 60.0, 70.0))
        self.assertEqual(result_points((80.0, 60.0, 70.0), self.rules), 49.0)
        self.assertIsNone(part_percentages([], self.rules))

    def test_head_share(self):
        self.assertEqual(combined_points(70.0, 50.0, self.rules), 60.0)
        self.assertEqual(combined_points(None, 50.0, self.rules), 50.0)
        self.assertEqual(combined_points(70.0, None, self.rules), 70.0)
        self.assertEqual(combined_points(70.0, 50.0, Rules(head_own_share=20)), 54.0)

    def test_excellent_cap(self):
        # the decree's words: at most 20 % of those graded Good
        self.assertFalse(cap_exceeded({"excellent": 1, "good": 5}, self.rules))
        self.assertTrue(cap_exceeded({"excellent": 2, "good": 5}, self.rules))
        self.assertTrue(cap_exceeded({"excellent": 1, "good": 4}, self.rules))
        # the other reading counts the excellent among the base
        self.assertFalse(cap_exceeded({"excellent": 1, "good": 4}, Rules(cap_base="good_or_better")))
        self.assertFalse(cap_exceeded({"good": 3, "completed": 2}, self.rules))

    def test_rounded_once_half_up_from_unrounded_halves(self):
        """A head's own results 67.0833… (shown 67.08) and its agency's 58.3333… (58.33): the
        combination is 62.7083…, shown 62.71; combining the shown halves and rounding the
        binary float gave 62.70."""
        own = result_points((100.0, 93.75, 93.75), self.rules)
        agency = result_points((250 / 3, 250 / 3, 250 / 3), self.rules)
        self.assertEqual((half_up(own, 2), half_up(agency, 2)), (67.08, 58.33))
        self.assertEqual(half_up(combined_points(own, agency, self.rules), 2), 62.71)
        self.assertEqual(round(0.5 * 67.08 + 0.5 * 58.33, 2), 62.7, "the old way, a hundredth lower")
        self.assertEqual(half_up(89.995, 2), 90.0)
        self.assertEqual(grade(half_up(89.995, 2), self.rules), "excellent")
        self.assertEqual(half_up(44.625, 2), 44.63)
