from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import EvaluationCase

COMPUTED = ("result_points", "total_points", "grade", "quantity_rate", "computed_result_points", "state", "user_id")


@tagged("post_install", "-at_install")
class TestEvaluationAccess(EvaluationCase):
    def test_who_reads_what(self):
        period = self._period()
        Evaluation = self.env["oversight.evaluation"]
        everyone = period.evaluation_ids
        agency_a = everyone.filtered(lambda evaluation: evaluation.agency_id in (self.agency_a | self.agency_a_sub))
        cases = {
            self.user_a: self._evaluation(period, self.user_a),
            self.user_b: self._evaluation(period, self.user_b),
            self.head_a: agency_a,
            self.office: everyone,
            self.leader: everyone,
            self.home_affairs: everyone,
        }
        for user, expected in cases.items():
            with self.subTest(user=user.login):
                self.assertEqual(Evaluation.with_user(user).search([("period_id", "=", period.id)]), expected)
                lines = self.env["oversight.evaluation.line"].with_user(user).search([])
                self.assertEqual(lines.evaluation_id, expected.filtered("line_ids"))
        with self.assertRaises(AccessError):
            self._evaluation(period, self.user_a).with_user(self.user_b).read(["total_points"])
        with self.assertRaises(AccessError):
            self._evaluation(period, self.user_a).with_user(self.head_b).read(["total_points"])
        with self.assertRaises(AccessError):
            self._evaluation(period, self.user_a).with_user(self.user_a2).read(["total_points"])
        # a deputy of agency A reads its officers' evaluations, not its head's
        deputy = self._user("t_deputy_a", "task_oversight.group_agency_head", self.agency_a, name="Phó Giám đốc")
        self.agency_a.deputy_user_ids = deputy
        with self.assertRaises(AccessError):
            self._evaluation(period, self.head_a).with_user(deputy).read(["review_note"])
        self._evaluation(period, self.user_a).with_user(deputy).read(["review_note"])

    def test_nobody_writes_computed_points(self):
        period = self._period()
        x = self._evaluation(period, self.user_a)
        for user in (self.user_a, self.head_a, self.office, self.home_affairs):
            for name in COMPUTED:
                with self.subTest(user=user.login, field=name), self.assertRaises(AccessError):
                    x.with_user(user).write({name: x[name]} if name != "user_id" else {name: user.id})
        line = self._line(x, self.tasks["late"])
        for user in (self.user_a, self.head_a, self.office):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                line.with_user(user).write({"progress_points": 1.0})
        with self.assertRaises(AccessError):
            self.env["oversight.evaluation"].with_user(self.head_a).create(
                {"period_id": period.id, "user_id": self.head_a.id, "agency_id": self.agency_a.id}
            )

    def test_officer_writes_only_its_self_assessment(self):
        period = self._period()
        y = self._evaluation(period, self.user_a2)
        with self.assertRaises(AccessError):
            y.with_user(self.user_a).write({"self_general_points": 30})
        with self.assertRaises(AccessError):
            y.with_user(self.user_a2).write({"general_points": 30})
        with self.assertRaisesRegex(UserError, "Only the reviewer"):
            # a head does not review itself: agency A has no superior, so the Office does
            self._evaluation(period, self.head_a).with_user(self.head_a).write({"general_points": 30})

    def test_periods_by_the_office_and_home_affairs(self):
        Period = self.env["oversight.evaluation.period"]
        with self.assertRaises(AccessError):
            Period.with_user(self.head_a).create({"date_from": "2026-09-01"})
        period = Period.with_user(self.home_affairs).create({"date_from": "2026-09-01"})
        self.assertEqual(period.name, "09/2026")
        with self.assertRaisesRegex(Exception, "first day of a month"):
            Period.with_user(self.office).create({"date_from": "2026-08-02"})
        # the XLSX and the PDF hold what the downloader may read
        self.assertEqual([agency for agency, _e in period.with_user(self.head_b)._report_agencies()], [self.agency_b])
