from . import oversight_inspection_demo
