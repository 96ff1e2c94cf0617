from odoo import fields, models


class OversightAgencyReportReturnWizard(models.TransientModel):
    _name = "oversight.agency.report.return.wizard"
    _inherit = ["oversight.input.mixin"]  # values of the wrong type refused with a sentence
    _description = "Return Agency Reports"

    report_ids = fields.Many2many(
        "oversight.agency.report", "oversight_report_return_wizard_rel", string="Reports", required=True
    )
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
        return self.report_ids.action_return(reason=self.reason)
