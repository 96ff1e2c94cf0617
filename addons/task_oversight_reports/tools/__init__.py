from . import rates
