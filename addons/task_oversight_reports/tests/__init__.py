from . import test_task_sheet
from . import test_figures
from . import test_agency_report
from . import test_publication
from . import test_report_access
from . import test_analysis
from . import test_views
