from markupsafe import Markup

from odoo import models
from odoo.tools import format_date


class OversightAgencyReportReminder(models.Model):
    _inherit = "oversight.agency.report.reminder"

    def _mail(self):
        """With the monthly report's reminder, the indicator values the agency still owes (R20)."""
        result = super()._mail()
        reminders = self.filtered("user_ids")
        if not reminders:
            return result
        Due = self.env["oversight.indicator.due"]
        owed = {}
        for date_due, group in reminders.grouped(lambda reminder: reminder.report_id.date_due).items():
            owed.update(
                {(agency, date_due): rows for agency, rows in Due._missing_by_agency(group.agency_id, date_due).items()}
            )
        for reminder in reminders:
            rows = owed.get((reminder.agency_id, reminder.report_id.date_due))
            if not rows:
                continue
            items = Markup("").join(
                Markup("<li>%s – %s</li>") % (row.indicator_id.display_name, format_date(self.env, row.date))
                for row in rows
            )
            reminder.report_id.message_post(
                body=Markup("<p>%s</p><ul>%s</ul>")
                % (self.env._("Indicator values to submit with the report:"), items),
                partner_ids=reminder.user_ids.partner_id.ids,
                subtype_xmlid="mail.mt_note",
            )
        return result
