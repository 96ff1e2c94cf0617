from . import oversight_task_completion_wizard
from . import oversight_task_decision_wizard
from . import oversight_agency_merge
from . import oversight_directive_intake
