from odoo import fields, models


class OversightTaskCompletionWizard(models.TransientModel):
    _name = "oversight.task.completion.wizard"
    _inherit = ["oversight.input.mixin"]  # values of the wrong type refused with a sentence
    _description = "Report Task Completion"

    task_ids = fields.Many2many("oversight.task", string="Tasks", required=True)
    document_ref = fields.Char(
        string="Report Document", required=True, help="Number of the completion report, e.g. 125/BC-SNV."
    )
    report_date = fields.Date(required=True, default=lambda self: self.env.company._oversight_today())
    note = fields.Text(string="Results", help="What was done and what was produced.")

    def action_confirm(self):
        self.ensure_one()
        self.task_ids.action_report_done(document_ref=self.document_ref, report_date=self.report_date, note=self.note)
        return {"type": "ir.actions.act_window_close"}
