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
HEADLINES = [
    ("task_count", "Tasks", "#EFF6FF"),
    ("done_count", "Completed", "#ECFDF5"),
    ("overdue_count", "Overdue", "#FEF2F2"),
    ("completion_rate", "Completion rate (%)", "#FFF7ED"),
    ("on_time_rate", "On-time rate (%)", "#FFF7ED"),
]


def measure(name, label):
    return {"id": name, "fieldName": name, "userDefinedName": label}


def pivot(pivot_id, name, rows, measures, *, sorted_by=None, domain=()):
    definition = {
        "type": "ODOO",
        "id": pivot_id,
        "formulaId": pivot_id,
        "name": name,
        "model": MODEL,
        "domain": list(domain),
        "context": {},
        "rows": [{"fieldName": row} for row in rows],
        "columns": [],
        "measures": measures,
        "fieldMatching": MATCHING,
    }
    if sorted_by:
        definition["sortedColumn"] = {"measure": sorted_by, "order": "desc", "domain": []}
    return definition


def scorecard(index, field, title, background):
    figure_id = f"oversight-headline-{field}"
    return {
        "id": figure_id,
        "width": 190,
        "height": 106,
        "tag": "chart",
        "col": 0,
        "row": 1,
        "offset": {"x": 200 * index, "y": 8},
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


def odoo_chart(figure_id, kind, title, *, group_by, field, row, domain=()):
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
            "metaData": {"groupBy": group_by, "measure": field, "order": None, "resModel": MODEL, "mode": "bar"},
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


def dashboard():
    cells = {
        "A1": '=_t("Task Oversight – the tasks assigned by the leaders")',
        "A9": '=_t("Agencies ranked by completion rate")',
        "A10": "=PIVOT(2, 30, FALSE, FALSE)",
        "A43": '=_t("Key tasks overdue")',
        "A44": '=ODOO.LIST.HEADER(1, "code", _t("Reference"))',
        "B44": '=ODOO.LIST.HEADER(1, "name", _t("Task"))',
        "C44": '=ODOO.LIST.HEADER(1, "lead_agency_id", _t("Lead agency"))',
        "D44": '=ODOO.LIST.HEADER(1, "days_overdue", _t("Days overdue"))',
    }
    for line in range(1, 11):
        row = 44 + line
        cells[f"A{row}"] = f'=ODOO.LIST(1,{line},"code")'
        cells[f"B{row}"] = f'=ODOO.LIST(1,{line},"name")'
        cells[f"C{row}"] = f'=ODOO.LIST(1,{line},"lead_agency_id")'
        cells[f"D{row}"] = f'=ODOO.LIST(1,{line},"days_overdue")'
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
    rows = {"0": {"size": 40}, "1": {"size": 120}, "2": {"size": 340}, "4": {"size": 340}, "6": {"size": 340}}
    return {
        "version": "18.5.10",
        "sheets": [
            {
                "id": "oversight-dashboard",
                "name": "Dashboard",
                "colNumber": 8,
                "rowNumber": 60,
                "rows": rows,
                "cols": {"0": {"size": 220}, "1": {"size": 420}, "2": {"size": 220}, "3": {"size": 110}},
                "merges": [],
                "cells": cells,
                "styles": {"A1": 1, "A9": 2, "A43": 2},
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
        },
        "formats": {},
        "borders": {},
        "revisionId": "START_REVISION",
        "uniqueFigureIds": True,
        "settings": {},
        "pivots": {
            "1": pivot("1", "Headline figures", [], [measure(field, field) for field, *_rest in HEADLINES]),
            "2": pivot(
                "2",
                "Agencies ranked",
                ["lead_agency_id"],
                [
                    measure("completion_rate", "Completion rate (%)"),
                    measure("on_time_rate", "On-time rate (%)"),
                    measure("task_count", "Tasks"),
                    measure("overdue_count", "Overdue"),
                ],
                sorted_by="completion_rate",
            ),
        },
        "pivotNextId": 3,
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
            }
        },
        "listNextId": 2,
        "chartOdooMenusReferences": {},
    }


if __name__ == "__main__":
    OUTPUT.write_text(json.dumps(dashboard(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {OUTPUT}")
