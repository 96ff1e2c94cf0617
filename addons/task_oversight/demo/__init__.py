from . import oversight_agency_demo
from . import oversight_task_demo
