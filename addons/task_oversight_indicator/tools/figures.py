"""The figures of an indicator's value (R20), from plain numbers: the year to date, the share
of the yearly target expected by a date and the status. Pure functions, so that the fixture
of the tests is worked out by hand against them; the model feeds them the values of a whole
set of series at once and rounds what it stores, once, half up."""

from dataclasses import dataclass

PERIODS_PER_YEAR = {"month": 12, "quarter": 4, "year": 1}


@dataclass(frozen=True)
class Thresholds:
    """Performance against what is expected by the date, in percent: on track from
    ``on_track``, at risk from ``off_track``, off track below."""

    on_track: float = 95.0
    off_track: float = 80.0


def year_to_date(aggregation, values):
    """``values``: ``[(date, value)]`` of one series in one year up to the date, in date order
    (missing periods are simply absent). ``None`` when there is no value."""
    if not values:
        return None
    numbers = [value for _date, value in values]
    if aggregation == "sum":
        return sum(numbers)
    if aggregation == "average":
        return sum(numbers) / len(numbers)
    return numbers[-1]


def periods_elapsed(frequency, day):
    """How many periods of the year end by ``day``, itself the end of a period."""
    if frequency == "month":
        return day.month
    if frequency == "quarter":
        return (day.month - 1) // 3 + 1
    return 1


def expected_value(aggregation, frequency, day, target, scenario=None):
    """The year-to-date value expected at ``day`` (the end of a period): from the quarterly
    scenario when there is one (the value of each quarter for a sum — prorated by month
    inside a quarter —, the level expected in that quarter otherwise), else linear for a sum
    and the target itself for an average or a last value."""
    quarter = (day.month - 1) // 3 + 1
    if scenario and all(value is not None for value in scenario):
        if aggregation != "sum":
            return scenario[quarter - 1]
        months_in_quarter = day.month - 3 * (quarter - 1) if frequency == "month" else 3
        return sum(scenario[: quarter - 1]) + scenario[quarter - 1] * months_in_quarter / 3
    if aggregation != "sum":
        return target
    return target * periods_elapsed(frequency, day) / PERIODS_PER_YEAR[frequency]


def rate(part, whole):
    """``part`` in percent of ``whole``; ``None`` when it cannot be said."""
    if part is None or not whole:
        return None
    return part * 100.0 / whole


def performance(direction, ytd, expected):
    """How the year to date compares with what is expected, in percent (100: exactly as
    planned), whichever way is better: for a lower-is-better indicator, the expected value
    over the actual one (nothing at all is perfect)."""
    if ytd is None or expected is None:
        return None
    if direction == "decrease":
        if ytd <= 0:
            return float("inf") if expected >= 0 else None
        return expected * 100.0 / ytd
    if not expected:
        return None
    return ytd * 100.0 / expected


def status(direction, ytd, expected, thresholds):
    """R20: ``on_track``, ``at_risk``, ``off_track``; ``not_due`` when nothing is expected
    yet or nothing can be compared (no target)."""
    score = performance(direction, ytd, expected)
    if score is None:
        return "not_due"
    if score >= thresholds.on_track:
        return "on_track"
    if score >= thresholds.off_track:
        return "at_risk"
    return "off_track"
