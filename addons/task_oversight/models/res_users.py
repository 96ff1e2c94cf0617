from odoo import fields, models


class ResUsers(models.Model):
    _inherit = "res.users"

    oversight_agency_id = fields.Many2one(
        "oversight.agency",
        string="Agency",
        index="btree_not_null",
        ondelete="restrict",
        help="The agency this user works for: they see the tasks it leads or coordinates.",
    )
