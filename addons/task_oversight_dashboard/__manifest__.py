{
    "name": "Task Oversight Dashboard",
    "version": "19.0.1.0.0",
    "category": "Productivity/Task Oversight",
    "summary": "The leaders' dashboard of the tasks they assigned, on Odoo's spreadsheet dashboards",
    "author": "Task Oversight contributors",
    "website": "https://github.com/task-oversight/task-oversight",
    "license": "LGPL-3",
    "depends": ["task_oversight_reports", "task_oversight_inspection", "spreadsheet_dashboard"],
    "data": [
        "security/ir.model.access.csv",
        "security/ir_rule.xml",
        "data/spreadsheet_dashboard_data.xml",
        "views/task_oversight_dashboard_menus.xml",
    ],
    "assets": {
        "spreadsheet.o_spreadsheet": [
            "task_oversight_dashboard/static/src/**/*.js",
        ],
        "web.assets_tests": [
            "task_oversight_dashboard/static/tests/tours/*.js",
        ],
    },
    "post_init_hook": "_post_init_hook",
    "installable": True,
}
