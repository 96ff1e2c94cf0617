import base64
import re
from datetime import timedelta

from markupsafe import Markup, escape

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Command

from ..models.oversight_directive import ISSUER_LEVELS
from ..tools.directive_reader import REVIEW_DEADLINE, REVIEW_LEAD, Agency, DeadlineReader, DirectiveReader, fold
from ..tools.document_text import DocumentError, document_text

INTAKE_STATES = [("input", "Text"), ("review", "Review")]


class OversightDirectiveIntake(models.TransientModel):
    """ "Read the document": the Office pastes a directive's text (or attaches its PDF or
    DOCX), the product proposes the header and one draft task per assignment, the clerk
    corrects, drops, merges or expands the lines, then creates the drafts. Nothing is
    assigned; every task is created by the clerk, through the task's own allowlist."""

    _name = "oversight.directive.intake"
    _inherit = ["oversight.input.mixin"]  # values of the wrong type refused with a sentence
    _description = "Read a Directive"

    directive_id = fields.Many2one("oversight.directive", ondelete="cascade")
    state = fields.Selection(INTAKE_STATES, default="input", required=True)
    text = fields.Text(string="Text of the Document")
    document = fields.Binary(string="Or the File (PDF, DOCX)", attachment=False)
    document_name = fields.Char()
    number = fields.Char(string="Number and Symbol")
    date = fields.Date(string="Document Date")
    issuer_level = fields.Selection(ISSUER_LEVELS, string="Issued By")
    summary = fields.Text(string="Abstract")
    signer_name = fields.Char(string="Signer as Written")
    signer_id = fields.Many2one(
        "res.users",
        string="Signed By",
        domain=lambda self: [("group_ids", "in", self.env.ref("task_oversight.group_leader").ids)],
    )
    line_ids = fields.One2many("oversight.directive.intake.line", "intake_id", string="Proposed Tasks")
    flagged_count = fields.Integer(compute="_compute_flagged_count")
    review_count = fields.Integer(string="Lines to Review", compute="_compute_flagged_count")

    @api.depends("line_ids.flag", "line_ids.to_review")
    def _compute_flagged_count(self):
        for intake in self:
            intake.flagged_count = len(intake.line_ids.filtered("flag"))
            intake.review_count = len(intake.line_ids.filtered("to_review"))

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------

    def action_read(self):
        """Read the text (or the file) and propose the header and the tasks."""
        self.ensure_one()
        self._check_office()
        text = self._source_text()
        company = self._company()
        today = company._oversight_today()
        reading = self._reader().parse(text, today, document_date=self.directive_id.date)
        if not reading.assignments:
            raise UserError(
                self.env._(
                    "No assignment was found in this text: the product looks for sentences such as "
                    "“Giao Sở Tài chính chủ trì …” or “Yêu cầu các sở, ban, ngành …”. Check that the text "
                    "is the directive's body, or register its tasks by hand."
                )
            )
        header = reading.header
        if not self.directive_id and header.number:
            registered = self.env["oversight.directive"].search(
                [("name", "=ilike", header.number), ("company_id", "=", company.id)], limit=1
            )
            if registered:  # the document is registered already: its tasks go to it
                self.directive_id = registered
        self.with_company(self._company()).write(
            {
                "state": "review",
                "number": header.number,
                "date": header.date,
                "issuer_level": header.issuer_level or False,
                "summary": header.summary,
                "signer_name": header.signer_name,
                "signer_id": header.signer_id or False,
                "line_ids": [Command.clear()]
                + [
                    Command.create(self.line_ids._values_of(assignment, number))
                    for number, assignment in enumerate(reading.assignments, start=1)
                ],
            }
        )
        return self._reopen()

    def action_back(self):
        self.ensure_one()
        self.write({"state": "input", "line_ids": [Command.clear()]})
        return self._reopen()

    def action_expand(self):
        """One line per agency of a group (“UBND các xã, phường”) and one per month of a
        recurring obligation, for every such line still ticked."""
        self.ensure_one()
        self._check_office()
        lines = self.line_ids.filtered(lambda line: line.selected and (line.group_agency_ids or line.recurring_day))
        if not lines:
            raise UserError(self.env._("No ticked line names a group of agencies or a monthly obligation."))
        return lines._expand_lines()

    def _merge(self, lines):
        """Merge ``lines`` into the first: one task with both contents."""
        first, others = lines[0], lines[1:]
        # the other lines' leads coordinate the merged task: nothing the clerk saw is dropped
        coordinators = (
            others.coordinating_agency_ids | others.lead_agency_id | others.group_agency_ids
        ) - first.lead_agency_id
        first.write(
            {
                "name": "\n".join(lines.mapped("name")),
                "coordinating_agency_ids": [Command.link(agency.id) for agency in coordinators],
                "deadline": max(lines.filtered("deadline").mapped("deadline"), default=False),
                "source": "\n".join(lines.mapped("source")),
            }
        )
        others.unlink()
        self._renumber()
        return self._reopen()

    def action_create_tasks(self):
        """Create the selected lines as draft tasks of the directive (created from the header
        when the clerk started from nothing), and open it."""
        self.ensure_one()
        self._check_office()
        lines = self.line_ids.filtered("selected").sorted("sequence")
        if not lines:
            raise UserError(self.env._("Select at least one line to create."))
        missing = lines.filtered(lambda line: not line.lead_agency_id)
        if missing:
            raise UserError(
                self.env._(
                    "Choose the lead agency of line(s) %(lines)s (a group is expanded first, an unknown name "
                    "is replaced by the agency meant), or unselect them.",
                    lines=", ".join(str(line.sequence) for line in missing),
                )
            )
        directive = self.directive_id or self._create_directive()
        assigned_on = directive.date or directive.company_id._oversight_today()
        early = lines.filtered(lambda line: line.deadline and line.deadline < assigned_on)
        if early:
            raise UserError(
                self.env._(
                    "The deadline of line(s) %(lines)s is before the document's date: correct it.",
                    lines=", ".join(str(line.sequence) for line in early),
                )
            )
        Task = self.env["oversight.task"].with_company(directive.company_id)
        Task.create([line._task_values(directive, assigned_on) for line in lines])
        return {
            "type": "ir.actions.act_window",
            "res_model": "oversight.directive",
            "res_id": directive.id,
            "view_mode": "form",
            "target": "current",
        }

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------

    def _check_office(self):
        if not self.env.su and not self.env.user.has_group("task_oversight.group_office"):
            raise UserError(self.env._("Only the Committee Office reads directives into tasks."))

    def _company(self):
        """The directive's company: its agencies read the text, its tasks are created."""
        return self.directive_id.company_id or self.env.company

    def _renumber(self):
        """Lines numbered 1, 2, 3 … as the clerk sees them, so that messages name them."""
        for number, line in enumerate(self.line_ids.sorted(lambda line: (line.sequence, line.id)), start=1):
            line.sequence = number

    def _reopen(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Read a Directive"),
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
            "context": dict(self.env.context, dialog_size="extra-large"),
        }

    def _source_text(self):
        if self.document:
            try:
                return document_text(base64.b64decode(self.document), self.document_name or "")
            except DocumentError as error:
                raise UserError(self._document_message(error)) from None
        if not (self.text or "").strip():
            raise UserError(self.env._("Paste the text of the directive, or attach its file (PDF or DOCX)."))
        return self.text

    def _document_message(self, error):
        params = error.params
        if error.reason == "too_large":
            return self.env._("The file is %(size)s MB; at most %(limit)s MB can be read.", **params)
        if error.reason == "too_many_pages":
            return self.env._(
                "The document has %(pages)s pages; at most %(limit)s pages are read at once: paste the part "
                "that assigns the tasks.",
                **params,
            )
        return {
            "encrypted": self.env._(
                "The PDF is protected by a password: attach an unprotected copy or paste its text."
            ),
            "no_text": self.env._(
                "The file has no text to read (a scanned document?): paste the text, or attach the PDF "
                "with its text layer."
            ),
            "unreadable": self.env._("The file cannot be read: attach the PDF or DOCX again, or paste its text."),
            "unsupported": self.env._("Only PDF, DOCX or plain text files are read: paste the text instead."),
        }[error.reason]

    def _reader(self):
        company = self._company()
        today = company._oversight_today()
        agencies = (
            self.env["oversight.agency"]
            .with_context(active_test=False)
            .search([("company_id", "=", company.id), "|", ("active", "=", True), ("successor_id", "!=", False)])
        )
        ended = {agency.id for agency in agencies if agency.date_end and agency.date_end <= today}
        leaders = self.env.ref("task_oversight.group_leader").user_ids
        start = min(filter(None, [self.directive_id.date, today]))
        return DirectiveReader(
            [
                Agency(
                    agency.id, agency.name, agency.agency_type, (), agency.successor_id.id if agency.id in ended else 0
                )
                for agency in agencies
            ],
            [(leader.id, leader.name) for leader in leaders],
            is_working_day=company.oversight_calendar_id._oversight_is_working_day_from(
                start - timedelta(days=400), 800
            ),
        )

    def _create_directive(self):
        if not (self.number and self.summary):
            raise UserError(
                self.env._("Enter the number and symbol and the abstract of the document before creating its tasks.")
            )
        return self.env["oversight.directive"].create(
            {
                "company_id": self.env.company.id,
                "name": self.number,
                "date": self.date or self.env.company._oversight_today(),
                "issuer_level": self.issuer_level or "people_committee",
                "summary": self.summary,
                "signer_id": self.signer_id.id,
            }
        )


