from odoo import fields, models

# the labels of the dialog's decisions: the actions of TASK_ACTIONS marked for the dialog
DECISIONS = [
    ("return", "Return the Completion Report"),
    ("pause", "Pause"),
    ("cancel", "Cancel"),
    ("resume", "Resume"),
    ("change_lead", "Change Lead Agency"),
    ("assign_officer", "Assign the Officer in Charge"),
]


class OversightTaskDecisionWizard(models.TransientModel):
    """Collects the reason (and the new lead agency) a task decision needs."""

    _name = "oversight.task.decision.wizard"
    _inherit = ["oversight.input.mixin"]  # values of the wrong type refused with a sentence
    _description = "Task Decision"

    task_ids = fields.Many2many("oversight.task", string="Tasks", required=True)
    decision = fields.Selection(DECISIONS, required=True)
    reason = fields.Text()
    officer_id = fields.Many2one("res.users", string="Officer in Charge")
    lead_agency_id = fields.Many2one("oversight.agency", string="New Lead Agency")

    def action_confirm(self):
        self.ensure_one()
        arguments = {
            "change_lead": {"lead_agency_id": self.lead_agency_id.id or False},
            "assign_officer": {"officer_id": self.officer_id.id or False},
        }.get(self.decision, {})
        self.task_ids._decide(self.decision, reason=self.reason, **arguments)
        return {"type": "ir.actions.act_window_close"}
