from . import test_access
from . import test_allowlist
from . import test_evaluation
from . import test_output
from . import test_scoring
from . import test_workflow
from . import test_batch_queries
