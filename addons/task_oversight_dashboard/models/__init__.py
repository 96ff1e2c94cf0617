from . import oversight_agency_progress
from . import res_users
