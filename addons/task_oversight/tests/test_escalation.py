from collections import Counter
from datetime import date, timedelta
from unittest.mock import patch

from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from odoo.addons.task_oversight.models.oversight_escalation_rule import OversightEscalationRule

from .common import OversightJobCase


@tagged("post_install", "-at_install")
class TestEscalation(OversightJobCase):
    """R10 with the shipped ladder: levels at 1 / 8 / 31 overdue days, 1 / 3 / 10 for key tasks.

    Deadline 2026-03-04 (a Wednesday): the first overdue day is 2026-03-05.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.head_b.email = "giamdoc.stc@danang.gov.vn"
        cls.head_a.email = "giamdoc.snv@danang.gov.vn"
        cls.office.email = "vanphong@danang.gov.vn"
        cls.leader.email = "chutich@danang.gov.vn"

    def _overdue_task(self, deadline="2026-03-04", **values):
        return self._assigned_on("2026-02-25", deadline, **{"monitor_user_id": self.office.id, **values})

    def _mails_by_recipient(self):
        mails = self._digest_mails("escalation")
        return Counter(partner.id for mail in mails for partner in mail.recipient_ids)

    def test_simulated_month(self):
        """Day by day from the deadline to day 40: each level on its day, one digest per person per day."""
        task = self._overdue_task()
        key_task = self._overdue_task(name="Nhiệm vụ trọng tâm", starred=True)
        on_time = self._overdue_task(name="Báo cáo đúng hạn", deadline="2026-03-20")
        task_b = self._overdue_task(name="Quyết toán ngân sách", lead_agency_id=self.agency_b.id)
        expected = {
            task: [(1, "2026-03-05"), (2, "2026-03-12"), (3, "2026-04-04")],
            key_task: [(1, "2026-03-05"), (2, "2026-03-07"), (3, "2026-03-14")],
            task_b: [(1, "2026-03-05"), (2, "2026-03-12"), (3, "2026-04-04")],
            on_time: [],
        }
        mails_per_day = {}
        day = date(2026, 3, 4)
        with freeze_time("2026-03-15 09:00:00"):
            on_time.with_user(self.head_a).action_report_done(document_ref="12/BC-SNV", report_date="2026-03-15")
        while day <= date(2026, 4, 13):
            before = len(self._digest_mails("escalation"))
            self._run(day)
            mails_per_day[str(day)] = len(self._digest_mails("escalation")) - before
            day += timedelta(days=1)
        for record, levels in expected.items():
            self.assertEqual(self._escalations(record), levels, record.name)
        self.assertEqual(task.escalation_level, 3)
        # one digest per recipient on each day something was escalated, never one per task
        self.assertEqual(
            {day: count for day, count in mails_per_day.items() if count},
            {
                "2026-03-05": 2,  # head A (two tasks of A in one mail), head B
                "2026-03-07": 2,  # key task level 2: head A and the Office monitor
                "2026-03-12": 3,  # level 2 of task and task B: head A, head B, the Office (both tasks)
                "2026-03-14": 3,  # key task level 3: head A, the Office, the leader
                "2026-04-04": 4,  # level 3 of task and task B: heads A and B, the Office, the leader
            },
        )
        self.assertEqual(
            self._activity_users(task, "task_oversight.mail_act_task_overdue"), self.head_a | self.office | self.leader
        )
        leader_mail = (
            self._digest_mails().filtered(lambda mail: mail.recipient_ids == self.leader.partner_id).sorted("id")[-1:]
        )
        self.assertIn(task.code, leader_mail.body_html)
        self.assertIn(task_b.code, leader_mail.body_html)
        self.assertIn(f"/mail/view?model=oversight.task&amp;res_id={task.id}", leader_mail.body_html)
        self.assertIn("Level 3 – 31 days overdue", leader_mail.body_html)

    def test_digest_in_the_recipients_language(self):
        self.env["res.lang"]._activate_lang("vi_VN")
        self.head_a.lang = "vi_VN"
        task = self._overdue_task()
        self._run("2026-03-06")
        mail = self._digest_mails()
        self.assertEqual(mail.subject, "1 nhiệm vụ quá hạn cần đồng chí chỉ đạo")
        self.assertIn("Kính gửi đồng chí Giám đốc Sở Nội vụ", mail.body_html)
        self.assertIn("Cấp 1 – quá hạn 2 ngày", mail.body_html)
        self.assertIn("<th>Cán bộ thụ lý</th>", mail.body_html)  # the table of the view, in her language
        self.assertIn(task.code, mail.body_html)

    def test_level_change_in_the_chatter(self):
        """R14: each level reached is logged on the task, in one batch, as tracking does."""
        task = self._overdue_task()
        self._run(date(2026, 3, 5))
        self._run(date(2026, 3, 12))
        values = task.sudo().message_ids.tracking_value_ids.filtered(lambda v: v.field_id.name == "escalation_level")
        self.assertEqual(sorted((v.old_value_integer, v.new_value_integer) for v in values), [(0, 1), (1, 2)])
        self.assertEqual(task.escalation_level, 2)

    def test_second_run_same_day_changes_nothing(self):
        task = self._overdue_task()
        self._run("2026-03-15")
        counts = self._counts(task)
        self._run("2026-03-15")
        self.assertEqual(self._counts(task), counts)
        self.assertEqual(counts[0], 2)  # levels 1 and 2

    def test_missed_days_catch_up_without_duplicates(self):
        task = self._overdue_task()
        self._run("2026-03-05")
        self._run("2026-03-11")
        self.assertEqual(self._escalations(task), [(1, "2026-03-05")])
        # the job did not run on 12, 13 and 14 March, when level 2 fell due: sent once, late
        self._run("2026-03-15")
        self._run("2026-03-15")
        self._run("2026-03-16")
        self.assertEqual(self._escalations(task), [(1, "2026-03-05"), (2, "2026-03-15")])
        # never run before day 40: all three levels at once, in one digest per person
        other = self._overdue_task(name="Nhiệm vụ bị bỏ quên", lead_agency_id=self.agency_b.id)
        mails = self._digest_mails()
        self._run("2026-04-13")
        self.assertEqual([level for level, _day in self._escalations(other)], [1, 2, 3])
        # one to-do for the highest level reached, not one per level
        self.assertEqual(self._activity_users(other, "task_oversight.mail_act_task_overdue"), self.leader)
        new_mails = self._digest_mails() - mails
        self.assertEqual(
            sorted(new_mails.recipient_ids.ids),
            sorted((self.head_a | self.head_b | self.office | self.leader).partner_id.ids),
        )
        self.assertEqual(len(new_mails), 4)

    def test_the_one_who_acts_follows_the_task_once(self):
        """The to-do's user follows its task, subscribed for the whole batch at once with
        the default subtypes; a subscription someone chose is left as it is."""
        note = self.env.ref("mail.mt_note")
        left, chose = self._overdue_task(), self._overdue_task(name="Nhiệm vụ đã chọn theo dõi")
        left.sudo().message_unsubscribe(partner_ids=self.leader.partner_id.ids)
        chose.sudo().message_subscribe(partner_ids=self.leader.partner_id.ids, subtype_ids=note.ids)
        self._run("2026-04-13")

        def subscriptions(task):
            return self.env["mail.followers"].search(
                [
                    ("res_model", "=", task._name),
                    ("res_id", "=", task.id),
                    ("partner_id", "=", self.leader.partner_id.id),
                ]
            )

        default = self.env["mail.message.subtype"].default_subtypes(left._name)[0]
        self.assertEqual(self._activity_users(left, "task_oversight.mail_act_task_overdue"), self.leader)
        self.assertEqual(subscriptions(left).subtype_ids, default)
        self.assertEqual(subscriptions(chose).subtype_ids, note)

    def test_agency_without_head_escalates_to_the_office(self):
        task = self._overdue_task(name="Cơ quan chưa có thủ trưởng", lead_agency_id=self.agency_c.id)
        self._run("2026-03-05")
        self.assertEqual(self._escalations(task), [(1, "2026-03-05")])
        self.assertEqual(self._activity_users(task, "task_oversight.mail_act_task_overdue"), self.office)
        self.assertIn("the activity went to Chuyên viên Văn phòng", task.escalation_ids.note)

    def test_broken_task_is_skipped_and_the_others_go_on(self):
        broken = self._overdue_task(name="Không ai nhận được", lead_agency_id=self.agency_c.id, monitor_user_id=False)
        task = self._overdue_task()
        with self.assertLogs("odoo.addons.task_oversight.models.oversight_notice_job", "WARNING") as logs:
            self._run("2026-03-05")
        self.assertIn("no Office monitor", "\n".join(logs.output))
        self.assertFalse(broken.escalation_ids)
        self.assertEqual(self._escalations(task), [(1, "2026-03-05")])
        # once the agency has a head, the next run escalates it
        self.agency_c.head_user_id = self.head_b
        self._run("2026-03-06")
        self.assertEqual(self._escalations(broken), [(1, "2026-03-06")])

    def test_exception_on_one_task_leaves_the_others_processed(self):
        tasks = [self._overdue_task(name=f"Nhiệm vụ {n}") for n in range(4)]
        failing = tasks[2]
        original = OversightEscalationRule._recipients

        def recipients(rule, task, people=None):
            if task == failing:
                raise ValueError("database glitch")
            return original(rule, task, people)

        with (
            patch.object(OversightEscalationRule, "_recipients", recipients),
            mute_logger("odoo.addons.task_oversight.models.oversight_notice_job"),
        ):
            self._run("2026-03-05")
        self.assertEqual([bool(task.escalation_ids) for task in tasks], [True, True, False, True])
        self._run("2026-03-05")
        self.assertEqual(self._escalations(failing), [(1, "2026-03-05")])

    def test_recipient_without_email_is_noted_and_the_ladder_goes_on(self):
        self.head_a.email = False
        task = self._overdue_task()
        with mute_logger("odoo.addons.task_oversight.models.oversight_digest"):
            self._run("2026-03-05")
            self._run("2026-03-12")
        level_1 = task.escalation_ids.filtered(lambda e: e.level == 1)
        self.assertIn(self.head_a.name, level_1.note)
        self.assertEqual(self._escalations(task), [(1, "2026-03-05"), (2, "2026-03-12")])
        self.assertEqual(self._mails_by_recipient(), Counter({self.office.partner_id.id: 1}))

    def test_extension_closes_activities_and_restarts_the_ladder(self):
        task = self._overdue_task()
        with freeze_time(f"{task.deadline - timedelta(days=1)} 09:00:00"):  # asked before the deadline
            request = self._extension(task, date(2026, 3, 31))
        self._run("2026-03-12")
        self.assertEqual(task.escalation_level, 2)
        with freeze_time("2026-03-13 09:00:00"):  # decided after it
            request._apply_extension()
        self.assertEqual(task.escalation_level, 0)
        self.assertFalse(self._activity_users(task, "task_oversight.mail_act_task_overdue"))
        self._run("2026-03-20")
        self.assertEqual(len(task.escalation_ids), 2)
        self._run("2026-04-01")
        self.assertEqual(task.escalation_level, 1)
        self.assertEqual(task.escalation_ids.sorted("id")[-1].deadline, date(2026, 3, 31))

    def test_pause_and_cancel_close_escalation_activities(self):
        paused, cancelled = self._overdue_task(), self._overdue_task(name="Nhiệm vụ bị hủy")
        self._run("2026-03-05")
        with freeze_time("2026-03-06 09:00:00"):
            paused.with_user(self.leader).action_pause(reason="Chờ chủ trương của Thành ủy")
            cancelled.with_user(self.leader).action_cancel(reason="Không còn phù hợp")
        for task in paused | cancelled:
            self.assertFalse(self._activity_users(task, "task_oversight.mail_act_task_overdue"))

    def test_digest_uses_the_template_of_the_highest_level(self):
        urgent = self.env.ref("task_oversight.mail_template_escalation_digest").copy(
            {"subject": "KHẨN: {{ object.line_count }} nhiệm vụ quá hạn"}
        )
        self.env.ref("task_oversight.escalation_rule_level_2").mail_template_id = urgent
        self._overdue_task()
        self._run("2026-03-05")
        self._run("2026-03-12")
        subjects = self._digest_mails().sorted("id").mapped("subject")
        # 5 March: level 1 only, default template; 12 March: level 2, its own template
        self.assertEqual(subjects[0], "1 overdue tasks need your attention")
        self.assertEqual(set(subjects[1:]), {"KHẨN: 1 nhiệm vụ quá hạn"})

    def test_long_digest_lists_the_first_tasks_and_counts_the_rest(self):
        tasks = self._overdue_task() | self._overdue_task(name="Nhiệm vụ thứ hai")
        with patch("odoo.addons.task_oversight.models.oversight_digest.DIGEST_MAX_LINES", 1):
            self._run("2026-03-05")
        mail = self._digest_mails()
        self.assertEqual(len(mail), 1)
        self.assertEqual(sum(task.code in mail.body_html for task in tasks), 1)
        self.assertIn("and 1 more tasks in Task Oversight", mail.body_html)

    def test_digest_bodies_are_placeholders_only(self):
        """The digests' bodies as shipped hold placeholders only (the tasks come from a view):
        Odoo fills them in without compiling a QWeb program for each email."""
        for kind in ("escalation", "reminder"):
            template = self.env.ref(f"task_oversight.mail_template_{kind}_digest")
            self.assertFalse(template._has_unsafe_expression_template_qweb(template.body_html, "oversight.digest"))

    def test_returned_report_does_not_resend_levels(self):
        task = self._overdue_task()
        self._run("2026-03-12")
        with freeze_time("2026-03-13 09:00:00"):
            task.with_user(self.head_a).action_report_done(document_ref="30/BC-SNV", report_date="2026-03-13")
            self.assertFalse(self._activity_users(task, "task_oversight.mail_act_task_overdue"))
            task.with_user(self.office).action_return(reason="Thiếu số liệu")
        self._run("2026-03-14")
        self.assertEqual(self._escalations(task), [(1, "2026-03-12"), (2, "2026-03-12")])

    def test_fourth_rule_added_by_an_admin_is_followed(self):
        task = self._overdue_task()
        self._run("2026-04-10")
        rule = (
            self.env["oversight.escalation.rule"]
            .with_user(self.manager)
            .create(
                {
                    "name": "Quá hạn trên 60 ngày: chuyển Sở Nội vụ xem xét trách nhiệm",
                    "level": 4,
                    "overdue_days": 61,
                    "starred_overdue_days": 30,
                    "notify_lead_head": False,
                    "notify_agency_id": self.agency_b.id,
                    "activity_type_id": self.env.ref("task_oversight.mail_act_task_overdue").id,
                    "activity_role": "agency",
                }
            )
        )
        self._run("2026-05-03")  # 60 days overdue
        self.assertEqual(self._escalations(task)[-1], (3, "2026-04-10"))
        self._run("2026-05-04")
        self.assertEqual(task.escalation_ids.filtered(lambda e: e.level == 4).rule_id, rule)
        self.assertEqual(task.escalation_ids.filtered(lambda e: e.level == 4).user_ids, self.head_b)
        self.assertIn(self.head_b, self._activity_users(task, "task_oversight.mail_act_task_overdue"))
        # archiving it stops it
        rule.active = False
        other = self._overdue_task(name="Nhiệm vụ khác")
        self._run("2026-05-05")
        self.assertEqual([level for level, _day in self._escalations(other)], [1, 2, 3])

    def test_changed_threshold_is_followed(self):
        self.env.ref("task_oversight.escalation_rule_level_2").with_user(self.manager).overdue_days = 5
        task = self._overdue_task()
        self._run("2026-03-09")
        self.assertEqual(self._escalations(task), [(1, "2026-03-09"), (2, "2026-03-09")])

    def _counts(self, task):
        return (
            len(task.escalation_ids),
            len(task.activity_ids),
            len(task.message_ids),
            len(self._digest_mails()),
        )


@tagged("post_install", "-at_install")
class TestEscalationRules(OversightJobCase):
    def _rule(self, **values):
        return (
            self.env["oversight.escalation.rule"]
            .with_user(self.manager)
            .create({"name": "Cấp 4", "level": 4, "overdue_days": 61, "starred_overdue_days": 20, **values})
        )

    def test_levels_increase_with_their_days(self):
        with self.assertRaisesRegex(ValidationError, "must start later than level 3"):
            self._rule(overdue_days=20)
        with self.assertRaisesRegex(ValidationError, "must start later than level 3"):
            self._rule(starred_overdue_days=10)
        with self.assertRaisesRegex(ValidationError, "same level 3"):
            self._rule(level=3)
        with self.assertRaisesRegex(ValidationError, "cannot exceed its overdue days"):
            self._rule(starred_overdue_days=70)
        with self.assertRaisesRegex(ValidationError, "at least 1"):
            self._rule(level=0)
        self.assertTrue(self._rule())

    def test_only_managers_edit_rules(self):
        rule = self.env.ref("task_oversight.escalation_rule_level_1")
        for user in (self.office, self.leader, self.head_a):
            with self.subTest(user=user.login), self.assertRaises(UserError):
                rule.with_user(user).overdue_days = 2
        self.assertEqual(rule.with_user(self.head_a).overdue_days, 1)
