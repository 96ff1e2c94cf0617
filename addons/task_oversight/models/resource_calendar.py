from datetime import datetime, time, timedelta

from odoo import fields, models

# Longest run of days off a deadline can fall into (Tết with its weekends).
MAX_DAYS_OFF = 31


class ResourceCalendar(models.Model):
    _inherit = "resource.calendar"

    def _oversight_effective_dates(self, dates):
        """Map each date to itself, or to the next working day when it is a day off.

        Civil Code 2015, art. 148: a time limit ending on a day off ends on the
        next working day. Days off are the calendar's own (weekends and global
        leaves, through ``_get_unusual_days``); without a calendar every day is
        a working day.
        """
        if not self or not dates:
            return {day: day for day in dates}
        start = datetime.combine(min(dates), time.min)
        end = datetime.combine(max(dates) + timedelta(days=MAX_DAYS_OFF), time.max)
        days_off = {day for day, unusual in self._get_unusual_days(start, end).items() if unusual}
        result = {}
        for day in dates:
            effective = day
            while fields.Date.to_string(effective) in days_off:
                effective += timedelta(days=1)
            result[day] = effective
        return result
