from collections import Counter, defaultdict

from odoo import api, fields, models
from odoo.fields import Command
from odoo.tools import SQL

from ..tools import bulk
from .oversight_workflow_mixin import LOGGED_BY_THE_JOB

# what the escalation of a task reads of it: its deadline, who is told, its level, its name
TASK_FIELDS_READ = [
    "effective_deadline",
    "lead_agency_id",
    "monitor_user_id",
    "company_id",
    "leader_id",
    "directive_id",
    "escalation_level",
    "name",
    "code",
]


class OversightTaskEscalation(models.Model):
    """One level of the overdue ladder sent for a task and its deadline (R10).

    Unique per task, level and deadline: an extended task starts a new ladder
    on its new deadline, while a task returned or resumed with the same
    deadline is never sent a level twice.
    """

    _name = "oversight.task.escalation"
    _description = "Task Escalation"
    _inherit = ["oversight.notice.mixin"]
    _order = "date desc, level desc, id desc"
    _digest_field = "escalation_ids"
    _digest_kind = "escalation"
    _digest_template_xmlid = "task_oversight.mail_template_escalation_digest"
    _urgency_order = "level DESC, id DESC"  # a digest line shows the highest level reached

    level = fields.Integer(required=True)
    rule_id = fields.Many2one("oversight.escalation.rule", ondelete="set null", index="btree_not_null")
    deadline = fields.Date(required=True, help="The effective deadline the task had missed.")
    days_overdue = fields.Integer()

    _task_level_deadline_uniq = models.UniqueIndex("(task_id, level, deadline)")

    def _compute_display_name(self):
        for escalation in self:
            escalation.display_name = self.env._(
                "%(task)s – level %(level)s", task=escalation.task_id.display_name, level=escalation.level
            )

    @api.model
    def _digest_templates(self, digests):
        """The template of the highest level a digest lists that has one, else the default."""
        templates = super()._digest_templates(digests)
        field = digests._fields[self._digest_field]
        self.flush_model(["rule_id"])
        self.env["oversight.escalation.rule"].flush_model(["level", "mail_template_id"])
        self.env.cr.execute(
            SQL(
                """SELECT DISTINCT ON (rel.%(digest_col)s) rel.%(digest_col)s, rule.mail_template_id
                     FROM %(rel)s rel
                     JOIN %(table)s notice ON notice.id = rel.%(notice_col)s
                     JOIN oversight_escalation_rule rule ON rule.id = notice.rule_id
                    WHERE rel.%(digest_col)s = ANY(%(ids)s) AND rule.mail_template_id IS NOT NULL
                 ORDER BY rel.%(digest_col)s, rule.level DESC, rule.id DESC""",
                rel=SQL.identifier(field.relation),
                digest_col=SQL.identifier(field.column1),
                notice_col=SQL.identifier(field.column2),
                table=SQL.identifier(self._table),
                ids=digests.ids,
            )
        )
        own = {digest_id: self.env["mail.template"].browse(template) for digest_id, template in self.env.cr.fetchall()}
        return templates | own

    def _digest_detail(self):
        self.ensure_one()
        return self.env._("Level %(level)s – %(days)s days overdue", level=self.level, days=self.days_overdue)

    # ------------------------------------------------------------------
    # Escalation job
    # ------------------------------------------------------------------

    @api.model
    def _cron_escalate(self, batch_size=1000):
        """Send the levels of the ladder reached by the overdue tasks (R10)."""
        job = self.sudo()
        job._run_job(job.env.company._oversight_today(), batch_size)

    @api.model
    def _candidates(self, today, subject_ids=None):
        """``{task_id: [(rule_id,)]}``: the active rules each assigned task has
        reached and that were not sent for its current deadline yet."""
        return self._rows_by_subject(
            SQL(
                """SELECT t.id, r.id
                     FROM oversight_task t
                     JOIN oversight_escalation_rule r ON r.active
                    WHERE t.state = 'assigned' AND t.active
                      AND t.effective_deadline <= %(today)s - LEAST(r.overdue_days, r.starred_overdue_days)
                      AND %(today)s - t.effective_deadline
                          >= CASE WHEN t.starred THEN r.starred_overdue_days ELSE r.overdue_days END
                      AND %(task_filter)s
                      AND NOT EXISTS (
                            SELECT 1 FROM oversight_task_escalation e
                             WHERE e.task_id = t.id AND e.level = r.level AND e.deadline = t.effective_deadline)
                 ORDER BY t.id, r.level""",
                today=today,
                task_filter=SQL("t.id = ANY(%s)", subject_ids) if subject_ids is not None else SQL("TRUE"),
            )
        )

    @api.model
    def _send_notices(self, tasks, candidates, today):
        """Record each level reached; schedule one activity per task, for the
        highest level it reached: a task that climbs several levels at once
        (a backlog, missed days) gives one to-do, not a pile of them."""
        Rule = self.env["oversight.escalation.rule"]
        tasks.fetch(TASK_FIELDS_READ)  # what the notices need of a task, not the whole task
        Rule.browse({rule_id for rows in candidates.values() for (rule_id,) in rows})._prefetch_recipients(tasks)
        vals_list, activities, reached = [], [], {}
        for task in tasks:
            days = (today - task.effective_deadline).days
            top = None
            people = Rule._task_people(task)  # once for all the levels the task reaches
            for (rule_id,) in candidates.get(task.id, []):
                rule = Rule.browse(rule_id)
                reached[task] = max(reached.get(task, 0), rule.level)
                users, actor, note = rule._recipients(task, people)
                vals_list.append(
                    {
                        "task_id": task.id,
                        "agency_id": task.lead_agency_id.id,
                        "level": rule.level,
                        "rule_id": rule.id,
                        "deadline": task.effective_deadline,
                        "days_overdue": days,
                        "date": today,
                        "user_ids": users.ids,
                        "note": note,
                    }
                )
                top = (rule, actor) if actor else top
            if top:
                activities.append(self._activity_values(task, *top, days, today))
        escalations = self._create_notices(vals_list)
        self._subscribe_actors(activities)
        self._create_activities(activities, today)
        self._raise_task_levels(reached)
        return escalations

    @api.model
    def _activity_values(self, task, rule, user, days, today):
        """Values of the to-do of an escalation level, created in batch by the job."""
        return {
            "res_model_id": self.env["ir.model"]._get_id(task._name),
            "res_id": task.id,
            "activity_type_id": rule.activity_type_id.id,
            "user_id": user.id,
            "summary": self.env._("%(days)s days overdue – level %(level)s", days=days, level=rule.level),
            "date_deadline": today,
        }

    @api.model
    def _create_activities(self, vals_list, today):
        """The to-dos of a batch in one statement (:mod:`..tools.bulk`), as ``mail.activity``'s
        create makes them from ``vals_list`` (:meth:`_activity_values`): with the values it
        computes (the model, the document's name, the user's time zone), their users made
        followers by :meth:`_subscribe_actors`, and each user's to-do counter told once. The
        ORM's create costs a third of the backlog's run, mostly to subscribe the users again."""
        tasks = self.env["oversight.task"].browse([vals["res_id"] for vals in vals_list])
        users = self.env["res.users"].browse([vals["user_id"] for vals in vals_list])
        activities = bulk.insert(
            self.env["mail.activity"].sudo(),
            [
                dict(vals, res_model=task._name, res_name=task.display_name, user_tz=user.tz, active=True)
                for vals, task, user in zip(vals_list, tasks, users, strict=True)
            ],
        )
        # the web client counts the to-dos due by Odoo's day (UTC), as mail.activity's create tells it
        if today <= self.env.company._oversight_now().date():
            for user, count in Counter(users).items():
                user._bus_send("mail.activity/updated", {"activity_created": True, "count_diff": count})
        return activities

    @api.model
    def _subscribe_actors(self, activities):
        """Make the user of each to-do a follower of its task, as ``mail.activity``'s create
        does (:meth:`_create_activities` inserts them past it), for the whole batch at once:
        one look-up of who already follows and one creation."""
        Task = self.env["oversight.task"]
        users = self.env["res.users"].browse({vals["user_id"] for vals in activities})
        partner_of = {user.id: user.partner_id.id for user in users if user.partner_id.active}
        wanted = {(vals["res_id"], partner_of[vals["user_id"]]) for vals in activities if vals["user_id"] in partner_of}
        if not wanted:
            return
        Followers = self.env["mail.followers"].sudo()
        task_ids = list({task_id for task_id, _partner_id in wanted})
        following = Followers._get_subscription_data([(Task._name, task_ids)], list(partner_of.values()))
        wanted -= {(task_id, partner_id) for _id, task_id, partner_id, _subtypes in following}
        subtypes = self.env["mail.message.subtype"].default_subtypes(Task._name)[0]
        Followers.create(
            [
                {
                    "res_model": Task._name,
                    "res_id": task_id,
                    "partner_id": partner_id,
                    "subtype_ids": [Command.set(subtypes.ids)],
                }
                for task_id, partner_id in sorted(wanted)
            ]
        )

    @api.model
    def _close_activities(self, tasks, feedback):
        """Mark done the open escalation to-dos of ``tasks`` (no longer overdue
        on their deadline), with ``feedback`` saying why."""
        if not tasks:
            return
        activity_types = (
            self.env["oversight.escalation.rule"]
            .sudo()
            .with_context(active_test=False)
            .search([("activity_type_id", "!=", False)])
            .activity_type_id
        )
        activities = (
            self.env["mail.activity"]
            .sudo()
            .search(
                [
                    ("res_model", "=", tasks._name),
                    ("res_id", "in", tasks.ids),
                    ("activity_type_id", "in", activity_types.ids),
                ]
            )
        )
        activities.action_feedback(feedback=feedback)

    @api.model
    def _raise_task_levels(self, reached):
        """Write on the tasks the highest level each reached (``{task: level}``), one ORM write
        per level (seen by automation rules), and log the change in each task's chatter in one
        batch, as tracking would."""
        by_level, changes = defaultdict(list), []
        for task, level in reached.items():
            if level > task.escalation_level:
                by_level[level].append(task.id)
                changes.append((task.id, task.escalation_level, level))
        Task = self.env["oversight.task"].with_context(tracking_disable=LOGGED_BY_THE_JOB)
        for level, task_ids in by_level.items():
            Task.browse(task_ids)._workflow_write({"escalation_level": level})
        self.env["oversight.task"]._log_change("escalation_level", changes)