class OversightDirectiveIntakeLine(models.TransientModel):
    _name = "oversight.directive.intake.line"
    _inherit = ["oversight.input.mixin"]  # values of the wrong type refused with a sentence
    _description = "Proposed Task"
    _order = "to_review desc, sequence, id"  # the lines the reader is unsure of first

    intake_id = fields.Many2one("oversight.directive.intake", required=True, ondelete="cascade")
    sequence = fields.Integer(string="No.")
    selected = fields.Boolean(string="To Create", default=True)
    name = fields.Text(string="Task", required=True)
    lead_agency_id = fields.Many2one("oversight.agency")
    lead_text = fields.Char(string="Lead as Written")
    group_agency_ids = fields.Many2many(
        "oversight.agency", "oversight_intake_line_group_rel", "line_id", "agency_id", string="Agencies of the Group"
    )
    coordinating_agency_ids = fields.Many2many(
        "oversight.agency", "oversight_intake_line_coordinating_rel", "line_id", "agency_id", string="Coordinating"
    )
    expected_output = fields.Char(string="Output")
    deadline = fields.Date()
    deadline_text = fields.Char(string="Deadline as Written")
    recurring_day = fields.Integer(string="Monthly, Day")
    confidence = fields.Integer(string="Confidence (%)")
    flag = fields.Char(string="Check")
    to_review = fields.Boolean(
        help="The reader is unsure of this line (lead agency or deadline unclear): check it first."
    )
    source = fields.Text(string="Source Sentence")
    source_html = fields.Html(string="Source", compute="_compute_source_html", sanitize=True)

    @api.depends("source", "lead_text", "deadline_text")
    def _compute_source_html(self):
        for line in self:
            html = escape(line.source or "")
            for part in (line.lead_text, line.deadline_text):
                if part:
                    html = Markup(
                        re.sub(
                            re.escape(str(escape(part))),
                            lambda found: f"<mark>{found.group(0)}</mark>",
                            str(html),
                            count=1,
                            flags=re.IGNORECASE,
                        )
                    )
            line.source_html = html

    @api.model
    def _values_of(self, assignment, sequence):
        lead = assignment.lead
        return {
            "sequence": sequence,
            "name": assignment.content,
            "lead_agency_id": lead.agency_ids[0] if len(lead.agency_ids) == 1 and not lead.group else False,
            "lead_text": lead.text,
            "group_agency_ids": [Command.set(lead.agency_ids)] if lead.group else [],
            "coordinating_agency_ids": [
                Command.set([agency_id for mention in assignment.coordinators for agency_id in mention.agency_ids])
            ],
            "expected_output": assignment.output,
            "deadline": assignment.deadline,
            "deadline_text": assignment.deadline_text,
            "recurring_day": assignment.recurring_day,
            "confidence": round(assignment.confidence * 100),
            "flag": self._flag(assignment),
            "selected": not self._is_office_follow_up(assignment),
            "to_review": bool(assignment.review) or lead.unknown,
            "source": assignment.source,
        }

    @api.model
    def _is_office_follow_up(self, assignment):
        """The closing sentence by which the Office follows the document up ("Văn phòng
        UBND tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện …"): the Office's own duty,
        proposed unselected."""
        lead, content = fold(assignment.lead.text or ""), fold(assignment.content or "")
        return (
            lead.startswith("van phong")
            and "theo doi" in content
            and any(verb in content for verb in ("don doc", "kiem tra", "tong hop"))
        )

    @api.model
    def _flag(self, assignment):
        lead = assignment.lead
        notes = []
        if self._is_office_follow_up(assignment):
            notes.append(self.env._("The Office's own follow-up of the document: created only if selected."))
        if REVIEW_LEAD in assignment.review:
            notes.append(self.env._("Lead agency unclear:"))
        if REVIEW_DEADLINE in assignment.review:
            notes.append(self.env._("Deadline unclear:"))
        if lead.recipient_of:
            notes.append(
                self.env._(
                    "“%(name)s” read as the recipients of the letter (%(recipient)s).",
                    name=lead.text,
                    recipient=lead.recipient_of,
                )
            )
        if lead.unknown:
            notes.append(self.env._("Unknown agency “%(name)s”: choose the agency meant.", name=lead.text))
        elif lead.group in ("related", "boards"):
            notes.append(self.env._("“%(name)s”: choose the agencies meant.", name=lead.text))
        elif lead.group:
            notes.append(self.env._("Group “%(name)s”: expand it to one task per agency.", name=lead.text))
        if lead.successor_of:
            notes.append(self.env._("“%(old)s” has ended: its successor leads.", old=lead.successor_of))
        unknown = [mention.text for mention in assignment.coordinators if mention.unknown]
        if unknown:
            notes.append(self.env._("Unknown coordinating agency: %(names)s.", names=", ".join(unknown)))
        if assignment.deadline_kind == "recurring":
            notes.append(
                self.env._(
                    "Every month before day %(day)s: expand it to one task per month.", day=assignment.recurring_day
                )
            )
        if assignment.deadline_kind == "none":
            notes.append(self.env._("No deadline found in the sentence: check it."))
        return " ".join(notes)

    def _expand_lines(self):
        """Expand these lines (groups, months) and show the dialog again."""
        intake = self.intake_id
        intake._check_office()
        for line in self:
            line._expand()
        intake._renumber()
        return intake._reopen()

    def action_expand_line(self):
        """The row's button: this line alone, one line per agency of its group or month."""
        self.ensure_one()
        if not (self.group_agency_ids or self.recurring_day):
            raise UserError(self.env._("This line names neither a group of agencies nor a monthly obligation."))
        return self._expand_lines()

    def action_merge_up(self):
        """The row's button: merge this line into the one above it."""
        self.ensure_one()
        intake = self.intake_id
        intake._check_office()
        above = intake.line_ids.filtered(lambda line: line.sequence < self.sequence).sorted("sequence")[-1:]
        if not above:
            raise UserError(self.env._("The first line has no line above it to merge into."))
        return intake._merge(above | self)

    def _expand(self):
        self.ensure_one()
        if self.group_agency_ids:  # a monthly obligation of a group stays monthly: expanded again after
            agencies, self.group_agency_ids = self.group_agency_ids, False
            clones = [{"lead_agency_id": agency.id, "lead_text": agency.name, "flag": False} for agency in agencies]
        else:
            reader = DeadlineReader(self.deadline, self.deadline)
            days = reader.monthly_until_year_end(self.deadline, self.recurring_day)
            clones = [{"deadline": day, "recurring_day": 0, "flag": False} for day in days]
        for index, values in enumerate(clones):
            copy = {"sequence": self.sequence, **values}
            if index == 0:
                self.write(copy)
            else:
                self.copy(copy)

    def _task_values(self, directive, assigned_on):
        self.ensure_one()
        return {
            "name": self.name,
            "directive_id": directive.id,
            "leader_id": directive.signer_id.id,
            "lead_agency_id": self.lead_agency_id.id,
            "coordinating_agency_ids": [Command.set((self.coordinating_agency_ids - self.lead_agency_id).ids)],
            "date_assigned": assigned_on,
            "company_id": directive.company_id.id,
            "deadline": self.deadline,
            "expected_output": self.expected_output,
        }
