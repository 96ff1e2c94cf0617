import ast
import base64

import pytz
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import email_normalize

from odoo.addons.mail.tools.alias_error import AliasError

from ..tools.directive_mail import is_document, is_urgent, parse_domains, sender_allowed, subject_date, subject_number
from ..tools.directive_number import parse_document_number
from .res_company import DEFAULT_TZ

OFFICE = "task_oversight.group_office"
# R16: what the Office registers; the number's parts are computed, and tasks are
# created from the directive form under the task's own allowlist; the state, the times of
# receipt and registration and the note on receipt are the mail gateway's and action_register's
DIRECTIVE_FIELDS = frozenset({"name", "date", "issuer_level", "signer_id", "summary", "task_ids", "urgency"})

# a directive received by mail waits as a draft until the Office registers it
DIRECTIVE_STATES = [("draft", "Received"), ("registered", "Registered")]
URGENCIES = [("normal", "Normal"), ("urgent", "Urgent")]

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
    draft_task_count = fields.Integer(compute="_compute_task_count", string="Draft Tasks")
    draft_past_deadline_count = fields.Integer(
        compute="_compute_task_count",
        string="Draft Tasks Past Their Deadline",
        help="Draft tasks whose deadline is already past today: to correct before they are assigned.",
    )
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", required=True, index=True, default=lambda self: self.env.company)
    state = fields.Selection(
        DIRECTIVE_STATES, string="Status", default="registered", required=True, tracking=True, copy=False, index=True
    )
    urgency = fields.Selection(URGENCIES, default="normal", required=True, tracking=True)
    date_received = fields.Datetime(
        string="Received On", copy=False, default=lambda self: self.env["res.company"]._oversight_now()
    )
    date_registered = fields.Datetime(
        string="Registered On", copy=False, default=lambda self: self.env["res.company"]._oversight_now()
    )
    source_email = fields.Char(string="Received From", copy=False)
    intake_note = fields.Text(string="Note on Receipt", copy=False)
    entry_days_allowed = fields.Integer(
        string="Entry Within (Working Days)", compute="_compute_entry", store=True, aggregator=False
    )
    entry_due_date = fields.Date(string="To Be Entered By", compute="_compute_entry", store=True)
    entry_working_days = fields.Integer(
        string="Entry Time (Working Days)", compute="_compute_entry", store=True, aggregator="avg"
    )
    entry_late = fields.Boolean(
        string="Entered Late", compute="_compute_entry", store=True, help="Registered after its entry deadline."
    )
    entry_overdue = fields.Boolean(
        string="Waiting Too Long", compute="_compute_entry_overdue", search="_search_entry_overdue"
    )

    _number_uniq = models.UniqueIndex(
        "(company_id, number_seq, symbol, number_year)",
        "A document with this number and symbol is already registered for the same year.",
    )

    @api.depends("name", "date", "state")
    def _compute_number_parts(self):
        for directive in self:
            # a received draft holds the number as the mail wrote it, maybe wrong or taken
            parsed = directive._parse_number() if directive.state != "draft" else None
            directive.number_seq = parsed.number if parsed else 0
            directive.symbol = parsed.symbol if parsed else False
            directive.doc_type = parsed.doc_type if parsed else False
            year = (parsed and parsed.year) or (directive.date and directive.date.year)
            directive.number_year = year or 0

    def _compute_task_count(self):
        Task = self.env["oversight.task"]
        mine = [("directive_id", "in", self.ids)]
        counts = dict(Task._read_group(mine, ["directive_id"], ["__count"]))
        drafts = dict(Task._read_group([*mine, ("state", "=", "draft")], ["directive_id"], ["__count"]))
        today = self.env.company._oversight_today()
        past = dict(
            Task._read_group([*mine, ("state", "=", "draft"), ("deadline", "<", today)], ["directive_id"], ["__count"])
        )
        for directive in self:
            directive.task_count = counts.get(directive, 0)
            directive.draft_task_count = drafts.get(directive, 0)
            directive.draft_past_deadline_count = past.get(directive, 0)

    @api.depends(
        "state",
        "urgency",
        "date_received",
        "date_registered",
        "task_ids",
        "company_id.oversight_entry_days_urgent",
        "company_id.oversight_entry_days_normal",
        "company_id.oversight_entry_days_many",
        "company_id.oversight_entry_many_tasks",
    )
    def _compute_entry(self):
        """The entry rule (Thanh Hóa's): urgent documents entered the day they come, others
        within one working day, documents with many tasks within two (all in Settings)."""
        counts = dict(
            self.env["oversight.task"]
            .sudo()
            .with_context(active_test=False)
            ._read_group([("directive_id", "in", self.ids)], ["directive_id"], ["__count"])
        )
        for directive in self:
            company = directive.company_id or self.env.company
            if directive.urgency == "urgent":
                allowed = company.oversight_entry_days_urgent
            elif counts.get(directive, 0) >= company.oversight_entry_many_tasks:
                allowed = company.oversight_entry_days_many
            else:
                allowed = company.oversight_entry_days_normal
            received = directive._oversight_day(directive.date_received)
            registered = directive._oversight_day(directive.date_registered) if directive.state != "draft" else None
            directive.entry_days_allowed = allowed
            directive.entry_due_date = received and company._oversight_add_working_days(received, allowed)
            directive.entry_working_days = (
                company.oversight_calendar_id._oversight_working_days_between([(received, registered)])[
                    (received, registered)
                ]
                if received and registered
                else 0
            )
            directive.entry_late = bool(registered and registered > directive.entry_due_date)

    def _compute_entry_overdue(self):
        for directive in self:
            today = directive.company_id._oversight_today()
            directive.entry_overdue = (
                directive.state == "draft" and bool(directive.entry_due_date) and directive.entry_due_date < today
            )

    def _search_entry_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Search the directives waiting too long with “is set” or “is not set”."))
        domain = [("state", "=", "draft"), ("entry_due_date", "<", self.env.company._oversight_today())]
        return domain if (operator == "=") == value else ["!", *domain]

    @api.constrains("signer_id")
    def _check_signer(self):
        self._check_leader_field("signer_id")

    @api.constrains("name", "date", "state")
    def _check_name(self):
        for directive in self.filtered(lambda directive: directive.state != "draft"):
            try:
                directive._parse_number(raise_error=True)
            except ValueError as error:
                raise ValidationError(str(error)) from None

    @api.model_create_multi
    def create(self, vals_list):
        self._check_input(vals_list)  # read below, before the mixin's create checks them
        for vals in vals_list:
            if vals.get("state", "registered") != "draft":
                self._check_number_free(vals.get("name"), vals.get("date"), vals.get("company_id"))
        return super().create(vals_list)

    def write(self, vals):
        self._check_input([vals])  # read below, before the mixin's write checks them
        if "name" in vals or "date" in vals:
            for directive in self.filtered(lambda directive: directive.state != "draft"):
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
        today = self.env.company._oversight_today()
        past = drafts.filtered(lambda task: task.deadline and task.deadline < today)
        if past:
            raise UserError(
                self.env._(
                    "The deadline of %(tasks)s is already past: correct it before the tasks are assigned.",
                    tasks=", ".join(past.mapped("name")),
                )
            )
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

    def action_register(self):
        """The Office registers a directive received by mail, once its number, date and
        abstract are right: the entry clock stops, its draft tasks wait to be assigned."""
        self._check_group(OFFICE, self.env._("Only the Committee Office registers directives."))
        wrong = self.filtered(lambda directive: directive.state != "draft")[:1]
        if wrong:
            raise UserError(self.env._("Directive %(number)s is registered already.", number=wrong.name))
        for directive in self:
            try:
                directive._parse_number(raise_error=True)
            except ValueError as error:
                raise UserError(str(error)) from None
            directive._check_number_free(directive.name, directive.date, directive.company_id.id)
        self._workflow_write({"state": "registered", "date_registered": self.env["res.company"]._oversight_now()})
        return True

    # ------------------------------------------------------------------
    # Mail gateway: directives forwarded by the e-office
    # ------------------------------------------------------------------

    def _alias_get_error(self, message, message_dict, alias):
        """Only the e-office's addresses (the domains of Settings) send directives: another
        sender's mail bounces with the alias's explanation, and nothing is created."""
        error = super()._alias_get_error(message, message_dict, alias)
        if error or alias.alias_model_id.model != self._name:
            return error
        company = self._alias_company(alias)
        domains = parse_domains(company.oversight_directive_sender_domains)
        if not sender_allowed(email_normalize(message_dict.get("email_from") or ""), domains):
            return AliasError("oversight_unknown_sender", self.env._("restricted to the e-office's addresses"))
        return False

    @api.model
    def message_new(self, msg_dict, custom_values=None):
        """A draft directive from a forwarded document: its number and date from the subject,
        else from the file; its draft tasks proposed by the directive reader. What stops the
        reading (no document, a number already registered, a file the reader refuses) is a
        note on the draft, which never holds half of the tasks."""
        values = dict(custom_values or {})
        company = self.env["res.company"].browse(values.get("company_id")) or self.env.company
        model = self.with_company(company)
        subject = (msg_dict.get("subject") or "").strip()
        today = company._oversight_today()
        documents = [item for item in msg_dict.get("attachments") or [] if is_document(item.fname)]
        notes, intake = [], None
        if not documents:
            notes.append(self.env._("The mail has no document attached (PDF or DOCX): ask the sender for the file."))
        else:
            intake, refusal = model._mail_read(documents[0])
            if refusal:
                notes.append(
                    self.env._("The file %(file)s was not read: %(reason)s", file=documents[0].fname, reason=refusal)
                )
        number = subject_number(self.env, subject, today.year) or (intake and intake.number) or ""
        day = subject_date(subject) or (intake and intake.date) or today
        registered = model._mail_registered(number, day, company)
        if registered:
            notes.append(
                self.env._(
                    "Document %(number)s is already registered (%(summary)s): this mail is a copy or a "
                    "correction; no task was proposed.",
                    number=number,
                    summary=registered.summary,
                )
            )
        elif not number:
            notes.append(self.env._("No document number was found in the subject or the file: enter it."))
        directive = model.create(
            {
                **values,
                "state": "draft",
                "name": number or subject[:64] or "?",
                "date": min(day, today),
                "issuer_level": (intake and intake.issuer_level) or "people_committee",
                "summary": (intake and intake.summary) or subject or self.env._("(no abstract)"),
                "signer_id": intake.signer_id.id if intake else False,
                "urgency": "urgent" if is_urgent(subject) else "normal",
                "source_email": email_normalize(msg_dict.get("email_from") or "") or msg_dict.get("email_from"),
                "date_received": self.env["res.company"]._oversight_now(),
                "date_registered": False,
            }
        )
        if intake and intake.state == "review" and not registered:
            notes += directive._mail_propose_tasks(intake)
        directive._mail_note(notes)
        return directive

    @api.model
    def _alias_company(self, alias):
        defaults = ast.literal_eval(alias.alias_defaults or "{}")
        return self.env["res.company"].browse(defaults.get("company_id")).exists() or self.env.company

    @api.model
    def _mail_read(self, attachment):
        """The one call to the directive reader, through the Office's own dialog: ``(dialog,
        refusal)``, the dialog in its review state with the proposed lines, or the reason."""
        content = attachment.content
        content = content.encode() if isinstance(content, str) else content
        intake = self.env["oversight.directive.intake"].create(
            {"document": base64.b64encode(content), "document_name": attachment.fname}
        )
        try:
            with self.env.cr.savepoint():
                intake.action_read()
        except UserError as error:
            return intake, str(error)
        return intake, ""

    @api.model
    def _mail_registered(self, number, day, company):
        if not number:
            return self
        try:
            self._check_number_free(number, day, company.id)
        except ValidationError:
            parsed = parse_document_number(self.env, number, day.year)
            return self.search(
                [
                    ("company_id", "=", company.id),
                    ("number_seq", "=", parsed.number),
                    ("symbol", "=", parsed.symbol),
                    ("number_year", "=", parsed.year or day.year),
                ],
                limit=1,
            )
        return self

    def _mail_propose_tasks(self, intake):
        """The reader's lines the Office can take as they are become draft tasks, all or none;
        the others (a group, an unknown agency, a deadline before the document) wait in the
        dialog "Read the Document". Returns the notes."""
        self.ensure_one()
        intake.directive_id = self
        lines = intake.line_ids
        ready = lines.filtered(lambda line: line.lead_agency_id and not (line.deadline and line.deadline < self.date))
        (lines - ready).selected = False
        notes = []
        if ready:
            try:
                with self.env.cr.savepoint():
                    intake.action_create_tasks()
            except (UserError, ValidationError) as error:
                return [self.env._("The proposed tasks were not created: %(reason)s", reason=str(error))]
            notes.append(self.env._("%(count)s draft tasks proposed by the reader: check them.", count=len(ready)))
        if lines - ready:
            notes.append(
                self.env._(
                    "Line(s) %(lines)s name a group, an unknown agency or a deadline before the document: "
                    "open “Read the Document” to choose.",
                    lines=", ".join(str(line.sequence) for line in lines - ready),
                )
            )
        return notes

    def _mail_note(self, notes):
        self.ensure_one()
        if not notes:
            return
        self._workflow_write({"intake_note": "\n".join(notes)})
        self.message_post(body=Markup("<br/>").join(notes), message_type="comment", subtype_xmlid="mail.mt_note")

    def _oversight_day(self, moment):
        """The business day (R17) of a stored datetime (naive UTC)."""
        if not moment:
            return None
        tz = pytz.timezone((self.company_id or self.env.company).oversight_calendar_id.tz or DEFAULT_TZ)
        return pytz.utc.localize(moment).astimezone(tz).date()

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
