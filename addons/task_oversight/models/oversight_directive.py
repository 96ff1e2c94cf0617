from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools.directive_number import parse_document_number

OFFICE = "task_oversight.group_office"
# R16: what the Office registers; the number's parts are computed, and tasks are
# created from the directive form under the task's own allowlist
DIRECTIVE_FIELDS = frozenset({"name", "date", "issuer_level", "signer_id", "summary", "task_ids"})

ISSUER_LEVELS = [
    ("government", "Government"),
    ("prime_minister", "Prime Minister"),
    ("party_committee", "Party Committee"),
    ("people_council", "People's Council"),
    ("people_committee", "People's Committee"),
    ("chairman", "Chairman"),
    ("vice_chairman", "Vice Chairman"),
    ("other", "Other"),
]

DOC_TYPES = [
    ("official_letter", "Official Letter"),
    ("decision", "Decision"),
    ("directive", "Directive"),
    ("resolution", "Resolution"),
    ("conclusion", "Conclusion"),
    ("notice", "Notice"),
    ("guidance", "Guidance"),
    ("plan", "Plan"),
    ("program", "Program"),
    ("dispatch", "Urgent Dispatch"),
    ("regulation", "Regulation"),
    ("scheme", "Scheme"),
    ("report", "Report"),
    ("decree", "Decree"),
    ("circular", "Circular"),
]


class OversightDirective(models.Model):
    """A directive document (văn bản chỉ đạo), the source of tasks.

    Directives are public inside the committee: every internal user of the
    company reads them; the Office registers and edits them.
    """

    _name = "oversight.directive"
    _description = "Directive Document"
    _inherit = ["oversight.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _create_allowlist = {OFFICE: DIRECTIVE_FIELDS | {"company_id"}}
    _write_allowlist = {OFFICE: DIRECTIVE_FIELDS | {"active"}}
    _order = "date desc, id desc"
    _rec_names_search = ["name", "summary"]

    name = fields.Char(
        string="Number and Symbol",
        required=True,
        tracking=True,
        help="As printed on the document, e.g. 5324/UBND-KSTT, 202/QĐ-UBND, 42/2014/QĐ-TTg, 36-HD/VPTW.",
    )
    date = fields.Date(
        string="Date of Issue", required=True, default=lambda self: self.env.company._oversight_today(), tracking=True
    )
    issuer_level = fields.Selection(
        ISSUER_LEVELS, string="Issued By", required=True, default="people_committee", tracking=True
    )
    doc_type = fields.Selection(DOC_TYPES, string="Document Type", compute="_compute_number_parts", store=True)
    number_seq = fields.Integer(string="Number", compute="_compute_number_parts", store=True)
    symbol = fields.Char(compute="_compute_number_parts", store=True)
    number_year = fields.Integer(string="Year", compute="_compute_number_parts", store=True)
    signer_id = fields.Many2one(
        "res.users",
        string="Signed By",
        tracking=True,
        domain=lambda self: [("group_ids", "in", self.env.ref("task_oversight.group_leader").ids)],
    )
    summary = fields.Text(string="Abstract", required=True)
    task_ids = fields.One2many("oversight.task", "directive_id", string="Tasks")
    task_count = fields.Integer(compute="_compute_task_count", string="Number of Tasks")
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)

    _number_uniq = models.UniqueIndex(
        "(company_id, number_seq, symbol, number_year)",
        "A document with this number and symbol is already registered for the same year.",
    )

    @api.depends("name", "date")
    def _compute_number_parts(self):
        for directive in self:
            parsed = directive._parse_number()
            directive.number_seq = parsed.number if parsed else 0
            directive.symbol = parsed.symbol if parsed else False
            directive.doc_type = parsed.doc_type if parsed else False
            year = (parsed and parsed.year) or (directive.date and directive.date.year)
            directive.number_year = year or 0

    def _compute_task_count(self):
        counts = dict(
            self.env["oversight.task"]._read_group([("directive_id", "in", self.ids)], ["directive_id"], ["__count"])
        )
        for directive in self:
            directive.task_count = counts.get(directive, 0)

    @api.constrains("signer_id")
    def _check_signer(self):
        self._check_leader_field("signer_id")

    @api.constrains("name", "date")
    def _check_name(self):
        for directive in self:
            try:
                directive._parse_number(raise_error=True)
            except ValueError as error:
                raise ValidationError(str(error)) from None

    @api.model_create_multi
    def create(self, vals_list):
        self._check_input(vals_list)  # read below, before the mixin's create checks them
        for vals in vals_list:
            self._check_number_free(vals.get("name"), vals.get("date"), vals.get("company_id"))
        return super().create(vals_list)

    def write(self, vals):
        self._check_input([vals])  # read below, before the mixin's write checks them
        if "name" in vals or "date" in vals:
            for directive in self:
                directive._check_number_free(
                    vals.get("name", directive.name), vals.get("date", directive.date), directive.company_id.id
                )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_with_tasks(self):
        tasks = self.env["oversight.task"].sudo().with_context(active_test=False)
        if tasks.search_count([("directive_id", "in", self.ids)], limit=1):
            raise UserError(self.env._("A directive that has tasks cannot be deleted. Archive it instead."))

    def action_assign_tasks(self):
        """Assign every draft task of the directives in one go."""
        drafts = self.task_ids.filtered(lambda task: task.state == "draft")
        if not drafts:
            raise UserError(self.env._("There is no draft task to assign in this directive."))
        drafts.action_assign()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._("%(count)s tasks assigned.", count=len(drafts)),
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }

    def action_open_intake(self):
        """The dialog reading the directive's text into draft tasks."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("task_oversight.oversight_directive_intake_action")
        action["context"] = {"default_directive_id": self.id, "dialog_size": "extra-large"}
        return action

    def action_open_tasks(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("task_oversight.oversight_task_action")
        action.update(
            domain=[("directive_id", "=", self.id)],
            context={"default_directive_id": self.id},
        )
        return action

    def _check_number_free(self, name, day, company_id):
        """One document, one number (R13): refused before the database is
        asked, with the sentence alone; the letter case does not matter."""
        day = fields.Date.to_date(day) or self.env.company._oversight_today()
        try:
            parsed = parse_document_number(self.env, name, day.year)
        except ValueError:
            return  # the constraint on the number says what is wrong
        domain = [
            ("company_id", "=", company_id or self.env.company.id),
            ("number_seq", "=", parsed.number),
            ("symbol", "=", parsed.symbol),
            ("number_year", "=", parsed.year or day.year),
            ("id", "not in", self.ids),
        ]
        if self.sudo().with_context(active_test=False).search_count(domain, limit=1):
            raise ValidationError(
                self.env._(
                    "Document %(number)s of %(year)s is already registered: one document, one number.",
                    number=name.strip(),
                    year=parsed.year or day.year,
                )
            )

    def _parse_number(self, raise_error=False):
        self.ensure_one()
        max_year = (self.date or self.env.company._oversight_today()).year
        try:
            return parse_document_number(self.env, self.name, max_year)
        except ValueError:
            if raise_error:
                raise
            return None
