from odoo import api, fields, models
from odoo.fields import Command
from odoo.tools import SQL


class OversightInspectionReminder(models.Model):
    """A reminder that an agency's self-inspection is due, sent once per inspection and
    offset (unique) by the notice job machinery of the monthly reports, whatever the number
    of runs."""

    _name = "oversight.inspection.reminder"
    _description = "Self-Inspection Reminder"
    _inherit = ["oversight.notice.job"]
    _subject_model = "oversight.inspection"
    _order = "date desc, id desc"

    inspection_id = fields.Many2one("oversight.inspection", required=True, index=True, ondelete="cascade")
    agency_id = fields.Many2one(related="inspection_id.agency_id", store=True, index=True)
    company_id = fields.Many2one(related="inspection_id.company_id", store=True)
    offset_days = fields.Integer(string="Days Before the Due Date")
    date = fields.Date(string="Sent On", required=True)
    user_ids = fields.Many2many("res.users", string="Notified")

    _inspection_offset_uniq = models.UniqueIndex("(inspection_id, offset_days)")

    @api.model
    def _cron_remind_self_reports(self, batch_size=200):
        """Remind the heads of the agencies whose self-inspection is not submitted yet, at
        the tightest offset reached (a missed day is not sent late)."""
        job = self.sudo()
        job._run_job(job.env.company._oversight_today(), batch_size)

    @api.model
    def _candidates(self, today, subject_ids=None):
        """``{inspection_id: [(offset,)]}`` of the self-inspections to remind today."""
        result = {}
        companies = self.env["oversight.inspection"]._read_group(
            [("state", "=", "self_assessment"), ("self_report_due", ">=", today)], ["company_id"]
        )
        for [company] in companies:
            offsets = company._oversight_parse_offsets(company.oversight_insp_reminder_offsets)
            query = SQL(
                """SELECT i.id, MIN(o.days)
                     FROM oversight_inspection i
                     %(offset_join)s
                    WHERE i.company_id = %(company)s AND i.state = 'self_assessment'
                      AND i.date_self_report IS NULL AND i.self_report_due >= %(today)s AND %(filter)s
                 GROUP BY i.id
                   HAVING NOT EXISTS (
                            SELECT 1 FROM oversight_inspection_reminder m
                             WHERE m.inspection_id = i.id AND m.offset_days <= MIN(o.days))""",
                offset_join=self._offset_join(SQL("i.self_report_due"), today, offsets),
                today=today,
                company=company.id,
                filter=SQL("i.id = ANY(%s)", subject_ids) if subject_ids is not None else SQL("TRUE"),
            )
            result.update(self._rows_by_subject(query))
        return result

    @api.model
    def _send_notices(self, inspections, candidates, today):
        reminders = self.create(
            [
                {
                    "inspection_id": inspection.id,
                    "offset_days": candidates[inspection.id][0][0],
                    "date": today,
                    "user_ids": [Command.set(inspection.agency_id.head_user_id.ids)],
                }
                for inspection in inspections
                if inspection.id in candidates
            ]
        )
        template = self.env.ref("task_oversight_inspection.mail_template_self_report_reminder")
        for reminder in reminders.filtered("user_ids"):
            reminder.inspection_id.message_post_with_source(
                template, partner_ids=reminder.user_ids.partner_id.ids, subtype_xmlid="mail.mt_note"
            )
        return reminders
