from contextlib import contextmanager
from unittest.mock import patch

from freezegun import freeze_time

from odoo.tests import TransactionCase, new_test_user

from odoo.addons.base.models import ir_cron
from odoo.addons.base.models.ir_cron import CompletionStatus, IrCron


class OversightCase(TransactionCase):
    """Two agencies (A with a sub-agency, B) and a user for every role.

    Dates are frozen by the tests that depend on them; the fixture itself
    only uses dates relative to the product's day, :meth:`today` (R17).
    """

    # a browser tour's requests share one test cursor; on a slow machine one of them waited more
    # than Odoo's 20 s for it while the tour was still right (CI of 2026-12-05)
    test_cursor_lock_timeout = 60

    @classmethod
    def today(cls):
        """The product's day (Asia/Ho_Chi_Minh), never the server's UTC day."""
        return cls.env.company._oversight_today()

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, no_reset_password=True))
        Agency = cls.env["oversight.agency"]
        cls.agency_a = Agency.create({"name": "Sở Nội vụ", "code": "T-SNV"})
        cls.agency_a_sub = Agency.create(
            {
                "name": "Ban Thi đua - Khen thưởng",
                "code": "T-BTDKT",
                "parent_id": cls.agency_a.id,
                "agency_type": "unit",
            }
        )
        cls.agency_b = Agency.create({"name": "Sở Tài chính", "code": "T-STC"})
        cls.agency_c = Agency.create({"name": "UBND phường Hải Châu", "code": "T-HC", "agency_type": "commune"})

        cls.office = cls._user("t_office", "task_oversight.group_office", name="Chuyên viên Văn phòng")
        cls.leader = cls._user("t_leader", "task_oversight.group_leader", name="Chủ tịch UBND")
        cls.manager = cls._user("t_manager", "task_oversight.group_manager", name="Quản trị")
        cls.head_a = cls._user("t_head_a", "task_oversight.group_agency_head", cls.agency_a, name="Giám đốc Sở Nội vụ")
        cls.user_a = cls._user("t_user_a", "task_oversight.group_agency_user", cls.agency_a, name="Chuyên viên SNV")
        cls.user_a_sub = cls._user("t_user_a_sub", "task_oversight.group_agency_user", cls.agency_a_sub)
        cls.head_b = cls._user(
            "t_head_b", "task_oversight.group_agency_head", cls.agency_b, name="Giám đốc Sở Tài chính"
        )
        cls.user_b = cls._user("t_user_b", "task_oversight.group_agency_user", cls.agency_b)
        cls.agency_a.head_user_id = cls.head_a
        cls.agency_b.head_user_id = cls.head_b

        cls.directive = cls.env["oversight.directive"].create(
            {
                "name": "5324/UBND-KSTT",
                "date": cls.today(),
                "summary": "Về việc chấn chỉnh công tác cải cách thủ tục hành chính",
                "signer_id": cls.leader.id,
            }
        )

    @classmethod
    def _user(cls, login, groups, agency=None, **values):
        return new_test_user(
            cls.env, login, groups=groups, oversight_agency_id=agency.id if agency else False, **values
        )

    def _task(self, **values):
        """A draft task created by the Office, led by agency A."""
        vals = {
            "name": "Rà soát thủ tục hành chính",
            "directive_id": self.directive.id,
            "leader_id": self.leader.id,
            "lead_agency_id": self.agency_a.id,
            **values,
        }
        return self.env["oversight.task"].with_user(self.office).create(vals)

    def _assigned_task(self, **values):
        task = self._task(**values)
        task.action_assign()
        return task.with_user(self.env.user)

    def _assigned_on(self, day, deadline, acknowledged=True, **values):
        """An assigned task, created on the frozen ``day`` (stored computes included)
        and, unless told otherwise, acknowledged by its agency the same day."""
        with freeze_time(day):
            task = self._assigned_task(date_assigned=day, deadline=deadline, **values)
            if acknowledged:
                task._workflow_write({"date_acknowledged": task.date_assigned})
            task.flush_recordset()
            return task

    def _reported_task(self, report_date=None, **values):
        task = self._assigned_task(**values)
        task.with_user(self.head_a).action_report_done(
            document_ref="125/BC-SNV", report_date=report_date or task.date_assigned
        )
        return task

    @contextmanager
    def assertRaisesRegex(self, expected_exception, expected_regex, msg=None):
        """Like ``assertRaises`` of Odoo (rolled back to a savepoint, so that
        the test sees what the user would), then checks the message."""
        with self.assertRaises(expected_exception, msg=msg) as caught:
            yield caught
        self.assertRegex(str(caught.exception), expected_regex)

    def _queries(self, call, *args):
        """The SQL queries ``call(*args)`` costs, its writes flushed, from a cold cache:
        what a batch path sends for the records it is given."""
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        call(*args)
        self.env.flush_all()
        return self.env.cr.sql_log_count - before

    def assertSameQueries(self, make, call, sizes=(2, 6)):
        """A batch path costs no more queries for a larger set than for a small one (give or take one):
        ``make(size)`` builds the records, ``call(records)`` runs the path, once first
        on one record (the caches of a process are warm in real life)."""
        self._queries(call, make(1))
        small, large = (self._queries(call, make(size)) for size in sizes)
        # one query of slack: the cache's prefetching may split a read differently
        self.assertLessEqual(large, small + 1, f"queries for {sizes[0]} then {sizes[1]} records: {small}, {large}")
        return small

    def _home_menus(self, user):
        """The menus of the Task Oversight app ``user`` sees that open its landing page:
        the web client shows the app's menu bar only for an action one of them opens."""
        action = user.action_id.sudo()
        root = self.env.ref("task_oversight.task_oversight_menu_root")
        Menu = self.env["ir.ui.menu"].with_user(user)
        visible = Menu._visible_menu_ids()
        menus = Menu.sudo().search([("action", "=", f"{action.type},{action.id}")])
        return menus.filtered(lambda menu: menu.id in visible and menu.parent_path.startswith(f"{root.id}/"))

    def _flush_tracking(self):
        """Tracking values are written by a pre-commit hook; run it now."""
        self.env.flush_all()
        self.env.cr.precommit.run()

    def _activity_users(self, record, xmlid):
        activity_type = self.env.ref(xmlid)
        return record.activity_ids.filtered(lambda a: a.activity_type_id == activity_type).user_id

    def _run_as_cron_worker(self, xmlid, day, code):
        """Run a scheduled action as Odoo's cron worker does, until Odoo marks it done:
        on its own cursor, with a time budget that is always spent (``_commit_progress``
        answers no time left after every batch), run again at once while it reports
        work left. Return the status of each run."""
        cron = self.env.ref(xmlid)
        cron.code = code  # small batches: the backlog takes several of them
        self.registry_enter_test_mode()  # the job's own cursor sees the test's data
        statuses = []
        run_job = IrCron._run_job.__func__

        def spy(cls, job):
            statuses.append(run_job(cls, job))
            return statuses[-1]

        with (
            freeze_time(f"{day} 08:00:00"),
            patch.object(ir_cron, "MIN_TIME_PER_JOB", 0),
            patch.object(IrCron, "_run_job", classmethod(spy)),
        ):
            while not statuses or statuses[-1] == CompletionStatus.PARTIALLY_DONE:
                self.assertLess(len(statuses), 10, "the job never finishes")
                cron.method_direct_trigger()
        self.assertEqual(statuses[-1], CompletionStatus.FULLY_DONE)
        self.env.invalidate_all()
        return statuses

    @contextmanager
    def _no_commit_cron(self):
        """Run scheduled-job methods inside the test transaction."""
        with patch.object(IrCron, "_commit_progress", autospec=True, return_value=float("inf")) as progress:
            yield progress


