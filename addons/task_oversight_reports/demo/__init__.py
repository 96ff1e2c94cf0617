from . import oversight_report_period_demo
