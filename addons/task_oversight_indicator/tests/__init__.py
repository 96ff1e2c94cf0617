from . import test_access
from . import test_allowlist
from . import test_demo
from . import test_explanation
from . import test_output
from . import test_status
from . import test_workflow
