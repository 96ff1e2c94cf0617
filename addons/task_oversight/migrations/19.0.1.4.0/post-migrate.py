"""19.0.1.4.0: a notice's "Mailed On" is read from the digests that list it, no longer
stored on the notice (the digest job no longer rewrites every notice it mails): the
columns are dropped. The digests, which hold the same dates, are kept."""

from odoo.tools import SQL

NOTICE_TABLES = ("oversight_task_escalation", "oversight_task_reminder")


def migrate(cr, version):
    for table in NOTICE_TABLES:
        cr.execute(SQL("ALTER TABLE %s DROP COLUMN IF EXISTS digest_date", SQL.identifier(table)))
