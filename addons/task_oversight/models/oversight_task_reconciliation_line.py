from odoo import fields, models
from odoo.exceptions import UserError

from ..tools.reconciliation import format_date

OFFICE = "task_oversight.group_office"
MISMATCHES = [
    ("missing_here", "Missing Here"),
    ("missing_there", "Missing There"),
    ("status", "Status"),
    ("deadline", "Deadline"),
    ("lead", "Lead Agency"),
    ("none", "None"),
]
RESOLUTIONS = [
    ("open", "Open"),
    ("created", "Task Created"),
    ("linked", "Linked"),
    ("theirs", "Theirs Accepted"),
    ("ours", "Ours Kept"),
]
# what each resolution applies to
RESOLVABLE = {
    "created": ("missing_here",),
    "linked": ("missing_here",),
    "theirs": ("status", "deadline", "lead"),
    "ours": ("missing_here", "missing_there", "status", "deadline", "lead"),
}


class OversightTaskReconciliationLine(models.Model):
    """One difference between our task and the Government Office's record (or their
    agreement, ``none``). The line is the comparison's; the Office writes its note and the
    task to link, and resolves it with the buttons, which act on the task as the Office."""

    _name = "oversight.task.reconciliation.line"
    _inherit = ["oversight.workflow.mixin"]
    _description = "Reconciliation Difference"
    _write_allowlist = {OFFICE: frozenset({"note", "link_task_id"})}
    _order = "reconciliation_id, mismatch, row, id"

    reconciliation_id = fields.Many2one("oversight.task.reconciliation", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="reconciliation_id.company_id", store=True, index=True)
    row = fields.Integer()
    external_ref = fields.Char(string="Their Reference")
    external_directive = fields.Char(string="Their Document")
    external_lead = fields.Char(string="Their Lead Agency")
    external_name = fields.Text(string="Their Content")
    external_deadline = fields.Date(string="Their Deadline")
    external_status = fields.Char(string="Their Status")
    external_done = fields.Boolean(string="Done There")
    external_values = fields.Text(string="Their Row")
    lead_agency_id = fields.Many2one("oversight.agency", string="Their Lead, Here")
    task_id = fields.Many2one("oversight.task", string="Our Task", index=True)
    task_deadline = fields.Date(related="task_id.deadline", string="Our Deadline")
    task_state = fields.Selection(related="task_id.state", string="Our Status")
    task_lead_agency_id = fields.Many2one(related="task_id.lead_agency_id", string="Our Lead Agency")
    mismatch = fields.Selection(MISMATCHES, string="Difference", required=True, index=True)
    resolution = fields.Selection(RESOLUTIONS, default="open", required=True, index=True)
    note = fields.Text()
    link_task_id = fields.Many2one("oversight.task", string="Task to Link", domain="[('external_ref', '=', False)]")

    def action_create_task(self):
        """A task of ours for their record: a draft of our directive of that number, led by
        their lead agency, carrying their reference."""
        self._check_resolution("created")
        Task = self.env["oversight.task"]
        for line in self:
            directive = self.env["oversight.directive"].search(
                [("name", "=ilike", line.external_directive), ("company_id", "=", line.company_id.id)], limit=1
            )
            if not directive or not line.lead_agency_id:
                raise UserError(
                    self.env._(
                        "Row %(row)s: register document %(number)s and agency “%(lead)s” first, or link an "
                        "existing task.",
                        row=line.row,
                        number=line.external_directive or "?",
                        lead=line.external_lead or "?",
                    )
                )
            task = Task.create(
                {
                    "name": line.external_name,
                    "directive_id": directive.id,
                    "leader_id": directive.signer_id.id,
                    "lead_agency_id": line.lead_agency_id.id,
                    "date_assigned": directive.date,
                    "deadline": line.external_deadline,
                    "external_ref": line.external_ref or False,
                    "company_id": line.company_id.id,
                }
            )
            line._workflow_write({"task_id": task.id, "resolution": "created"})
        return True

    def action_link(self, task_id=None):
        """Their record is our task ``task_id`` (or the line's task to link): it takes their reference."""
        self._check_resolution("linked")
        given = self._record_argument("oversight.task", task_id, self.env._("task"))
        for line in self:
            task = given or line.link_task_id
            if not task:
                raise UserError(self.env._("Row %(row)s: choose the task to link.", row=line.row))
            task.check_access("write")
            if task.external_ref and task.external_ref != line.external_ref:
                raise UserError(
                    self.env._(
                        "Task %(task)s already carries the reference %(ref)s.", task=task.code, ref=task.external_ref
                    )
                )
            task.write({"external_ref": line.external_ref or False})
            line._workflow_write({"task_id": task.id, "resolution": "linked"})
        return True

    def action_accept_theirs(self):
        """Our task takes their deadline or lead agency; their "done" confirms a completion
        report waiting for the Office. Anything else changes through the task's workflow."""
        self._check_resolution("theirs")
        reason = self.env._("Reconciled with the Government Office's database")
        for line in self:
            task = line.task_id
            if line.mismatch == "deadline":
                task.write({"deadline": line.external_deadline})
            elif line.mismatch == "lead":
                if not line.lead_agency_id:
                    raise UserError(
                        self.env._(
                            "Row %(row)s: agency “%(lead)s” is not known here.", row=line.row, lead=line.external_lead
                        )
                    )
                task.action_change_lead(lead_agency_id=line.lead_agency_id.id, reason=reason)
            elif line.external_done and task.state == "reported":
                task.action_confirm_done()
            else:
                raise UserError(
                    self.env._(
                        "Row %(row)s: the status of task %(task)s changes through its workflow (a completion "
                        "report, a leader's decision); keep ours with a note, or act on the task.",
                        row=line.row,
                        task=task.code,
                    )
                )
            line._workflow_write({"resolution": "theirs"})
        return True

    def action_keep_ours(self, note=None):
        """Ours stands, with the ``note`` saying why (or the line's note)."""
        self._check_resolution("ours")
        for line in self:
            text = note if isinstance(note, str) and note.strip() else line.note
            self._check_reason(text, self.env._("Write in the note why our record stands."))
            line._workflow_write({"note": text, "resolution": "ours"})
        return True

    def action_reopen(self):
        self._check_group(OFFICE, self.env._("Only the Committee Office reconciles tasks."))
        self._workflow_write({"resolution": "open"})
        return True

    def _check_resolution(self, resolution):
        self._check_group(OFFICE, self.env._("Only the Committee Office reconciles tasks."))
        labels = dict(self._fields["mismatch"]._description_selection(self.env))
        for line in self:
            if line.resolution != "open":
                raise UserError(self.env._("Row %(row)s is resolved already.", row=line.row))
            if line.mismatch not in RESOLVABLE[resolution]:
                raise UserError(
                    self.env._("This resolution does not apply to a difference “%(kind)s”.", kind=labels[line.mismatch])
                )

    def _compute_display_name(self):
        for line in self:
            line.display_name = (
                f"{line.external_ref or line.task_id.code or ''} {format_date(line.external_deadline)}".strip()
            )
