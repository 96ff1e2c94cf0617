"""The rates of R6, written once for the agency reports, the consolidated
totals, the PDF and the XLSX."""

from odoo.tools import SQL
from odoo.tools.misc import formatLang

NOT_APPLICABLE = "—"


def r6_rates(done_on_time, done_late, open_overdue):
    """``(completion, on_time, late)`` in percent, each ``None`` when there is
    nothing to judge: completion = completed ÷ (completed + overdue not
    completed), the Government Office's formula; on time and late ÷ completed."""
    done = done_on_time + done_late
    judged = done + open_overdue
    return (
        100.0 * done / judged if judged else None,
        100.0 * done_on_time / done if done else None,
        100.0 * done_late / done if done else None,
    )


def rate_text(env, rate):
    """A rate as printed: "92,5" in Vietnamese, "—" where there is nothing to judge."""
    return NOT_APPLICABLE if rate is None else formatLang(env, rate, digits=1)


RATE_FIELDS = ("completion_rate", "on_time_rate")


def r6_rate_sql(fname, on_time, late, overdue):
    """The SQL of ``fname`` (a field of ``RATE_FIELDS``) over a group, from the
    SQL of its sums of tasks completed on time, completed late and overdue:
    a ratio of sums, NULL where nothing is judged, right at every grouping."""
    if fname == "completion_rate":
        return SQL("100.0 * (%s + %s) / NULLIF(%s + %s + %s, 0)", on_time, late, on_time, late, overdue)
    return SQL("100.0 * %s / NULLIF(%s + %s, 0)", on_time, on_time, late)
