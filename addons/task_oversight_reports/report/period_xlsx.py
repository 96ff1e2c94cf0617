"""The consolidated table of a period as an XLSX workbook, for the Department
of Home Affairs and whoever keeps figures in spreadsheets; built at download
time by ``/task_oversight_reports/period/<id>/xlsx``, never stored."""

import io

import xlsxwriter

from ..models.oversight_agency_report import FIGURE_FIELDS
from ..tools.rates import NOT_APPLICABLE


def period_workbook(period):
    """The workbook of ``period`` (bytes): one row per agency, then the totals."""
    env = period.env
    sections = period._report_sections()
    output = io.BytesIO()
    workbook = xlsxwriter.Workbook(output, {"in_memory": True})
    sheet = workbook.add_worksheet(env._("Consolidated"))
    bold = workbook.add_format({"bold": True, "border": 1, "text_wrap": True, "align": "center"})
    cell = workbook.add_format({"border": 1, "text_wrap": True})
    percent = workbook.add_format({"border": 1, "num_format": "0.0"})
    sheet.write(0, 0, period.company_id.name, workbook.add_format({"bold": True}))
    sheet.write(1, 0, env._("Task completion, month %(period)s", period=period.name))
    for column, header in enumerate(_headers(env)):
        sheet.write(3, column, header, bold)
    sheet.set_row(3, 60)
    sheet.set_column(1, 1, 36)
    for row, report in enumerate(sections["reports"], start=4):
        for column, value in enumerate(_row(report, row - 3)):
            sheet.write(row, column, value, percent if isinstance(value, float) else cell)
    total_row = 4 + len(sections["reports"])
    sheet.write(total_row, 1, env._("Total"), bold)
    for column, name in enumerate(FIGURE_FIELDS[:-1], start=2):
        sheet.write(total_row, column, sections["totals"][name], bold)
    workbook.close()
    return output.getvalue()


def _headers(env):
    fields = env["oversight.agency.report"]._fields
    return [
        env._("No."),
        env._("Agency"),
        *(fields[name]._description_string(env) for name in FIGURE_FIELDS[:-1]),
        fields["completion_rate"]._description_string(env),
        fields["on_time_rate"]._description_string(env),
        fields["volume_group"]._description_string(env),
        fields["group_rank"]._description_string(env),
        env._("Causes, difficulties and proposed solutions"),
    ]


def _row(report, number):
    groups = dict(report._fields["volume_group"]._description_selection(report.env))
    completion, on_time, _late = report._r6_rates()
    return [
        number,
        report.agency_id.name,
        *(report[name] for name in FIGURE_FIELDS[:-1]),
        NOT_APPLICABLE if completion is None else round(completion, 1),
        NOT_APPLICABLE if on_time is None else round(on_time, 1),
        groups.get(report.volume_group, ""),
        report.group_rank or NOT_APPLICABLE,
        "\n".join(filter(None, [report.difficulties, report.proposals])),
    ]
