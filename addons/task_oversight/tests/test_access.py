from datetime import timedelta

from freezegun import freeze_time

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import OversightCase, OversightJobCase

PROTECTED_VALUES = {
    "deadline": lambda case: case.today() + timedelta(days=90),
    "starred": lambda case: True,
    "leader_id": lambda case: case.office.id,
    "state": lambda case: "done",
    "lead_agency_id": lambda case: case.agency_b.id,
    "coordinating_agency_ids": lambda case: [(6, 0, case.agency_c.ids)],
    "name": lambda case: "Nội dung bị sửa",
    "active": lambda case: False,
}


@tagged("post_install", "-at_install")
class TestAccess(OversightCase):
    """Agencies see their own tasks only, through every ORM path."""

    def setUp(self):
        super().setUp()
        self.task_a = self._assigned_task(deadline=self.today() + timedelta(days=5))
        self.task_b = self._assigned_task(lead_agency_id=self.agency_b.id)
        self.task_sub = self._assigned_task(lead_agency_id=self.agency_a_sub.id)
        self.task_coord = self._assigned_task(
            lead_agency_id=self.agency_c.id, coordinating_agency_ids=[self.agency_a.id]
        )
        Update = self.env["oversight.task.update"]
        self.update_a = Update.with_user(self.user_a).create({"task_id": self.task_a.id, "progress": 20, "note": "A"})
        self.update_b = Update.with_user(self.user_b).create({"task_id": self.task_b.id, "progress": 20, "note": "B"})
        Request = self.env["oversight.extension.request"]
        self.request_a = Request.with_user(self.user_a).create(
            {"task_id": self.task_a.id, "requested_deadline": self.today() + timedelta(days=60), "reason": "A"}
        )

    def test_search_sees_own_sub_agency_and_coordinated_tasks(self):
        Task = self.env["oversight.task"]
        self.assertEqual(Task.with_user(self.user_a).search([]), self.task_a | self.task_sub | self.task_coord)
        self.assertEqual(
            Task.with_user(self.user_a_sub).search([]), self.task_sub, "a sub-agency does not see its parent's tasks"
        )
        self.assertEqual(Task.with_user(self.user_b).search([]), self.task_b)
        self.assertEqual(Task.with_user(self.leader).search_count([]), Task.search_count([]))

    def test_rules_follow_the_agencies_taking_part_at_once(self):
        """The rules read the stored agencies taking part (lead and coordinators): a change
        of coordinators or of lead is seen by the next search, and by the task's updates."""
        Task, Update = self.env["oversight.task"], self.env["oversight.task.update"]
        self.assertEqual(self.task_coord.party_agency_ids, self.agency_c | self.agency_a)
        self.task_coord.sudo().coordinating_agency_ids = self.agency_b
        self.assertNotIn(self.task_coord, Task.with_user(self.user_a).search([]))
        self.assertIn(self.task_coord, Task.with_user(self.user_b).search([]))
        self.task_b.sudo()._workflow_write({"lead_agency_id": self.agency_a.id})
        self.assertIn(self.task_b, Task.with_user(self.user_a).search([]))
        self.assertIn(self.update_b, Update.with_user(self.user_a).search([]))
        self.assertNotIn(self.update_b, Update.with_user(self.user_b).search([]))

    def test_agencies_taking_part_and_in_scope_computed_together(self):
        """Computed for many records at once, each gets its own agencies: the tasks of one
        write whose coordinators differ, the users of different agencies or of none."""
        (self.task_coord | self.task_b).sudo()._workflow_write({"lead_agency_id": self.agency_b.id})
        self.assertEqual(self.task_coord.party_agency_ids, self.agency_b | self.agency_a)
        self.assertEqual(self.task_b.party_agency_ids, self.agency_b)
        users = self.head_a | self.user_a | self.user_a_sub | self.user_b | self.leader
        users.invalidate_recordset(["oversight_scope_agency_ids"])
        self.assertEqual(
            [user.oversight_scope_agency_ids for user in users],
            [self.agency_a | self.agency_a_sub] * 2 + [self.agency_a_sub, self.agency_b, self.env["oversight.agency"]],
        )

    def test_rules_follow_a_new_sub_agency(self):
        """The rules hold each user's agencies, resolved once: a sub-agency created or moved later counts."""
        Task = self.env["oversight.task"]
        self.assertEqual(Task.with_user(self.user_a).search([]), self.task_a | self.task_sub | self.task_coord)
        unit = self.env["oversight.agency"].create(
            {
                "name": "Chi cục Văn thư - Lưu trữ",
                "code": "T-CCVT",
                "parent_id": self.agency_a.id,
                "agency_type": "unit",
            }
        )
        task_unit = self._assigned_task(lead_agency_id=unit.id)
        self.assertIn(task_unit, Task.with_user(self.user_a).search([]))
        unit.parent_id = self.agency_b
        self.assertNotIn(task_unit, Task.with_user(self.user_a).search([]))
        self.assertIn(task_unit, Task.with_user(self.user_b).search([]))

    def test_read_other_agency_task_refused(self):
        with self.assertRaises(AccessError):
            self.task_b.with_user(self.user_a).read(["name"])
        with self.assertRaises(AccessError):
            self.task_a.with_user(self.head_b).read(["name"])

    def test_read_group_counts_own_tasks_only(self):
        Task = self.env["oversight.task"].with_user(self.user_b)
        groups = Task._read_group([], ["lead_agency_id"], ["__count"])
        self.assertEqual(groups, [(self.agency_b, 1)])
        formatted = Task.formatted_read_group([], ["state"], ["__count"])
        self.assertEqual([(g["state"], g["__count"]) for g in formatted], [("assigned", 1)])

    def test_write_and_unlink_other_agency_task_refused(self):
        with self.assertRaises(AccessError):
            self.task_b.with_user(self.head_a).write({"expected_output": "x"})
        with self.assertRaises(AccessError):
            self.task_b.with_user(self.head_a).unlink()
        self.assertTrue(self.task_b.exists())

    def test_protected_fields_refused_for_agency_users(self):
        for user in (self.user_a, self.head_a):
            for field, value in PROTECTED_VALUES.items():
                with (
                    self.subTest(user=user.login, field=field),
                    self.assertRaisesRegex(AccessError, "They change only through the workflow buttons"),
                ):
                    self.task_a.with_user(user).write({field: value(self)})
        self.assertRecordValues(
            self.task_a,
            [
                {
                    "deadline": self.today() + timedelta(days=5),
                    "starred": False,
                    "leader_id": self.leader.id,
                    "state": "assigned",
                    "lead_agency_id": self.agency_a.id,
                    "name": "Rà soát thủ tục hành chính",
                    "active": True,
                }
            ],
        )
        self.assertFalse(self.task_a.coordinating_agency_ids)

    def test_protected_fields_refused_for_leaders(self):
        with self.assertRaises(AccessError):
            self.task_a.with_user(self.leader).write({"deadline": self.today() + timedelta(days=90)})

    def test_office_writes_assignment(self):
        self._flush_tracking()
        self.task_a.with_user(self.office).write(
            {
                "starred": True,
                "coordinating_agency_ids": [(4, self.agency_b.id)],
                "deadline": self.today() + timedelta(days=9),
                "leader_id": self.manager.id,
            }
        )
        self.task_a.with_user(self.office).action_change_lead(lead_agency_id=self.agency_c.id, reason="Theo chức năng")
        self.assertTrue(self.task_a.starred)
        self._flush_tracking()
        tracked = set(self.task_a.sudo().message_ids.tracking_value_ids.field_id.mapped("name"))
        self.assertLessEqual(
            {"starred", "coordinating_agency_ids", "deadline", "leader_id", "lead_agency_id"},
            tracked,
            "R14: every change of deadline, lead, coordinators, star and leader is in the chatter",
        )

    def test_updates_isolated(self):
        Update = self.env["oversight.task.update"]
        self.assertEqual(Update.with_user(self.user_b).search([]), self.update_b)
        with self.assertRaises(AccessError):
            self.update_a.with_user(self.user_b).read(["note"])
        with self.assertRaises(AccessError):
            self.update_a.with_user(self.user_b).write({"note": "sửa"})
        with self.assertRaises(AccessError):
            self.update_a.with_user(self.user_b).unlink()
        self.assertEqual(Update.with_user(self.user_b)._read_group([], ["task_id"], ["__count"]), [(self.task_b, 1)])

    def test_update_on_other_agency_task_refused(self):
        Update = self.env["oversight.task.update"].with_user(self.user_b)
        with self.assertRaises(AccessError):
            Update.create({"task_id": self.task_a.id, "progress": 10, "note": "x", "agency_id": self.agency_a.id})
        self.assertEqual(self.task_a.update_ids, self.update_a)

    def test_coordinator_posts_update_but_not_in_lead_name(self):
        Update = self.env["oversight.task.update"].with_user(self.user_a)
        update = Update.create({"task_id": self.task_coord.id, "progress": 50, "note": "Đã phối hợp"})
        self.assertEqual(update.agency_id, self.agency_a)
        with self.assertRaises(AccessError):
            Update.create({"task_id": self.task_coord.id, "progress": 50, "note": "x", "agency_id": self.agency_c.id})

    def test_extension_requests_isolated(self):
        Request = self.env["oversight.extension.request"]
        self.assertFalse(Request.with_user(self.user_b).search([]))
        with self.assertRaises(AccessError):
            self.request_a.with_user(self.user_b).read(["reason"])
        with self.assertRaises(AccessError):
            self.request_a.with_user(self.head_b).write({"reason": "x"})
        with self.assertRaises(AccessError):
            self.request_a.with_user(self.user_b).unlink()
        self.assertEqual(Request.with_user(self.user_b)._read_group([], ["task_id"], ["__count"]), [])
        self.assertEqual(self.request_a.reason, "A")

    def test_agency_without_agency_sees_nothing(self):
        lost = self._user("t_lost", "task_oversight.group_agency_user")
        self.assertFalse(self.env["oversight.task"].with_user(lost).search([]))

    def test_multi_company_isolation(self):
        company = self.env["res.company"].create({"name": "UBND tỉnh Quảng Nam"})
        agency = self.env["oversight.agency"].create(
            {"name": "Sở Nội vụ QN", "code": "QN-SNV", "company_id": company.id}
        )
        foreign = self.env["oversight.task"].create(
            {"name": "Nhiệm vụ của tỉnh khác", "lead_agency_id": agency.id, "company_id": company.id}
        )
        self.assertNotIn(foreign, self.env["oversight.task"].with_user(self.office).search([]))
        with self.assertRaises(AccessError):
            foreign.with_user(self.leader).read(["name"])

    def test_agency_users_cannot_create_tasks(self):
        with self.assertRaises(AccessError):
            self.env["oversight.task"].with_user(self.head_a).create(
                {"name": "Tự giao", "lead_agency_id": self.agency_a.id}
            )


