from datetime import timedelta

from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import OversightCase


@tagged("post_install", "-at_install")
class TestAgency(OversightCase):
    @mute_logger("odoo.sql_db")
    def test_duplicate_code_refused(self):
        Agency = self.env["oversight.agency"].with_user(self.manager)
        with self.assertRaises(IntegrityError) as caught:
            Agency.create({"name": "Sở Nội vụ (trùng)", "code": "T-SNV"})
        # the message the web client shows (odoo.service.model.retrying)
        self.assertIn("already used by another agency", Agency._sql_error_to_message(caught.exception))
        with self.assertRaises(IntegrityError):
            self.agency_b.with_user(self.manager).write({"code": "T-SNV"})
        self.agency_b.invalidate_recordset()
        self.assertEqual(self.agency_b.code, "T-STC")

    def test_same_code_in_another_company(self):
        company = self.env["res.company"].create({"name": "UBND tỉnh Quảng Nam"})
        other = self.env["oversight.agency"].create({"name": "Sở Nội vụ", "code": "T-SNV", "company_id": company.id})
        self.assertEqual(other.code, "T-SNV")

    def test_hierarchy_cannot_loop(self):
        with self.assertRaisesRegex(UserError, "Recursion"):
            self.agency_a.with_user(self.manager).write({"parent_id": self.agency_a_sub.id})

    def test_delete_agency_with_tasks_refused(self):
        self._task(coordinating_agency_ids=[self.agency_b.id])
        for agency in (self.agency_a, self.agency_b):
            with self.assertRaisesRegex(UserError, "Archive it instead"):
                agency.with_user(self.manager).unlink()
        self.agency_b.with_user(self.manager).action_archive()
        self.assertFalse(self.agency_b.active)
        self.agency_c.with_user(self.manager).unlink()
        self.assertFalse(self.agency_c.exists())

    def test_only_manager_edits_agencies(self):
        for user in (self.office, self.head_a, self.leader):
            with self.assertRaises(AccessError):
                self.agency_a.with_user(user).write({"name": "Đổi tên"})
        self.assertEqual(self.agency_a.name, "Sở Nội vụ")

    def test_stat_buttons(self):
        overdue = self._assigned_task(
            date_assigned=self.today() - timedelta(days=20), deadline=self.today() - timedelta(days=10)
        )
        self._assigned_task(deadline=self.today() + timedelta(days=10))
        self._task(lead_agency_id=self.agency_b.id, coordinating_agency_ids=[self.agency_a.id])
        agency = self.agency_a.with_user(self.office)
        self.assertRecordValues(
            agency,
            [
                {
                    "task_lead_count": 2,
                    "task_coordinated_count": 1,
                    "task_overdue_count": 1,
                }
            ],
        )
        action = agency.with_context(oversight_task_kind="overdue").action_open_tasks()
        self.assertEqual(self.env["oversight.task"].search(action["domain"]), overdue)
