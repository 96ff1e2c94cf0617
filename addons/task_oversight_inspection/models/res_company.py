from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.task_oversight.models.res_company import DEFAULT_REMINDER_OFFSETS

THRESHOLD_FIELDS = (
    "oversight_insp_min_overdue",
    "oversight_insp_min_share",
    "oversight_insp_min_overdue_30",
    "oversight_insp_min_overdue_120",
    "oversight_insp_min_starred",
)


class ResCompany(models.Model):
    _inherit = "res.company"

    oversight_insp_min_overdue = fields.Integer(
        string="Overdue Tasks (Number)",
        default=10,
        help="An agency leading at least this many overdue tasks at the plan's cut-off is proposed; 0: not used.",
    )
    oversight_insp_min_share = fields.Integer(
        string="Overdue Tasks (% of Open Tasks)",
        default=30,
        help="An agency whose overdue tasks make at least this share of its open tasks is proposed; 0: not used.",
    )
    oversight_insp_min_overdue_30 = fields.Integer(
        string="Overdue over 30 Days",
        default=5,
        help="An agency with at least this many tasks overdue by more than 30 days is proposed; 0: not used.",
    )
    oversight_insp_min_overdue_120 = fields.Integer(
        string="Overdue over 120 Days",
        default=2,
        help="An agency with at least this many tasks overdue by more than 120 days is proposed; 0: not used.",
    )
    oversight_insp_min_starred = fields.Integer(
        string="Key Tasks Overdue",
        default=1,
        help="An agency with at least this many key tasks overdue is proposed; 0: not used.",
    )
    oversight_insp_reminder_offsets = fields.Char(
        string="Self-Inspection Reminders",
        default=DEFAULT_REMINDER_OFFSETS,
        help="Days before the self-inspection's due date on which the agency's head is reminded, e.g. 7, 3, 1.",
    )

    @api.constrains(*THRESHOLD_FIELDS)
    def _check_oversight_insp_thresholds(self):
        for company in self:
            if any(company[name] < 0 for name in THRESHOLD_FIELDS) or company.oversight_insp_min_share > 100:
                raise ValidationError(
                    self.env._("The inspection thresholds are positive numbers (0: not used), the share at most 100 %.")
                )

    @api.constrains("oversight_insp_reminder_offsets")
    def _check_oversight_insp_reminder_offsets(self):
        for company in self:
            company._oversight_parse_offsets(company.oversight_insp_reminder_offsets)
