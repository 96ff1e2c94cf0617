from . import test_access
from . import test_allowlist
from . import test_proposal
from . import test_reports
from . import test_workflow
from . import test_year_flow
