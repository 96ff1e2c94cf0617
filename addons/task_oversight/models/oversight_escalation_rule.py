from itertools import pairwise

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# R16: the ladder administrators configure
RULE_FIELDS = frozenset(
    {
        "name",
        "active",
        "level",
        "overdue_days",
        "starred_overdue_days",
        "notify_lead_head",
        "notify_lead_members",
        "notify_monitor",
        "notify_leader",
        "notify_agency_id",
        "activity_type_id",
        "activity_role",
        "mail_template_id",
    }
)

RECIPIENT_ROLES = [
    ("lead_head", "Head of the Lead Agency"),
    ("monitor", "Office Monitor"),
    ("leader", "Assigning Leader"),
    ("agency", "Head of the Notified Agency"),
]


class OversightEscalationRule(models.Model):
    """One step of the overdue escalation ladder (R10).

    The ladder is data: the escalation job reads the active rules, so that an
    administrator can change thresholds and recipients, add a level or
    archive one, and the next run follows.
    """

    _name = "oversight.escalation.rule"
    _description = "Escalation Rule"
    _inherit = ["oversight.workflow.mixin"]
    _create_allowlist = _write_allowlist = {"task_oversight.group_manager": RULE_FIELDS}
    _order = "level, id"

    name = fields.Char(required=True, translate=True)
    active = fields.Boolean(default=True)
    level = fields.Integer(required=True, default=1)
    overdue_days = fields.Integer(required=True, default=1, help="Days after the deadline when this level is reached.")
    starred_overdue_days = fields.Integer(
        string="Overdue Days (Key Tasks)",
        required=True,
        default=1,
        help="The same for key (starred) tasks; at most the days of ordinary tasks.",
    )
    notify_lead_head = fields.Boolean(string="Head of the Lead Agency", default=True)
    notify_lead_members = fields.Boolean(string="Members of the Lead Agency")
    notify_monitor = fields.Boolean(string="Office Monitor")
    notify_leader = fields.Boolean(string="Assigning Leader")
    notify_agency_id = fields.Many2one(
        "oversight.agency",
        string="Also Notify Agency",
        help="An agency whose head is informed at this level, e.g. the Department of Home Affairs for discipline.",
    )
    activity_type_id = fields.Many2one(
        "mail.activity.type",
        domain="['|', ('res_model', '=', False), ('res_model', '=', 'oversight.task')]",
        help="Activity scheduled on the task for the person who must act; none when empty.",
    )
    activity_role = fields.Selection(RECIPIENT_ROLES, string="Activity For", default="lead_head", required=True)
    mail_template_id = fields.Many2one(
        "mail.template",
        string="Digest Template",
        domain="[('model', '=', 'oversight.digest')]",
        help="Email template of the digest when this is the highest level it lists.",
    )
    escalation_count = fields.Integer(compute="_compute_escalation_count")

    def _compute_escalation_count(self):
        counts = dict(
            self.env["oversight.task.escalation"]._read_group([("rule_id", "in", self.ids)], ["rule_id"], ["__count"])
        )
        for rule in self:
            rule.escalation_count = counts.get(rule, 0)

    @api.constrains("level", "overdue_days", "starred_overdue_days", "active")
    def _check_ladder(self):
        for rule in self:
            if rule.level < 1 or rule.overdue_days < 1 or rule.starred_overdue_days < 1:
                raise ValidationError(
                    self.env._(
                        "Escalation levels and overdue days are whole numbers of at least 1 (rule %(rule)s).",
                        rule=rule.name,
                    )
                )
            if rule.starred_overdue_days > rule.overdue_days:
                raise ValidationError(
                    self.env._(
                        "Key tasks are escalated sooner: the overdue days for key tasks of rule %(rule)s "
                        "(%(starred)s) cannot exceed its overdue days (%(days)s).",
                        rule=rule.name,
                        starred=rule.starred_overdue_days,
                        days=rule.overdue_days,
                    )
                )
        self._check_ladder_order()

    def _check_ladder_order(self):
        rules = self.search([("active", "=", True)])
        for previous, rule in pairwise(rules):
            if rule.level == previous.level:
                raise ValidationError(
                    self.env._(
                        "Rules %(first)s and %(second)s have the same level %(level)s; each level has one rule.",
                        first=previous.name,
                        second=rule.name,
                        level=rule.level,
                    )
                )
            if rule.overdue_days <= previous.overdue_days or rule.starred_overdue_days <= previous.starred_overdue_days:
                raise ValidationError(
                    self.env._(
                        "Level %(level)s (%(rule)s) must start later than level %(previous_level)s: more overdue "
                        "days, for ordinary and for key tasks.",
                        level=rule.level,
                        rule=rule.name,
                        previous_level=previous.level,
                    )
                )

    def action_open_escalations(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("task_oversight.oversight_task_escalation_action")
        action["domain"] = [("rule_id", "=", self.id)]
        return action

    @api.model
    def _task_people(self, task):
        """The users behind the roles of ``task`` that are the task's, whatever the rule: its
        lead agency's head, its Office monitor, its leader; each may be empty."""
        return {
            "lead_head": task.lead_agency_id.head_user_id,
            "monitor": self.env["oversight.task.escalation"]._office_user(task),
            "leader": task.leader_id or task.directive_id.signer_id,
        }

    def _role_users(self, task, role, people=None):
        """The user(s) behind a recipient role for ``task`` (``people``: its :meth:`_task_people`,
        if read already); may be empty."""
        if role == "agency":
            return self.notify_agency_id.head_user_id
        return (people or self._task_people(task))[role]

    def _prefetch_recipients(self, tasks):
        """Read at once the users these rules may name for ``tasks`` (every role of
        :meth:`_role_users`, and the members with ``notify_lead_members``): :meth:`_recipients`
        then works from the cache instead of a query per task."""
        people = (
            tasks.lead_agency_id.head_user_id
            | tasks.monitor_user_id
            | tasks.company_id.oversight_office_agency_id.head_user_id
            | tasks.leader_id
            | tasks.directive_id.signer_id
            | self.notify_agency_id.head_user_id
        )
        if any(self.mapped("notify_lead_members")):
            people |= tasks.lead_agency_id.user_ids
        people.fetch(["active", "partner_id"])

    def _recipients(self, task, people=None):
        """Return ``(users to notify, user who must act, note)`` for ``task`` at this level.
        ``people``: the task's :meth:`_task_people`, when the job has read them already (once
        for all the levels a task reaches).

        When the person who must act is not in the system (e.g. a lead agency
        without a head), the activity goes to the Office monitor and the note
        says so; when there is nobody at all, raise ``UserError``: the job logs
        the task and skips it until the data is fixed.
        """
        self.ensure_one()
        people = people or self._task_people(task)
        enabled = (
            ("lead_head", self.notify_lead_head),
            ("monitor", self.notify_monitor),
            ("leader", self.notify_leader),
            ("agency", self.notify_agency_id),
        )
        users = self.env["res.users"].union(*(self._role_users(task, role, people) for role, on in enabled if on))
        if self.notify_lead_members:
            users |= task.lead_agency_id.user_ids
        actor = self._role_users(task, self.activity_role, people)[:1] if self.activity_type_id else users.browse()
        note = False
        if self.activity_type_id and not actor:
            roles = dict(self._fields["activity_role"]._description_selection(self.env))
            role = roles[self.activity_role].lower()
            actor = people["monitor"][:1]
            if not actor:
                raise UserError(
                    self.env._(
                        "Task %(task)s cannot be escalated to level %(level)s: there is no %(role)s and no Office "
                        "monitor to act on it (agency %(agency)s).",
                        task=task.display_name,
                        level=self.level,
                        role=role,
                        agency=task.lead_agency_id.display_name,
                    )
                )
            note = self.env._(
                "There is no %(role)s in the system (agency %(agency)s); the activity went to %(user)s.",
                role=role,
                agency=task.lead_agency_id.display_name,
                user=actor.name,
            )
        return users.filtered("active") | actor, actor, note
