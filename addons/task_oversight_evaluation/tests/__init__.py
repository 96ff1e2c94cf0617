from . import test_access, test_allowlist, test_evaluation, test_output, test_scoring, test_workflow
