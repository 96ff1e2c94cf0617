from datetime import timedelta

from pytz import timezone, utc

from odoo import models


class ResourceCalendar(models.Model):
    _inherit = "resource.calendar"

    def _oversight_days_off(self):
        """Local dates covered by the calendar's public holidays (global leaves)."""
        self.ensure_one()
        tz = timezone(self.tz or "UTC")
        days = set()
        for leave in self.global_leave_ids:
            start = utc.localize(leave.date_from).astimezone(tz).date()
            end = utc.localize(leave.date_to).astimezone(tz).date()
            days.update(start + timedelta(days=offset) for offset in range((end - start).days + 1))
        return days

    def _oversight_effective_dates(self, dates):
        """Map each date to itself, or to the next working day when it is a day off.

        Civil Code 2015, art. 148: a time limit ending on a day off ends on the
        next working day. Without a calendar every day is a working day.
        """
        if not self:
            return {day: day for day in dates}
        self.ensure_one()
        weekdays = {int(attendance.dayofweek) for attendance in self._get_global_attendances()}
        days_off = self._oversight_days_off()
        result = {}
        for day in dates:
            effective = day
            # a year of consecutive days off only happens with a broken calendar
            for _attempt in range(366):
                if effective.weekday() in weekdays and effective not in days_off:
                    break
                effective += timedelta(days=1)
            else:
                effective = day
            result[day] = effective
        return result