@tagged("post_install", "-at_install")
class TestNoticeAccess(OversightJobCase):
    """Escalations, reminders and digests follow the tasks they are about."""

    def setUp(self):
        super().setUp()
        self.task_a = self._assigned_on("2026-02-25", "2026-03-04", monitor_user_id=self.office.id)
        self.task_b = self._assigned_on("2026-02-25", "2026-03-04", lead_agency_id=self.agency_b.id)
        self.reported = self._assigned_on("2026-02-25", "2026-03-31", lead_agency_id=self.agency_b.id)
        with freeze_time("2026-03-02 09:00:00"):
            self.reported.with_user(self.head_b).action_report_done(document_ref="7/BC-STC", report_date="2026-03-02")
        self._run("2026-03-12")
        self.escalations = self.env["oversight.task.escalation"].search([])
        self.reminders = self.env["oversight.task.reminder"].search([])
        self.digests = self.env["oversight.digest"].search([])

    def test_agency_sees_only_its_own_notices(self):
        for user, tasks in ((self.user_a, self.task_a), (self.head_b, self.task_b | self.reported)):
            with self.subTest(user=user.login):
                Escalation = self.env["oversight.task.escalation"].with_user(user)
                self.assertEqual(
                    Escalation.search([]), self.escalations.filtered_domain([("task_id", "in", tasks.ids)])
                )
                Reminder = self.env["oversight.task.reminder"].with_user(user)
                self.assertEqual(Reminder.search([]), self.reminders.filtered_domain([("task_id", "in", tasks.ids)]))
        self.assertTrue(self.reminders, "the unconfirmed report of agency B was reminded to the Office")
        foreign = self.escalations.filtered(lambda e: e.task_id == self.task_b)
        with self.assertRaises(AccessError):
            foreign.with_user(self.user_a).read(["level", "user_ids"])
        with self.assertRaises(AccessError):
            self.reminders.with_user(self.user_a).read(["kind"])

    def test_nobody_but_the_jobs_writes_notices(self):
        escalation = self.escalations.filtered(lambda e: e.task_id == self.task_a)[:1]
        for user in (self.user_a, self.head_a, self.office, self.leader):
            with self.subTest(user=user.login):
                with self.assertRaises(AccessError):
                    escalation.with_user(user).write({"level": 5})
                with self.assertRaises(AccessError):
                    escalation.with_user(user).unlink()
                with self.assertRaises(AccessError):
                    self.env["oversight.task.escalation"].with_user(user).create(
                        {
                            "task_id": self.task_a.id,
                            "agency_id": self.agency_a.id,
                            "level": 9,
                            "deadline": "2026-03-04",
                            "date": "2026-03-12",
                        }
                    )
                with self.assertRaises(AccessError):
                    self.reminders[:1].with_user(user).write({"note": "x"})

    def test_digests_are_private_to_their_recipient(self):
        own = self.digests.filtered(lambda d: d.user_id == self.head_a)
        self.assertTrue(own)
        self.assertEqual(self.env["oversight.digest"].with_user(self.head_a).search([]), own)
        self.assertFalse(self.env["oversight.digest"].with_user(self.user_b).search([]))
        with self.assertRaises(AccessError):
            (self.digests - own)[:1].with_user(self.head_a).read(["line_count"])
        self.assertEqual(self.env["oversight.digest"].with_user(self.office).search([]), self.digests)
