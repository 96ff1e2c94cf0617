from odoo import models

from odoo.addons.task_oversight.models.res_users import LEADER


class ResUsers(models.Model):
    _inherit = "res.users"

    def _oversight_home_actions(self):
        """Leaders land on the latest period."""
        return super()._oversight_home_actions() | {
            LEADER: "task_oversight_reports.oversight_report_period_action_dashboard"
        }
