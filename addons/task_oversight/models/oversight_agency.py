from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Domain

MANAGER = "task_oversight.group_manager"
# R16: what administrators set on an agency
AGENCY_FIELDS = frozenset(
    {"name", "code", "sequence", "agency_type", "parent_id", "head_user_id", "user_ids", "email", "phone", "active"}
)

AGENCY_TYPES = [
    ("department", "Department, board or sector"),
    ("district", "District People's Committee"),
    ("unit", "Public service unit"),
    ("enterprise", "State-owned enterprise"),
    ("central", "Central agency in the locality"),
    ("other", "Other"),
]


class OversightAgency(models.Model):
    """An agency (cơ quan, đơn vị) that receives tasks.

    Every internal user reads the agencies of its companies (tasks show them);
    only administrators create or change them.
    """

    _name = "oversight.agency"
    _description = "Agency"
    _inherit = ["oversight.workflow.mixin", "mail.thread"]
    _create_allowlist = {MANAGER: AGENCY_FIELDS | {"company_id"}}
    _write_allowlist = {MANAGER: AGENCY_FIELDS}
    _parent_store = True
    _order = "sequence, name, id"
    _rec_names_search = ["name", "code"]

    name = fields.Char(required=True, tracking=True)
    code = fields.Char(required=True, tracking=True, help="Short code, unique in the company, e.g. SNV.")
    sequence = fields.Integer(default=10)
    agency_type = fields.Selection(AGENCY_TYPES, string="Type", required=True, default="department")
    parent_id = fields.Many2one(
        "oversight.agency",
        string="Parent Agency",
        index=True,
        ondelete="restrict",
        domain="[('company_id', '=', company_id)]",
    )
    parent_path = fields.Char(index=True)
    child_ids = fields.One2many("oversight.agency", "parent_id", string="Sub-agencies")
    head_user_id = fields.Many2one(
        "res.users",
        string="Head",
        tracking=True,
        domain="[('share', '=', False)]",
        help="Receives the agency's activities and reminders.",
    )
    user_ids = fields.One2many("res.users", "oversight_agency_id", string="Members")
    email = fields.Char()
    phone = fields.Char()
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)
    task_lead_count = fields.Integer(compute="_compute_task_counts", string="Tasks Led")
    task_coordinated_count = fields.Integer(compute="_compute_task_counts", string="Tasks Coordinated")
    task_overdue_count = fields.Integer(compute="_compute_task_counts", string="Overdue Tasks")

    _code_company_uniq = models.UniqueIndex(
        "(company_id, code)",
        "This agency code is already used by another agency of the committee: each agency needs its own code.",
    )

    @api.depends_context("uid")
    def _compute_task_counts(self):
        tasks = self.env["oversight.task"]
        led = dict(tasks._read_group([("lead_agency_id", "in", self.ids)], ["lead_agency_id"], ["__count"]))
        overdue = dict(
            tasks._read_group(
                [("lead_agency_id", "in", self.ids), ("deadline_status", "=", "overdue")],
                ["lead_agency_id"],
                ["__count"],
            )
        )
        coordinated = dict(
            tasks._read_group([("coordinating_agency_ids", "in", self.ids)], ["coordinating_agency_ids"], ["__count"])
        )
        for agency in self:
            agency.task_lead_count = led.get(agency, 0)
            agency.task_overdue_count = overdue.get(agency, 0)
            agency.task_coordinated_count = coordinated.get(agency, 0)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_with_tasks(self):
        tasks = self.env["oversight.task"].sudo().with_context(active_test=False)
        if tasks.search_count(self._task_domain(), limit=1):
            raise UserError(
                self.env._(
                    "An agency that has tasks cannot be deleted, so that its history is kept. Archive it instead."
                )
            )

    def action_open_tasks(self):
        self.ensure_one()
        kind = self.env.context.get("oversight_task_kind", "lead")
        domains = {
            "lead": [("lead_agency_id", "=", self.id)],
            "coordinated": [("coordinating_agency_ids", "in", self.id)],
            "overdue": [("lead_agency_id", "=", self.id), ("deadline_status", "=", "overdue")],
        }
        action = self.env["ir.actions.act_window"]._for_xml_id("task_oversight.oversight_task_action")
        action.update(domain=domains[kind], context={"default_lead_agency_id": self.id})
        return action

    def _task_domain(self):
        return Domain.OR(
            [
                [("lead_agency_id", "in", self.ids)],
                [("coordinating_agency_ids", "in", self.ids)],
            ]
        )
