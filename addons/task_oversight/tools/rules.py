"""The rules that decide a task's status, each written once: a Python predicate and, beside
it, the SQL fragment the jobs and the reports use, so that the form, the daily job, the
reminders and the monthly figures can never disagree on a day (e.g. at the end of a month).

R5 — overdue: an open task is judged on its reference day (the date of its completion report
while the Office has not confirmed it, else today or the cut-off date) and is overdue when
that day is after its effective deadline.

R7 — no recent report: a task without a deadline is flagged (and urged) when the number of
months set in Settings has passed since its assignment or its last progress report.
"""

from dateutil.relativedelta import relativedelta

from odoo.tools import SQL


def is_overdue(reference, deadline):
    """R5: judged on ``reference``, a task due on ``deadline`` is overdue."""
    return bool(deadline) and reference > deadline


def overdue_sql(reference, deadline):
    """R5 in SQL (``reference`` and ``deadline``: SQL of dates)."""
    return SQL("(%s > %s)", reference, deadline)


def is_silent(since, months, day):
    """R7: on ``day``, ``months`` months have passed since ``since`` (assignment or last report)."""
    return since + relativedelta(months=months) <= day


def silent_sql(since, months, day):
    """R7 in SQL: PostgreSQL adds months as relativedelta does (31 January + 1 month = 28
    February), so both agree on every day."""
    return SQL("(%s + make_interval(months => %s) <= %s)", since, months, day)
