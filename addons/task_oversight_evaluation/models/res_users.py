from odoo import models

HOME_AFFAIRS = "task_oversight_evaluation.group_home_affairs"


class ResUsers(models.Model):
    _inherit = "res.users"

    def _oversight_home_actions(self):
        """The Department of Home Affairs lands on the evaluation periods (before its agency role)."""
        return {
            HOME_AFFAIRS: "task_oversight_evaluation.oversight_evaluation_period_action"
        } | super()._oversight_home_actions()
