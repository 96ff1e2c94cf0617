"""Write the leaders' spreadsheet dashboard of task_oversight_dashboard.

    .venv/bin/python tools/make_dashboard.py

The dashboard is data (an o-spreadsheet JSON file loaded by spreadsheet_dashboard);
this script is its source, so that a change is a readable diff here and the JSON
is regenerated, not edited by hand. Every text is an _t() term, translated by
the addon's vi.po.
"""

import json
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "addons/task_oversight_dashboard/data/files/oversight_dashboard.json"
MODEL = "oversight.task.analysis"
PERIOD_FILTER = "5b0e7f1c-0d6a-4c1e-9a50-0a1de0000001"
AGENCY_FILTER = "5b0e7f1c-0d6a-4c1e-9a50-0a1de0000002"
LEADER_FILTER = "5b0e7f1c-0d6a-4c1e-9a50-0a1de0000003"
MATCHING = {
    PERIOD_FILTER: {"chain": "date_assigned", "type": "date", "offset": 0},
    AGENCY_FILTER: {"chain": "lead_agency_id", "type": "many2one"},
    LEADER_FILTER: {"chain": "leader_id", "type": "many2one"},
}
# the task list has its own fields
TASK_MATCHING = {
    PERIOD_FILTER: {"chain": "date_assigned", "type": "date", "offset": 0},
    AGENCY_FILTER: {"chain": "lead_agency_id", "type": "many2one"},
    LEADER_FILTER: {"chain": "leader_id", "type": "many2one"},
}
PROGRESS_MODEL = "oversight.agency.progress"
PROGRESS_MATCHING = {AGENCY_FILTER: {"chain": "agency_id", "type": "many2one"}}
HEADLINES = [
    ("task_count", "Tasks", "#EFF6FF"),
    ("done_count", "Completed", "#ECFDF5"),
    ("done_on_time_count", "Completed on time", "#ECFDF5"),
    ("overdue_count", "Overdue", "#FEF2F2"),
    ("completion_rate", "Completion rate (%)", "#FFF7ED"),
    ("on_time_rate", "On-time rate (%)", "#FFF7ED"),
]
# The headline figures two by two: two of 180 px and the gaps fit a phone 390 px wide, where
# the dashboard is the same grid (o-spreadsheet lays nothing out again on a small screen).
HEADLINE_COLUMNS, HEADLINE_WIDTH, HEADLINE_HEIGHT, HEADLINE_GAP = 2, 180, 96, 8
HEADLINE_ROWS = -(-len(HEADLINES) // HEADLINE_COLUMNS)
# The tables: a header row of _t() cells (the pivot's and the list's own headers are the
# pivot's name and measures' labels, which o-spreadsheet does not translate), then values.
RANKING = [
    ("completion_rate", "Completion rate (%)"),
    ("on_time_rate", "On-time rate (%)"),
    ("done_on_time_count", "Completed on time"),
    ("task_count", "Tasks"),
    ("overdue_count", "Overdue"),
]
RANKING_ROWS = 30
KEY_TASKS = [
    ("code", "Reference"),
    ("name", "Task"),
    ("lead_agency_id", "Lead agency"),
    ("days_overdue", "Days overdue"),
]
PROGRESS = [
    ("agency_id", "Agency"),
    ("completion_rate", "Completion rate (%)"),
    ("previous_completion_rate", "Previous period (%)"),
    ("completion_change", "Change (points)"),
    ("on_time_rate", "On-time rate (%)"),
    ("previous_on_time_rate", "Previous period (%)"),
    ("on_time_change", "Change (points)"),
    ("done_on_time", "Completed on time"),
]
PROGRESS_ROWS = 15
RANKING_START = 11  # the ranking's values; row 10 names its columns
KEY_TASKS_TITLE = RANKING_START + RANKING_ROWS + 2
PROGRESS_TITLE = KEY_TASKS_TITLE + 2 + 10 + 2
# the inspections' follow-up (task_oversight_inspection): recommendations not carried out, by agency
RECOMMENDATION_MODEL = "oversight.inspection.recommendation"
RECOMMENDATION_MATCHING = {AGENCY_FILTER: {"chain": "agency_id", "type": "many2one"}}
RECOMMENDATIONS_TITLE = PROGRESS_TITLE + 3 + PROGRESS_ROWS + 1
RECOMMENDATION_ROWS = 15
# the differences with the Government Office's database left open (task_oversight)
OPEN_DIFFERENCES = [["reconciliation_id.is_latest", "=", True], ["mismatch", "!=", "none"], ["resolution", "=", "open"]]


def measure(name):
    """A measure named by its field's label, which the server translates."""
    return {"id": name, "fieldName": name}


def column(index):
    return chr(ord("A") + index)


def pivot(pivot_id, name, rows, measures, *, sorted_by=None, domain=(), model=MODEL, matching=MATCHING):
    definition = {
        "type": "ODOO",
        "id": pivot_id,
        "formulaId": pivot_id,
        "name": name,
        "model": model,
        "domain": list(domain),
        "context": {},
        "rows": [{"fieldName": row} for row in rows],
        "columns": [],
        "measures": measures,
        "fieldMatching": matching,
    }
    if sorted_by:
        definition["sortedColumn"] = {"measure": sorted_by, "order": "desc", "domain": []}
    return definition


def scorecard(index, field, title, background):
    figure_id = f"oversight-headline-{field}"
    return {
        "id": figure_id,
        "width": HEADLINE_WIDTH,
        "height": HEADLINE_HEIGHT,
        "tag": "chart",
        "col": 0,
        "row": 1,
        "offset": {
            "x": HEADLINE_GAP + (HEADLINE_WIDTH + HEADLINE_GAP) * (index % HEADLINE_COLUMNS),
            "y": HEADLINE_GAP + (HEADLINE_HEIGHT + HEADLINE_GAP) * (index // HEADLINE_COLUMNS),
        },
        "data": {
            "type": "scorecard",
            "title": {"text": title, "bold": True, "color": "#434343"},
            "background": background,
            "keyValue": f"Data!C{index + 1}",
            "baselineMode": "difference",
            "baselineColorUp": "#00A04A",
            "baselineColorDown": "#DC6965",
            "humanize": False,
            "chartId": figure_id,
        },
    }


def odoo_chart(figure_id, kind, title, *, group_by, field, row, domain=(), order=None):
    return {
        "id": figure_id,
        "width": 1000,
        "height": 330,
        "tag": "chart",
        "col": 0,
        "row": row,
        "offset": {"x": 0, "y": 0},
        "data": {
            "type": kind,
            "title": {"text": title, "bold": True, "color": "#01666B"},
            "background": "#FFFFFF",
            "legendPosition": "none",
            "metaData": {"groupBy": group_by, "measure": field, "order": order, "resModel": MODEL, "mode": "bar"},
            "searchParams": {
                "comparison": None,
                "context": {},
                "domain": list(domain),
                "groupBy": group_by,
                "orderBy": [],
            },
            "dataSets": [{}],
            "verticalAxisPosition": "left",
            "stacked": False,
            "chartId": figure_id,
            "fieldMatching": MATCHING,
        },
    }


def header_row(cells, row, headers, formula):
    for index, (field, label) in enumerate(headers):
        cells[f"{column(index)}{row}"] = formula(field, label)


def list_rows(cells, list_id, first_row, count, columns):
    for line in range(1, count + 1):
        for index, (field, _label) in enumerate(columns):
            cells[f"{column(index)}{first_row + line - 1}"] = f'=ODOO.LIST({list_id},{line},"{field}")'


def dashboard():
    cells = {
        "A1": '=_t("Task Oversight – the tasks assigned by the leaders")',
        "A9": '=_t("Agencies ranked by completion rate")',
        # no pivot header rows (include_column_titles, include_measure_titles FALSE): row 10 names the columns
        f"A{RANKING_START}": f"=PIVOT(2, {RANKING_ROWS}, FALSE, FALSE, {len(RANKING)}, FALSE)",
        f"A{KEY_TASKS_TITLE}": '=_t("Key tasks overdue")',
        f"A{PROGRESS_TITLE}": '=_t("Who improves: each agency against its previous published period")',
        f"A{PROGRESS_TITLE + 1}": '=_t("Latest published period")',
        f"B{PROGRESS_TITLE + 1}": '=IFERROR(ODOO.LIST(2,1,"period_id"), "—")',
        f"C{PROGRESS_TITLE + 1}": '=_t("Previous period")',
        f"D{PROGRESS_TITLE + 1}": '=IFERROR(ODOO.LIST(2,1,"previous_period_id"), "—")',
    }
    header_row(
        cells, RANKING_START - 1, [("lead_agency_id", "Lead agency"), *RANKING], lambda _f, label: f'=_t("{label}")'
    )
    header_row(
        cells, KEY_TASKS_TITLE + 1, KEY_TASKS, lambda field, label: f'=ODOO.LIST.HEADER(1, "{field}", _t("{label}"))'
    )
    list_rows(cells, 1, KEY_TASKS_TITLE + 2, 10, KEY_TASKS)
    header_row(cells, PROGRESS_TITLE + 2, PROGRESS, lambda _f, label: f'=_t("{label}")')
    cells[f"A{PROGRESS_TITLE + 3}"] = f"=PIVOT(3, {PROGRESS_ROWS}, FALSE, FALSE, {len(PROGRESS) - 1}, FALSE)"
    cells[f"A{RECOMMENDATIONS_TITLE}"] = '=_t("Inspection recommendations not carried out")'
    cells[f"A{RECOMMENDATIONS_TITLE + 1}"] = '=_t("In all")'
    cells[f"B{RECOMMENDATIONS_TITLE + 1}"] = '=IFERROR(PIVOT.VALUE(4,"__count"), 0)'
    header_row(
        cells,
        RECOMMENDATIONS_TITLE + 2,
        [("agency_id", "Agency"), ("__count", "Not carried out")],
        lambda _f, label: f'=_t("{label}")',
    )
    cells[f"A{RECOMMENDATIONS_TITLE + 3}"] = f"=PIVOT(4, {RECOMMENDATION_ROWS}, FALSE, FALSE, 1, FALSE)"
    # the Office's own figure (only it reads the reconciliations): "—" for a leader
    cells[f"D{RECOMMENDATIONS_TITLE}"] = '=_t("Differences with the Government Office left open")'
    cells[f"D{RECOMMENDATIONS_TITLE + 1}"] = '=IFERROR(PIVOT.VALUE(5,"__count"), "—")'
    data_cells = {}
    for index, (field, _title, _background) in enumerate(HEADLINES, start=1):
        data_cells[f"A{index}"] = f'=_t("{_title}")'
        data_cells[f"B{index}"] = f'=PIVOT.VALUE(1,"{field}")'
        data_cells[f"C{index}"] = f'=IFERROR(ROUND(B{index}, 1), "—")'
    figures = [scorecard(index, *headline) for index, headline in enumerate(HEADLINES)]
    figures += [
        odoo_chart(
            "oversight-overdue-by-agency",
            "odoo_bar",
            "Overdue tasks by lead agency",
            group_by=["lead_agency_id"],
            field="overdue_count",
            row=2,
            domain=[["overdue_count", "=", 1]],
            order="DESC",
        ),
        odoo_chart(
            "oversight-completion-trend",
            "odoo_line",
            "Completion rate by month of the deadline (%)",
            group_by=["deadline:month"],
            field="completion_rate",
            row=4,
            domain=[["deadline", "!=", False], "|", ["done_count", "=", 1], ["overdue_count", "=", 1]],
        ),
        odoo_chart(
            "oversight-on-time-trend",
            "odoo_line",
            "On-time rate by month of completion (%)",
            group_by=["date_done:month"],
            field="on_time_rate",
            row=6,
            domain=[["done_count", "=", 1]],
        ),
    ]
    headlines_height = HEADLINE_GAP + (HEADLINE_HEIGHT + HEADLINE_GAP) * HEADLINE_ROWS
    rows = {"0": {"size": 40}, "1": {"size": headlines_height}, "2": {"size": 340}, "4": {"size": 340}}
    rows["6"] = {"size": 340}
    return {
        "version": "18.5.10",
        "sheets": [
            {
                "id": "oversight-dashboard",
                "name": "Dashboard",
                "colNumber": 8,
                "rowNumber": PROGRESS_TITLE + 3 + PROGRESS_ROWS,
                "rows": rows,
                "cols": {
                    "0": {"size": 240},
                    "1": {"size": 360},
                    "2": {"size": 200},
                    **{str(i): {"size": 130} for i in range(3, 8)},
                },
                "merges": [],
                "cells": cells,
                "styles": {
                    "A1": 1,
                    "A9": 2,
                    f"A{KEY_TASKS_TITLE}": 2,
                    f"A{PROGRESS_TITLE}": 2,
                    **{f"{column(i)}{RANKING_START - 1}": 3 for i in range(len(RANKING) + 1)},
                    **{f"{column(i)}{KEY_TASKS_TITLE + 1}": 3 for i in range(len(KEY_TASKS))},
                    **{f"{column(i)}{PROGRESS_TITLE + 2}": 3 for i in range(len(PROGRESS))},
                },
                "formats": {},
                "borders": {},
                "conditionalFormats": [],
                "dataValidationRules": [],
                "figures": figures,
                "tables": [],
                "areGridLinesVisible": False,
                "isVisible": True,
                "headerGroups": {"ROW": [], "COL": []},
                "comments": {},
            },
            {
                "id": "oversight-data",
                "name": "Data",
                "colNumber": 3,
                "rowNumber": 10,
                "rows": {},
                "cols": {},
                "merges": [],
                "cells": data_cells,
                "styles": {},
                "formats": {},
                "borders": {},
                "conditionalFormats": [],
                "dataValidationRules": [],
                "figures": [],
                "tables": [],
                "areGridLinesVisible": True,
                "isVisible": True,
                "headerGroups": {"ROW": [], "COL": []},
                "comments": {},
            },
        ],
        "styles": {
            "1": {"textColor": "#01666b", "bold": True, "fontSize": 16},
            "2": {"textColor": "#01666b", "bold": True, "fontSize": 13},
            "3": {"bold": True, "fillColor": "#F1F5F9"},
        },
        "formats": {},
        "borders": {},
        "revisionId": "START_REVISION",
        "uniqueFigureIds": True,
        "settings": {},
        "pivots": {
            "1": pivot("1", "Headline figures", [], [measure(field) for field, *_rest in HEADLINES]),
            "2": pivot(
                "2",
                "Agencies ranked",
                ["lead_agency_id"],
                [measure(field) for field, _label in RANKING],
                sorted_by="completion_rate",
            ),
            # the largest rise of the completion rate first (an empty change counts as none)
            "3": pivot(
                "3",
                "Who improves",
                ["agency_id"],
                [measure(field) for field, _label in PROGRESS[1:]],
                sorted_by="completion_change",
                model=PROGRESS_MODEL,
                matching=PROGRESS_MATCHING,
            ),
            "4": pivot(
                "4",
                "Recommendations not carried out",
                ["agency_id"],
                [measure("__count")],
                sorted_by="__count",
                domain=[["is_open", "=", True]],
                model=RECOMMENDATION_MODEL,
                matching=RECOMMENDATION_MATCHING,
            ),
            "5": pivot(
                "5",
                "Differences left open",
                [],
                [measure("__count")],
                domain=OPEN_DIFFERENCES,
                model="oversight.task.reconciliation.line",
                matching={},
            ),
        },
        "pivotNextId": 6,
        "customTableStyles": {},
        "globalFilters": [
            {"id": PERIOD_FILTER, "type": "date", "label": "Assigned", "defaultValue": "last_12_months"},
            {"id": AGENCY_FILTER, "type": "relation", "label": "Lead agency", "modelName": "oversight.agency"},
            {"id": LEADER_FILTER, "type": "relation", "label": "Assigning leader", "modelName": "res.users"},
        ],
        "lists": {
            "1": {
                "id": "1",
                "name": "Key tasks overdue",
                "model": "oversight.task",
                "columns": ["code", "name", "lead_agency_id", "effective_deadline", "days_overdue"],
                "domain": [["starred", "=", True], ["deadline_status", "=", "overdue"]],
                "context": {},
                "orderBy": [{"name": "days_overdue", "asc": False}],
                "fieldMatching": TASK_MATCHING,
            },
            # the names of the two periods compared
            "2": {
                "id": "2",
                "name": "Periods compared",
                "model": PROGRESS_MODEL,
                "columns": ["period_id", "previous_period_id"],
                "domain": [],
                "context": {},
                "orderBy": [],
                "fieldMatching": PROGRESS_MATCHING,
            },
        },
        "listNextId": 3,
        "chartOdooMenusReferences": {},
    }


if __name__ == "__main__":
    OUTPUT.write_text(json.dumps(dashboard(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {OUTPUT}")
