from . import models


def _post_init_hook(env):
    """Leaders who existed before the install land on the dashboard too."""
    env["res.users"].search([("share", "=", False)])._oversight_set_home_action()
