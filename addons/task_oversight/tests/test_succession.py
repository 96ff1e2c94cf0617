"""Two-tier local government (R18): agencies end, merge and split with a dated
decision; open tasks pass to the successor, history stays where the work was done."""

from datetime import date, timedelta

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, tagged
from odoo.tools import mute_logger

from .common import OversightCase


@tagged("post_install", "-at_install")
class TestSuccession(OversightCase):
    def setUp(self):
        super().setUp()
        Agency = self.env["oversight.agency"]
        self.planning = Agency.create({"name": "Sở Kế hoạch và Đầu tư", "code": "T-SKHDT"})
        self.officer = self._user("t_officer_khdt", "task_oversight.group_agency_user", self.planning)
        self.head = self._user("t_head_khdt", "task_oversight.group_agency_head", self.planning)
        self.planning.head_user_id = self.head
        # B (Sở Tài chính) is the successor; A coordinates; C already coordinates with the predecessor
        self.open = self._assigned_task(lead_agency_id=self.planning.id, deadline=self.today() + timedelta(days=20))
        self.coordinated = self._assigned_task(coordinating_agency_ids=[self.planning.id, self.agency_b.id])
        self.coordinated_by_successor_led = self._assigned_task(
            lead_agency_id=self.agency_b.id, coordinating_agency_ids=[self.planning.id]
        )
        self.closed = self._assigned_task(lead_agency_id=self.planning.id)
        self.closed.with_user(self.head).action_report_done(document_ref="12/BC-SKHDT", report_date=self.today())
        self.closed.with_user(self.office).action_confirm_done()
        self.request = (
            self.env["oversight.extension.request"]
            .with_user(self.officer)
            .create({"task_id": self.open.id, "requested_deadline": self.today() + timedelta(days=60), "reason": "Chờ"})
        )

    def _merge(self, agencies, successor=None, day=None, **values):
        wizard = Form(self.env["oversight.agency.merge"].with_user(self.office))
        for agency in agencies:
            wizard.agency_ids.add(agency)
        if successor:
            wizard.successor_id = successor
        for name, value in values.items():
            setattr(wizard, name, value)
        wizard.date = day or self.today()
        wizard.decision_ref = "1679/QĐ-UBND"
        return wizard.save().action_merge()

    def test_merge_hands_over_open_work_and_keeps_history(self):
        self._flush_tracking()
        self._merge(self.planning, self.agency_b)
        self._flush_tracking()
        self.assertRecordValues(
            self.planning.with_context(active_test=False),
            [
                {
                    "active": False,
                    "successor_id": self.agency_b.id,
                    "date_end": self.today(),
                    "end_decision_ref": "1679/QĐ-UBND",
                }
            ],
        )
        self.assertEqual(self.open.lead_agency_id, self.agency_b)
        self.assertIn("1679/QĐ-UBND", self.open.message_ids.filtered("tracking_value_ids")[0].body)
        self.assertEqual(self.closed.lead_agency_id, self.planning, "closed tasks keep the agency that did the work")
        self.assertEqual(self.coordinated.coordinating_agency_ids, self.agency_b, "no duplicate coordinator")
        self.assertFalse(self.coordinated_by_successor_led.coordinating_agency_ids, "a lead never coordinates itself")
        self.assertEqual((self.officer | self.head).oversight_agency_id, self.agency_b, "members move")
        self.assertEqual(self.request.agency_id, self.agency_b, "an open request follows its task")
        self.assertIn(self.planning, self.agency_b.predecessor_ids)

    def test_merge_twice_changes_nothing(self):
        self._merge(self.planning, self.agency_b)
        count = len(self.open.message_ids)
        with self.assertRaisesRegex(UserError, "already ended"):
            self._merge(self.planning.with_context(active_test=False), self.agency_a)
        self.planning.with_context(active_test=False)._apply_succession()
        self.assertEqual((self.open.lead_agency_id, len(self.open.message_ids)), (self.agency_b, count))

    def test_officer_sees_the_successor_tasks_after_moving(self):
        successor_only = self._assigned_task(lead_agency_id=self.agency_b.id)
        Task = self.env["oversight.task"].with_user(self.officer)
        self.assertNotIn(successor_only, Task.search([]), "not before the merger")
        with self.assertRaises(AccessError):
            successor_only.with_user(self.officer).read(["name"])
        self._merge(self.planning, self.agency_b)
        self.assertIn(successor_only, Task.search([]))
        self.assertIn(self.open, Task.search([]))

    def test_merge_into_a_new_agency(self):
        self._merge(self.planning | self.agency_b, new_name="Sở Tài chính (mới)", new_code="T-STC2")
        successor = self.planning.with_context(active_test=False).successor_id
        self.assertEqual(successor.name, "Sở Tài chính (mới)")
        self.assertEqual(self.open.lead_agency_id, successor)
        self.assertEqual(self.coordinated_by_successor_led.lead_agency_id, successor)

    def test_split_hands_the_chosen_tasks(self):
        second = self._assigned_task(lead_agency_id=self.planning.id)
        wizard = (
            self.env["oversight.agency.merge"]
            .with_user(self.office)
            .create(
                {
                    "mode": "split",
                    "agency_ids": [(6, 0, self.planning.ids)],
                    "date": self.today(),
                    "decision_ref": "1680/QĐ-UBND",
                    "line_ids": [
                        (0, 0, {"successor_id": self.agency_a.id, "task_ids": [(6, 0, self.open.ids)]}),
                        (0, 0, {"successor_id": self.agency_b.id, "task_ids": [(6, 0, second.ids)]}),
                    ],
                }
            )
        )
        wizard.action_merge()
        self.assertEqual((self.open.lead_agency_id, second.lead_agency_id), (self.agency_a, self.agency_b))

    def test_a_decision_takes_effect_on_its_date(self):
        later = self.today() + timedelta(days=10)
        self._merge(self.planning, self.agency_b, day=later)
        with self._no_commit_cron():
            self.env["oversight.agency"]._cron_apply_successions()
        self.assertTrue(self.planning.active)
        self.assertEqual(self.open.lead_agency_id, self.planning, "not before the date")
        with freeze_time(f"{later} 01:00:00"), self._no_commit_cron():
            self.env["oversight.agency"]._cron_apply_successions()
        self.assertFalse(self.planning.active)
        self.assertEqual(self.open.lead_agency_id, self.agency_b)

    def test_bad_decisions_are_refused(self):
        with self.assertRaisesRegex(UserError, "merged into itself"):
            self._merge(self.planning | self.agency_b, self.agency_b)
        self._merge(self.agency_c, self.agency_a)
        with self.assertRaisesRegex(UserError, "has ended and cannot receive tasks"):
            self._merge(self.planning, self.agency_c.with_context(active_test=False))
        with self.assertRaisesRegex(UserError, "at most one month before"):
            self._merge(self.planning, self.agency_b, day=self.today() + timedelta(days=90))
        other = self.env["res.company"].create({"name": "UBND tỉnh Quảng Ngãi"})
        foreign = self.env["oversight.agency"].create(
            {"name": "Sở Tài chính Quảng Ngãi", "code": "QN-STC", "company_id": other.id}
        )
        wizard = self.env["oversight.agency.merge"].create(
            {"agency_ids": [(6, 0, self.planning.ids)], "successor_id": foreign.id, "decision_ref": "1679/QĐ-UBND"}
        )
        with self.assertRaisesRegex(UserError, "different committees"):
            wizard.action_merge()
        self.assertTrue(self.planning.active)
        self.assertEqual(self.open.lead_agency_id, self.planning)

    def test_no_merger_into_its_own_sub_agency(self):
        """A sub-agency would end with the agency it succeeds: refused today and for a later date."""
        unit = self.env["oversight.agency"].create(
            {
                "name": "Trung tâm Xúc tiến đầu tư",
                "code": "T-TTXT",
                "parent_id": self.planning.id,
                "agency_type": "unit",
            }
        )
        for day in (None, self.today() + timedelta(days=10)):
            with self.subTest(day=day), self.assertRaisesRegex(UserError, "sub-agency of an agency that ends"):
                self._merge(self.planning, unit, day=day)
        self.assertTrue(self.planning.active)
        self.assertFalse(self.planning.successor_id)

    def test_one_failing_succession_does_not_block_the_others(self):
        """A decision recorded before the check (successor inside its own hierarchy) fails on its
        day, is shown on the agency, and the other decisions of that day are carried out."""
        later = self.today() + timedelta(days=5)
        unit = self.env["oversight.agency"].create(
            {
                "name": "Trung tâm Xúc tiến đầu tư",
                "code": "T-TTXT",
                "parent_id": self.agency_c.id,
                "agency_type": "unit",
            }
        )
        self.agency_c._workflow_write({"successor_id": unit.id, "date_end": later, "end_decision_ref": "99/QĐ-UBND"})
        self._merge(self.planning, self.agency_b, day=later)
        with (
            freeze_time(f"{later} 01:00:00"),
            self._no_commit_cron(),
            mute_logger("odoo.addons.task_oversight.models.oversight_agency"),
        ):
            self.env["oversight.agency"]._cron_apply_successions()
        self.assertFalse(self.planning.active, "the other decision of the day is carried out")
        self.assertEqual(self.open.lead_agency_id, self.agency_b)
        self.assertTrue(self.agency_c.active, "the failing one is left as it was")
        self.assertEqual(unit.parent_id, self.agency_c)
        self.assertIn("99/QĐ-UBND", self.agency_c.message_ids[:1].body, "the Office sees why on the agency")

    def test_an_ended_agency_receives_no_task(self):
        self._merge(self.planning, self.agency_b)
        ended = self.planning.with_context(active_test=False)
        with self.assertRaisesRegex(ValidationError, "receives no task"):
            self._task(lead_agency_id=ended.id)
        with self.assertRaisesRegex(ValidationError, "receives no task"):
            self._assigned_task().with_user(self.office).action_change_lead(lead_agency_id=ended.id, reason="Thử")

    def test_no_new_district(self):
        with self.assertRaisesRegex(ValidationError, "abolished on 1 July 2025"):
            self.env["oversight.agency"].create({"name": "UBND quận Cẩm Lệ", "code": "T-CL", "agency_type": "district"})
        history = self.env["oversight.agency"].create(
            {
                "name": "UBND quận Sơn Trà",
                "code": "T-ST",
                "agency_type": "district",
                "date_end": date(2025, 7, 1),
                "active": False,
            }
        )
        self.assertEqual(history.agency_type, "district")

    def test_only_the_office_records_decisions(self):
        with self.assertRaises(AccessError):
            self.env["oversight.agency.merge"].with_user(self.head_a).create(
                {
                    "agency_ids": [(6, 0, self.planning.ids)],
                    "successor_id": self.agency_b.id,
                    "decision_ref": "1/QĐ-UBND",
                }
            )
