from freezegun import freeze_time

from odoo.tests import tagged

from .common import OversightJobCase

# SQL queries allowed for one run of a job, whatever the number of tasks it
# handles: every step works on the whole batch, never one task at a time (the digests'
# view, read once per process, counts in the first run)
BUDGETS = {"escalate": 80, "remind": 59, "status": 10}


@tagged("post_install", "-at_install")
class TestJobQueries(OversightJobCase):
    def _tasks(self, count, **values):
        tasks = self.env["oversight.task"]
        for index in range(count):
            tasks |= self._assigned_on(
                "2026-02-25",
                "2026-03-04",
                name=f"Nhiệm vụ {count}-{index}",
                monitor_user_id=self.office.id,
                starred=index % 2 == 0,
                **values,
            )
        self.env.invalidate_all()
        return tasks

    def _run_within_budget(self, job, day, count):
        tasks = self._tasks(count)
        with freeze_time(f"{day} 08:00:00"), self._no_commit_cron():
            model, method = self.JOBS[job]
            with self.assertQueryCount(BUDGETS[job]):
                getattr(self.env[model], method)()
                self.env.flush_all()
                self.env.cr.precommit.run()
        return tasks

    def test_escalation_queries(self):
        """One task, then ten more on the same day: both runs within the same budget."""
        for count in (1, 10):
            tasks = self._run_within_budget("escalate", "2026-03-20", count)
            self.assertEqual(tasks.mapped("escalation_level"), [3 if task.starred else 2 for task in tasks])

    def test_reminder_queries(self):
        for count in (1, 10):
            tasks = self._run_within_budget("remind", "2026-03-03", count)
            reminders = self.env["oversight.task.reminder"].search([("task_id", "in", tasks.ids)])
            self.assertEqual(reminders.mapped("offset_days"), [1] * count)

    def test_status_queries(self):
        for count in (1, 10):
            tasks = self._run_within_budget("status", "2026-03-20", count)
            self.assertEqual(tasks.mapped("days_overdue"), [16] * count)
