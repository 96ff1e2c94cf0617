"""The journeys of the Office, an agency and a leader, as they stumbled on them:
each assertion is what the user sees."""

from datetime import timedelta

from dateutil.relativedelta import relativedelta
from lxml import etree

from odoo.exceptions import UserError
from odoo.fields import Domain
from odoo.tests import Form, tagged
from odoo.tools.safe_eval import safe_eval

from .common import OversightCase, OversightJobCase


@tagged("post_install", "-at_install")
class TestUserFlows(OversightCase):
    def _activity(self, record, xmlid):
        return record.activity_ids.filtered(lambda activity: activity.activity_type_id == self.env.ref(xmlid))

    def test_officer_draft_reaches_its_head(self):
        task = self._assigned_task(deadline=self.today() + timedelta(days=10))
        action = task.with_user(self.user_a).action_request_extension()
        form = Form(self.env[action["res_model"]].with_user(self.user_a).with_context(**action["context"]))
        form.requested_deadline = self.today() + timedelta(days=40)
        form.reason = "Chờ ý kiến của Bộ Nội vụ"
        request = form.save()
        todo = self._activity(request, "task_oversight.mail_act_extension_submit")
        self.assertEqual(todo.user_id, self.head_a, "the head is asked to submit the officer's draft")
        action = self.env["ir.actions.act_window"]._for_xml_id("task_oversight.oversight_extension_request_action")
        self.assertIn("'search_default_filter_open': 1", action["context"], "the list opens on requests in progress")
        listed = (
            self.env["oversight.extension.request"]
            .with_user(self.head_a)
            .search([("state", "in", ("draft", "submitted"))])
        )
        self.assertIn(request, listed, "drafts included")
        request.with_user(self.head_a).action_submit()
        self.assertFalse(self._activity(request, "task_oversight.mail_act_extension_submit"))
        self.assertEqual(self._activity(request, "task_oversight.mail_act_extension_decide").user_id, self.leader)

    def test_officer_completion_draft_reaches_its_head(self):
        """An officer drafts the completion report (a progress report at 100 % with its
        document): the head gets a to-do, opens "Report Completion" prefilled from the
        draft and submits it; the to-do is done."""
        task = self._assigned_task(deadline=self.today() + timedelta(days=10))
        action = task.with_user(self.user_a).action_draft_completion()
        form = Form(self.env[action["res_model"]].with_user(self.user_a).with_context(**action["context"]))
        self.assertEqual(form.progress, 100)
        form.note = "Đã rà soát 112 thủ tục hành chính, đề xuất bãi bỏ 9 thủ tục"
        form.document_ref = "45/BC-SNV"
        form.save()
        todo = self._activity(task, "task_oversight.mail_act_task_completion_draft")
        self.assertEqual(todo.user_id, self.head_a)
        self.assertIn("45/BC-SNV", todo.summary)
        self.assertEqual(task.state, "assigned", "the head submits, not the officer")
        wizard_action = task.with_user(self.head_a).action_open_completion_wizard()
        wizard = Form(
            self.env["oversight.task.completion.wizard"].with_user(self.head_a).with_context(**wizard_action["context"])
        )
        self.assertEqual(wizard.document_ref, "45/BC-SNV")
        wizard.save().action_confirm()
        self.assertEqual(task.state, "reported")
        self.assertFalse(self._activity(task, "task_oversight.mail_act_task_completion_draft"))
        # a head reporting 100 % itself gets no to-do of its own
        other = self._assigned_task(deadline=self.today() + timedelta(days=10))
        self.env["oversight.task.update"].with_user(self.head_a).create(
            {"task_id": other.id, "progress": 100, "note": "Xong", "document_ref": "46/BC-SNV"}
        )
        self.assertFalse(self._activity(other, "task_oversight.mail_act_task_completion_draft"))

    def test_head_request_from_the_task_is_submitted_at_once(self):
        task = self._assigned_task(deadline=self.today() + timedelta(days=10))
        action = task.with_user(self.head_a).action_request_extension()
        form = Form(self.env[action["res_model"]].with_user(self.head_a).with_context(**action["context"]))
        form.requested_deadline = self.today() + timedelta(days=40)
        form.reason = "Khối lượng hồ sơ lớn"
        request = form.save()
        self.assertFalse(request.activity_ids, "a head's own draft asks nobody to submit it")
        request.with_user(self.head_a).action_submit()
        self.assertRecordValues(request, [{"state": "submitted", "current_deadline": task.effective_deadline}])
        with self.assertRaisesRegex(UserError, "already has an extension request in progress"):
            self.env["oversight.extension.request"].with_user(self.user_a).create(
                {"task_id": task.id, "requested_deadline": self.today() + timedelta(days=50), "reason": "Lần hai"}
            )

    def test_second_request_shows_the_extended_deadline(self):
        task = self._assigned_task(deadline=self.today() + timedelta(days=10))
        Request = self.env["oversight.extension.request"].with_user(self.head_a)
        first = Request.create(
            {"task_id": task.id, "requested_deadline": self.today() + timedelta(days=30), "reason": "A"}
        )
        first.action_submit()
        first.with_user(self.leader).action_approve()
        second = Request.create(
            {"task_id": task.id, "requested_deadline": self.today() + timedelta(days=60), "reason": "B"}
        )
        self.assertEqual(second.current_deadline, task.effective_deadline)
        self.assertGreater(second.current_deadline, first.current_deadline)

    def test_returned_completion_shows_as_returned(self):
        task = self._assigned_task()
        self.env["oversight.task.update"].with_user(self.user_a).create(
            {"task_id": task.id, "progress": 60, "note": "Đã hoàn thành dự thảo"}
        )
        task.with_user(self.head_a).action_report_done(document_ref="125/BC-SNV")
        self.assertEqual(task.progress, 100)
        self._flush_tracking()
        task.with_user(self.office).action_return(reason="Thiếu phụ lục số liệu")
        self._flush_tracking()
        self.assertRecordValues(task, [{"state": "assigned", "progress": 60, "return_reason": "Thiếu phụ lục số liệu"}])
        self.assertEqual(
            task.message_ids.filtered("tracking_value_ids")[:1].subtype_id,
            self.env.ref("task_oversight.mt_task_returned"),
        )
        self.assertEqual(self._activity(task, "task_oversight.mail_act_task_returned").user_id, self.head_a)
        task.with_user(self.head_a).action_report_done(document_ref="126/BC-SNV")
        self.assertFalse(task.return_reason)
        self.assertFalse(self._activity(task, "task_oversight.mail_act_task_returned"))

    def test_assignment_needs_a_leader_and_a_directive(self):
        for missing in ({"leader_id": False}, {"directive_id": False}):
            task = self._task(**missing)
            with self.subTest(missing=missing), self.assertRaisesRegex(UserError, "assigning leader and the directive"):
                task.with_user(self.office).action_assign()
            self.assertEqual(task.state, "draft")

    def test_assigning_a_directive_says_what_happened(self):
        self._task()
        self._task(name="Báo cáo kết quả")
        action = self.directive.with_user(self.office).action_assign_tasks()
        self.assertEqual(action["params"]["message"], "2 tasks assigned.")
        self.assertEqual(set(self.directive.task_ids.mapped("state")), {"assigned"})

    def test_every_role_lands_in_task_oversight(self):
        homes = {
            self.office: "task_oversight.oversight_task_action_office_home",
            self.head_a: "task_oversight.oversight_task_action_agency_home",
            self.user_a: "task_oversight.oversight_task_action_mine",
        }
        for user, xmlid in homes.items():
            with self.subTest(user=user.login):
                self.assertEqual(user.action_id.id, self.env.ref(xmlid).id)
        self.assertTrue(self.leader.action_id, "leaders land on their dashboard")
        for user in (*homes, self.leader):
            with self.subTest(user=user.login):
                self.assertTrue(self._home_menus(user), "the landing page opens inside the app, with its menu bar")

    def test_landing_lists_show_what_their_title_says(self):
        """ "My Tasks" holds the officer's open tasks only; the head's landing page the tasks
        its agency leads that need it (no officer, not acknowledged, overdue) and its to-dos,
        never a task it only coordinates."""
        mine = self._assigned_task(deadline=self.today() + timedelta(days=10))
        mine.with_user(self.head_a).action_assign_officer(officer_id=self.user_a.id)
        done = self._assigned_task(deadline=self.today() + timedelta(days=10))
        done.with_user(self.head_a).action_assign_officer(officer_id=self.user_a.id)
        done.with_user(self.head_a).action_report_done(document_ref="12/BC-SNV", report_date=self.today())
        done.with_user(self.office).action_confirm_done()
        unassigned = self._assigned_task(deadline=self.today() + timedelta(days=10))
        coordinated = self._assigned_task(
            lead_agency_id=self.agency_b.id,
            coordinating_agency_ids=[self.agency_a.id],
            deadline=self.today() + timedelta(days=10),
        )
        other = self._assigned_task(lead_agency_id=self.agency_b.id, deadline=self.today() + timedelta(days=10))
        ours = mine | done | unassigned | coordinated | other
        self.assertEqual(self._landing(self.user_a, "task_oversight.oversight_task_action_mine") & ours, mine)
        head_home = self._landing(self.head_a, "task_oversight.oversight_task_action_agency_home") & ours
        self.assertEqual(head_home, mine | unassigned, "not acknowledged yet, and without officer")
        mine.with_user(self.user_a).action_acknowledge()
        head_home = self._landing(self.head_a, "task_oversight.oversight_task_action_agency_home") & ours
        self.assertEqual(head_home, unassigned)
        roles = self.env["oversight.task"].with_user(self.head_a).browse((unassigned | coordinated).ids)
        self.assertEqual(roles.mapped("my_agency_role"), ["lead", "coordination"])

    def _landing(self, user, xmlid):
        """The records of an action's landing list as ``user`` sees it: the search
        defaults of its context, combined as the web client combines them (filters of one
        group ORed, groups ANDed)."""
        action = self.env.ref(xmlid)
        context = safe_eval(action.context or "{}", {"uid": user.id})
        prefix = "search_default_"
        defaults = {key[len(prefix) :] for key, value in context.items() if key.startswith(prefix) and value}
        views = self.env["oversight.task"].get_views([(action.search_view_id.id, "search")])["views"]
        arch = etree.fromstring(views["search"]["arch"])
        groups, current = [], []
        for node in arch:
            if node.tag in {"separator", "group"}:
                groups.append(current)
                current = []
            elif node.tag == "filter" and node.get("name") in defaults:
                current.append(node.get("domain"))
        groups.append(current)
        eval_context = {"uid": user.id, "context_today": self.today, "relativedelta": relativedelta}
        domain = Domain.AND(
            Domain.OR(Domain(safe_eval(text, eval_context)) for text in group) for group in groups if group
        )
        return self.env["oversight.task"].with_user(user).search(domain)


@tagged("post_install", "-at_install")
class TestDigestCounts(OversightJobCase):
    def test_a_task_is_one_line_at_its_highest_level(self):
        task = self._assigned_on("2026-02-02", "2026-02-10", monitor_user_id=self.office.id)
        task.with_user(self.head_a).action_assign_officer(officer_id=self.user_a.id)
        self._assigned_on("2026-02-02", "2026-03-10", name="Nhiệm vụ thứ hai", monitor_user_id=self.office.id)
        self._run("2026-03-20", "status", "escalate")  # one run reaches levels 1, 2 and 3 of the first
        self.assertEqual(len(task.escalation_ids), 3)
        digest = self.env["oversight.digest"].search([("user_id", "=", self.head_a.id)])
        self.assertEqual(digest.line_count, 2, "tasks are counted, not notices")
        lines = digest._lines()
        self.assertEqual([line["code"] for line in lines].count(task.code), 1)
        line = next(line for line in lines if line["code"] == task.code)
        self.assertIn("Level 3", line["detail"])
        self.assertEqual(line["officer"], self.user_a.name, "the head sees who holds each task")
        self.assertIn("2 overdue tasks", digest.mail_id.subject)
