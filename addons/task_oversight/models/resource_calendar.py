from bisect import bisect_right
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

    def _oversight_is_working_day_from(self, start, days=400):
        """A predicate telling working days from ``start`` on (one reading of the calendar);
        after ``days`` days, or without a calendar, weekdays are working days."""
        if not self:
            return lambda day: day.weekday() < 5
        end = start + timedelta(days=days)
        unusual = self._get_unusual_days(datetime.combine(start, time.min), datetime.combine(end, time.max))
        days_off = {fields.Date.to_date(day) for day, off in unusual.items() if off}
        return lambda day: day not in days_off if start <= day <= end else day.weekday() < 5

    def _oversight_working_days_before(self, day, count):
        """The last date ``d`` such that ``count`` working days lie after ``d`` up to ``day``.

        A completion report dated on or before it has waited ``count`` working days.
        """
        start = day - timedelta(days=2 * count + MAX_DAYS_OFF)
        unusual = self._get_unusual_days(datetime.combine(start, time.min), datetime.combine(day, time.max))
        working = 0
        current = day
        while current > start:
            if not unusual.get(fields.Date.to_string(current)):
                working += 1
                if working == count:
                    return current - timedelta(days=1)
            current -= timedelta(days=1)
        return start

    def _oversight_working_days_between(self, pairs):
        """``{(start, end): working days}``: the working days after ``start`` up to
        ``end`` (dates), for many pairs with one read of the calendar's days off."""
        if not pairs:
            return {}
        first, last = min(start for start, _end in pairs), max(end for _start, end in pairs)
        unusual = self._get_unusual_days(datetime.combine(first, time.min), datetime.combine(last, time.max))
        working = sorted(
            first + timedelta(days=offset)
            for offset in range((last - first).days + 1)
            if not unusual.get(fields.Date.to_string(first + timedelta(days=offset)))
        )
        position = {day: index for index, day in enumerate(working)}

        def rank(day):  # working days on or before ``day``
            return bisect_right(working, day) if day not in position else position[day] + 1

        return {(start, end): max(rank(end) - rank(start), 0) for start, end in pairs}
