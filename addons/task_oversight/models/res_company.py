from odoo import fields, models


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
