from datetime import date

from freezegun import freeze_time

from odoo.addons.task_oversight.tests.common import OversightCase

# The period of November 2026: data from 15 October to 14 November, due on 25 November.
WINDOW_FROM, WINDOW_TO, DUE = date(2026, 10, 15), date(2026, 11, 14), date(2026, 11, 25)
GENERATED_ON = date(2026, 11, 20)


class ReportCase(OversightCase):
    """The task fixture of the November 2026 period, whose every figure is
    known (see ``EXPECTED_A``), and helpers to move it through the month."""

    # Agency A (Sở Nội vụ), computed by hand from the tasks of _build_fixture.
    EXPECTED_A = {
        "task_total": 9,  # t1 t2 t3 t4 t5 t6 t7 t9 t10
        "task_carried": 5,  # assigned before 15/10: t1 t4 t5 t6 t7
        "task_new": 4,  # t2 t3 t9 t10
        "task_due": 6,  # deadline by 14/11: t1 t2 t4 t5 t9 t10
        "done_on_time": 1,  # t4
        "done_late": 1,  # t5
        "open_in_time": 2,  # t3, and t10 reported before its deadline
        "open_overdue": 3,  # t1 t2 t9
        "open_overdue_30": 1,  # t1: 44 days
        "open_no_deadline": 2,  # t6 t7
        "open_no_report": 1,  # t6: nothing since June
        "starred_overdue": 1,  # t9
        "year_task_count": 10,  # the nine, and t8 completed in August
    }

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("en_US")  # a database created in Vietnamese has it inactive
        (cls.office | cls.leader | cls.head_a | cls.head_b | cls.user_a).lang = "en_US"

    def _on(self, day, method, *args, **kwargs):
        with freeze_time(f"{day} 09:00:00"):
            self.env.invalidate_all()  # what depends on the date is computed again, as in a new request
            result = method(*args, **kwargs)
            self.env.flush_all()
            return result

    def _done(self, task, head, report_day):
        """The lead agency's head reports completion on ``report_day``; the Office confirms."""
        self._on(report_day, task.with_user(head).action_report_done, document_ref="12/BC-SNV", report_date=report_day)
        self._on(report_day, task.with_user(self.office).action_confirm_done)
        return task

    def _build_fixture(self):
        d = date
        tasks = {
            "t1": self._assigned_on(d(2026, 9, 1), d(2026, 10, 1)),
            "t2": self._assigned_on(d(2026, 10, 20), d(2026, 11, 10)),
            "t3": self._assigned_on(d(2026, 10, 20), d(2026, 12, 15)),
            "t4": self._assigned_on(d(2026, 9, 10), d(2026, 10, 30)),
            "t5": self._assigned_on(d(2026, 9, 10), d(2026, 10, 16)),
            "t6": self._assigned_on(d(2026, 6, 1), False),
            "t7": self._assigned_on(d(2026, 10, 1), False),
            "t8": self._assigned_on(d(2026, 8, 3), d(2026, 8, 25)),
            "t9": self._assigned_on(d(2026, 10, 16), d(2026, 11, 2), starred=True),
            "t10": self._assigned_on(d(2026, 10, 16), d(2026, 11, 5)),
            "cancelled": self._assigned_on(d(2026, 10, 16), d(2026, 10, 20)),
            "after": self._assigned_on(d(2026, 11, 16), d(2026, 11, 17)),
            "b1": self._assigned_on(d(2026, 10, 20), d(2026, 11, 10), lead_agency_id=self.agency_b.id),
            "sub1": self._assigned_on(d(2026, 10, 20), d(2026, 12, 10), lead_agency_id=self.agency_a_sub.id),
        }
        self._task(name="Bản nháp chưa giao", date_assigned=d(2026, 10, 1), deadline=d(2026, 10, 20))
        self._done(tasks["t4"], self.head_a, d(2026, 10, 28))
        self._done(tasks["t5"], self.head_a, d(2026, 10, 20))
        self._done(tasks["t8"], self.head_a, d(2026, 8, 20))
        self._done(tasks["b1"], self.head_b, d(2026, 11, 3))
        self._on(
            d(2026, 11, 4),
            tasks["t10"].with_user(self.head_a).action_report_done,
            document_ref="15/BC-SNV",
            report_date=d(2026, 11, 4),
        )
        self._on(d(2026, 10, 25), tasks["cancelled"].with_user(self.leader).action_cancel, reason="Không còn phù hợp")
        return tasks

    def _period(self, day=GENERATED_ON):
        Period = self.env["oversight.report.period"].with_user(self.office)
        action = self._on(day, Period.action_generate_current)
        return Period.browse(action["res_id"])

    def _report(self, period, agency):
        return period.agency_report_ids.filtered(lambda report: report.agency_id == agency)

    def _fill(self, report, user):
        """The agency writes the cause and solution of every overdue task."""
        for line in report.with_user(user).line_ids.filtered(lambda line: line.kind == "overdue"):
            line.write({"cause": f"Nguyên nhân {line.task_code}", "solution": f"Giải pháp {line.task_code}"})
