from odoo import api, models
from odoo.tools.pdf import merge_pdf

from ..tools.page_numbers import number_pages


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    @api.model
    def _run_wkhtmltopdf(
        self,
        bodies,
        report_ref=False,
        header=None,
        footer=None,
        landscape=False,
        specific_paperformat_args=None,
        set_viewport_size=False,
    ):
        """With a paper format of the Decree 30 layout, each document (one body per record)
        is converted on its own and numbered from its first page; the others as Odoo does."""
        paperformat = self._get_report(report_ref).get_paperformat() if report_ref else self.get_paperformat()
        options = {
            "report_ref": report_ref,
            "header": header,
            "footer": footer,
            "landscape": landscape,
            "specific_paperformat_args": specific_paperformat_args,
            "set_viewport_size": set_viewport_size,
        }
        if not paperformat.oversight_page_numbers:
            return super()._run_wkhtmltopdf(bodies, **options)
        documents = [
            number_pages(
                super(IrActionsReport, self)._run_wkhtmltopdf([body], **options),
                paperformat.margin_left,
                paperformat.margin_right,
            )
            for body in bodies
        ]
        return documents[0] if len(documents) == 1 else merge_pdf(documents)
