from odoo import api, models

DEMO_SELF_ASSESSMENT = (
    "Chấp hành nghiêm chủ trương, đường lối của Đảng, pháp luật của Nhà nước; giữ gìn kỷ luật, kỷ cương "
    "hành chính; tinh thần trách nhiệm cao, phục vụ người dân và doanh nghiệp tận tình."
)


class OversightEvaluationPeriod(models.Model):
    _inherit = "oversight.evaluation.period"

    @api.model
    def _load_demo_evaluations(self):
        """Last month's period, with the officer of Sở Nội vụ's self-assessment sent: its head reviews it."""
        self.sudo()._cron_create_periods()
        company = self.env.company
        start = self._last_closed_start(company, company._oversight_today())
        period = self.sudo().search([("company_id", "=", company.id), ("date_from", "=", start)], limit=1)
        officer = self.env.ref("task_oversight.user_officer_snv", raise_if_not_found=False)
        evaluation = period.evaluation_ids.filtered(lambda evaluation: evaluation.user_id == officer)
        if evaluation:
            evaluation.write({"self_general_points": 27, "self_assessment": DEMO_SELF_ASSESSMENT})
            evaluation.action_self_assess()
        return period
