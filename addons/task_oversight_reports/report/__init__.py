from . import report_oversight_consolidated
