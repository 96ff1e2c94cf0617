import io

import xlsxwriter
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.fields import Command
from odoo.tools import SQL, format_date
from odoo.tools.misc import formatLang

PERIOD_STATES = [
    ("open", "Collecting Reports"),
    ("prepared", "Consolidated"),
    ("approved", "Approved"),
    ("published", "Published"),
]

# The figures of SPEC §4, in the order of the consolidated table.
FIGURE_FIELDS = (
    "task_total",
    "task_carried",
    "task_new",
    "task_due",
    "done_on_time",
    "done_late",
    "open_in_time",
    "open_overdue",
    "open_overdue_30",
    "open_no_deadline",
    "open_no_report",
    "starred_overdue",
    "year_task_count",
)

CONSOLIDATED_REPORT = "task_oversight_reports.action_report_oversight_consolidated"
# R16: what the Office edits on a period; the rest changes through the workflow buttons
OFFICE_FIELDS = frozenset({"summary", "date_due"})


class OversightReportPeriod(models.Model):
    """A monthly reporting period (R11): its data window, the agencies'
    reports and the consolidated result the Office publishes.

    Agency users read the periods; the figures they see are those of the
    agency reports their record rules let them read (their own until the
    period is published).
    """

    _name = "oversight.report.period"
    _description = "Reporting Period"
    _inherit = ["oversight.workflow.mixin", "mail.thread"]
    _write_allowlist = {"task_oversight.group_office": OFFICE_FIELDS}
    _order = "date_to desc, id desc"

    name = fields.Char(string="Month", compute="_compute_name", store=True)
    date_from = fields.Date(string="Data From", required=True, readonly=True)
    date_to = fields.Date(string="Data To", required=True, readonly=True, index=True)
    date_due = fields.Date(string="Reports Due On", required=True, tracking=True)
    state = fields.Selection(
        PERIOD_STATES, string="Status", required=True, default="open", tracking=True, copy=False, index=True
    )
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)
    agency_report_ids = fields.One2many("oversight.agency.report", "period_id", string="Agency Reports")
    report_count = fields.Integer(string="Agencies", compute="_compute_report_stats")
    submitted_count = fields.Integer(string="Submitted", compute="_compute_report_stats")
    late_count = fields.Integer(string="Submitted Late", compute="_compute_report_stats")
    missing_count = fields.Integer(string="Missing", compute="_compute_report_stats")
    approver_id = fields.Many2one("res.users", string="Approved By", readonly=True, copy=False)
    date_published = fields.Date(string="Published On", readonly=True, copy=False)
    publication_attachment_id = fields.Many2one("ir.attachment", string="Published Report", readonly=True, copy=False)
    summary = fields.Html(string="Assessment", help="The Office's assessment, printed before the table.")
    user_is_office = fields.Boolean(compute="_compute_user_rights")
    user_is_leader = fields.Boolean(compute="_compute_user_rights")

    _company_window_uniq = models.UniqueIndex("(company_id, date_to)")

    @api.depends("date_to")
    def _compute_name(self):
        # the month as written in every language ("11/2026"); stored, so not translated
        for period in self:
            period.name = period.date_to and f"{period.date_to.month:02d}/{period.date_to.year}"

    def _compute_report_stats(self):
        Report = self.env["oversight.agency.report"]
        periods = [("period_id", "in", self.ids)]

        def counts(domain):
            return dict(Report._read_group(periods + domain, ["period_id"], ["__count"]))

        total = counts([])
        submitted = counts([("state", "in", ("submitted", "accepted"))])
        late = counts([("is_late", "=", True)])
        missing = counts([("is_missing", "=", True)])
        for period in self:
            period.report_count = total.get(period, 0)
            period.submitted_count = submitted.get(period, 0)
            period.late_count = late.get(period, 0)
            period.missing_count = missing.get(period, 0)

    @api.depends_context("uid")
    def _compute_user_rights(self):
        user = self.env.user
        for period in self:
            period.user_is_office = user.has_group("task_oversight.group_office")
            period.user_is_leader = user.has_group("task_oversight.group_leader")

    @api.constrains("date_due", "date_to")
    def _check_date_due(self):
        for period in self:
            if period.date_due <= period.date_to:
                raise ValidationError(
                    self.env._(
                        "Reports of %(period)s cannot be due before its data window closes on %(date)s.",
                        period=period.name,
                        date=format_date(self.env, period.date_to),
                    )
                )

    def _check_user_write(self, vals):
        if "date_due" in vals:
            self._check_state(("open",), self.env._("given another due date"))
        if self.filtered(lambda period: period.state == "published"):
            raise UserError(self.env._("A published period cannot be changed."))

    @api.ondelete(at_uninstall=False)
    def _unlink_except_submitted(self):
        if self.agency_report_ids.filtered(lambda report: report.state in ("submitted", "accepted")):
            raise UserError(self.env._("A period holding submitted agency reports cannot be deleted."))

    # ------------------------------------------------------------------
    # Workflow
    # ------------------------------------------------------------------

    @api.model
    def action_generate_current(self):
        """The Office's button: the period whose window closed last, created
        with its agency reports when it does not exist yet."""
        self._check_group("task_oversight.group_office", self.env._("Only the Committee Office creates periods."))
        period = self.sudo()._ensure_period(self.env.company, self.env.company._oversight_today())
        return period.with_env(self.env)._open_form()

    def action_prepare(self):
        """Consolidate: refresh the figures of the reports not submitted, then rank."""
        self._check_group("task_oversight.group_office", self.env._("Only the Committee Office consolidates."))
        self._check_state(("open", "prepared"), self.env._("consolidated"))
        for period in self.sudo():
            period.agency_report_ids._refresh_figures()
            period._rank()
        self._workflow_write({"state": "prepared"})
        return True

    def action_approve(self):
        self._check_group("task_oversight.group_leader", self.env._("Only a leader of the Committee approves."))
        self._check_state(("prepared",), self.env._("approved"))
        self._workflow_write({"state": "approved", "approver_id": self.env.uid})
        return True

    def action_reopen(self):
        self._check_group("task_oversight.group_office", self.env._("Only the Committee Office reopens a period."))
        self._check_state(("prepared", "approved"), self.env._("reopened"))
        self._workflow_write({"state": "open", "approver_id": False})
        return True

    def action_publish(self):
        """Publish: the PDF is attached and mailed to every agency head and
        leader, and all agency users may read the agencies' figures."""
        self._check_group("task_oversight.group_office", self.env._("Only the Committee Office publishes."))
        self._check_state(("approved",), self.env._("published"))
        for period in self.sudo():
            attachment = period._create_publication_pdf()
            period.write(
                {
                    "state": "published",
                    "date_published": self.env.company._oversight_today(),
                    "publication_attachment_id": attachment.id,
                }
            )
            period._mail_publication(attachment)
        return True

    def action_export_xlsx(self):
        """Download the consolidated table as a spreadsheet, built at download time."""
        self.ensure_one()
        self._check_can_export()
        return {"type": "ir.actions.act_url", "url": f"/task_oversight_reports/period/{self.id}/xlsx", "target": "self"}

    def action_open_analysis(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("task_oversight_reports.oversight_task_analysis_action")
        action["domain"] = [("date_assigned", "<=", self.date_to), ("company_id", "=", self.company_id.id)]
        return action

    @api.model
    def action_open_dashboard(self):
        """The leaders' dashboard: the latest period, opened on its figures."""
        period = self.search([("company_id", "=", self.env.company.id)], limit=1)
        if not period:
            return self.env["ir.actions.act_window"]._for_xml_id(
                "task_oversight_reports.oversight_report_period_action"
            )
        return period._open_form()

    # ------------------------------------------------------------------
    # Scheduled job
    # ------------------------------------------------------------------

    @api.model
    def _cron_create_periods(self):
        """Create the period whose window closed, in every company, with one
        report per active agency; a second run finds it and adds nothing."""
        today = self.env.company._oversight_today()
        for company in self.env["oversight.agency"].sudo()._read_group([], ["company_id"]):
            self.sudo()._ensure_period(company[0], today)
            self.env["ir.cron"]._commit_progress(1)

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------

    @api.model
    def _window(self, company, day):
        """``(date_from, date_to, date_due)`` of the last window closed on ``day`` (R11)."""
        cutoff = company.oversight_report_cutoff_day
        date_to = day.replace(day=cutoff) if day.day > cutoff else (day - relativedelta(months=1)).replace(day=cutoff)
        date_from = date_to - relativedelta(months=1) + relativedelta(days=1)
        due = company.oversight_report_due_day
        date_due = date_to.replace(day=due) if due > cutoff else (date_to + relativedelta(months=1)).replace(day=due)
        return date_from, date_to, date_due

    @api.model
    def _ensure_period(self, company, day):
        date_from, date_to, date_due = self._window(company, day)
        period = self.search([("company_id", "=", company.id), ("date_to", "=", date_to)])
        if not period:
            period = self.create(
                {"company_id": company.id, "date_from": date_from, "date_to": date_to, "date_due": date_due}
            )
        period._add_agency_reports()
        return period

    def _add_agency_reports(self):
        """One report per active agency of the company, figures included; an
        agency created later joins the period while it still collects reports."""
        self.ensure_one()
        if self.state != "open":
            return
        agencies = self.env["oversight.agency"].search([("company_id", "=", self.company_id.id)])
        new_agencies = agencies - self.agency_report_ids.agency_id
        if not new_agencies:
            return
        reports = self.env["oversight.agency.report"].create(
            [{"period_id": self.id, "agency_id": agency.id} for agency in new_agencies]
        )
        reports._refresh_figures()
        self._rank()

    def _rank(self):
        """R12: the volume group of each agency, its rank by completion rate
        within the group (equal rates share a rank), and the commendation and
        criticism lists of the configured criteria."""
        self.ensure_one()
        company = self.company_id
        reports = self.agency_report_ids
        groups = reports.grouped(lambda report: company._oversight_volume_group(report.year_task_count))
        for group, members in groups.items():
            members.volume_group = group
            rated = members.filtered("completion_rate_applicable").sorted("completion_rate", reverse=True)
            (members - rated).group_rank = 0
            previous, rank = None, 0
            for position, report in enumerate(rated, start=1):
                if report.completion_rate != previous:
                    rank, previous = position, report.completion_rate
                report.group_rank = rank
        rated = reports.filtered("completion_rate_applicable")
        commended = rated.filtered(
            lambda report: (
                report.completion_rate >= company.oversight_commend_min_rate
                and report.late_rate <= company.oversight_commend_max_late_rate
            )
        )
        criticised = rated.filtered(lambda report: report.completion_rate < company.oversight_criticise_below_rate)
        (reports - commended).commended = False
        commended.commended = True
        (reports - criticised).criticised = False
        criticised.criticised = True

    def _open_form(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }

    def _state_error_message(self, state_label, action_label):
        return self.env._(
            "Period %(period)s is %(state)s and cannot be %(action)s.",
            period=self.display_name,
            state=state_label.lower(),
            action=action_label,
        )

    def _report_sections(self):
        """What the consolidated report prints, for the template and the XLSX."""
        self.ensure_one()
        reports = self.agency_report_ids.sorted(lambda report: (report.agency_id.sequence, report.agency_id.name))
        return {
            "reports": reports,
            "groups": [
                (
                    label,
                    reports.filtered(lambda report, key=key: report.volume_group == key).sorted(
                        lambda report: (report.group_rank or len(reports) + 1, report.agency_id.name)
                    ),
                )
                for key, label in self._group_labels()
            ],
            "totals": {name: sum(reports.mapped(name)) for name in FIGURE_FIELDS},
            "commended": reports.filtered("commended"),
            "criticised": reports.filtered("criticised"),
            "late": reports.filtered("is_late"),
            "missing": reports.filtered("is_missing"),
            "starred_lines": reports.line_ids.filtered(lambda line: line.starred and line.kind == "overdue"),
        }

    def _group_labels(self):
        company = self.company_id
        return [
            (
                "large",
                self.env._("Group 1: more than %(count)s tasks in the year", count=company.oversight_group_large_over),
            ),
            (
                "medium",
                self.env._(
                    "Group 2: from %(low)s to %(high)s tasks in the year",
                    low=company.oversight_group_small_under,
                    high=company.oversight_group_large_over,
                ),
            ),
            (
                "small",
                self.env._(
                    "Group 3: fewer than %(count)s tasks in the year", count=company.oversight_group_small_under
                ),
            ),
        ]

    def _totals_rates(self, totals):
        """R6 on the totals, as printed: (completion rate, on-time rate), "—" where undefined."""
        done = totals["done_on_time"] + totals["done_late"]
        judged = done + totals["open_overdue"]
        return (
            formatLang(self.env, 100.0 * done / judged, digits=1) if judged else "—",
            formatLang(self.env, 100.0 * totals["done_on_time"] / done, digits=1) if done else "—",
        )

    def _create_publication_pdf(self):
        self.ensure_one()
        pdf, _format = self.env["ir.actions.report"]._render_qweb_pdf(CONSOLIDATED_REPORT, self.ids)
        return self.env["ir.attachment"].create(
            {
                "name": self.env._("Consolidated report %(period)s.pdf", period=self.name.replace("/", "-")),
                "raw": pdf,
                "res_model": self._name,
                "res_id": self.id,
                "mimetype": "application/pdf",
            }
        )

    def _publication_recipients(self):
        """Every agency head of the period and every leader of the company."""
        self.ensure_one()
        leaders = self.env.ref("task_oversight.group_leader").all_user_ids.filtered(
            lambda user: self.company_id in user.company_ids and not user.share
        )
        return (self.agency_report_ids.agency_id.head_user_id | leaders).filtered("active")

    def _mail_publication(self, attachment):
        """One email per recipient, the PDF attached, queued for the mail queue."""
        self.ensure_one()
        template = self.env.ref("task_oversight_reports.mail_template_period_published")
        for user in self._publication_recipients():
            template.with_context(lang=user.lang).send_mail(
                self.id,
                email_values={
                    "recipient_ids": [Command.set(user.partner_id.ids)],
                    "attachment_ids": [Command.set(attachment.ids)],
                },
            )
        self.message_post(body=self.env._("Published to the agency heads and leaders."), attachment_ids=attachment.ids)

    def _check_can_export(self):
        """Every agency's figures and difficulties: the Office and leaders
        until the period is published, then every reader of the period."""
        self.check_access("read")
        user = self.env.user
        insider = user.has_group("task_oversight.group_office") or user.has_group("task_oversight.group_leader")
        if not insider and self.state != "published":
            raise AccessError(self.env._("The consolidated table can be downloaded once the period is published."))

    def _xlsx_download(self):
        """``(content, file name)`` of the XLSX for the current user."""
        self.ensure_one()
        self._check_can_export()
        filename = self.env._("Consolidated report %(period)s.xlsx", period=self.name.replace("/", "-"))
        return self.sudo()._xlsx_content(), filename

    def _xlsx_content(self):
        """The consolidated table as an XLSX workbook (bytes)."""
        sections = self._report_sections()
        output = io.BytesIO()
        workbook = xlsxwriter.Workbook(output, {"in_memory": True})
        sheet = workbook.add_worksheet(self.env._("Consolidated"))
        bold = workbook.add_format({"bold": True, "border": 1, "text_wrap": True, "align": "center"})
        cell = workbook.add_format({"border": 1, "text_wrap": True})
        percent = workbook.add_format({"border": 1, "num_format": "0.0"})
        headers = self.env["oversight.agency.report"]._xlsx_headers()
        sheet.write(0, 0, self.company_id.name, workbook.add_format({"bold": True}))
        sheet.write(1, 0, self.env._("Task completion, month %(period)s", period=self.name))
        for column, header in enumerate(headers):
            sheet.write(3, column, header, bold)
        sheet.set_row(3, 60)
        sheet.set_column(1, 1, 36)
        for row, report in enumerate(sections["reports"], start=4):
            for column, value in enumerate(report._xlsx_row(row - 3)):
                sheet.write(row, column, value, percent if isinstance(value, float) else cell)
        total_row = 4 + len(sections["reports"])
        totals = sections["totals"]
        sheet.write(total_row, 1, self.env._("Total"), bold)
        for column, name in enumerate(FIGURE_FIELDS[:-1], start=2):
            sheet.write(total_row, column, totals[name], bold)
        workbook.close()
        return output.getvalue()

    @api.model
    def _scope_query(self, company, date_from, date_to, agency_ids):
        """The tasks a monthly report counts, as they stood at the cut-off date
        ``date_to`` (R3, R5): those led by ``agency_ids``, assigned by the
        cut-off and not completed before the window. ``done`` is "completed by
        the cut-off"; ``ref`` is the day an open task is judged on (its
        completion report date when reported, else the cut-off)."""
        return SQL(
            """SELECT t.id, t.lead_agency_id AS agency_id, t.code, t.name, t.date_assigned,
                      t.effective_deadline AS deadline, t.starred, t.date_done,
                      t.state = 'done' AND t.date_done <= %(to)s AS done,
                      CASE WHEN t.state = 'reported' AND t.date_reported <= %(to)s
                           THEN t.date_reported ELSE %(to)s END AS ref,
                      CASE WHEN t.effective_deadline IS NULL THEN GREATEST(t.date_assigned, (
                           SELECT MAX(u.date) FROM oversight_task_update u
                            WHERE u.task_id = t.id AND u.date <= %(to)s)) END AS last_report
                 FROM oversight_task t
                WHERE t.company_id = %(company)s AND t.active AND t.state IN ('assigned', 'reported', 'done')
                  AND t.lead_agency_id = ANY(%(agencies)s) AND t.date_assigned <= %(to)s
                  AND (t.state <> 'done' OR t.date_done >= %(from)s)""",
            company=company.id,
            agencies=list(agency_ids),
            to=date_to,
            **{"from": date_from},
        )

    @api.model
    def _figures_query(self, company, date_from, date_to, agency_ids):
        """One query for the figures of SPEC §4 of all ``agency_ids`` at the cut-off date (R3, R5, R6)."""
        return SQL(
            """WITH scope AS (%(scope)s
               ), year_scope AS (
                   SELECT t.lead_agency_id AS agency_id, COUNT(*) AS year_task_count
                     FROM oversight_task t
                    WHERE t.company_id = %(company)s AND t.active AND t.state IN ('assigned', 'reported', 'done')
                      AND t.lead_agency_id = ANY(%(agencies)s)
                      AND t.date_assigned BETWEEN %(year_start)s AND %(to)s
                 GROUP BY t.lead_agency_id
               ), figures AS (
                   SELECT agency_id,
                          COUNT(*) AS task_total,
                          COUNT(*) FILTER (WHERE date_assigned < %(from)s) AS task_carried,
                          COUNT(*) FILTER (WHERE date_assigned >= %(from)s) AS task_new,
                          COUNT(*) FILTER (WHERE deadline <= %(to)s) AS task_due,
                          COUNT(*) FILTER (WHERE done AND (deadline IS NULL OR date_done <= deadline)) AS done_on_time,
                          COUNT(*) FILTER (WHERE done AND date_done > deadline) AS done_late,
                          COUNT(*) FILTER (WHERE NOT done AND ref <= deadline) AS open_in_time,
                          COUNT(*) FILTER (WHERE NOT done AND ref > deadline) AS open_overdue,
                          COUNT(*) FILTER (WHERE NOT done AND ref - deadline > 30) AS open_overdue_30,
                          COUNT(*) FILTER (WHERE NOT done AND deadline IS NULL) AS open_no_deadline,
                          COUNT(*) FILTER (WHERE NOT done AND deadline IS NULL
                                             AND last_report <= %(silent_since)s) AS open_no_report,
                          COUNT(*) FILTER (WHERE NOT done AND starred AND ref > deadline) AS starred_overdue
                     FROM scope GROUP BY agency_id
               )
               SELECT a.id, %(columns)s, COALESCE(y.year_task_count, 0)
                 FROM unnest(%(agencies)s::int[]) AS a(id)
            LEFT JOIN figures f ON f.agency_id = a.id
            LEFT JOIN year_scope y ON y.agency_id = a.id""",
            scope=self._scope_query(company, date_from, date_to, agency_ids),
            company=company.id,
            agencies=list(agency_ids),
            to=date_to,
            year_start=date_to.replace(month=1, day=1),
            silent_since=date_to - relativedelta(months=company.oversight_no_deadline_months),
            columns=SQL(", ").join(SQL("COALESCE(f.%s, 0)", SQL.identifier(name)) for name in FIGURE_FIELDS[:-1]),
            **{"from": date_from},
        )

    @api.model
    def _lines_query(self, company, date_from, date_to, agency_ids):
        """The tasks of the scope overdue at the cut-off or completed late in the window."""
        return SQL(
            """SELECT agency_id, id, code, name, deadline, starred, date_done,
                      CASE WHEN done THEN 'done_late' ELSE 'overdue' END,
                      CASE WHEN done THEN date_done ELSE ref END - deadline
                 FROM (%(scope)s) scope
                WHERE deadline < CASE WHEN done THEN date_done ELSE ref END
             ORDER BY agency_id, starred DESC, deadline, id""",
            scope=self._scope_query(company, date_from, date_to, agency_ids),
        )
