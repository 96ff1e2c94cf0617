from odoo import api, fields, models

LEADER = "task_oversight.group_leader"
# where each role lands after logging in, most specific role first
HOME_ACTIONS = {
    "task_oversight.group_office": "task_oversight.oversight_task_action_office_home",
    LEADER: "task_oversight.oversight_task_action",
    "task_oversight.group_agency_head": "task_oversight.oversight_task_action_agency_home",
    "task_oversight.group_agency_user": "task_oversight.oversight_task_action_mine",
}


class ResUsers(models.Model):
    _inherit = "res.users"

    oversight_agency_id = fields.Many2one(
        "oversight.agency",
        string="Agency",
        index="btree_not_null",
        ondelete="restrict",
        help="The agency this user works for: they see the tasks it leads or coordinates.",
    )
    oversight_scope_agency_ids = fields.Many2many(
        "oversight.agency",
        string="Agencies in Scope",
        compute="_compute_oversight_scope_agency_ids",
        compute_sudo=True,
        help="The user's agency and its sub-agencies: what the record rules let it see, resolved once "
        "so that the rules are plain IN conditions on indexed columns.",
    )

    @api.depends("oversight_agency_id")
    def _compute_oversight_scope_agency_ids(self):
        # one search for all the users' agencies, then each agency's subtree by its path, set
        # on all its users at once
        agencies = (
            self.env["oversight.agency"]
            .with_context(active_test=False)
            .search([("id", "child_of", self.oversight_agency_id.ids)])
        )
        for home, users in self.grouped("oversight_agency_id").items():
            path = home.parent_path
            users.oversight_scope_agency_ids = agencies.filtered(
                lambda agency, path=path: path and agency.parent_path.startswith(path)
            )

    @api.model_create_multi
    def create(self, vals_list):
        users = super().create(vals_list)
        users._oversight_set_home_action()
        return users

    def write(self, vals):
        result = super().write(vals)
        if "oversight_agency_id" in vals:
            # the record rules of a user are cached by user: they read the agency
            self.env.registry.clear_cache()
        if "group_ids" in vals:
            self._oversight_set_home_action()
        return result

    def _oversight_home_actions(self):
        """``{group xml id: action xml id}``, most specific role first: the landing
        page of each role; the addons installed later replace an entry."""
        return dict(HOME_ACTIONS)

    def _oversight_set_home_action(self):
        """Users of Task Oversight land in it (not in Discuss), on what needs them;
        a home action chosen by an administrator is kept, one of ours (from an addon
        installed earlier) is replaced."""
        ours = set(
            self.env["ir.model.data"]
            .sudo()
            .search([("module", "=like", "task_oversight%"), ("model", "=like", "ir.actions.%")])
            .mapped("res_id")
        )  # actions of every kind share one id sequence
        homes = self._oversight_home_actions()
        for user in self.sudo().filtered(lambda user: not user.action_id or user.action_id.id in ours):
            group = next((group for group in homes if user.has_group(group)), None)
            action = group and self.env.ref(homes[group], raise_if_not_found=False)
            if action and user.action_id.id != action.id:
                user.action_id = action.id
