from . import models, wizard
from . import demo  # extends the models above
