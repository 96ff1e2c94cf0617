from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Command

MERGE_MODES = [
    ("merge", "Merge or rename: one or more agencies into one"),
    ("split", "Split: one agency into several"),
]


class OversightAgencyMerge(models.TransientModel):
    """The Office records a decision that ends agencies (R18): a merger or a
    renaming hands everything to one successor, existing or new; a split hands
    the open tasks the Office selects to each new agency. Applied at once when
    the date has come, else by the daily job on the date."""

    _name = "oversight.agency.merge"
    _inherit = ["oversight.input.mixin"]  # values of the wrong type refused with a sentence
    _description = "Merge, Split or Rename Agencies"

    mode = fields.Selection(MERGE_MODES, required=True, default="merge")
    agency_ids = fields.Many2many(
        "oversight.agency", string="Agencies That End", required=True, context={"active_test": False}
    )
    successor_id = fields.Many2one("oversight.agency", help="Leave empty to create a new agency.")
    new_name = fields.Char(string="New Agency")
    new_code = fields.Char(string="Code of the New Agency")
    new_agency_type = fields.Selection(
        lambda self: self.env["oversight.agency"]._fields["agency_type"].selection, string="Type of the New Agency"
    )
    date = fields.Date(required=True, default=lambda self: self.env.company._oversight_today())
    decision_ref = fields.Char(string="Decision", required=True, help="Number of the decision, e.g. 1679/QĐ-UBND.")
    line_ids = fields.One2many("oversight.agency.merge.line", "wizard_id", string="New Agencies and Their Tasks")

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        if self.env.context.get("active_model") == "oversight.agency" and "agency_ids" in fields_list:
            values["agency_ids"] = [Command.set(self.env.context.get("active_ids", []))]
        return values

    def action_merge(self):
        """Record the decision on the agencies that end and, when its date has come, carry it out."""
        self.ensure_one()
        self._check_can_merge()
        successor = self.successor_id or self._create_successor()
        agencies = self.agency_ids.sudo()
        agencies._workflow_write(
            {"successor_id": successor.id, "date_end": self.date, "end_decision_ref": self.decision_ref.strip()}
        )
        if self.date <= self.env.company._oversight_today():
            if self.mode == "split":
                for line in self.line_ids:
                    agencies._move_open_tasks(line.successor_id, line.task_ids.sudo())
            agencies._apply_succession()
        for agency in agencies:
            agency.message_post(
                body=self.env._(
                    "Ended on %(date)s by decision %(decision)s; succeeded by %(successor)s.",
                    date=fields.Date.to_string(self.date),
                    decision=self.decision_ref,
                    successor=successor.name,
                )
            )
        return {"type": "ir.actions.act_window_close"}

    def _create_successor(self):
        agency = self.agency_ids[:1]
        return (
            self.env["oversight.agency"]
            .sudo()
            .create(
                {
                    "name": self.new_name.strip(),
                    "code": (self.new_code or "").strip(),
                    "agency_type": self.new_agency_type or agency.agency_type,
                    "parent_id": agency.parent_id.id,
                    "company_id": agency.company_id.id,
                }
            )
        )

    def _check_can_merge(self):
        if not (self.env.user.has_group("task_oversight.group_office") or self.env.is_superuser()):
            raise UserError(self.env._("Only the Committee Office and administrators record mergers and splits."))
        if not (self.decision_ref or "").strip():
            raise UserError(self.env._("Give the number of the decision, for example 1679/QĐ-UBND."))
        ended = self.agency_ids.filtered(lambda agency: agency.date_end or not agency.active)
        if ended:
            raise UserError(self.env._("%(agencies)s already ended.", agencies=", ".join(ended.mapped("name"))))
        self._check_successor()
        latest = self.env.company._oversight_today() + relativedelta(months=1)
        if self.date > latest:
            raise UserError(
                self.env._(
                    "A decision is recorded at most one month before it takes effect (by %(date)s): "
                    "the next monthly report must already count the successor.",
                    date=fields.Date.to_string(latest),
                )
            )
        if self.mode == "split":
            self._check_split()

    def _check_successor(self):
        successors = self.line_ids.successor_id if self.mode == "split" else self.successor_id
        if (
            self.mode == "merge"
            and not successors
            and not ((self.new_name or "").strip() and (self.new_code or "").strip())
        ):
            raise UserError(self.env._("Choose the successor, or give the name and the code of the new agency."))
        if successors & self.agency_ids:
            raise UserError(self.env._("An agency cannot be merged into itself."))
        descendants = successors & self.env["oversight.agency"].with_context(active_test=False).search(
            [("id", "child_of", self.agency_ids.ids)]
        )
        if descendants:
            raise UserError(
                self.env._(
                    "%(successor)s is a sub-agency of an agency that ends: it would end with it. "
                    "Choose an agency outside their hierarchy, or a new one.",
                    successor=descendants[0].name,
                )
            )
        ended = successors.filtered(lambda agency: agency.date_end or not agency.active)
        if ended:
            raise UserError(
                self.env._(
                    "%(agency)s has ended and cannot receive tasks; choose its successor.",
                    agency=ended[0].name,
                )
            )
        companies = self.agency_ids.company_id
        if len(companies) > 1 or (successors.company_id - companies):
            raise UserError(self.env._("Agencies of different committees (companies) cannot be merged."))

    def _check_split(self):
        if len(self.agency_ids) != 1 or not self.line_ids:
            raise UserError(self.env._("A split divides one agency among the new agencies listed."))
        if self.date > self.env.company._oversight_today():
            raise UserError(self.env._("A split is recorded on or after its date, with the tasks of each agency."))
        open_tasks = self.agency_ids._open_tasks("lead_agency_id")
        unassigned = open_tasks - self.line_ids.task_ids
        if unassigned:
            raise UserError(
                self.env._(
                    "Give each open task of %(agency)s to one of the new agencies: %(tasks)s are left.",
                    agency=self.agency_ids.name,
                    tasks=", ".join(unassigned[:5].mapped("code")),
                )
            )
        if self.line_ids.task_ids - open_tasks:
            raise UserError(self.env._("Only the open tasks of the agency that ends can be handed over."))
        if len(self.line_ids.task_ids) != sum(len(line.task_ids) for line in self.line_ids):
            raise UserError(self.env._("A task goes to one new agency only (R1: one lead agency)."))
        if not self.successor_id:
            self.successor_id = self.line_ids[0].successor_id  # members follow the first new agency


class OversightAgencyMergeLine(models.TransientModel):
    _name = "oversight.agency.merge.line"
    _inherit = ["oversight.input.mixin"]  # values of the wrong type refused with a sentence
    _description = "New Agency of a Split"

    wizard_id = fields.Many2one("oversight.agency.merge", required=True, ondelete="cascade")
    successor_id = fields.Many2one("oversight.agency", string="New Agency", required=True)
    task_ids = fields.Many2many("oversight.task", string="Open Tasks It Takes Over")
