from datetime import UTC, datetime

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
