from . import oversight_indicator_demo
