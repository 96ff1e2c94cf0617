from odoo import api, fields, models

# where each role lands after logging in, most specific role first
HOME_ACTIONS = [
    ("task_oversight.group_office", "task_oversight.oversight_task_action_office_home"),
    ("task_oversight.group_leader", "task_oversight.oversight_task_action"),
    ("task_oversight.group_agency_head", "task_oversight.oversight_task_action_agency_home"),
    ("task_oversight.group_agency_user", "task_oversight.oversight_task_action_mine"),
]


class ResUsers(models.Model):
    _inherit = "res.users"

    oversight_agency_id = fields.Many2one(
        "oversight.agency",
        string="Agency",
        index="btree_not_null",
        ondelete="restrict",
        help="The agency this user works for: they see the tasks it leads or coordinates.",
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
        """``[(group xml id, action xml id)]``: the landing page of each role."""
        return HOME_ACTIONS

    def _oversight_is_our_action(self, action):
        """Whether ``action`` is one of the Task Oversight addons' (actions share one id sequence)."""
        return bool(
            self.env["ir.model.data"]
            .sudo()
            .search_count(
                [
                    ("module", "=like", "task_oversight%"),
                    ("model", "=like", "ir.actions.%"),
                    ("res_id", "=", action.id),
                ],
                limit=1,
            )
        )

    def _oversight_set_home_action(self):
        """Users of Task Oversight land in it (not in Discuss), on what needs them;
        a home action chosen by an administrator is kept."""
        for user in self.sudo():
            # a landing page of ours (of any of the addons, from before another was installed) may change
            if user.action_id and not user._oversight_is_our_action(user.action_id):
                continue
            for group, xmlid in user._oversight_home_actions():
                if user.has_group(group):
                    action = self.env.ref(xmlid, raise_if_not_found=False)
                    if action and user.action_id.id != action.id:
                        user.action_id = action.id
                    break
