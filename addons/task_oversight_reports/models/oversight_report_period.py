from datetime import datetime, time, timedelta

import pytz
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.fields import Command
from odoo.tools import format_date

from odoo.addons.task_oversight.tools.rounding import half_up

from ..report.period_xlsx import period_workbook
from ..tools.rates import r6_rates, rate_text
from .oversight_agency_report import EDITABLE_STATES, FIGURE_FIELDS

PERIOD_STATES = [
    ("open", "Collecting Reports"),
    ("prepared", "Consolidated"),
    ("approved", "Approved"),
    ("published", "Published"),
]

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
    pending_agencies = fields.Char(
        string="Not Submitted Yet",
        compute="_compute_pending_agencies",
        help="The agencies whose report is still to submit (or was returned).",
    )
    is_past_due = fields.Boolean(compute="_compute_pending_agencies")
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

    @api.depends("agency_report_ids.state", "date_due")
    def _compute_pending_agencies(self):
        today = self.env.company._oversight_today()
        for period in self:
            pending = period.agency_report_ids.filtered(lambda report: report.state in EDITABLE_STATES)
            period.pending_agencies = ", ".join(pending.agency_id.mapped("name"))
            period.is_past_due = period.date_due < today

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
        if period.state == "open":
            period.agency_report_ids._refresh_figures()  # the reports not submitted, as of today
        action = period.with_env(self.env)._open_form()
        if period.state == "open":
            return action
        # the window that closed last is already consolidated: say so, then open it
        labels = dict(self._fields["state"]._description_selection(self.env))
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "warning",
                "sticky": True,
                "message": self.env._(
                    "Period %(period)s, the last whose window has closed, is already %(state)s; the next one is "
                    "created when its window closes on %(date)s.",
                    period=period.display_name,
                    state=labels[period.state].lower(),
                    date=format_date(self.env, period.date_to + relativedelta(months=1)),
                ),
                "next": action,
            },
        }

    def action_confirm_prepare(self):
        """The Office's Consolidate button: at once when every report is in, else a dialog
        naming the agencies whose report is missing, whatever the date."""
        self.ensure_one()
        if not self.pending_agencies:
            return self.action_prepare()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Consolidate without every report?"),
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "views": [(self.env.ref("task_oversight_reports.oversight_report_period_view_form_prepare").id, "form")],
            "target": "new",
        }

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
            period._workflow_write(
                {
                    "state": "published",
                    "date_published": self.env.company._oversight_today(),
                    "publication_attachment_id": attachment.id,
                }
            )
            period._mail_publication(attachment)
        return True

    @api.readonly
    def action_export_xlsx(self):
        """Download the consolidated table as a spreadsheet, built at download time."""
        self.ensure_one()
        self._check_consolidated_readable()
        return {"type": "ir.actions.act_url", "url": f"/task_oversight_reports/period/{self.id}/xlsx", "target": "self"}

    @api.readonly
    def action_open_analysis(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("task_oversight_reports.oversight_task_analysis_action")
        action["domain"] = [("date_assigned", "<=", self.date_to), ("company_id", "=", self.company_id.id)]
        return action

    @api.readonly
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
            "missing": reports.filtered(lambda report: report.state in EDITABLE_STATES),
            "starred_lines": reports.line_ids.filtered(lambda line: line.starred and line.kind == "overdue"),
        }

    def _entry_times(self):
        """The Office's own clock: the documents the e-office forwarded in the window, how
        many were registered within their working days, late, or still wait (past due or
        not), and the mean entry time of those registered, in working days (one decimal)."""
        self.ensure_one()
        tz = pytz.timezone(self.company_id.oversight_calendar_id.tz or "Asia/Ho_Chi_Minh")

        def utc(day):  # a business day's midnight, as the directives store datetimes
            return tz.localize(datetime.combine(day, time.min)).astimezone(pytz.utc).replace(tzinfo=None)

        domain = [
            ("company_id", "=", self.company_id.id),
            ("source_email", "!=", False),
            ("date_received", ">=", utc(self.date_from)),
            ("date_received", "<", utc(self.date_to + timedelta(days=1))),
        ]
        Directive = self.env["oversight.directive"].with_context(active_test=False)
        groups = Directive._read_group(domain, ["state", "entry_late"], ["__count", "entry_working_days:sum"])
        count = {(state, late): (number, days) for state, late, number, days in groups}
        registered = [value for (state, _late), value in count.items() if state == "registered"]
        registered_count = sum(number for number, _days in registered)
        mean = sum(days for _number, days in registered) / registered_count if registered_count else 0
        return {
            "received": sum(number for number, _days in count.values()),
            "on_time": count.get(("registered", False), (0, 0))[0],
            "late": count.get(("registered", True), (0, 0))[0],
            "waiting": sum(number for (state, _late), (number, _days) in count.items() if state == "draft"),
            "waiting_overdue": Directive.search_count([*domain, ("entry_overdue", "=", True)]),
            "mean_days": half_up(mean, 1),
        }

    def _group_labels(self):
        company = self.company_id
        return [
            (
                "large",
                self.env._("Group 1: more than %(count)s tasks", count=company.oversight_group_large_over),
            ),
            (
                "medium",
                self.env._(
                    "Group 2: from %(low)s to %(high)s tasks",
                    low=company.oversight_group_small_under,
                    high=company.oversight_group_large_over,
                ),
            ),
            (
                "small",
                self.env._("Group 3: fewer than %(count)s tasks", count=company.oversight_group_small_under),
            ),
        ]

    def _group_basis(self):
        """What the ranking groups count (R12), as printed under the table."""
        self.ensure_one()
        start = self.company_id._oversight_group_year_start(self.date_to)
        return self.env._(
            "Ranking groups count the tasks assigned from %(start)s to %(end)s.",
            start=format_date(self.env, start),
            end=format_date(self.env, self.date_to),
        )

    def _recipient_lines(self):
        """ "Nơi nhận" of the consolidated report: the leaders, then the kinds of
        agency that report in this period (no district committees where there are none)."""
        self.ensure_one()
        labels = {
            "department": self.env._("Departments, boards and sectors"),
            "commune": self.env._("People's Committees of the communes, wards and special zones"),
            "district": self.env._("District People's Committees"),
            "unit": self.env._("Public service units"),
            "enterprise": self.env._("State-owned enterprises"),
            "central": self.env._("Central agencies in the locality"),
            "other": self.env._("Other agencies and units concerned"),
        }
        present = set(self.agency_report_ids.agency_id.mapped("agency_type"))
        return [
            self.env._("Chairman and Vice-Chairmen of the Committee"),
            *(label for kind, label in labels.items() if kind in present),
            self.env._("Filed: Records, Office"),
        ]

    def _signer_name(self):
        """The name under the signature: the signer set in Settings, else the head of the Office agency."""
        self.ensure_one()
        company = self.company_id
        return (company.oversight_report_signer_id or company.oversight_office_agency_id.head_user_id).name or ""

    def _totals_rates(self, totals):
        """R6 on the totals, as printed: (completion rate, on-time rate)."""
        completion, on_time, _late = r6_rates(totals["done_on_time"], totals["done_late"], totals["open_overdue"])
        return rate_text(self.env, completion), rate_text(self.env, on_time)

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

    def _check_consolidated_readable(self):
        """Every agency's figures and difficulties (the consolidated report, its
        XLSX): the Office and leaders until the period is published, then every
        reader of the period."""
        self.check_access("read")
        user = self.env.user
        insider = user.has_group("task_oversight.group_office") or user.has_group("task_oversight.group_leader")
        if not insider and self.filtered(lambda period: period.state != "published"):
            raise AccessError(
                self.env._("The consolidated report can be read by agencies once the period is published.")
            )

    def _xlsx_download(self):
        """``(content, file name)`` of the XLSX for the current user."""
        self.ensure_one()
        self._check_consolidated_readable()
        filename = self.env._("Consolidated report %(period)s.xlsx", period=self.name.replace("/", "-"))
        return period_workbook(self.sudo()), filename
