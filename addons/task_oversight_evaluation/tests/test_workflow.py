from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import EvaluationCase


@tagged("post_install", "-at_install")
class TestEvaluationWorkflow(EvaluationCase):
    def test_self_assess_review_confirm_publish(self):
        period = self._period()
        x = self._evaluation(period, self.user_a)
        x.with_user(self.user_a).write({"self_general_points": 28, "self_assessment": "Hoàn thành tốt nhiệm vụ"})
        x.with_user(self.user_a).action_self_assess()
        self.assertRecordValues(x, [{"state": "self_assessed", "general_points": 28.0, "total_points": 79.2}])
        with self.assertRaisesRegex(UserError, "before sending it"):
            x.with_user(self.user_a).write({"self_general_points": 30})
        with self.assertRaisesRegex(UserError, "Only the head of the agency"):
            x.with_user(self.user_a).action_review()
        with self.assertRaises(AccessError):  # a colleague does not even read it
            x.with_user(self.user_a2).action_review()
        x.with_user(self.head_a).write({"general_points": 27, "review_note": "Cần chủ động hơn"})
        x.with_user(self.head_a).action_review()
        self.assertRecordValues(
            x, [{"state": "reviewed", "reviewer_id": self.head_a.id, "total_points": 78.2, "grade": "good"}]
        )
        # agency A has no superior agency: the Office or Home Affairs confirms
        with self.assertRaisesRegex(UserError, "confirmed by the Office"):
            x.with_user(self.head_a).action_confirm()
        x.with_user(self.home_affairs).action_confirm()
        self.assertEqual(x.state, "confirmed")
        # a head of an agency without a superior is reviewed by the Office and confirmed by someone else
        head = self._evaluation(period, self.head_a)
        head.with_user(self.office).write({"general_points": 26})
        head.with_user(self.office).action_review()
        with self.assertRaisesRegex(UserError, "someone other than its reviewer"):
            head.with_user(self.office).action_confirm()
        head.with_user(self.home_affairs).action_confirm()
        with self.assertRaisesRegex(UserError, "Only the Committee Office or the Department of Home Affairs"):
            period.with_user(self.head_a).action_publish()
        with self.assertRaisesRegex(UserError, "not confirmed yet"):
            period.with_user(self.office).action_publish()
        others = period.evaluation_ids - x - head
        others.sudo()._workflow_write({"state": "confirmed"})
        period.with_user(self.office).action_publish()
        self.assertEqual(set(period.evaluation_ids.mapped("state")), {"published"})

    def test_confirmed_evaluation_is_frozen(self):
        period = self._period()
        x = self._evaluation(period, self.user_a)
        x.with_user(self.head_a).write({"general_points": 27})
        x.with_user(self.head_a).action_review()
        # reviewed: the results are no longer computed again, even when a task changes
        self._complete(self.tasks["key"], self.tasks["key"].deadline.replace(day=30))
        period.with_user(self.office).action_compute()
        self.assertEqual(x.weight_completed, 7.0)
        x.with_user(self.office).action_confirm()
        with self.assertRaisesRegex(UserError, "before the review"):
            x.with_user(self.head_a).write({"general_points": 30})
        with self.assertRaisesRegex(UserError, "cannot be changed"):
            self._line(x, self.tasks["late"]).with_user(self.head_a).action_waive(kind="delay", reason="Khách quan")
        with self.assertRaisesRegex(UserError, "cannot be reopened"):
            x.with_user(self.office).action_reopen()
        with self.assertRaises(UserError):
            x.line_ids.unlink()

    def test_reopen_allows_computing_again(self):
        period = self._period()
        x = self._evaluation(period, self.user_a)
        x.with_user(self.head_a).action_review()
        x.with_user(self.head_a).action_reopen()
        self._complete(self.tasks["key"], self.tasks["key"].deadline.replace(day=30))
        period.with_user(self.office).action_compute()
        self.assertEqual(x.weight_completed, 9.0)

    def test_grade_boundaries_and_cap_warning(self):
        period = self._period()
        z = self._evaluation(period, self.user_a3)
        for manual, general, expected in (
            (60, 30, "excellent"),
            (50, 20, "good"),
            (40, 10, "completed"),
            (40, 9.9, "not_completed"),
        ):
            with self.subTest(total=manual + general):
                z.with_user(self.head_a).write({"manual_result_points": manual, "general_points": general})
                self.assertEqual(z.grade, expected)
        z.with_user(self.head_a).write({"manual_result_points": 60, "general_points": 30})
        x = self._evaluation(period, self.user_a)
        x.with_user(self.head_a).write({"general_points": 25})  # 76.20: good
        # one Excellent for one Good in agency A: above 20 %
        period.invalidate_recordset(["cap_warning"])
        self.assertIn("Sở Nội vụ: 1 graded Excellent for 1 graded Good", period.with_user(self.office).cap_warning)
        self.assertFalse(period.with_user(self.head_b).cap_warning)  # B's head reads nothing of A
        x.with_user(self.head_a).write({"general_points": 0})  # 51.20: completed; no Good left
        period.invalidate_recordset(["cap_warning"])
        self.assertIn("1 graded Excellent for 0 graded Good", period.with_user(self.office).cap_warning)
        z.with_user(self.head_a).write({"general_points": 29})  # 89: good
        period.invalidate_recordset(["cap_warning"])
        self.assertFalse(period.with_user(self.office).cap_warning)

    def test_points_out_of_range(self):
        z = self._evaluation(self._period(), self.user_a3)
        with self.assertRaisesRegex(Exception, "from 0 to 30"):
            z.with_user(self.head_a).write({"general_points": 31})
        with self.assertRaisesRegex(Exception, "from 0 to 70"):
            z.with_user(self.head_a).write({"manual_result_points": 71})
        with self.assertRaises(AccessError):
            z.with_user(self.head_a).write({"grade": "excellent"})

    def test_a_deputy_is_evaluated_by_its_head(self):
        """A deputy (cấp phó) of agency A, holding no task of October: its results are its
        agency's (70 x 22.75 / 33 = 48.26), it is reviewed by the head of A, not by the Office,
        and it reads neither its head's evaluation nor another deputy's."""
        deputy = self._user("t_deputy_a", "task_oversight.group_agency_head", self.agency_a, name="Phó Giám đốc")
        other = self._user("t_deputy_a2", "task_oversight.group_agency_head", self.agency_a, name="Phó Giám đốc 2")
        self.agency_a.deputy_user_ids = deputy | other
        period = self._period()
        evaluation = self._evaluation(period, deputy)
        self.assertRecordValues(
            evaluation,
            [{"role": "deputy", "product_count": 0, "agency_result_points": 48.26, "result_points": 48.26}],
        )
        with self.assertRaisesRegex(UserError, "Only the reviewer"):
            evaluation.with_user(self.office).write({"general_points": 25})
        with self.assertRaises(AccessError):
            evaluation.with_user(other).read(["total_points"])
        with self.assertRaises(AccessError):
            self._evaluation(period, self.head_a).with_user(deputy).read(["total_points"])
        evaluation.with_user(self.head_a).write({"general_points": 25, "review_note": "Chỉ đạo tốt lĩnh vực phụ trách"})
        evaluation.with_user(self.head_a).action_review()
        self.assertRecordValues(
            evaluation, [{"state": "reviewed", "reviewer_id": self.head_a.id, "total_points": 73.26, "grade": "good"}]
        )
        # its officers stay readable by it, as before
        self._evaluation(period, self.user_a).with_user(deputy).read(["total_points"])
        evaluation.with_user(self.home_affairs).action_confirm()
        self.assertEqual(evaluation.state, "confirmed")
