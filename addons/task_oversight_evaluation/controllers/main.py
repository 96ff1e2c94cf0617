from odoo import http
from odoo.http import request

from odoo.addons.task_oversight.tools.xlsx import xlsx_response


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
        return xlsx_response(content, filename)
