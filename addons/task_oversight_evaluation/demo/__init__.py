from . import oversight_evaluation_period_demo
