from odoo import api, models


class ReportOversightConsolidated(models.AbstractModel):
    """The consolidated report is the Office's and the leaders' until it is
    published; then every agency user may print it (its appendix lists only
    the tasks of the reader's own agency, as the record rules allow)."""

    _name = "report.task_oversight_reports.report_oversight_consolidated"
    _description = "Consolidated Period Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        periods = self.env["oversight.report.period"].browse(docids)
        periods._check_consolidated_readable()
        return {"doc_ids": docids, "doc_model": periods._name, "docs": periods}
