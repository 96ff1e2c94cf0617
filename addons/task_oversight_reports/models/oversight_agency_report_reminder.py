from odoo import api, fields, models
from odoo.fields import Command
from odoo.tools import SQL


class OversightAgencyReportReminder(models.Model):
    """A reminder that an agency's monthly report is due, sent once per
    report and offset (unique), whatever the number of runs."""

    _name = "oversight.agency.report.reminder"
    _description = "Monthly Report Reminder"
    _inherit = ["oversight.notice.job"]
    _subject_model = "oversight.agency.report"
    _order = "date desc, id desc"

    report_id = fields.Many2one("oversight.agency.report", required=True, index=True, ondelete="cascade")
    agency_id = fields.Many2one(related="report_id.agency_id", store=True, index=True)
    company_id = fields.Many2one(related="report_id.company_id", store=True)
    offset_days = fields.Integer(string="Days Before the Due Date")
    date = fields.Date(string="Sent On", required=True)
    user_ids = fields.Many2many("res.users", string="Notified")

    _report_offset_uniq = models.UniqueIndex("(report_id, offset_days)")

    @api.model
    def _cron_remind_reports(self, batch_size=200):
        """Remind the heads of the agencies whose report is not submitted yet,
        at the tightest offset reached (a missed day is not sent late)."""
        job = self.sudo()
        job._run_job(job.env.company._oversight_today(), batch_size)

    @api.model
    def _candidates(self, today, subject_ids=None):
        """``{report_id: [(offset,)]}`` of the reports to remind today."""
        result = {}
        companies = self.env["oversight.report.period"]._read_group(
            [("state", "=", "open"), ("date_due", ">=", today)], ["company_id"]
        )
        for [company] in companies:
            offsets = company._oversight_parse_offsets(company.oversight_report_reminder_offsets)
            query = SQL(
                """SELECT r.id, MIN(o.days)
                     FROM oversight_agency_report r
                     JOIN oversight_report_period p ON p.id = r.period_id
                     %(offset_join)s
                    WHERE p.company_id = %(company)s AND p.state = 'open' AND p.date_due >= %(today)s
                      AND r.state IN ('draft', 'returned') AND %(report_filter)s
                 GROUP BY r.id
                   HAVING NOT EXISTS (
                            SELECT 1 FROM oversight_agency_report_reminder m
                             WHERE m.report_id = r.id AND m.offset_days <= MIN(o.days))""",
                offset_join=self._offset_join(SQL("p.date_due"), today, offsets),
                today=today,
                company=company.id,
                report_filter=SQL("r.id = ANY(%s)", subject_ids) if subject_ids is not None else SQL("TRUE"),
            )
            result.update(self._rows_by_subject(query))
        return result

    @api.model
    def _send_notices(self, reports, candidates, today):
        reminders = self.create(
            [
                {
                    "report_id": report.id,
                    "offset_days": candidates[report.id][0][0],
                    "date": today,
                    "user_ids": [Command.set(report._reminder_recipients().ids)],
                }
                for report in reports
                if report.id in candidates
            ]
        )
        reminders._mail()
        return reminders

    def _mail(self):
        template = self.env.ref("task_oversight_reports.mail_template_report_reminder")
        for reminder in self.filtered("user_ids"):
            reminder.report_id.message_post_with_source(
                template,
                partner_ids=reminder.user_ids.partner_id.ids,
                subtype_xmlid="mail.mt_note",
            )
