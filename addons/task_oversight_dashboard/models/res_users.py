from odoo import models

LEADER = "task_oversight.group_leader"


class ResUsers(models.Model):
    _inherit = "res.users"

    def _oversight_home_actions(self):
        """Leaders land on the spreadsheet dashboard."""
        dashboard = (LEADER, "task_oversight_dashboard.action_oversight_dashboard")
        return [dashboard if group == LEADER else (group, xmlid) for group, xmlid in super()._oversight_home_actions()]
