"""What did not hold when tried as an attacker would (issue of the new surfaces), through the
ORM as the real role; ``test_integrity_http`` sends the same over JSON-RPC and ``/json/2``.
Each asserts the refusal, its sentence and the record left as it was."""

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.fields import Command
from odoo.tests import tagged

from .common import OversightCase

# helper_ids as a script could send them
BAD_HELPERS = ("abc", ["x"], [True], [[1, 2]], 5)


@tagged("post_install", "-at_install")
class TestHardening(OversightCase):
    def setUp(self):
        super().setUp()
        self.task = self._assigned_task(coordinating_agency_ids=[self.agency_b.id])

    def test_helpers_are_members_of_the_lead_agency(self):
        with self.assertRaisesRegex(UserError, "not a member of Sở Nội vụ"):
            self.task.with_user(self.head_a).action_assign_officer(
                officer_id=self.user_a.id, helper_ids=[self.user_b.id]
            )
        for value in BAD_HELPERS:
            with self.subTest(value=value), self.assertRaisesRegex(UserError, "not a valid list of helping officers"):
                self.task.with_user(self.head_a).action_assign_officer(officer_id=self.user_a.id, helper_ids=value)
        with self.assertRaisesRegex(UserError, "no longer exist"):
            self.task.with_user(self.head_a).action_assign_officer(officer_id=self.user_a.id, helper_ids=[10**8])
        self.assertRecordValues(self.task, [{"officer_id": False, "officer_ids": []}])
        self.task.with_user(self.head_a).action_assign_officer(
            officer_id=self.user_a.id, helper_ids=[self.user_a_sub.id]
        )
        self.assertRecordValues(self.task, [{"officer_id": self.user_a.id, "officer_ids": self.user_a_sub.ids}])

    def test_only_leaders_assign_and_sign(self):
        with self.assertRaisesRegex(ValidationError, "not a leader of the Committee"):
            self._task(leader_id=self.head_b.id)
        with self.assertRaisesRegex(ValidationError, "not a leader of the Committee"):
            self.task.with_user(self.office).write({"leader_id": self.head_b.id})
        with self.assertRaisesRegex(ValidationError, "not a leader of the Committee"):
            self.directive.with_user(self.office).write({"signer_id": self.head_a.id})
        self.assertEqual((self.task.leader_id, self.directive.signer_id), (self.leader, self.leader))

    def test_a_former_coordinator_no_longer_writes_its_part(self):
        part = (
            self.env["oversight.task.coordination"]
            .with_user(self.user_b)
            .create({"task_id": self.task.id, "contribution": "Số liệu tài chính"})
        )
        self.task.with_user(self.office).write({"coordinating_agency_ids": [Command.unlink(self.agency_b.id)]})
        with self.assertRaises(AccessError):  # no longer part of the task: it reads nothing of it
            part.with_user(self.user_b).write({"contribution": "Đã sửa sau khi bị rút"})
        self.assertFalse(part.with_user(self.user_b).search([("id", "=", part.id)]))
        # back in the task as its lead: the part of the coordinator it was stays as it was
        self.task.with_user(self.office).action_change_lead(lead_agency_id=self.agency_b.id, reason="Theo chức năng")
        with self.assertRaisesRegex(UserError, "no longer coordinates"):
            part.with_user(self.user_b).write({"contribution": "Đã sửa khi chủ trì"})
        self.assertEqual(part.contribution, "Số liệu tài chính")

    def test_bad_input_gets_a_sentence(self):
        Update = self.env["oversight.task.update"].with_user(self.user_a)
        cases = [
            ({"progress": "abc"}, "is not a whole number"),
            ({"progress": 10**400}, "whole number between"),
            ({"progress": [50]}, "is not a whole number"),
            ({"date": "31/12/2026"}, "a date: write 2026-12-31"),
            ({"date": "2026-02-30"}, "YYYY-MM-DD"),
            ({"task_id": "abc"}, "the id of a record"),
        ]
        for vals, message in cases:
            with self.subTest(vals=vals), self.assertRaisesRegex(ValidationError, message):
                Update.create({"task_id": self.task.id, "progress": 10, "note": "Đang làm", **vals})
        with self.assertRaisesRegex(ValidationError, "whole number"):
            self.env["oversight.escalation.rule"].with_user(self.manager).create(
                {"level": 4, "overdue_days": "abc", "starred_overdue_days": 1}
            )
        with self.assertRaisesRegex(ValidationError, "one of"):
            self.directive.with_user(self.office).write({"issuer_level": "president"})
        with self.assertRaisesRegex(ValidationError, "has no field"):
            self.task.with_user(self.office).write({"no_such_field": 1})
        self.assertFalse(self.task.update_ids)
        self.assertEqual(self.directive.issuer_level, "people_committee")

    def test_an_uploaded_file_must_be_base64(self):
        with self.assertRaisesRegex(ValidationError, "base64"):
            self.env["oversight.directive.intake"].with_user(self.office).create(
                {"directive_id": self.directive.id, "document": "not base64 !!!", "document_name": "cv.pdf"}
            )

    def test_settings_written_on_the_company_are_checked(self):
        """What the Settings dialog refuses is refused on the company itself (RPC, import)."""
        company = self.env.company.with_user(self.manager)
        for vals, message in (
            ({"oversight_max_extensions": -1}, "cannot be negative"),
            ({"oversight_confirm_days": 0}, "at least one working day"),
            ({"oversight_reminder_offsets": "7, ba"}, "whole numbers of days"),
            ({"oversight_no_deadline_months": "abc"}, "whole number"),
        ):
            with self.subTest(vals=vals), self.assertRaisesRegex(ValidationError, message):
                company.write(vals)
        self.assertEqual(self.env.company.oversight_max_extensions, 2)
