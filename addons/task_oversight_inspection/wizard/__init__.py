from . import oversight_inspection_decision
