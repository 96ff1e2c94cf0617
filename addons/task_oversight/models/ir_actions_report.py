from odoo import api, models
from odoo.tools.pdf import merge_pdf

from ..tools.page_numbers import number_pages


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    @api.model
    def _run_wkhtmltopdf(self, bodies, report_ref=False, **options):
        """With a paper format of the Decree 30 layout, each document (one body per record)
        is converted on its own and numbered from its first page; the others as Odoo does."""
        paperformat = self._get_report(report_ref).get_paperformat() if report_ref else self.get_paperformat()
        if not paperformat.oversight_page_numbers:
            return super()._run_wkhtmltopdf(bodies, report_ref=report_ref, **options)
        documents = [
            number_pages(
                super(IrActionsReport, self)._run_wkhtmltopdf([body], report_ref=report_ref, **options),
                paperformat.margin_left,
                paperformat.margin_right,
            )
            for body in bodies
        ]
        return documents[0] if len(documents) == 1 else merge_pdf(documents)
