from odoo import fields, models


class ReportPaperformat(models.Model):
    _inherit = "report.paperformat"

    oversight_page_numbers = fields.Boolean(
        string="Decree 30 Page Numbers",
        help="Number the pages of the PDF from the second one, centred in the top margin "
        "(Decree 30/2020/NĐ-CP), whatever the build of wkhtmltopdf.",
    )
