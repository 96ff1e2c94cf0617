from odoo.exceptions import AccessError, ValidationError
from odoo.tests import Form, tagged

from .common import OversightCase


@tagged("post_install", "-at_install")
class TestOversightSettings(OversightCase):
    """The Settings page of Task Oversight, as the administrator uses it."""

    def _save(self, **values):
        form = Form(self.env["res.config.settings"].with_user(self.manager))
        for name, value in values.items():
            setattr(form, name, value)
        form.save().execute()

    def test_defaults(self):
        company = self.env.company
        self.assertEqual(company._oversight_reminder_offsets(), (7, 3, 1))
        self.assertEqual(
            (company.oversight_no_deadline_months, company.oversight_confirm_days, company.oversight_max_extensions),
            (3, 5, 2),
        )
        self.assertEqual(company.oversight_calendar_id, self.env.ref("task_oversight.resource_calendar_oversight"))

    def test_admin_changes_every_threshold(self):
        office_agency = self.env["oversight.agency"].create({"name": "Văn phòng UBND", "code": "T-VP"})
        self._save(
            oversight_reminder_offsets="10; 5, 1, 5",
            oversight_no_deadline_months=2,
            oversight_confirm_days=3,
            oversight_max_extensions=1,
            oversight_office_agency_id=office_agency,
        )
        company = self.env.company
        self.assertEqual(company._oversight_reminder_offsets(), (10, 5, 1))
        self.assertRecordValues(
            company,
            [
                {
                    "oversight_no_deadline_months": 2,
                    "oversight_confirm_days": 3,
                    "oversight_max_extensions": 1,
                    "oversight_office_agency_id": office_agency.id,
                }
            ],
        )

    def test_invalid_values_are_refused_with_a_clear_message(self):
        cases = [
            ("oversight_reminder_offsets", "7, -3", "whole numbers of days"),
            ("oversight_no_deadline_months", 0, "at least every month"),
            ("oversight_confirm_days", -1, "at least one working day"),
            ("oversight_max_extensions", -2, "cannot be negative"),
            ("oversight_no_deadline_months", 2**31, "whole number between"),
            ("oversight_confirm_days", 10**12, "whole number between"),
        ]
        for field, value, message in cases:
            with self.subTest(field=field), self.assertRaisesRegex(ValidationError, message):
                self._save(**{field: value})
        self.assertEqual(self.env.company.oversight_reminder_offsets, "7, 3, 1")

    def test_rules_link_counts_the_ladder(self):
        form = Form(self.env["res.config.settings"].with_user(self.manager))
        self.assertEqual(form.oversight_escalation_rule_count, 3)

    def test_only_managers_open_the_settings(self):
        for user in (self.office, self.leader, self.head_a):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                self.env["res.config.settings"].with_user(user).create({}).execute()
