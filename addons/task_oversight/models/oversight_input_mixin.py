import base64
import binascii
import math
import re
from datetime import date, datetime

from odoo import api, models
from odoo.exceptions import ValidationError
from odoo.models import BaseModel

# PostgreSQL's integer column
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
# no figure of these addons comes near it: beyond, a number is a mistake or an attack
FLOAT_LIMIT = 1e15
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?")
DAY_FIRST_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
# x2many commands (odoo.fields.Command) and the arguments each needs after its number
X2MANY_COMMAND_LENGTHS = {0: (3,), 1: (3,), 2: (2, 3), 3: (2, 3), 4: (2, 3), 5: (1, 2, 3), 6: (3,)}
# the types whose empty string is a value, not an empty field
TEXT_TYPES = ("char", "text", "html")


def _is_number(value):
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_id(value):
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= INT_MAX


class InputError(Exception):
    """A value that does not fit its field; ``expected`` says what would."""

    def __init__(self, expected):
        super().__init__(expected)
        self.expected = expected


def _check_text(env, field, value):
    if not isinstance(value, str):
        raise InputError(env._("text"))


def _check_integer(env, field, value):
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not (isinstance(value, int) and not isinstance(value, bool)):
        raise InputError(env._("a whole number"))
    if not INT_MIN <= value <= INT_MAX:
        raise InputError(env._("a whole number between %(low)s and %(high)s", low=INT_MIN, high=INT_MAX))


def _check_float(env, field, value):
    if not _is_number(value):
        raise InputError(env._("a number, for example 12.5"))
    if isinstance(value, int):
        if abs(value) >= FLOAT_LIMIT:
            raise InputError(env._("a number below %(limit)s", limit=f"{FLOAT_LIMIT:,.0f}"))
    elif not math.isfinite(value) or abs(value) >= FLOAT_LIMIT:
        raise InputError(env._("a number below %(limit)s", limit=f"{FLOAT_LIMIT:,.0f}"))


def _check_boolean(env, field, value):
    if not (isinstance(value, bool) or value in (0, 1)):
        raise InputError(env._("true or false"))


def _parsed_date(text):
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _parsed_datetime(text):
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _check_date(env, field, value):
    if isinstance(value, date):
        return
    if isinstance(value, str) and ISO_DATE.fullmatch(value) and _parsed_date(value):
        return
    if isinstance(value, str) and (match := DAY_FIRST_DATE.fullmatch(value.strip())):
        day, month, year = (int(part) for part in match.groups())
        try:
            return_value = date(year, month, day).isoformat()
        except ValueError:
            return_value = None
        if return_value:
            raise InputError(env._("a date: write %(date)s", date=return_value))
    raise InputError(env._("a date written YYYY-MM-DD, for example 2026-12-31"))


def _check_datetime(env, field, value):
    if isinstance(value, datetime | date):
        return
    if isinstance(value, str) and ISO_DATETIME.fullmatch(value) and _parsed_datetime(value):
        return
    raise InputError(env._("a date and time written YYYY-MM-DD HH:MM:SS, for example 2026-12-31 08:30:00"))


def _check_selection(env, field, value):
    keys = [key for key, _label in field._description_selection(env)]
    if value not in keys:
        raise InputError(env._("one of %(values)s", values=", ".join(str(key) for key in keys)))


def _check_many2one(env, field, value):
    if isinstance(value, BaseModel) and value._name == field.comodel_name and len(value) <= 1:
        return
    if not _is_id(value):
        raise InputError(env._("the id of a record (a whole number)"))


def _check_x2many(env, field, value):
    expected = env._("a list of record ids, or of commands such as [4, id]")
    if isinstance(value, BaseModel) and value._name == field.comodel_name:
        return
    if not isinstance(value, list | tuple):
        raise InputError(expected)
    for item in value:
        if _is_id(item):
            continue
        if not isinstance(item, list | tuple) or not item or item[0] not in X2MANY_COMMAND_LENGTHS:
            raise InputError(expected)
        command = item[0]
        if isinstance(command, bool) or len(item) not in X2MANY_COMMAND_LENGTHS[command]:
            raise InputError(expected)
        if command in (1, 2, 3, 4) and not _is_id(item[1]):
            raise InputError(expected)
        if command in (0, 1) and not isinstance(item[2], dict):
            raise InputError(expected)
        if command == 6 and not (isinstance(item[2], list | tuple) and all(_is_id(i) for i in item[2])):
            raise InputError(expected)


def _check_binary(env, field, value):
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        raise InputError(env._("a file, encoded in base64"))
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise InputError(env._("a file, encoded in base64")) from None


CHECKS = {
    "char": _check_text,
    "text": _check_text,
    "html": _check_text,
    "integer": _check_integer,
    "many2one_reference": _check_integer,
    "float": _check_float,
    "monetary": _check_float,
    "boolean": _check_boolean,
    "date": _check_date,
    "datetime": _check_datetime,
    "selection": _check_selection,
    "many2one": _check_many2one,
    "one2many": _check_x2many,
    "many2many": _check_x2many,
    "binary": _check_binary,
}


def check_values(model, vals, names=None):
    """Refuse, with a sentence naming the field and the expected form, a value that does
    not fit its field, before the ORM converts it (where a wrong type would end as a
    Python or PostgreSQL error). ``names``: the fields to check (all by default)."""
    env = model.env
    for name, value in vals.items():
        if names is not None and name not in names:
            continue
        field = model._fields.get(name)
        if field is None:
            raise ValidationError(
                env._(
                    "%(model)s has no field “%(field)s”.",
                    model=env["ir.model"]._get(model._name).name,
                    field=name,
                )
            )
        check = CHECKS.get(field.type)
        if check is None or value is None or value is False or (value == "" and field.type not in TEXT_TYPES):
            continue
        try:
            check(env, field, value)
        except InputError as error:
            shown = str(value)
            raise ValidationError(
                env._(
                    "“%(field)s”: “%(value)s” is not %(expected)s.",
                    value=shown if len(shown) <= 40 else f"{shown[:40]}…",
                    field=field._description_string(env),
                    expected=error.expected,
                )
            ) from None


class OversightInputMixin(models.AbstractModel):
    """Every value a client sends to these models is checked against its field before
    the ORM converts it (:func:`check_values`): a wrong type or an impossible number is
    a sentence for the user, never a Python or PostgreSQL error. Inherited by the
    wizards; the workflow mixin (every model of the addons) runs the same check first."""

    _name = "oversight.input.mixin"
    _description = "Oversight Input Checks"

    @api.model_create_multi
    def create(self, vals_list):
        if not isinstance(vals_list, list | tuple) or not all(isinstance(vals, dict) for vals in vals_list):
            raise ValidationError(self.env._("Records are created from a list of field values."))
        for vals in vals_list:
            check_values(self, vals)
        return super().create(vals_list)

    def write(self, vals):
        if not isinstance(vals, dict):
            raise ValidationError(self.env._("Records are changed with a dictionary of field values."))
        check_values(self, vals)
        return super().write(vals)
