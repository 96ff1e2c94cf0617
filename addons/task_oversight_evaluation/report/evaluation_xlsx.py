"""The evaluations of a period as an XLSX workbook for the Department of Home
Affairs: one row per person the downloader may read; built at download time by
``/task_oversight_evaluation/period/<id>/xlsx``, never stored."""

import io

import xlsxwriter

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
    "general_points",
    "total_points",
    "grade",
    "state",
)


def evaluation_workbook(period):
    """The workbook (bytes) of the evaluations of ``period`` readable in its environment."""
    env = period.env
    fields = env["oversight.evaluation"]._fields
    output = io.BytesIO()
    workbook = xlsxwriter.Workbook(output, {"in_memory": True})
    sheet = workbook.add_worksheet(env._("Evaluations"))
    bold = workbook.add_format({"bold": True, "border": 1, "text_wrap": True, "align": "center"})
    cell = workbook.add_format({"border": 1})
    number = workbook.add_format({"border": 1, "num_format": "0.00"})
    sheet.write(0, 0, period.company_id.name, workbook.add_format({"bold": True}))
    sheet.write(1, 0, env._("Evaluation and grading of civil servants, %(period)s", period=period.name))
    sheet.write(3, 0, env._("No."), bold)
    for column, name in enumerate(COLUMNS, start=1):
        sheet.write(3, column, fields[name]._description_string(env), bold)
    sheet.set_column(0, len(COLUMNS), 14)
    sheet.set_column(1, 2, 30)
    sheet.set_row(3, 45)
    row = 4
    for _agency, evaluations in period._report_agencies():
        for evaluation in evaluations:
            sheet.write(row, 0, row - 3, cell)
            for column, name in enumerate(COLUMNS, start=1):
                value = _value(evaluation, name)
                sheet.write(row, column, value, number if isinstance(value, float) else cell)
            row += 1
    workbook.close()
    return output.getvalue()


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
