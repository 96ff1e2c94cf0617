import logging
from datetime import date

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.fields import Command, Domain

from ..tools.vietnamese import committee_parts

MANAGER = "task_oversight.group_manager"
# R16: what administrators set on an agency
AGENCY_FIELDS = frozenset(
    {
        "name",
        "code",
        "sequence",
        "agency_type",
        "parent_id",
        "head_user_id",
        "head_title",
        "deputy_user_ids",
        "user_ids",
        "email",
        "phone",
        "active",
    }
)

AGENCY_TYPES = [
    ("department", "Department, board or sector"),
    ("commune", "Commune, ward or special zone People's Committee"),
    ("district", "District People's Committee (before 1 July 2025)"),
    ("unit", "Public service unit"),
    ("enterprise", "State-owned enterprise"),
    ("central", "Central agency in the locality"),
    ("other", "Other"),
]


# agencies that have no superior body in the heading of their documents (Decree 30/2020,
# Appendix I: a People's Committee is its own issuing body; a central agency's superior is
# not the province's, and is not known here)
NO_SUPERIOR_TYPES = ("commune", "district", "central")
# People's Committees sign on behalf of the committee (TM.), their symbol is UBND
COMMITTEE_TYPES = ("commune", "district")

_logger = logging.getLogger(__name__)


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

    # the district level was abolished on 1 July 2025 (Resolution 202/2025/QH15)
    DISTRICTS_ABOLISHED = date(2025, 7, 1)
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
    head_title = fields.Char(
        string="Head's Title",
        help="Printed above the head's signature, e.g. Giám đốc, Chủ tịch, Chánh Văn phòng, Chánh Thanh tra; "
        "by default the head's job position, else the usual title of the agency's type.",
    )
    deputy_user_ids = fields.Many2many(
        "res.users",
        "oversight_agency_deputy_rel",
        "agency_id",
        "user_id",
        string="Deputies",
        domain="[('share', '=', False)]",
        help="Deputy heads the head delegates to: they name the officers in charge of the agency's tasks.",
    )
    user_ids = fields.One2many("res.users", "oversight_agency_id", string="Members")
    email = fields.Char()
    phone = fields.Char()
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)
    successor_id = fields.Many2one(
        "oversight.agency",
        string="Succeeded By",
        index="btree_not_null",
        ondelete="restrict",
        tracking=True,
        help="The agency that took over its tasks after a merger, a split or a renaming.",
    )
    predecessor_ids = fields.One2many(
        "oversight.agency", "successor_id", string="Predecessors", context={"active_test": False}
    )
    date_end = fields.Date(string="Ended On", tracking=True, help="From this date it receives no task.")
    end_decision_ref = fields.Char(
        string="Ending Decision",
        tracking=True,
        help="The decision that merged, split or renamed it, e.g. 1679/QĐ-UBND.",
    )
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

    @api.constrains("agency_type")
    def _check_no_new_district(self):
        for agency in self:
            if agency.agency_type == "district" and not (
                agency.date_end and agency.date_end <= self.DISTRICTS_ABOLISHED
            ):
                raise ValidationError(
                    self.env._(
                        "The district level was abolished on 1 July 2025: %(agency)s can be a district People's "
                        "Committee only as the history of an agency that ended by then. Use the type of a commune, "
                        "ward or special zone.",
                        agency=agency.name,
                    )
                )

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

    @api.model_create_multi
    def create(self, vals_list):
        agencies = super().create(vals_list)
        if any(vals.get("parent_id") for vals in vals_list):
            agencies._scope_changed()
        return agencies

    def write(self, vals):
        result = super().write(vals)
        if "parent_id" in vals:
            self._scope_changed()
        return result

    def _scope_changed(self):
        """The record rules hold each user's agency and sub-agencies, resolved once: resolve them again."""
        self.env["res.users"].invalidate_model(["oversight_scope_agency_ids"])
        self.env.registry.clear_cache()

    def _has_member(self, user):
        """Whether ``user`` works for this agency or one of its sub-agencies."""
        self.ensure_one()
        home = user.sudo().oversight_agency_id
        return bool(home) and home.parent_path.startswith(self.sudo().parent_path)

    # ------------------------------------------------------------------
    # Printed documents (Decree 30/2020/NĐ-CP)
    # ------------------------------------------------------------------

    def _oversight_issuer_lines(self):
        """The issuing body of the agency's documents, as ``(text, kept together)`` lines of
        the heading: the committee above a department, nothing above a People's Committee."""
        self.ensure_one()
        lines = [] if self.agency_type in NO_SUPERIOR_TYPES else [self.company_id._oversight_heading_line()]
        return [*lines, committee_parts(self.name) or (self.name.upper(), "")]

    def _oversight_symbol(self, kind):
        """The symbol of the agency's document of ``kind`` (BC for a report): BC-SNV, BC-UBND."""
        self.ensure_one()
        return f"{kind}-{'UBND' if self.agency_type in COMMITTEE_TYPES else self.code}"

    def _oversight_head_title(self):
        """The title of the agency's head: as set on the agency, else its job position, else
        the usual one of the agency's kind."""
        self.ensure_one()
        if self.head_title or self.head_user_id.function:
            return self.head_title or self.head_user_id.function
        if self.agency_type in COMMITTEE_TYPES:
            return self.env._("Chairperson")
        defaults = {
            "văn phòng": self.env._("Chief of the Office"),
            "thanh tra": self.env._("Chief Inspector"),
            "ban ": self.env._("Head of the Board"),
        }
        name = self.name.lower()
        return next((title for prefix, title in defaults.items() if name.startswith(prefix)), self.env._("Director"))

    def _oversight_signer_title(self, signer):
        """The lines above ``signer``'s signature on the agency's document (Decree 30, Appendix
        I, II.8): the head signs with its title, a deputy for the head (KT.), a People's
        Committee's signer on behalf of the committee (TM.)."""
        self.ensure_one()
        title = self._oversight_head_title()
        lines = [self.env._("On behalf of the People's Committee")] if self.agency_type in COMMITTEE_TYPES else []
        if signer and signer != self.head_user_id:
            deputy = signer.function or self.env._("Deputy %(title)s", title=title)
            lines += [self.env._("p.p. %(title)s", title=title), deputy]
        else:
            lines.append(title)
        return "\n".join(lines).upper()

    def _task_domain(self):
        return Domain.OR(
            [
                [("lead_agency_id", "in", self.ids)],
                [("coordinating_agency_ids", "in", self.ids)],
            ]
        )

    # ------------------------------------------------------------------
    # Succession (R18): mergers, splits and renamings
    # ------------------------------------------------------------------

    @api.model
    def _cron_apply_successions(self):
        """Carry out the successions whose date has come (decided in advance), each decision
        in its own savepoint: one that fails is logged and shown to the Office on the agency,
        and the others of the day are carried out."""
        today = self.env.company._oversight_today()
        ended = self.sudo().search([("successor_id", "!=", False), ("date_end", "<=", today), ("active", "=", True)])
        for _decision, agencies in ended.grouped(lambda agency: (agency.successor_id, agency.end_decision_ref)).items():
            try:
                with self.env.cr.savepoint():
                    agencies._apply_succession()
            except Exception as error:  # one decision that cannot be applied must not stop the others
                _logger.exception("Task Oversight: the succession of %s could not be applied", agencies.mapped("code"))
                agencies._report_failed_succession(error)
            self.env["ir.cron"]._commit_progress(len(agencies))

    def _report_failed_succession(self, error):
        """Say on each agency that its succession was not applied, and ask the Office to look."""
        message = self.env._(
            "The decision %(decision)s ending this agency on %(date)s could not be carried out: %(error)s. "
            "Its tasks stay with it until the Office corrects the decision.",
            decision=self[:1].end_decision_ref or "—",
            date=fields.Date.to_string(self[:1].date_end),
            error=str(error),
        )
        office = self.company_id[:1].oversight_office_agency_id.head_user_id
        for agency in self:
            agency.message_post(body=message, partner_ids=office.partner_id.ids, subtype_xmlid="mail.mt_comment")

    def _apply_succession(self, tasks=None):
        """Hand what the agencies were doing to their successor, on the day they end:
        open tasks change lead (R1, the decision as the reason, tracked), coordinating
        roles and members move, sub-agencies follow; closed tasks, reports and
        escalations keep the agency that did the work. ``tasks`` restricts the open
        tasks moved (a split moves those the Office chose). Running it again does nothing."""
        for successor, agencies in self.grouped("successor_id").items():
            agencies._move_open_tasks(successor, tasks)
            agencies._move_coordination(successor)
            agencies._move_people(successor)
            (agencies.child_ids - agencies)._workflow_write({"parent_id": successor.id})
        self.filtered("active")._workflow_write({"active": False})

    def _open_tasks(self, field):
        states = ("draft", "assigned", "reported", "paused")
        return (
            self.env["oversight.task"]
            .sudo()
            .with_context(active_test=False)
            .search([(field, "in", self.ids), ("state", "in", states)])
        )

    def _move_open_tasks(self, successor, tasks=None):
        moving = self._open_tasks("lead_agency_id")
        if tasks is not None:
            moving &= tasks
        for decision, group in moving.grouped(lambda task: task.lead_agency_id.end_decision_ref).items():
            reason = self.env._(
                "The lead agency ended and its tasks pass to %(agency)s (decision %(decision)s).",
                agency=successor.name,
                decision=decision or "—",
            )
            group._change_lead(successor, reason, document_ref=decision or False)

    def _move_coordination(self, successor):
        tasks = self._open_tasks("coordinating_agency_ids")
        unlink = [Command.unlink(agency.id) for agency in self]
        leads = tasks.filtered(lambda task: task.lead_agency_id == successor)
        leads._workflow_write({"coordinating_agency_ids": unlink})
        (tasks - leads)._workflow_write({"coordinating_agency_ids": [*unlink, Command.link(successor.id)]})

    def _move_people(self, successor):
        members = self.user_ids.sudo()
        members.write({"oversight_agency_id": successor.id})
        if not successor.head_user_id and self.head_user_id:
            successor._workflow_write({"head_user_id": self.head_user_id[:1].id})
