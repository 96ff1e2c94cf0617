from . import models
from . import demo
from . import wizard


def _post_init_hook(env):
    """Give the companies that existed before the install the shipped calendar."""
    calendar = env.ref("task_oversight.resource_calendar_oversight")
    env["res.company"].search([("oversight_calendar_id", "=", False)]).oversight_calendar_id = calendar
    env["res.users"].search([("share", "=", False)])._oversight_set_home_action()
