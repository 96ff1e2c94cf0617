"""Write the leaders' indicator dashboard of task_oversight_indicator.

    .venv/bin/python tools/make_indicator_dashboard.py

Like tools/make_dashboard.py for the tasks: the dashboard is an o-spreadsheet JSON file loaded
by spreadsheet_dashboard, generated from this script (a readable diff here), in the dashboard
group of task_oversight_dashboard. Every text is an _t() term, translated by the addon's vi.po.
"""

import json
from pathlib import Path

OUTPUT = (
    Path(__file__).resolve().parent.parent
    / "addons/task_oversight_indicator/data/files/oversight_indicator_dashboard.json"
)
AGENCY_FILTER = "7c1d2e3f-4a5b-4c6d-8e7f-0a1de0000101"
CATEGORY_ROWS = 30
LIST_COLUMNS = [
    ("code", "Code", 80),
    ("name", "Indicator", 380),
    ("agency_id", "Responsible agency", 220),
    ("uom_label", "Unit", 80),
    ("current_target", "Target of the year", 110),
    ("current_ytd", "Year to date", 110),
    ("current_plan_rate", "% of target", 90),
    ("current_yoy_rate", "vs last year (%)", 100),
    ("status", "Assessment", 110),
]
# the status column's colours (R20), on the stored key the list cell shows translated: the rule
# reads the key through a hidden helper column
STATUS_COLOURS = [("off_track", "#F8D7DA"), ("at_risk", "#FFE8CC"), ("on_track", "#D1F2DC"), ("not_due", "#E9ECEF")]


def column(index):
    return chr(ord("A") + index)


def dashboard():
    cells = {
        "A1": '=_t("Socio-economic indicators of the year: off track first")',
        "A3": '=_t("Indicators by status")',
    }
    header_row = 4
    for index, (field, label, _width) in enumerate(LIST_COLUMNS):
        cells[f"{column(index)}{header_row}"] = f'=ODOO.LIST.HEADER(1, "{field}", _t("{label}"))'
    for line in range(1, CATEGORY_ROWS + 1):
        row = header_row + line
        for index, (field, _label, _width) in enumerate(LIST_COLUMNS):
            cells[f"{column(index)}{row}"] = f'=ODOO.LIST(1,{line},"{field}")'
        cells[f"K{row}"] = f'=ODOO.LIST(1,{line},"status_rank")'
    commune_row = header_row + CATEGORY_ROWS + 3
    cells[f"A{commune_row - 1}"] = '=_t("Communes and wards: their shares of the targets, by status")'
    cells[f"A{commune_row}"] = "=PIVOT(1)"
    category_row = commune_row + 30
    cells[f"A{category_row - 1}"] = '=_t("Indicators by category and status")'
    cells[f"A{category_row}"] = "=PIVOT(2)"
    last = header_row + CATEGORY_ROWS
    status_range = f"A{header_row + 1}:I{last}"
    conditional = [
        {
            "id": f"indicator-status-{rank}",
            "rule": {
                "type": "CellIsRule",
                "operator": "customFormula",
                "values": [f"=$K{header_row + 1}={rank}"],
                "style": {"fillColor": colour},
            },
            "ranges": [status_range],
        }
        for rank, (_key, colour) in enumerate(STATUS_COLOURS, start=1)
    ]
    return {
        "version": "18.5.10",
        "sheets": [
            {
                "id": "oversight-indicators",
                "name": "Indicators",
                "colNumber": 11,
                "rowNumber": category_row + 30,
                "rows": {"0": {"size": 40}},
                "cols": {
                    **{str(index): {"size": width} for index, (_f, _l, width) in enumerate(LIST_COLUMNS)},
                    "10": {"size": 40, "isHidden": True},
                },
                "merges": [],
                "cells": cells,
                "styles": {"A1": 1, "A3": 2, f"A{commune_row - 1}": 2, f"A{category_row - 1}": 2},
                "formats": {},
                "borders": {},
                "conditionalFormats": conditional,
                "dataValidationRules": [],
                "figures": [],
                "tables": [],
                "areGridLinesVisible": False,
                "isVisible": True,
                "headerGroups": {"ROW": [], "COL": []},
                "comments": {},
            }
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
            "1": {
                "type": "ODOO",
                "id": "1",
                "formulaId": "1",
                "name": "Communes by status",
                "model": "oversight.indicator.value",
                "domain": [["is_effective", "=", True], ["agency_id.agency_type", "=", "commune"]],
                "context": {},
                "rows": [{"fieldName": "agency_id"}],
                "columns": [{"fieldName": "status"}],
                "measures": [{"id": "__count", "fieldName": "__count", "userDefinedName": "Values"}],
                "fieldMatching": {AGENCY_FILTER: {"chain": "agency_id", "type": "many2one"}},
            },
            "2": {
                "type": "ODOO",
                "id": "2",
                "formulaId": "2",
                "name": "Indicators by category",
                "model": "oversight.indicator",
                "domain": [],
                "context": {},
                "rows": [{"fieldName": "category"}],
                "columns": [{"fieldName": "status"}],
                "measures": [{"id": "__count", "fieldName": "__count", "userDefinedName": "Indicators"}],
                "fieldMatching": {AGENCY_FILTER: {"chain": "agency_id", "type": "many2one"}},
            },
        },
        "pivotNextId": 3,
        "customTableStyles": {},
        "globalFilters": [
            {"id": AGENCY_FILTER, "type": "relation", "label": "Responsible agency", "modelName": "oversight.agency"},
        ],
        "lists": {
            "1": {
                "id": "1",
                "name": "Indicators, off track first",
                "model": "oversight.indicator",
                "columns": [field for field, _label, _width in LIST_COLUMNS] + ["status_rank"],
                "domain": [],
                "context": {},
                "orderBy": [{"name": "status_rank", "asc": True}, {"name": "current_plan_rate", "asc": True}],
                "fieldMatching": {AGENCY_FILTER: {"chain": "agency_id", "type": "many2one"}},
            }
        },
        "listNextId": 2,
        "chartOdooMenusReferences": {},
    }


if __name__ == "__main__":
    OUTPUT.write_text(json.dumps(dashboard(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {OUTPUT}")
