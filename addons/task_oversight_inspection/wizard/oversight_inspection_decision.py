from odoo import fields, models
from odoo.exceptions import UserError

DECISIONS = [
    ("request_self_report", "Ask for the Self-Inspection"),
    ("conclude", "Conclude"),
    ("cancel", "Cancel"),
]


class OversightInspectionDecision(models.TransientModel):
    """The dialog of the inspection's buttons that need a value: the self-inspection's due
    date, the conclusion notice's number and date, the reason of a cancellation. It calls
    the public method RPC clients call, which does every check."""

    _name = "oversight.inspection.decision"
    _inherit = ["oversight.input.mixin"]  # values of the wrong type refused with a sentence
    _description = "Inspection Decision"

    inspection_ids = fields.Many2many(
        "oversight.inspection", "oversight_inspection_decision_rel", string="Inspections", required=True
    )
    decision = fields.Selection(DECISIONS, required=True)
    date_due = fields.Date(string="Self-Inspection Due")
    conclusion_ref = fields.Char(string="Conclusion Notice", help="Number and symbol, e.g. 15/TB-UBND.")
    date_concluded = fields.Date(string="Notice Date", default=lambda self: self.env.company._oversight_today())
    reason = fields.Text()

    def action_confirm(self):
        self.ensure_one()
        inspections = self.inspection_ids
        if self.decision == "request_self_report":
            return inspections.action_request_self_report(date_due=self.date_due or None)
        if self.decision == "conclude":
            return inspections.action_conclude(
                conclusion_ref=self.conclusion_ref, date_concluded=self.date_concluded or None
            )
        if self.decision == "cancel":
            return inspections.action_cancel(reason=self.reason)
        raise UserError(self.env._("Unknown decision."))
