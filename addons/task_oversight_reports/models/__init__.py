from . import res_company
from . import res_config_settings
from . import res_users
from . import oversight_report_period
from . import oversight_agency_report
from . import oversight_agency_report_line
from . import oversight_agency_report_reminder
from . import oversight_task_analysis
