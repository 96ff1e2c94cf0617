from . import (
    oversight_agency_report,
    oversight_agency_report_reminder,
    oversight_indicator,
    oversight_indicator_due,
    oversight_indicator_target,
    oversight_indicator_value,
    oversight_task,
    oversight_report_period,
    res_company,
    res_config_settings,
)
