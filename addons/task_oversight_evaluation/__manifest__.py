{
    "name": "Task Oversight Evaluation",
    "version": "19.0.1.1.0",
    "category": "Productivity/Task Oversight",
    "summary": "Monthly evaluation of officers and agency heads from their task results (Decree 335/2025/NĐ-CP)",
    "author": "Task Oversight contributors",
    "website": "https://github.com/task-oversight/task-oversight",
    "license": "LGPL-3",
    "depends": ["task_oversight"],
    "external_dependencies": {"python": ["xlsxwriter"]},
    "data": [
        "security/task_oversight_evaluation_security.xml",
        "security/ir.model.access.csv",
        "security/ir_rule.xml",
        "data/ir_cron_data.xml",
        "views/oversight_evaluation_views.xml",
        "views/oversight_evaluation_period_views.xml",
        "views/oversight_task_views.xml",
        "views/res_config_settings_views.xml",
        "wizard/oversight_evaluation_waiver_views.xml",
        "report/oversight_evaluation_reports.xml",
        "report/oversight_evaluation_templates.xml",
        "views/task_oversight_evaluation_menus.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "task_oversight_evaluation/static/tests/tours/*.js",
        ],
    },
    "demo": [
        "demo/oversight_evaluation_demo.xml",
    ],
    "installable": True,
}
