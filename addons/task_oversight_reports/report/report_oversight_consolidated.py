from odoo import api, models
from odoo.exceptions import AccessError


class ReportOversightConsolidated(models.AbstractModel):
    """The consolidated report is the Office's and the leaders' until it is
    published; then every agency user may print it (its appendix lists only
    the tasks of the reader's own agency, as the record rules allow)."""

    _name = "report.task_oversight_reports.report_oversight_consolidated"
    _description = "Consolidated Period Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        periods = self.env["oversight.report.period"].browse(docids)
        periods.check_access("read")
        user = self.env.user
        insider = user.has_group("task_oversight.group_office") or user.has_group("task_oversight.group_leader")
        if not insider and periods.filtered(lambda period: period.state != "published"):
            raise AccessError(self.env._("The consolidated report can be read by agencies once it is published."))
        return {"doc_ids": docids, "doc_model": periods._name, "docs": periods}
