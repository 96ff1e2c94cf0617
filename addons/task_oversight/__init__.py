import logging

from odoo.exceptions import UserError

from . import models
from . import demo
from . import wizard

_logger = logging.getLogger(__name__)


def _post_init_hook(env):
    """Give the companies that existed before the install the shipped calendar; PostgreSQL's
    trigrams for the reconciliation's closest content (a database Odoo creates has them)."""
    try:
        env["oversight.task.reconciliation"]._ensure_trigram()
    except UserError:
        _logger.warning("pg_trgm could not be created: the reconciliation asks the administrator for it")
    calendar = env.ref("task_oversight.resource_calendar_oversight")
    env["res.company"].search([("oversight_calendar_id", "=", False)]).oversight_calendar_id = calendar
    env["res.users"].search([("share", "=", False)])._oversight_set_home_action()
