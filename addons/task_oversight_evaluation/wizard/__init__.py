from . import oversight_evaluation_waiver
