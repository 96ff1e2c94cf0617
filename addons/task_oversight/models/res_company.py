from datetime import UTC, datetime, timedelta

import pytz

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools.vietnamese import committee_parts
from .oversight_input_mixin import check_values

# the context value with which the Settings dialog saves the company's fields one by one: the
# rules across fields wait for the last one (set_values); an object no client's context holds
SETTINGS_PENDING = object()
DEFAULT_REMINDER_OFFSETS = "7, 3, 1"
DEFAULT_TZ = "Asia/Ho_Chi_Minh"


class ResCompany(models.Model):
    _inherit = "res.company"

    oversight_calendar_id = fields.Many2one(
        "resource.calendar",
        string="Oversight Working Calendar",
        default=lambda self: self.env.ref("task_oversight.resource_calendar_oversight", raise_if_not_found=False),
        help="Deadlines falling on a day off of this calendar move to its next working day.",
    )
    oversight_max_extensions = fields.Integer(
        string="Maximum Extensions per Task",
        default=2,
        help="How many times the deadline of one task may be extended; 0 means no limit.",
    )
    oversight_reminder_offsets = fields.Char(
        string="Reminders Before the Deadline",
        default=DEFAULT_REMINDER_OFFSETS,
        help="Days before the deadline on which the lead agency is reminded, separated by commas (e.g. 7, 3, 1).",
    )
    oversight_no_deadline_months = fields.Integer(
        string="Urge Tasks Without Deadline Every (Months)",
        default=3,
        help="A task without a deadline is urged when its agency has sent no progress report for this many months.",
    )
    oversight_confirm_days = fields.Integer(
        string="Confirmation Delay (Working Days)",
        default=5,
        help="The Office is reminded of completion reports it has not confirmed after this many working days.",
    )
    oversight_acknowledge_days = fields.Integer(
        string="Acknowledgement Within (Working Days)",
        default=2,
        help="The head of the lead agency is reminded of a task not acknowledged after this many working days.",
    )
    oversight_office_agency_id = fields.Many2one(
        "oversight.agency",
        string="Office Agency",
        help="The Committee Office; its head receives the Office's reminders for tasks without a monitor.",
    )

    oversight_directive_alias_id = fields.Many2one(
        "mail.alias", string="Directive Alias", copy=False, ondelete="set null", groups="base.group_system"
    )
    oversight_directive_alias_name = fields.Char(
        string="Directives Received At",
        compute="_compute_oversight_directive_alias_name",
        inverse="_inverse_oversight_directive_alias_name",
        help="The address (before the @) to which the e-office forwards the documents it issues: each "
        "mail becomes a draft directive with its file.",
    )
    oversight_directive_sender_domains = fields.Char(
        string="Accepted Sender Domains",
        help="Domains of the e-office's addresses, separated by commas (e.g. ioffice.danang.gov.vn): a mail "
        "from any other address is returned to its sender.",
    )
    oversight_entry_days_urgent = fields.Integer(
        string="Urgent Documents Entered Within (Working Days)",
        default=0,
        help="0: the day they are received.",
    )
    oversight_entry_days_normal = fields.Integer(string="Documents Entered Within (Working Days)", default=1)
    oversight_entry_days_many = fields.Integer(
        string="Documents With Many Tasks Entered Within (Working Days)", default=2
    )
    oversight_entry_many_tasks = fields.Integer(
        string="Many Tasks From",
        default=5,
        help="A document assigning at least this many tasks has the longer entry time.",
    )

    def _compute_oversight_directive_alias_name(self):
        for company in self:
            company.oversight_directive_alias_name = company.sudo().oversight_directive_alias_id.alias_name

    def _inverse_oversight_directive_alias_name(self):
        for company in self.sudo():
            name = company.oversight_directive_alias_name
            alias = company.oversight_directive_alias_id
            if alias:
                alias.alias_name = name or False
            elif name:
                company.oversight_directive_alias_id = self.env["mail.alias"].create(
                    company._oversight_alias_values(name)
                )

    def _oversight_alias_values(self, name):
        self.ensure_one()
        return {
            "alias_name": name,
            "alias_model_id": self.env["ir.model"]._get_id("oversight.directive"),
            "alias_defaults": repr({"company_id": self.id}),
            "alias_domain_id": self.alias_domain_id.id,
            "alias_contact": "everyone",  # the sender domains are checked by the directive itself
            "alias_bounced_content": self.env._(
                "<p>This address receives the documents the e-office forwards to the Committee Office; "
                "your address is not one of the e-office's. Send the document through the e-office, or "
                "contact the Office.</p>"
            ),
        }

    def write(self, vals):
        # the settings of the addons, as the models' values are (oversight.input.mixin)
        check_values(self, vals, [name for name in vals if name.startswith("oversight_")])
        return super().write(vals)

    def _oversight_settings_pending(self):
        """Whether the Settings dialog is still saving its fields one by one (the rules across
        fields are checked once all are saved: 40/60 is as valid as 30/70)."""
        return self.env.context.get("oversight_settings_pending") is SETTINGS_PENDING

    def _oversight_check_settings(self):
        """The rules across the settings' fields; each addon adds its own through ``super()``.
        Run by the constraints on every write, and by the Settings dialog once all is saved."""

    @api.constrains("oversight_max_extensions")
    def _check_oversight_max_extensions(self):
        if any(company.oversight_max_extensions < 0 for company in self):
            raise ValidationError(self.env._("The maximum number of extensions cannot be negative."))

    @api.constrains("oversight_reminder_offsets")
    def _check_oversight_reminder_offsets(self):
        for company in self:
            company._oversight_reminder_offsets()

    @api.constrains(
        "oversight_entry_days_urgent",
        "oversight_entry_days_normal",
        "oversight_entry_days_many",
        "oversight_entry_many_tasks",
    )
    def _check_oversight_entry_days(self):
        for company in self:
            days = (
                company.oversight_entry_days_urgent,
                company.oversight_entry_days_normal,
                company.oversight_entry_days_many,
            )
            if min(days) < 0 or max(days) > 30:
                raise ValidationError(self.env._("Documents are entered within 0 to 30 working days."))
            if company.oversight_entry_many_tasks < 2:
                raise ValidationError(self.env._("A document has “many tasks” from 2 tasks at least."))

    @api.constrains("oversight_no_deadline_months", "oversight_confirm_days", "oversight_acknowledge_days")
    def _check_oversight_reminder_delays(self):
        if any(company.oversight_no_deadline_months < 1 for company in self):
            raise ValidationError(self.env._("Tasks without a deadline must be urged at least every month."))
        if any(company.oversight_acknowledge_days < 1 for company in self):
            raise ValidationError(
                self.env._("Tasks are acknowledged within at least one working day of their assignment.")
            )
        if any(company.oversight_confirm_days < 1 for company in self):
            raise ValidationError(
                self.env._("The Office must be reminded of unconfirmed reports after at least one working day.")
            )

    @api.model
    def _oversight_now(self):
        """The business clock (R17), the one place that reads the time: now,
        as Odoo stores a datetime (naive UTC)."""
        return datetime.now(UTC).replace(tzinfo=None)  # noqa: TID251

    def _oversight_today(self):
        """The business day (R17): today in the time zone of the company's
        working calendar (Asia/Ho_Chi_Minh by default), not the server's UTC day."""
        company = self[:1] or self.env.company
        tz = pytz.timezone(company.oversight_calendar_id.tz or DEFAULT_TZ)
        return pytz.utc.localize(self._oversight_now()).astimezone(tz).date()

    def _oversight_heading_line(self):
        """The committee in a document's heading, the place kept on one line:
        ``("ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐÀ NẴNG")``."""
        self.ensure_one()
        return committee_parts(self.name) or (self.name.upper(), "")

    def _oversight_issuer_lines(self, issuer=None):
        """The issuing body in the heading of a document (Decree 30/2020, Appendix I), as
        ``(text, kept together)`` lines, the last one in bold: ``issuer`` an agency, or the
        name of a unit of the committee (a People's Committee stands alone), or none for the
        committee's Office."""
        self.ensure_one()
        if isinstance(issuer, models.BaseModel):
            return issuer._oversight_issuer_lines()
        if issuer and committee_parts(issuer):
            return [committee_parts(issuer)]
        return [self._oversight_heading_line(), (issuer.upper() if issuer else self.env._("OFFICE"), "")]

    def _oversight_add_working_days(self, day, count):
        """The ``count``-th working day after ``day`` (0: ``day`` itself, or the next working
        day when ``day`` is a day off) in the company's working calendar."""
        self.ensure_one()
        is_working = self.oversight_calendar_id._oversight_is_working_day_from(day, 3 * count + 62)
        while not is_working(day):
            day += timedelta(days=1)
        for _step in range(count):
            day += timedelta(days=1)
            while not is_working(day):
                day += timedelta(days=1)
        return day

    def _oversight_reminder_offsets(self):
        """The reminder offsets as a tuple of distinct days, largest first."""
        self.ensure_one()
        return self._oversight_parse_offsets(self.oversight_reminder_offsets)

    def _oversight_parse_offsets(self, value):
        """Days written as "7, 3, 1" as a tuple of distinct days, largest first."""
        parts = [part.strip() for part in (value or "").replace(";", ",").split(",") if part.strip()]
        if not all(part.isdigit() for part in parts):
            raise ValidationError(
                self.env._(
                    "Reminders are whole numbers of days before the due date (0 for the day itself), "
                    "separated by commas, for example 7, 3, 1 (you entered “%(value)s”).",
                    value=value,
                )
            )
        return tuple(sorted({int(part) for part in parts}, reverse=True))
