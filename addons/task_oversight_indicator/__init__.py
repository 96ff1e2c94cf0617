from . import controllers, models, report, wizard
from . import demo  # extends the models above
