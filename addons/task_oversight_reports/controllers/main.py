from odoo import http
from odoo.http import request

from odoo.addons.task_oversight.tools.xlsx import xlsx_response


class OversightReportController(http.Controller):
    @http.route(
        "/task_oversight_reports/period/<int:period_id>/xlsx", type="http", auth="user", methods=["GET"], readonly=True
    )
    def period_xlsx(self, period_id):
        """The consolidated table, built for the caller and never stored: who
        may read it is decided at each download (R16)."""
        period = request.env["oversight.report.period"].browse(period_id)
        content, filename = period._xlsx_download()
        return xlsx_response(content, filename)
