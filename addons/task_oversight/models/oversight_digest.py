import logging

from odoo import api, fields, models
from odoo.tools import SQL

from ..tools import bulk

_logger = logging.getLogger(__name__)

DIGEST_KINDS = [("escalation", "Overdue Tasks"), ("reminder", "Reminders")]
# notices listed in one email; the rest are counted and reached by the link
DIGEST_MAX_LINES = 100


class OversightDigest(models.Model):
    """One email to one person for one run of a job, listing its notices.

    Which notices a person has received is read from the digests, so the
    digest step also picks up what an interrupted run left unsent. Each digest
    follows the recipient's previous one of its kind (``follows_digest``, unique):
    two runs at once that would mail the same notices to the same person both
    follow the same digest, and the second fails to insert its own.
    """

    _name = "oversight.digest"
    _description = "Notice Digest"
    _inherit = ["oversight.workflow.mixin"]  # written by the jobs alone: no field on any allowlist
    _order = "id desc"
    _rec_name = "user_id"

    user_id = fields.Many2one("res.users", string="Recipient", required=True, index=True, ondelete="cascade")
    kind = fields.Selection(DIGEST_KINDS, required=True)
    date = fields.Datetime(required=True, default=lambda self: self.env.company._oversight_now())
    escalation_ids = fields.Many2many(
        "oversight.task.escalation", "oversight_digest_escalation_rel", "digest_id", "notice_id"
    )
    reminder_ids = fields.Many2many(
        "oversight.task.reminder", "oversight_digest_reminder_rel", "digest_id", "notice_id"
    )
    line_count = fields.Integer(string="Tasks", compute="_compute_line_count", store=True)
    mail_id = fields.Many2one("mail.mail", string="Email", ondelete="set null", index="btree_not_null")
    follows_digest = fields.Integer(
        readonly=True, help="The recipient's previous digest of this kind, by its number (0 for the first)."
    )
    note = fields.Char()
    company_id = fields.Many2one("res.company", required=True, default=lambda self: self.env.company)
    lines_html = fields.Html(
        string="Tasks Listed",
        compute="_compute_lines_html",
        sanitize=False,
        help="The table of the email: the tasks, most urgent first, and how many more there are.",
    )

    @api.depends("escalation_ids", "reminder_ids")
    def _compute_line_count(self):
        # tasks, not notices: a task that climbed three levels in one run is one line
        for digest in self:
            digest.line_count = len(digest.escalation_ids.task_id | digest.reminder_ids.task_id)

    @api.depends_context("lang")
    def _compute_lines_html(self):
        lines_of = self._lines_by_digest()
        for digest in self:
            lines = lines_of[digest.id]
            values = {"digest": digest, "lines": lines, "more": digest.line_count - len(lines)}
            digest.lines_html = self.env["ir.qweb"]._render("task_oversight.digest_lines", values)

    # a second digest following the same one: a run that did not see the other run's digest
    _follows_uniq = models.UniqueIndex("(user_id, kind, follows_digest)")

    def mail_allowed_qweb_expressions(self):
        # with it, the body of a digest's email is placeholders only: Odoo fills them in without
        # compiling a QWeb program for each email
        return (*super().mail_allowed_qweb_expressions(), "object.lines_html")

    @api.model
    def _send_pending(self, notice_model, batch_size=50):
        """Queue one email per recipient for the notices not mailed to them yet.

        The recipients still waiting are the job's remaining work: when Odoo's time
        budget ends before the last batch, the job is not done and runs again."""
        Notice = self.env[notice_model]
        field = self._fields[Notice._digest_field]
        users = self._pending_users(Notice, field)
        cron = self.env["ir.cron"]
        cron._commit_progress(remaining=len(users))
        for start in range(0, len(users), batch_size):
            batch = users[start : start + batch_size]
            self._insert_digests(Notice, field, self._pending_notices(Notice, field, batch))._queue_mail()
            if not cron._commit_progress(len(batch)):
                break

    def _pending_users(self, Notice, field):
        self.env.flush_all()
        self.env.cr.execute(self._pending_query(Notice, field, SQL("TRUE"), SQL("DISTINCT rel.user_id")))
        return sorted(row[0] for row in self.env.cr.fetchall())

    def _pending_notices(self, Notice, field, user_ids):
        """``[(user id, notice ids, tasks, previous digest id)]`` still to be mailed to these
        users: the notices, how many tasks they are about, and the digest the new one follows."""
        query = self._pending_query(
            Notice,
            field,
            SQL("rel.user_id = ANY(%s)", user_ids),
            SQL(
                """rel.user_id, array_agg(rel.notice_id ORDER BY rel.notice_id), count(DISTINCT notice.task_id),
                   (SELECT COALESCE(max(previous.id), 0) FROM oversight_digest previous
                     WHERE previous.user_id = rel.user_id AND previous.kind = %s)""",
                Notice._digest_kind,
            ),
        )
        self.env.cr.execute(SQL("%s GROUP BY rel.user_id ORDER BY rel.user_id", query))
        return self.env.cr.fetchall()

    def _insert_digests(self, Notice, field, pending):
        """The digests of ``pending`` (:meth:`_pending_notices`), inserted with their links
        (:mod:`..tools.bulk`): the job gives every value, the tasks counted by the query."""
        now, company = self.env.company._oversight_now(), self.env.company.id
        return bulk.insert(
            self,
            [
                {
                    "user_id": user_id,
                    "kind": Notice._digest_kind,
                    "date": now,
                    "company_id": company,
                    "line_count": tasks,
                    "follows_digest": previous,
                    field.name: notice_ids,
                }
                for user_id, notice_ids, tasks, previous in pending
            ],
        )

    def _pending_query(self, Notice, field, condition, columns):
        users_field = Notice._fields["user_ids"]
        return SQL(
            """SELECT %(columns)s
                 FROM (SELECT %(notice_col)s AS notice_id, %(user_col)s AS user_id FROM %(users_rel)s) rel
                 JOIN %(notice_table)s notice ON notice.id = rel.notice_id
                WHERE %(condition)s
                  AND NOT EXISTS (
                        SELECT 1 FROM %(digest_rel)s dr
                          JOIN oversight_digest d ON d.id = dr.%(digest_col)s
                         WHERE dr.%(digest_notice_col)s = rel.notice_id AND d.user_id = rel.user_id)""",
            columns=columns,
            notice_col=SQL.identifier(users_field.column1),
            user_col=SQL.identifier(users_field.column2),
            users_rel=SQL.identifier(users_field.relation),
            notice_table=SQL.identifier(Notice._table),
            condition=condition,
            digest_rel=SQL.identifier(field.relation),
            digest_col=SQL.identifier(field.column1),
            digest_notice_col=SQL.identifier(field.column2),
        )

    def _queue_mail(self):
        """Queue the emails (sent later by the mail queue, not by the job)."""
        unreachable = self.filtered(lambda digest: not digest.user_id.email)
        for digest in unreachable:
            user = digest.user_id
            note = self.env._("%(user)s has no email address; no digest was sent.", user=user.name)
            digest.note = note
            digest._notices()._add_note(note)
            _logger.warning("Task Oversight digest skipped: user %s has no email address", user.login)
        reachable = self - unreachable
        templates = {}
        for digests in reachable.grouped("kind").values():
            templates.update(digests._notice_model()._digest_templates(digests))
        for template, digests in reachable.grouped(lambda digest: templates[digest.id]).items():
            mails = template.send_mail_batch(digests.ids, force_send=False)
            mail_by_digest = {mail.res_id: mail for mail in mails}
            for digest in digests:
                digest.mail_id = mail_by_digest.get(digest.id)

    def _notice_model(self):
        """The notice model of these digests, all of one kind (each declares its ``_digest_kind``)."""
        (kind,) = set(self.mapped("kind"))
        names = self.env.registry.descendants(["oversight.notice.mixin"], "_inherit")
        return next(self.env[name] for name in names if self.env[name]._digest_kind == kind)

    def _notices(self):
        return self[self._notice_model()._digest_field]

    def _lines(self):
        """The notices of the digest as rows of the email, most urgent first."""
        self.ensure_one()
        return self._lines_by_digest()[self.id]

    def _lines_by_digest(self):
        """``{digest id: rows of its email}``: the first :data:`DIGEST_MAX_LINES` tasks of each,
        most urgent first, chosen in one query per kind and read together."""
        base_url = self[:1].get_base_url()
        result = {}
        for digests in self.grouped("kind").values():
            Notice = digests._notice_model()
            notices_of = Notice._digest_lines(digests, DIGEST_MAX_LINES)
            listed = Notice.union(*notices_of.values())
            listed.task_id.fetch(["code", "name", "officer_id"])  # what a line shows, not the whole task
            rows = {}  # a notice sent to several people is one row in each of their digests
            for notice in listed:
                rows[notice.id] = {
                    "code": notice.task_id.code,
                    "name": notice.task_id.name,
                    "agency": notice.agency_id.name,
                    "officer": notice.task_id.officer_id.name or "",
                    "detail": notice._digest_detail(),
                    "url": f"{base_url}/mail/view?model=oversight.task&res_id={notice.task_id.id}",
                }
            for digest_id, notices in notices_of.items():
                result[digest_id] = [rows[notice_id] for notice_id in notices.ids]
        return result
