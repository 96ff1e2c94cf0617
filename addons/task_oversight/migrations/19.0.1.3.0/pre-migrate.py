"""19.0.1.3.0: the print layout (Decree 30 heading, page number, signature block, style,
paper formats) moved from task_oversight_reports into task_oversight, for every addon
that prints. Its records change module, not identity: the reports that use a paper
format, and any change an administrator made to them, are kept."""

from odoo.tools import SQL

MOVED = (
    "oversight_document_heading",
    "oversight_page_number",
    "oversight_signature_block",
    "oversight_report_style",
    "paperformat_oversight_a4",
    "paperformat_oversight_a4_landscape",
)


def migrate(cr, version):
    cr.execute(
        SQL(
            """UPDATE ir_model_data SET module = 'task_oversight'
                WHERE module = 'task_oversight_reports' AND name IN %s
                  AND NOT EXISTS (SELECT 1 FROM ir_model_data d
                                   WHERE d.module = 'task_oversight' AND d.name = ir_model_data.name)""",
            MOVED,
        )
    )
