from . import oversight_task_demo
