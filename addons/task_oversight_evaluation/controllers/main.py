from odoo import http
from odoo.http import content_disposition, request

from odoo.addons.task_oversight_reports.controllers.main import XLSX_MIMETYPE


class OversightEvaluationController(http.Controller):
    @http.route(
        "/task_oversight_evaluation/period/<int:period_id>/xlsx",
        type="http",
        auth="user",
        methods=["GET"],
        readonly=True,
    )
    def period_xlsx(self, period_id):
        """The evaluations of a period the caller may read, built at each download."""
        period = request.env["oversight.evaluation.period"].browse(period_id)
        content, filename = period._xlsx_download()
        return request.make_response(
            content,
            headers=[("Content-Type", XLSX_MIMETYPE), ("Content-Disposition", content_disposition(filename))],
        )
