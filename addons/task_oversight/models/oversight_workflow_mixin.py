from odoo import models
from odoo.exceptions import UserError


class OversightWorkflowMixin(models.AbstractModel):
    """The checks every workflow button makes before its batched write: the
    user's role, the state of each record and the reason given, each refused with a sentence
    the user understands (the wording of the state error is the model's)."""

    _name = "oversight.workflow.mixin"
    _description = "Oversight Workflow Checks"

    def _check_group(self, group_xmlid, message):
        if not self.env.su and not self.env.user.has_group(group_xmlid):
            raise UserError(message)

    def _check_state(self, states, action_label):
        wrong = self.filtered(lambda record: record.state not in states)[:1]
        if wrong:
            labels = dict(self._fields["state"]._description_selection(self.env))
            raise UserError(wrong._state_error_message(labels[wrong.state], action_label))

    def _check_reason(self, reason, message):
        if not (reason or "").strip():
            raise UserError(message)

    def _state_error_message(self, state_label, action_label):
        """The sentence refusing ``action_label`` on this record in ``state_label``."""
        raise NotImplementedError
