"""The consolidated table of a period as an XLSX workbook, for the Department
of Home Affairs and whoever keeps figures in spreadsheets; built at download
time by ``/task_oversight_reports/period/<id>/xlsx``, never stored."""

from odoo.addons.task_oversight.tools.xlsx import table_workbook

from ..models.oversight_agency_report import FIGURE_FIELDS
from ..tools.rates import NOT_APPLICABLE


def period_workbook(period):
    """The workbook of ``period`` (bytes): one row per agency, then the totals."""
    env = period.env
    sections = period._report_sections()
    rows = [_row(report, number) for number, report in enumerate(sections["reports"], start=1)]
    figures = sections["totals"]
    label = env._("Total")
    totals = ["", label, *(figures[name] for name in FIGURE_FIELDS[:-1])]
    return table_workbook(
        env._("Consolidated"),
        [period.company_id.name, env._("Task completion, month %(period)s", period=period.name)],
        _headers(env),
        rows,
        totals=totals,
        widths={1: 36},
        number_format="0.0",
        header_height=60,
    )


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
