"""The arithmetic of Decree 335/2025/NĐ-CP on task results, with every number
taken from a :class:`Rules` (the company's settings), so that a province's own
implementing rules change data, not code.

A product (sản phẩm/công việc, here a task) of weight *w* (hệ số quy đổi) scores

- quantity: *w* when completed, else 0;
- quality: *w* less the quality deduction for each return of its completion
  report not waived, when completed, else 0;
- progress: *w* less the delay deduction when completed after its effective
  deadline and not waived, when completed, else 0.

Each part's percentage is its points over the weight assigned; the results
points are the parts' weighted mean times the results maximum (70).

Every function returns unrounded values: figures are rounded once, half up, where
they are stored or shown (``task_oversight.tools.rounding.half_up``), never an
intermediate one.
"""

from dataclasses import dataclass

GRADES = [
    ("excellent", "Excellent"),
    ("good", "Good"),
    ("completed", "Completed"),
    ("not_completed", "Not Completed"),
]


@dataclass(frozen=True)
class Rules:
    general_max: int = 30
    result_max: int = 70
    weight_quantity: int = 1
    weight_quality: int = 1
    weight_progress: int = 1
    quality_deduction: int = 25  # percent of the product's quality points, per return
    delay_deduction: int = 25  # percent of the product's progress points, per delay
    band_excellent: int = 90
    band_good: int = 70
    band_completed: int = 50
    excellent_cap: int = 20  # percent
    cap_base: str = "good"  # "good" (the decree's words) or "good_or_better"
    head_own_share: int = 50  # percent of a head's results from its own products


@dataclass(frozen=True)
class Product:
    weight: float
    completed: bool
    returns: int = 0  # returned completion reports counted against quality
    delays: int = 0  # 1 when completed after the effective deadline
    quality_waived: bool = False
    delay_waived: bool = False


def _deducted(weight, count, percent):
    return max(0.0, weight * (1 - count * percent / 100))


def product_points(product, rules):
    """``(quantity, quality, progress)`` points of one product."""
    if not product.completed:
        return 0.0, 0.0, 0.0
    returns = 0 if product.quality_waived else product.returns
    delays = 0 if product.delay_waived else product.delays
    return (
        product.weight,
        _deducted(product.weight, returns, rules.quality_deduction),
        _deducted(product.weight, delays, rules.delay_deduction),
    )


def part_percentages(products, rules):
    """``(quantity %, quality %, progress %)`` of a list of products; ``None`` without products."""
    assigned = sum(product.weight for product in products)
    if not assigned:
        return None
    sums = [0.0, 0.0, 0.0]
    for product in products:
        for index, points in enumerate(product_points(product, rules)):
            sums[index] += points
    return tuple(100 * value / assigned for value in sums)


def result_points(percentages, rules):
    """The results points (0 to ``result_max``) of three part percentages."""
    weights = (rules.weight_quantity, rules.weight_quality, rules.weight_progress)
    mean = sum(weight * value for weight, value in zip(weights, percentages, strict=True)) / sum(weights)
    return rules.result_max * mean / 100


def combined_points(own, agency, rules):
    """A head's (or deputy's) results: its own products' and its agency's, by the configured share;
    one of them alone when the other has no products (``None``)."""
    if own is None or agency is None:
        return own if agency is None else agency
    share = rules.head_own_share / 100
    return share * own + (1 - share) * agency


def grade(total, rules):
    if total >= rules.band_excellent:
        return "excellent"
    if total >= rules.band_good:
        return "good"
    if total >= rules.band_completed:
        return "completed"
    return "not_completed"


def cap_exceeded(counts, rules):
    """Whether the excellent grades of one unit exceed the cap: ``counts`` is
    ``{grade: number}``; the base is those graded good (or good and excellent)."""
    base = counts.get("good", 0)
    if rules.cap_base == "good_or_better":
        base += counts.get("excellent", 0)
    return counts.get("excellent", 0) * 100 > rules.excellent_cap * base
