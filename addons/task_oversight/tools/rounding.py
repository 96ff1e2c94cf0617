"""Rounding of the figures the addons show and store: once, half up, from the unrounded
value (Python's ``round`` rounds half to even, and on a binary float: 62.705 → 62.7, and a
hundredth flips a grade at 89.99 / 90)."""

from decimal import ROUND_HALF_UP, Decimal


def half_up(value, digits):
    """``value`` rounded half up to ``digits`` decimals (``None`` stays ``None``)."""
    if value is None:
        return None
    return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))
