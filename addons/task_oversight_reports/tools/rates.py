"""The rates of R6, written once for the agency reports, the consolidated
totals, the PDF and the XLSX."""

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
