from . import (
    oversight_evaluation,
    oversight_evaluation_line,
    oversight_evaluation_period,
    oversight_task,
    res_company,
    res_config_settings,
    res_users,
)
