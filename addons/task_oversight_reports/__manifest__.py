{
    "name": "Task Oversight Reports",
    "version": "19.0.1.0.0",
    "category": "Productivity/Task Oversight",
    "summary": "Printable task sheets and monthly oversight reports",
    "author": "Task Oversight contributors",
    "website": "https://github.com/task-oversight/task-oversight",
    "license": "LGPL-3",
    "depends": ["task_oversight"],
    "data": [
        "report/oversight_task_sheet_report.xml",
        "report/oversight_task_sheet_templates.xml",
    ],
    "installable": True,
}
