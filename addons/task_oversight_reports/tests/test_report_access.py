from datetime import date, timedelta

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import HttpCase, tagged

from ..controllers.main import OversightReportController
from .common import ReportCase

AGENCY_REPORT = "task_oversight_reports.report_oversight_agency_report"
CONSOLIDATED = "task_oversight_reports.report_oversight_consolidated"


@tagged("post_install", "-at_install")
class TestReportAccess(ReportCase):
    def setUp(self):
        super().setUp()
        self._assigned_on(date(2026, 10, 1), date(2026, 10, 20))
        self._assigned_on(date(2026, 10, 1), date(2026, 10, 20), lead_agency_id=self.agency_b.id)
        self.period = self._period()
        self.report_a = self._report(self.period, self.agency_a)
        self.report_b = self._report(self.period, self.agency_b)
        self._fill(self.report_a, self.user_a)

    def _publish(self):
        self._on(date(2026, 11, 26), self.period.with_user(self.office).action_prepare)
        self.period.with_user(self.leader).action_approve()
        self._on(date(2026, 11, 27), self.period.with_user(self.office).action_publish)

    def test_agency_sees_only_its_reports_until_published(self):
        Report = self.env["oversight.agency.report"]
        Line = self.env["oversight.agency.report.line"]
        for user in (self.user_b, self.head_b):
            with self.subTest(user=user.login):
                self.assertEqual(Report.with_user(user).search([("period_id", "=", self.period.id)]), self.report_b)
                with self.assertRaises(AccessError):
                    self.report_a.with_user(user).read(["task_total"])
                self.assertFalse(Line.with_user(user).search([("agency_id", "=", self.agency_a.id)]))
                with self.assertRaises(AccessError):
                    self.report_a.line_ids.with_user(user).read(["cause"])
        self.assertEqual(
            Report.with_user(self.user_a_sub).search([("period_id", "=", self.period.id)]),
            self._report(self.period, self.agency_a_sub),
            "a sub-agency does not see its parent's report",
        )
        self.assertIn(self.report_a, Report.with_user(self.head_a).search([]), "the parent agency's own report")

    def test_published_figures_readable_lines_never(self):
        self._publish()
        self.assertEqual(self.report_a.with_user(self.user_b).read(["open_overdue"])[0]["open_overdue"], 1)
        self.assertFalse(
            self.env["oversight.agency.report.line"]
            .with_user(self.user_b)
            .search([("agency_id", "=", self.agency_a.id)])
        )
        with self.assertRaises(AccessError):
            self.report_a.line_ids.with_user(self.user_b).read(["cause"])
        self.assertFalse(self.report_a.with_user(self.user_b).line_ids, "the one2many shows no foreign line")

    def test_other_agency_cannot_write(self):
        with self.assertRaises(AccessError):
            self.report_a.with_user(self.head_b).write({"difficulties": "Ghi đè"})
        with self.assertRaises(AccessError):
            self.report_a.line_ids[:1].with_user(self.user_b).write({"cause": "Ghi đè"})
        with self.assertRaisesRegex(UserError, "Only the head of the agency"):
            self.report_a.with_user(self.head_b).action_submit()
        self._publish()
        with self.assertRaises(AccessError):
            self.report_a.with_user(self.head_b).write({"difficulties": "Ghi đè"})

    def test_agency_cannot_print_foreign_or_unpublished(self):
        Report = self.env["ir.actions.report"]
        code_a = self.report_a.line_ids.task_code
        self.assertTrue(code_a)
        with self.assertRaises(AccessError):
            Report.with_user(self.head_b)._render_qweb_html(AGENCY_REPORT, self.report_a.ids)
        with self.assertRaises(AccessError):
            Report.with_user(self.head_b)._render_qweb_html(CONSOLIDATED, self.period.ids)
        self._publish()
        self.env.invalidate_all()  # a new request: nothing the Office's publication read is cached
        html = Report.with_user(self.head_b)._render_qweb_html(CONSOLIDATED, self.period.ids)[0].decode()
        self.assertIn("Sở Nội vụ", html, "published: every agency's figures")
        self.assertNotIn("Nguyên nhân", html)
        self.assertNotIn(code_a, html, "but only its own tasks in the appendix")
        self.assertIn(self._report(self.period, self.agency_b).sudo().line_ids.task_code, html)

    def test_export_waits_for_publication(self):
        with self.assertRaisesRegex(AccessError, "once the period is published"):
            self.period.with_user(self.head_b).action_export_xlsx()
        self.assertTrue(self.period.with_user(self.leader).action_export_xlsx()["url"].endswith("/xlsx"))
        self._fill(self.report_b, self.user_b)
        self._publish()
        content, _name = self.period.with_user(self.head_b)._xlsx_download()
        self.assertTrue(content.startswith(b"PK"))

    def test_submitted_reports_and_lines_are_kept_for_every_role(self):
        self._on(date(2026, 11, 21), self.report_a.with_user(self.head_a).action_submit)
        for user in (self.manager, self.office, self.head_a):
            with self.subTest(user=user.login), self.assertRaises(UserError):
                self.report_a.with_user(user).unlink()
        with self.assertRaises(UserError):
            self.report_a.line_ids.with_user(self.manager).unlink()
        with self.assertRaises(UserError):
            self.report_b.line_ids.with_user(self.head_b).unlink()
        with self.assertRaises(AccessError):
            self.report_b.with_user(self.head_b).write({"line_ids": [(2, self.report_b.line_ids[:1].id)]})
        self.assertTrue(self.report_a.exists() and self.report_a.line_ids and self.report_b.line_ids)

    def test_due_date_after_the_window(self):
        with self.assertRaisesRegex(ValidationError, "cannot be due before"):
            self.period.with_user(self.office).write({"date_due": date(2026, 11, 10)})
        self.assertEqual(self.period.date_due, date(2026, 11, 25))

    def test_analysis_is_for_office_and_leaders(self):
        Analysis = self.env["oversight.task.analysis"]
        self.assertTrue(Analysis.with_user(self.leader).search_count([]))
        with self.assertRaises(AccessError):
            Analysis.with_user(self.head_a).search([])


