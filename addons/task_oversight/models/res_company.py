from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    oversight_calendar_id = fields.Many2one(
        "resource.calendar",
        string="Oversight Working Calendar",
        default=lambda self: self.env.ref("task_oversight.resource_calendar_oversight", raise_if_not_found=False),
        help="Deadlines falling on a day off of this calendar move to its next working day.",
    )
    oversight_max_extensions = fields.Integer(
        string="Maximum Extensions per Task",
        default=2,
        help="How many times the deadline of one task may be extended; 0 means no limit.",
    )

    @api.constrains("oversight_max_extensions")
    def _check_oversight_max_extensions(self):
        if any(company.oversight_max_extensions < 0 for company in self):
            raise ValidationError(self.env._("The maximum number of extensions cannot be negative."))
