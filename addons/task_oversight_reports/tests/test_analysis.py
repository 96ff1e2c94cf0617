from collections import Counter
from datetime import date

from odoo.tests import tagged

from .common import ReportCase


@tagged("post_install", "-at_install")
class TestAnalysis(ReportCase):
    def test_rates_by_agency_leader_and_month(self):
        self._build_fixture()
        with self._no_commit_cron():
            self._on(date(2026, 11, 20), self.env["oversight.task"]._cron_refresh_deadline_status)
        Analysis = self.env["oversight.task.analysis"].with_user(self.leader)
        groups = {
            agency: (count, done, overdue, rate)
            for agency, count, done, overdue, rate in Analysis._read_group(
                [], ["lead_agency_id"], ["task_count:sum", "done_count:sum", "overdue_count:sum", "completion_rate:avg"]
            )
        }
        # A on 20/11: 11 tasks (t1 to t10 and the one assigned on 16/11); done t4 t5 t8;
        # overdue t1 t2 t9 and the one due on 17/11 (t10 was reported in time): 3 ÷ (3 + 4)
        count, done, overdue, rate = groups[self.agency_a]
        self.assertEqual((count, done, overdue), (11, 3, 4))
        self.assertAlmostEqual(rate, 300 / 7)
        self.assertEqual(groups[self.agency_b], (1, 1, 0, 100.0))
        self.assertIs(groups[self.agency_a_sub][3], False, "nothing to judge: no rate (not 0 %)")
        by_month = dict(Analysis._read_group([], ["date_assigned:month"], ["task_count:sum"]))
        self.assertEqual(by_month[date(2026, 10, 1)], 7)  # t2 t3 t7 t9 t10 b1 sub1
        by_leader = dict(Analysis._read_group([], ["leader_id"], ["on_time_rate:avg"]))
        # completed: t4 on time, t5 late, t8 on time, b1 on time → 3 ÷ 4
        self.assertEqual(by_leader[self.leader], 75.0)
        # the issuer's level, looked up from the directive only when asked for
        by_issuer = dict(Analysis._read_group([], ["issuer_level"], ["task_count:sum"]))
        self.assertEqual(by_issuer, {"people_committee": sum(count for count, *_rest in groups.values())})

    def test_groups_by_a_record_are_those_of_the_tasks(self):
        """Grouped by agency, leader or directive (keyed by the joined record for the planner):
        the groups of the tasks' own values, the empty one included, in the order of the
        agencies, with the total of the pivot in the same call."""
        self._build_fixture()
        # a task whose assigning leader's account was deleted since (ondelete set null)
        self._assigned_on(date(2026, 10, 20), date(2026, 11, 30))._workflow_write({"leader_id": False})
        Analysis = self.env["oversight.task.analysis"].with_user(self.leader)
        rows = Analysis.search([])
        self.assertIn(self.env["res.users"], {row.leader_id for row in rows})
        for fname in ("lead_agency_id", "leader_id", "directive_id"):
            with self.subTest(fname):
                expected = Counter(row[fname] for row in rows)
                self.assertEqual(dict(Analysis._read_group([], [fname], ["__count"])), expected)
        total, by_agency = Analysis.formatted_read_grouping_sets([], [[], ["lead_agency_id"]], ["task_count:sum"])
        self.assertEqual(total[0]["task_count:sum"], len(rows))
        agencies = self.env["oversight.agency"].search([("id", "in", rows.lead_agency_id.ids)])
        self.assertEqual([group["lead_agency_id"][0] for group in by_agency], agencies.ids)
        self.assertEqual(
            [group["task_count:sum"] for group in by_agency],
            [len(rows.filtered(lambda row, agency=agency: row.lead_agency_id == agency)) for agency in agencies],
        )
