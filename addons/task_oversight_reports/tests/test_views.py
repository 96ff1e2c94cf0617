from datetime import date

from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged

from .common import ReportCase


@tagged("post_install", "-at_install")
class TestReportViews(ReportCase):
    def _visible(self, user):
        menus = self.env["ir.ui.menu"].with_user(user)._visible_menu_ids()
        xmlids = self.env["ir.ui.menu"].browse(menus).get_external_id().values()
        return {xmlid.split(".")[1] for xmlid in xmlids if xmlid.startswith("task_oversight_reports.")}

    def test_menus_by_role(self):
        agency_menus = {
            "oversight_monthly_report_menu_main",
            "oversight_agency_report_menu",
            "oversight_report_period_menu",
        }
        office_menus = {
            "oversight_agency_report_menu_late",
            "oversight_report_period_menu_generate",
            "oversight_report_dashboard_menu",
            "oversight_task_analysis_menu",
        }
        self.assertEqual(self._visible(self.head_a), agency_menus)
        self.assertEqual(self._visible(self.office), agency_menus | office_menus)
        self.assertEqual(
            self._visible(self.leader), agency_menus | office_menus - {"oversight_report_period_menu_generate"}
        )

    def test_views_load_for_their_roles(self):
        screens = {
            "oversight.report.period": (self.office, ["list", "form", "search"]),
            "oversight.agency.report": (self.head_a, ["list", "form", "search"]),
            "oversight.task.analysis": (self.leader, ["pivot", "graph", "search"]),
        }
        for model, (user, view_types) in screens.items():
            with self.subTest(model=model):
                views = self.env[model].with_user(user).get_views([(False, view_type) for view_type in view_types])
                self.assertEqual(set(views["views"]), set(view_types))
        arch = self.env["res.config.settings"].with_user(self.manager).get_views([(False, "form")])["views"]["form"]
        for field in ("oversight_report_cutoff_day", "oversight_group_large_over", "oversight_criticise_below_rate"):
            self.assertIn(field, arch["arch"])

    def test_dashboard_opens_the_latest_period(self):
        Period = self.env["oversight.report.period"]
        empty = Period.with_user(self.leader).action_open_dashboard()
        self.assertEqual(empty["res_model"], Period._name)
        self.assertFalse(empty.get("res_id"), "no period yet: the list of periods")
        period = self._period()
        action = Period.with_user(self.leader).action_open_dashboard()
        self.assertEqual((action["res_model"], action["res_id"]), (Period._name, period.id))
        analysis = period.with_user(self.leader).action_open_analysis()
        self.assertEqual(analysis["res_model"], "oversight.task.analysis")
        self.assertIn(("date_assigned", "<=", date(2026, 11, 14)), analysis["domain"])

    def test_settings_validation(self):
        cases = {
            "oversight_report_cutoff_day": (29, "days from 1 to 28"),
            "oversight_report_due_day": (0, "days from 1 to 28"),
            "oversight_report_reminder_offsets": ("5, x", "whole numbers of days"),
            "oversight_group_small_under": (400, "small-group threshold"),
            "oversight_commend_min_rate": (120.0, "percentages"),
            "oversight_criticise_below_rate": (95.0, "both commended and criticised"),
        }
        for field, (value, message) in cases.items():
            settings = Form(self.env["res.config.settings"].with_user(self.manager))
            setattr(settings, field, value)
            with self.subTest(field=field), self.assertRaisesRegex(ValidationError, message):
                settings.save().execute()
