from . import test_access
from . import test_agency
from . import test_deadline_status
from . import test_directive
from . import test_extension
from . import test_i18n
from . import test_task_flow
from . import test_tours
