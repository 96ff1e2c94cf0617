from odoo import api, fields, models

from .oversight_input_mixin import check_values
from .res_company import SETTINGS_PENDING


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    oversight_calendar_id = fields.Many2one(related="company_id.oversight_calendar_id", readonly=False)
    oversight_max_extensions = fields.Integer(related="company_id.oversight_max_extensions", readonly=False)
    oversight_reminder_offsets = fields.Char(related="company_id.oversight_reminder_offsets", readonly=False)
    oversight_no_deadline_months = fields.Integer(related="company_id.oversight_no_deadline_months", readonly=False)
    oversight_confirm_days = fields.Integer(related="company_id.oversight_confirm_days", readonly=False)
    oversight_acknowledge_days = fields.Integer(related="company_id.oversight_acknowledge_days", readonly=False)
    oversight_office_agency_id = fields.Many2one(related="company_id.oversight_office_agency_id", readonly=False)
    oversight_directive_alias_name = fields.Char(related="company_id.oversight_directive_alias_name", readonly=False)
    oversight_directive_alias_domain = fields.Char(related="company_id.alias_domain_id.name")
    oversight_directive_sender_domains = fields.Char(
        related="company_id.oversight_directive_sender_domains", readonly=False
    )
    oversight_entry_days_urgent = fields.Integer(related="company_id.oversight_entry_days_urgent", readonly=False)
    oversight_entry_days_normal = fields.Integer(related="company_id.oversight_entry_days_normal", readonly=False)
    oversight_entry_days_many = fields.Integer(related="company_id.oversight_entry_days_many", readonly=False)
    oversight_entry_many_tasks = fields.Integer(related="company_id.oversight_entry_many_tasks", readonly=False)
    oversight_escalation_rule_count = fields.Integer(
        string="Escalation Rules", compute="_compute_oversight_escalation_rule_count"
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            check_values(self, vals, [name for name in vals if name.startswith("oversight_")])
        # the company's fields are written one by one: the rules across them wait for set_values
        return super(ResConfigSettings, self.with_context(oversight_settings_pending=SETTINGS_PENDING)).create(
            vals_list
        )

    def set_values(self):
        result = super().set_values()
        self.company_id._oversight_check_settings()
        return result

    def _compute_oversight_escalation_rule_count(self):
        count = self.env["oversight.escalation.rule"].search_count([])
        for settings in self:
            settings.oversight_escalation_rule_count = count
