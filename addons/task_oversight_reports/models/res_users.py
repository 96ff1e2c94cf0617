from odoo import models


class ResUsers(models.Model):
    _inherit = "res.users"

    def _oversight_home_actions(self):
        """Leaders land on their dashboard."""
        dashboard = ("task_oversight.group_leader", "task_oversight_reports.oversight_report_period_action_dashboard")
        actions = super()._oversight_home_actions()
        office_first = [entry for entry in actions if entry[0] == "task_oversight.group_office"]
        others = [entry for entry in actions if entry[0] not in ("task_oversight.group_office", dashboard[0])]
        return [*office_first, dashboard, *others]
