from odoo import api, models
from odoo.tools.pdf import merge_pdf

from odoo.addons.base.models import ir_actions_report

from ..tools.page_numbers import number_pages
from ..tools.pagination import add_page_breaks, page_size


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    @api.model
    def _run_wkhtmltopdf(self, bodies, report_ref=False, **options):
        """With a paper format of the Decree 30 layout, each document (one body per record)
        gets its page breaks placed in the page, is converted on its own and numbered from
        its first page; the others as Odoo does."""
        paperformat = self._get_report(report_ref).get_paperformat() if report_ref else self.get_paperformat()
        if paperformat.oversight_page_breaks:
            size = self._oversight_page_size(paperformat, options)
            bodies = [add_page_breaks(body, size) for body in bodies] if size else bodies
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

    @api.model
    def _oversight_page_size(self, paperformat, options):
        """The printable page of ``paperformat`` in CSS pixels, as this wkhtmltopdf prints
        with the arguments Odoo gives it (measured once per process and arguments)."""
        command_args = self._build_wkhtmltopdf_args(
            paperformat,
            options.get("landscape", False),
            specific_paperformat_args=options.get("specific_paperformat_args"),
            set_viewport_size=options.get("set_viewport_size", False),
        )
        return page_size(ir_actions_report._run_wkhtmltopdf, tuple(command_args))