class OversightJobCase(OversightCase):
    """Runs the scheduled jobs on frozen days, inside the test transaction.

    The recipients read English unless a test switches one to Vietnamese.
    """

    JOBS = {
        "status": ("oversight.task", "_cron_refresh_deadline_status"),
        "remind": ("oversight.task.reminder", "_cron_remind"),
        "escalate": ("oversight.task.escalation", "_cron_escalate"),
    }

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        (cls.office | cls.leader | cls.head_a | cls.head_b).lang = "en_US"

    def _run(self, day, *jobs):
        with freeze_time(f"{day} 08:00:00"), self._no_commit_cron():
            for job in jobs or ("status", "remind", "escalate"):
                model, method = self.JOBS[job]
                getattr(self.env[model], method)()
            self.env.flush_all()

    def _extension(self, task, deadline):
        """An extension request of ``deadline`` for ``task``, as the agency drafts it."""
        return self.env["oversight.extension.request"].create(
            {"task_id": task.id, "requested_deadline": deadline, "reason": "Chờ ý kiến của bộ, ngành"}
        )

    def _digest_mails(self, kind=None):
        digests = self.env["oversight.digest"].search([("kind", "=", kind)] if kind else [])
        return digests.mail_id

    def _escalations(self, task):
        return sorted((e.level, str(e.date)) for e in task.escalation_ids)
