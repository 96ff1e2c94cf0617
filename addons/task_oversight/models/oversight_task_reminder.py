from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL, format_date

from ..tools.rules import silent_sql

REMINDER_KINDS = [
    ("deadline", "Deadline Approaching"),
    ("no_deadline", "No Progress Report"),
    ("confirmation", "Completion Not Confirmed"),
    ("acknowledge", "Not Acknowledged"),
]


class OversightTaskReminder(models.Model):
    """A reminder sent by the reminder job (R7, R9 and the Office's confirmation delay).

    Unique per task, kind, offset and reference date (the deadline, the date
    the urging fell due, or the completion report date), which is what makes
    a reminder go out exactly once.
    """

    _name = "oversight.task.reminder"
    _description = "Task Reminder"
    _inherit = ["oversight.notice.mixin"]
    _order = "date desc, id desc"
    _digest_field = "reminder_ids"
    _digest_kind = "reminder"
    _digest_template_xmlid = "task_oversight.mail_template_reminder_digest"

    kind = fields.Selection(REMINDER_KINDS, required=True)
    offset_days = fields.Integer(string="Days Before the Deadline")
    reference_date = fields.Date(required=True)

    _task_kind_uniq = models.UniqueIndex("(task_id, kind, offset_days, reference_date)")

    def _compute_display_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for reminder in self:
            reminder.display_name = f"{reminder.task_id.display_name} – {kinds.get(reminder.kind, '')}"

    def _digest_detail(self):
        self.ensure_one()
        if self.kind == "deadline":
            days = (self.reference_date - self.date).days
            if days <= 0:
                return self.env._("Due today")
            return self.env._(
                "Due in %(days)s days, on %(deadline)s", days=days, deadline=format_date(self.env, self.reference_date)
            )
        if self.kind == "no_deadline":
            task = self.task_id
            return self.env._(
                "No progress report since %(date)s",
                date=format_date(self.env, task.last_update_date or task.date_assigned),
            )
        if self.kind == "acknowledge":
            return self.env._(
                "Assigned on %(date)s, not acknowledged yet", date=format_date(self.env, self.reference_date)
            )
        return self.env._(
            "Completion reported on %(date)s, not confirmed yet", date=format_date(self.env, self.reference_date)
        )

    # ------------------------------------------------------------------
    # Reminder job
    # ------------------------------------------------------------------

    @api.model
    def _cron_remind(self, batch_size=1000):
        """Remind agencies of approaching deadlines (R9), urge tasks without a
        deadline (R7) and remind the Office of reports it has not confirmed."""
        job = self.sudo()
        job._run_job(job.env.company._oversight_today(), batch_size)

    @api.model
    def _candidates(self, today, subject_ids=None):
        """``{task_id: [(kind, offset_days, reference_date)]}`` not sent yet."""
        task_filter = SQL("t.id = ANY(%s)", subject_ids) if subject_ids is not None else SQL("TRUE")
        result = defaultdict(list)
        open_tasks = [("state", "in", ("assigned", "reported"))]
        for [company] in self.env["oversight.task"]._read_group(open_tasks, ["company_id"]):
            for query in (
                self._deadline_query(company, today, task_filter),
                self._no_deadline_query(company, today, task_filter),
                self._confirmation_query(company, today, task_filter),
                self._acknowledge_query(company, today, task_filter),
            ):
                for task_id, rows in self._rows_by_subject(query).items():
                    result[task_id].extend(rows)
        return result

    def _deadline_query(self, company, today, task_filter):
        """The tightest offset reached by each task (R9); after missed days the
        larger offsets already passed are not sent late."""
        offsets = list(company._oversight_reminder_offsets())
        return SQL(
            """SELECT t.id, 'deadline', MIN(o.days), t.effective_deadline
                 FROM oversight_task t
                 %(offset_join)s
                WHERE t.company_id = %(company)s AND t.state = 'assigned' AND t.active AND %(task_filter)s
                  AND t.effective_deadline BETWEEN %(today)s AND %(today)s + %(longest)s
             GROUP BY t.id, t.effective_deadline
               HAVING NOT EXISTS (
                        SELECT 1 FROM oversight_task_reminder r
                         WHERE r.task_id = t.id AND r.kind = 'deadline'
                           AND r.reference_date = t.effective_deadline AND r.offset_days <= MIN(o.days))""",
            offset_join=self._offset_join(SQL("t.effective_deadline"), today, offsets),
            today=today,
            company=company.id,
            task_filter=task_filter,
            longest=max(offsets, default=-1),
        )

    def _no_deadline_query(self, company, today, task_filter):
        """Tasks without a deadline and without a report for N months since the
        assignment or the last report, urged once per N months (R7)."""
        return SQL(
            """WITH silent AS (
                   SELECT t.id, GREATEST(t.date_assigned, t.last_update_date) AS since
                     FROM oversight_task t
                    WHERE t.company_id = %(company)s AND t.state = 'assigned' AND t.active
                      AND t.deadline IS NULL AND %(task_filter)s
                      AND %(silent)s
               ), aged AS (
                   SELECT id, since, age(%(today)s, since) AS elapsed FROM silent
               ), due AS (
                   SELECT id, (since + make_interval(months => %(months)s * floor(
                              (extract(year FROM elapsed) * 12 + extract(month FROM elapsed)) / %(months)s)::int
                          ))::date AS due_date
                     FROM aged
               )
               SELECT due.id, 'no_deadline', 0, due.due_date FROM due
                WHERE NOT EXISTS (
                        SELECT 1 FROM oversight_task_reminder r
                         WHERE r.task_id = due.id AND r.kind = 'no_deadline' AND r.reference_date = due.due_date)""",
            company=company.id,
            today=today,
            months=company.oversight_no_deadline_months,
            task_filter=task_filter,
            silent=silent_sql(
                SQL("GREATEST(t.date_assigned, t.last_update_date)"),
                company.oversight_no_deadline_months,
                SQL("%s::date", today),
            ),
        )

    def _confirmation_query(self, company, today, task_filter):
        """Completion reports the Office has left unconfirmed for N working days."""
        return self._waiting_query(
            "confirmation",
            SQL("t.state = 'reported'"),
            SQL("t.date_reported"),
            company.oversight_confirm_days,
            company,
            today,
            task_filter,
        )

    def _acknowledge_query(self, company, today, task_filter):
        """Tasks the lead agency has not acknowledged within N working days of the
        assignment: reminded on the working day after the N-th."""
        return self._waiting_query(
            "acknowledge",
            SQL("t.state = 'assigned' AND t.date_acknowledged IS NULL"),
            SQL("t.date_assigned"),
            company.oversight_acknowledge_days + 1,
            company,
            today,
            task_filter,
        )

    def _waiting_query(self, kind, condition, since, working_days, company, today, task_filter):  # noqa: PLR0917
        """The tasks that met ``condition`` since the date ``since`` and have waited
        ``working_days`` working days, not reminded of ``kind`` for that date yet."""
        cutoff = company.oversight_calendar_id._oversight_working_days_before(today, working_days)
        return SQL(
            """SELECT t.id, %(kind)s, 0, %(since)s
                 FROM oversight_task t
                WHERE t.company_id = %(company)s AND t.active AND %(condition)s AND %(task_filter)s
                  AND %(since)s <= %(cutoff)s
                  AND NOT EXISTS (
                        SELECT 1 FROM oversight_task_reminder r
                         WHERE r.task_id = t.id AND r.kind = %(kind)s AND r.reference_date = %(since)s)""",
            kind=kind,
            since=since,
            condition=condition,
            company=company.id,
            cutoff=cutoff,
            task_filter=task_filter,
        )

    @api.model
    def _send_notices(self, tasks, candidates, today):
        vals_list = []
        for task in tasks:
            for kind, offset_days, reference_date in candidates.get(task.id, []):
                user, note = self._recipient(task, kind)
                vals_list.append(
                    {
                        "task_id": task.id,
                        "agency_id": task.lead_agency_id.id,
                        "kind": kind,
                        "offset_days": offset_days,
                        "reference_date": reference_date,
                        "date": today,
                        "user_ids": user.ids,
                        "note": note,
                    }
                )
        return self._create_notices(vals_list)

    @api.model
    def _recipient(self, task, kind):
        """Return ``(user, note)``: who receives a reminder of ``kind`` about ``task``.

        The lead agency's head, or for an unconfirmed completion the Office
        monitor; the Office (monitor, else head of the Office agency) stands in
        for an agency without a head, with a note. Raise ``UserError`` when
        nobody can receive it.
        """
        office = self._office_user(task)
        if kind == "confirmation":
            user, note = office, False
        elif task.lead_agency_id.head_user_id:
            user, note = task.lead_agency_id.head_user_id, False
        else:
            user = office
            note = self.env._(
                "Agency %(agency)s has no head in the system; the reminder went to the Office.",
                agency=task.lead_agency_id.display_name,
            )
        if not user:
            raise UserError(
                self.env._(
                    "No reminder for task %(task)s: nobody can receive it (no head of the lead agency, no Office "
                    "monitor, no Office agency in Settings).",
                    task=task.display_name,
                )
            )
        return user, note
