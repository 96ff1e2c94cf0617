from datetime import date

from odoo.tests import tagged

from .common import ReportCase


@tagged("post_install", "-at_install")
class TestReportsAcrossAMerger(ReportCase):
    """R18: periods before a merger keep the predecessor's row; the first period
    after it shows the successor, counting the predecessor's tasks of the window."""

    def test_successor_counts_the_predecessor_work_of_the_window(self):
        planning = self.env["oversight.agency"].create({"name": "Sở Kế hoạch và Đầu tư", "code": "T-SKHDT"})
        head = self._user("t_head_khdt", "task_oversight.group_agency_head", planning)
        planning.head_user_id = head
        p1 = self._assigned_on(date(2026, 9, 1), date(2026, 10, 10), lead_agency_id=planning.id)
        p2 = self._assigned_on(date(2026, 9, 15), date(2026, 10, 30), lead_agency_id=planning.id)
        self._assigned_on(date(2026, 10, 20), date(2026, 12, 1), lead_agency_id=self.agency_b.id)
        self._done(p1, head, date(2026, 10, 20))
        october = self._period(date(2026, 10, 20))
        self.assertIn(planning, october.agency_report_ids.agency_id)

        wizard = (
            self.env["oversight.agency.merge"]
            .with_user(self.office)
            .create(
                {
                    "agency_ids": [(6, 0, planning.ids)],
                    "successor_id": self.agency_b.id,
                    "date": date(2026, 11, 1),
                    "decision_ref": "1679/QĐ-UBND",
                }
            )
        )
        self._on(date(2026, 11, 1), wizard.action_merge)
        self.assertEqual(p2.lead_agency_id, self.agency_b)
        self.assertEqual(p1.lead_agency_id, planning, "the completed task keeps the agency that did it")

        november = self._period(date(2026, 11, 20))
        self.assertNotIn(planning, november.agency_report_ids.with_context(active_test=False).agency_id)
        report_b = self._report(november, self.agency_b)
        # p1 done late in the window (20/10 after 10/10), p2 overdue at 14/11, the successor's own task in time
        self.assertRecordValues(
            report_b,
            [{"task_total": 3, "done_late": 1, "open_overdue": 1, "open_in_time": 1, "year_task_count": 3}],
        )
        self.assertEqual(sorted(report_b.line_ids.mapped("task_code")), sorted((p1 | p2).mapped("code")))
        self.assertIn(planning, self._report(october, planning).agency_id, "October keeps the predecessor's row")
