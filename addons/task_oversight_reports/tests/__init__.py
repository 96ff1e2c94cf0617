from . import test_task_sheet
