from . import controllers
from . import tools
from . import models
from . import demo
from . import report
from . import wizard
