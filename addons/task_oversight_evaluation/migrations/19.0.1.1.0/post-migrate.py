"""19.0.1.1.0: deputies (cấp phó) are evaluated as deputies, by the head of their agency,
no longer as heads; the evaluations not reviewed yet are computed again."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    evaluations = env["oversight.evaluation"].search([("role", "=", "head")])
    deputies = evaluations.filtered(lambda evaluation: evaluation.user_id in evaluation.agency_id.deputy_user_ids)
    deputies._workflow_write({"role": "deputy"})
    for period in deputies.filtered(lambda evaluation: evaluation.state in ("draft", "self_assessed")).period_id:
        env["oversight.evaluation"]._evaluate(period)
