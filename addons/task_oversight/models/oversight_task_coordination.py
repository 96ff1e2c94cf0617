from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

AGENCY_USER = "task_oversight.group_agency_user"
# R16: a coordinating agency names its officer and says what it contributes
COORDINATION_FIELDS = frozenset({"officer_id", "contribution", "progress_note"})


class OversightTaskCoordination(models.Model):
    """A coordinating agency's part of a task (phối hợp): its own officer, what it
    contributes and where it stands. Never the lead (R1): the lead agency is the
    task's alone."""

    _name = "oversight.task.coordination"
    _description = "Coordinating Agency's Part"
    _inherit = ["oversight.workflow.mixin"]
    _create_allowlist = {AGENCY_USER: COORDINATION_FIELDS | {"task_id", "agency_id"}}
    _write_allowlist = {AGENCY_USER: COORDINATION_FIELDS}
    _order = "task_id, agency_id"

    task_id = fields.Many2one("oversight.task", required=True, index=True, ondelete="cascade")
    agency_id = fields.Many2one(
        "oversight.agency",
        string="Coordinating Agency",
        required=True,
        index=True,
        ondelete="restrict",
        default=lambda self: self.env.user.oversight_agency_id,
    )
    officer_id = fields.Many2one("res.users", index="btree_not_null")
    contribution = fields.Text(string="What It Contributes")
    progress_note = fields.Text(string="Where It Stands")
    company_id = fields.Many2one(related="task_id.company_id", store=True, index=True)

    _task_agency_uniq = models.UniqueIndex("(task_id, agency_id)", "An agency has one part in a task.")

    @api.constrains("task_id", "agency_id", "officer_id")
    def _check_coordinator(self):
        for part in self:
            if part.agency_id not in part.task_id.coordinating_agency_ids:
                raise ValidationError(
                    self.env._(
                        "%(agency)s does not coordinate task %(task)s: its lead agency handles it alone.",
                        agency=part.agency_id.name,
                        task=part.task_id.display_name,
                    )
                )
            if part.officer_id and not part.agency_id._has_member(part.officer_id):
                raise ValidationError(
                    self.env._(
                        "%(officer)s is not a member of %(agency)s.",
                        officer=part.officer_id.name,
                        agency=part.agency_id.name,
                    )
                )

    @api.model
    def _check_user_create(self, vals_list):
        """An agency writes its own part only."""
        self._check_own_agency(vals_list, self.env._("An agency writes only its own part of a task."))

    def _check_user_write(self, vals):
        """An agency removed from the task's coordinators no longer writes its part (kept as it was)."""
        former = self.filtered(lambda part: part.agency_id not in part.task_id.sudo().coordinating_agency_ids)[:1]
        if former:
            raise UserError(
                self.env._(
                    "%(agency)s no longer coordinates task %(task)s: its part is kept as it was and cannot be changed.",
                    agency=former.agency_id.name,
                    task=former.task_id.display_name,
                )
            )
