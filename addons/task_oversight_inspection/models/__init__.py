from . import (
    oversight_agency,
    oversight_agency_report,
    oversight_inspection,
    oversight_inspection_line,
    oversight_inspection_plan,
    oversight_inspection_recommendation,
    oversight_inspection_reminder,
    res_company,
    res_config_settings,
)