@tagged("post_install", "-at_install")
class TestReportRoutes(HttpCase, ReportCase):
    def test_pdf_routes_refuse_foreign_ids(self):
        self._assigned_on(date(2026, 10, 1), date(2026, 10, 20))
        period = self._period()
        report_a = self._report(period, self.agency_a)
        self._fill(report_a, self.user_a)
        code = report_a.line_ids.task_code
        self.authenticate("t_head_b", "t_head_b")
        for url in (
            f"/report/html/{AGENCY_REPORT}/{report_a.id}",
            f"/report/pdf/{AGENCY_REPORT}/{report_a.id}",
            f"/report/html/{CONSOLIDATED}/{period.id}",
        ):
            with self.subTest(url=url):
                response = self.url_open(url)
                self.assertEqual(response.status_code, 403)
                self.assertNotIn(code, response.text)
        self.authenticate("t_head_a", "t_head_a")
        response = self.url_open(f"/report/html/{AGENCY_REPORT}/{report_a.id}")
        self.assertEqual(response.status_code, 200)
        self.assertIn(f"Nguyên nhân {code}", response.text)

    def test_xlsx_export_streamed_to_insiders_only(self):
        self._assigned_on(date(2026, 10, 1), date(2026, 10, 20))
        period = self._period()
        attachments = self.env["ir.attachment"].search_count([])
        self.authenticate("t_head_b", "t_head_b")
        response = self.url_open(f"/task_oversight_reports/period/{period.id}/xlsx")
        self.assertEqual(response.status_code, 403, "every agency's figures before publication")
        self.leader.password = "t_leader"
        self.authenticate("t_leader", "t_leader")
        response = self.url_open(f"/task_oversight_reports/period/{period.id}/xlsx")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.content.startswith(b"PK"), "an XLSX workbook")
        self.assertEqual(self.env["ir.attachment"].search_count([]), attachments, "nothing stored for others to find")

    def test_reading_paths_open_on_a_read_only_cursor(self):
        """The consolidated report, its XLSX and the buttons that only open something are
        served on a read-only cursor (the read replica once ``db_replica_host`` is set) and
        never try to write: Odoo would log a retry on a read/write cursor."""
        self._assigned_on(date(2026, 10, 1), date(2026, 10, 20))
        period = self._period()
        self.leader.password = "t_leader"
        self.authenticate("t_leader", "t_leader")
        for url in (
            f"/report/html/{CONSOLIDATED}/{period.id}",
            f"/report/pdf/{CONSOLIDATED}/{period.id}",
            f"/task_oversight_reports/period/{period.id}/xlsx",
        ):
            with self.subTest(url=url):
                with self.assertNoLogs("odoo.http", "WARNING"):
                    response = self.url_open(url)
                self.assertEqual(response.status_code, 200)
        self.assertIs(OversightReportController.period_xlsx.original_routing["readonly"], True)
        Period = type(period)
        for method, ids in (
            ("action_export_xlsx", period.ids),
            ("action_open_analysis", period.ids),
            ("action_open_dashboard", []),
        ):
            with self.subTest(method=method):
                self.assertTrue(getattr(Period, method)._readonly, "routed to the replica by call_button")
                with self.assertNoLogs("odoo.http", "WARNING"):
                    action = self.make_jsonrpc_request(
                        "/web/dataset/call_button",
                        {"model": period._name, "method": method, "args": [ids] if ids else [], "kwargs": {}},
                    )
                self.assertIn(action["type"], ("ir.actions.act_url", "ir.actions.act_window"))

    def test_office_consolidates_before_the_due_date(self):
        self._assigned_on(date(2026, 10, 1), date(2026, 10, 20))
        period = self._period()
        self._fill(self._report(period, self.agency_a), self.user_a)
        self._on(date(2026, 11, 21), self._report(period, self.agency_a).with_user(self.head_a).action_submit)
        self.assertIn("Sở Tài chính", period.pending_agencies)
        period.with_user(self.office).date_due = self.today() + timedelta(days=3)  # whatever day the test runs
        self.office.write({"password": "t_office", "lang": "en_US"})
        self.start_tour(
            f"/odoo/action-task_oversight_reports.oversight_report_period_action/{period.id}",
            "task_oversight_reports_early_consolidation_tour",
            login="t_office",
        )
        self.assertEqual(period.state, "prepared")
