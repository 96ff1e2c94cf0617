from . import test_proposal
