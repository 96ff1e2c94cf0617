from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    oversight_report_cutoff_day = fields.Integer(
        string="Reporting Cut-off Day",
        default=14,
        help="Last day of the data window of a monthly report; the window starts the day after it in the "
        "previous month (Decree 09/2019/NĐ-CP: from the 15th to the 14th).",
    )
    oversight_report_due_day = fields.Integer(
        string="Agency Reports Due On",
        default=25,
        help="Day of the month by which every agency submits its monthly report.",
    )
    oversight_report_reminder_offsets = fields.Char(
        string="Report Reminders Before the Due Date",
        default="5, 2",
        help="Days before the due date on which agencies that have not submitted are reminded, separated by commas.",
    )
    oversight_group_large_over = fields.Integer(
        string="Large Group: More Than",
        default=300,
        help="Agencies assigned more than this many tasks in the year form the first ranking group.",
    )
    oversight_group_small_under = fields.Integer(
        string="Small Group: Fewer Than",
        default=50,
        help="Agencies assigned fewer than this many tasks in the year form the third ranking group.",
    )
    oversight_commend_min_rate = fields.Float(
        string="Commend From Completion Rate (%)",
        default=90.0,
        help="Agencies whose completion rate reaches this value are proposed for commendation…",
    )
    oversight_commend_max_late_rate = fields.Float(
        string="… With Late Completions at Most (%)",
        default=10.0,
        help="… provided that no more than this share of their completed tasks was completed late.",
    )
    oversight_criticise_below_rate = fields.Float(
        string="Criticise Below Completion Rate (%)",
        default=50.0,
        help="Agencies whose completion rate is below this value are listed for criticism.",
    )

    oversight_group_calendar_year = fields.Boolean(
        string="Groups by Calendar Year",
        help="Count the tasks of the ranking groups from 1 January to the cut-off date instead of the 12 months "
        "ending at the cut-off date (in January the calendar year holds only two weeks).",
    )
    oversight_report_signer_title = fields.Text(
        string="Signer's Title",
        default="CHÁNH VĂN PHÒNG",
        help="Printed above the signature of the consolidated report, one line per row, as on the document "
        "(e.g. KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG).",
    )
    oversight_report_signer_id = fields.Many2one(
        "res.users",
        string="Signed By",
        help="Whose name is printed under the signature of the consolidated report; by default the head of the "
        "Office agency.",
    )

    def _oversight_group_year_start(self, date_to):
        """First day of the tasks counted for the ranking groups (R12) of a window closing on ``date_to``."""
        self.ensure_one()
        if self.oversight_group_calendar_year:
            return date_to.replace(month=1, day=1)
        return date_to - relativedelta(years=1) + relativedelta(days=1)

    @api.constrains("oversight_report_cutoff_day", "oversight_report_due_day")
    def _check_oversight_report_days(self):
        for company in self:
            if not (1 <= company.oversight_report_cutoff_day <= 28 and 1 <= company.oversight_report_due_day <= 28):
                raise ValidationError(
                    self.env._("The cut-off day and the due day of monthly reports are days from 1 to 28.")
                )

    @api.constrains("oversight_report_reminder_offsets")
    def _check_oversight_report_reminder_offsets(self):
        for company in self:
            company._oversight_parse_offsets(company.oversight_report_reminder_offsets)

    def _oversight_check_settings(self):
        result = super()._oversight_check_settings()
        self._check_oversight_groups_rule()
        self._check_oversight_criteria_rule()
        return result

    @api.constrains("oversight_group_large_over", "oversight_group_small_under")
    def _check_oversight_groups(self):
        if not self._oversight_settings_pending():
            self._check_oversight_groups_rule()

    def _check_oversight_groups_rule(self):
        for company in self:
            if not 0 < company.oversight_group_small_under <= company.oversight_group_large_over:
                raise ValidationError(
                    self.env._(
                        "The ranking groups need a positive small-group threshold that is not above the "
                        "large-group threshold (e.g. fewer than 50 and more than 300)."
                    )
                )

    @api.constrains("oversight_commend_min_rate", "oversight_commend_max_late_rate", "oversight_criticise_below_rate")
    def _check_oversight_criteria(self):
        if not self._oversight_settings_pending():
            self._check_oversight_criteria_rule()

    def _check_oversight_criteria_rule(self):
        for company in self:
            rates = (
                company.oversight_commend_min_rate,
                company.oversight_commend_max_late_rate,
                company.oversight_criticise_below_rate,
            )
            if not all(0 <= rate <= 100 for rate in rates):
                raise ValidationError(self.env._("Commendation and criticism criteria are percentages (0 to 100)."))
            if company.oversight_criticise_below_rate > company.oversight_commend_min_rate:
                raise ValidationError(
                    self.env._(
                        "An agency cannot be both commended and criticised: the criticism threshold must not be "
                        "above the commendation threshold."
                    )
                )

    def _oversight_volume_group(self, year_count):
        """R12: the ranking group of an agency assigned ``year_count`` tasks in the year."""
        self.ensure_one()
        if year_count > self.oversight_group_large_over:
            return "large"
        if year_count < self.oversight_group_small_under:
            return "small"
        return "medium"
