from odoo import fields, models


class ReportPaperformat(models.Model):
    _inherit = "report.paperformat"

    oversight_page_numbers = fields.Boolean(
        string="Decree 30 Page Numbers",
        help="Number the pages of the PDF from the second one, centred in the top margin "
        "(Decree 30/2020/NĐ-CP), whatever the build of wkhtmltopdf.",
    )
    oversight_page_breaks = fields.Boolean(
        string="Decree 30 Page Breaks",
        help="Break the pages before the rows and blocks that would be cut, repeat the header "
        "row of a long table on every page and keep each heading with what follows it, "
        "whatever the build of wkhtmltopdf.",
    )
