"""19.0.1.2.0: directive symbols are stored in upper case (one document, one number, R13);
users land in Task Oversight; the digest emails list their tasks from a view."""

from odoo import SUPERUSER_ID, api
from odoo.tools import SQL


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    directives = env["oversight.directive"].with_context(active_test=False).search([])
    env.add_to_compute(directives._fields["symbol"], directives)
    directives.flush_recordset(["symbol", "number_seq", "number_year", "doc_type"])
    # tasks assigned before acknowledgements existed were received: no reminder for them
    cr.execute(
        SQL(
            "UPDATE oversight_task SET date_acknowledged = date_assigned "
            "WHERE state <> 'draft' AND date_acknowledged IS NULL"
        )
    )
    # users of Task Oversight land in it, no longer in Discuss
    env["res.users"].search([("share", "=", False)])._oversight_set_home_action()
    # the digest emails now list their tasks from a view (object.lines_html), with the officer in
    # charge: a template never edited since it was installed (written in the same transaction)
    # takes the new body; one the Office reworded keeps its wording, and still works
    for xmlid in ("task_oversight.mail_template_escalation_digest", "task_oversight.mail_template_reminder_digest"):
        template = env.ref(xmlid, raise_if_not_found=False)
        if template and template.write_date == template.create_date:
            template.reset_template()
