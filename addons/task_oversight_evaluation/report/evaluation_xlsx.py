"""The evaluations of a period as an XLSX workbook for the Department of Home
Affairs: one row per person the downloader may read; built at download time by
``/task_oversight_evaluation/period/<id>/xlsx``, never stored."""

from odoo.addons.task_oversight.tools.xlsx import table_workbook

COLUMNS = (
    "agency_id",
    "user_id",
    "role",
    "product_count",
    "weight_assigned",
    "weight_completed",
    "quantity_rate",
    "quality_rate",
    "progress_rate",
    "result_points",
    "own_result_points",
    "agency_result_points",
    "self_general_points",
    "general_points",
    "total_points",
    "grade",
    "state",
    "review_note",
)


def evaluation_workbook(period):
    """The workbook (bytes) of the evaluations of ``period`` readable in its environment."""
    env = period.env
    fields = env["oversight.evaluation"]._fields
    evaluations = [evaluation for _agency, group in period._report_agencies() for evaluation in group]
    return table_workbook(
        env._("Evaluations"),
        [period.company_id.name, env._("Evaluation and grading of civil servants, %(period)s", period=period.name)],
        [env._("No."), *(fields[name]._description_string(env) for name in COLUMNS)],
        [[number, *(_value(evaluation, name) for name in COLUMNS)] for number, evaluation in enumerate(evaluations, 1)],
        widths={(0, len(COLUMNS)): 14, (1, 2): 30},
    )


def _value(evaluation, name):
    field = evaluation._fields[name]
    value = evaluation[name]
    if field.type == "many2one":
        return value.display_name or ""
    if name == "grade" and evaluation.state in ("draft", "self_assessed"):
        return ""  # provisional until the review
    if field.type == "selection":
        return dict(field._description_selection(evaluation.env)).get(value, "")
    return value
