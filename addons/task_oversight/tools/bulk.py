"""Records written by the scheduled jobs a thousand rows to a statement, past the ORM's create.

The escalation backlog of a province writes some 80,000 notices, 150,000 recipient links and
26,000 chatter notes in one run; Odoo's ``create`` spends most of that time on work these rows
do not need (defaults, access checks, sanitizing, one cache entry at a time). :func:`insert`
converts each value as the field would and inserts the rows with the ORM's log columns; the
database's constraints still hold (a unique index raises as it would). Nothing of ``create``
runs: no default, no compute, no Python constraint, no override (what is computed from the
records the rows belong to is marked changed, as after ``create``; a model an automation rule
watches on creation is created by the ORM instead). So it is only for rows whose
every column the caller gives: of a model nothing else hooks into (the notices), of a shape the
ORM's own batch path fixes in advance (the chatter notes of ``_message_log_batch``), or with the
values the model's create would compute given by the caller (the to-dos); ``test_bulk.py``
compares each with what the ORM writes.
"""

from datetime import date, datetime

from odoo.fields import Command
from odoo.tools import SQL

BATCH_SIZE = 1000
# the values a field of this type stores as they are (a many2one's 0 is NULL): the conversion of
# the million values of a backlog is spared
AS_IS = {"integer": int, "many2one": int, "date": date, "boolean": bool}
LOG_COLUMNS = ("create_uid", "write_uid", "create_date", "write_date")
# the values written straight into an array literal (their text is PostgreSQL's input): a column
# of them is one string to send, where psycopg2 would adapt each value of each row in Python
LITERAL_TYPES = (int, bool, date, datetime, type(None))
# the triggers of base_automation that act on a record's creation
CREATE_TRIGGERS = ("on_create", "on_create_or_write")


def insert(model, vals_list):
    """Insert ``vals_list`` (stored fields of ``model`` as ``create`` takes them, the same keys
    in every dict; a many2many as the list of its ids, no one2many) in one statement per
    :data:`BATCH_SIZE` rows, and their many2many links in one statement each; return the
    records, in the order of ``vals_list``, with the caches of their one2many inverses dropped."""
    if not vals_list:
        return model.browse()
    fields, many2many = _columns(model, vals_list)
    if _watched_on_create(model):
        # an automation rule acts on their creation: the ORM creates them, computing what it computes
        return model.create(
            [
                {
                    name: [Command.set(value)] if name in many2many else value
                    for name, value in vals.items()
                    if name in many2many or not model._fields[name].compute
                }
                for vals in vals_list
            ]
        )
    cr = model.env.cr
    log = (model.env.uid, model.env.uid, cr.now(), cr.now()) if model._log_access else ()
    columns = [*(field.name for field in fields), *(LOG_COLUMNS if log else ())]
    converted = {}  # a text converts once (a body is sanitized once, not once per row)
    as_is = {field.name: AS_IS.get(field.type) for field in fields if not field.company_dependent}

    def column_value(field, vals):
        value = vals[field.name]
        if type(value) is as_is.get(field.name) and (value or field.type != "many2one"):
            return value
        if not isinstance(value, str) or field.type == "monetary":  # a monetary's reads its row's currency
            return field.convert_to_column_insert(value, model, vals)
        if (field.name, value) not in converted:
            converted[field.name, value] = field.convert_to_column_insert(value, model, vals)
        return converted[field.name, value]

    ids = []
    for start in range(0, len(vals_list), BATCH_SIZE):
        batch = vals_list[start : start + BATCH_SIZE]
        # one array per column, unnested into rows in their order; the log columns are the same
        # for every row
        arrays = [
            SQL("%s::%s[]", _array([column_value(field, vals) for vals in batch]), SQL(field.column_type[1]))
            for field in fields
        ]
        cr.execute(
            SQL(
                "INSERT INTO %s (%s) SELECT new_rows.*%s FROM unnest(%s) AS new_rows RETURNING id",
                SQL.identifier(model._table),
                SQL(", ").join(map(SQL.identifier, columns)),
                SQL("").join(SQL(", %s", value) for value in log),
                SQL(", ").join(arrays),
            )
        )
        ids.extend(row[0] for row in cr.fetchall())
    _invalidate_inverses(model, fields, vals_list)
    records = model.browse(ids)
    for name in many2many:
        insert_links(records, name, [vals[name] for vals in vals_list])
    return records


def _array(values):
    """``values`` as one parameter: the text of a PostgreSQL array where each value is a number,
    a boolean, a date or a moment (or none), else the list for psycopg2 to adapt."""
    if all(type(value) in LITERAL_TYPES for value in values):
        return "{" + ",".join("NULL" if value is None else str(value) for value in values) + "}"
    return values


def _columns(model, vals_list):
    """The fields of ``vals_list``'s keys, checked: stored columns the insert may write and the
    names of the many2many fields given, the same keys in every row."""
    names = list(vals_list[0])
    if any(vals.keys() != vals_list[0].keys() for vals in vals_list):
        raise ValueError(f"{model._name}: every row must give the same fields ({names})")
    if model._parent_store:
        raise ValueError(f"{model._name}: a model with a parent path is created by the ORM")
    fields = [model._fields[name] for name in names]
    many2many = [field.name for field in fields if field.type == "many2many" and field.store]
    invalid = [
        field.name
        for field in fields
        if field.name not in many2many
        and (
            not (field.store and field.column_type) or field.name in ("id", *LOG_COLUMNS) or field.type == "properties"
        )
    ]
    if invalid:
        raise ValueError(f"{model._name}: not columns this insert may write: {invalid}")
    return [field for field in fields if field.name not in many2many], many2many


def _watched_on_create(model):
    """Whether an automation rule (``base_automation``) acts on the creation of ``model``'s records."""
    if "base.automation" not in model.env:
        return False
    Automation = model.env["base.automation"].sudo().with_context(active_test=True)
    return bool(
        Automation.search_count([("model_name", "=", model._name), ("trigger", "in", CREATE_TRIGGERS)], limit=1)
    )


def insert_links(records, fname, targets):
    """Fill the many2many ``fname`` of ``records`` (just inserted) with ``targets``: one list
    of ids per record, in the order of ``records``; one statement."""
    field = records._fields[fname]
    pairs = [(record_id, target) for record_id, ids in zip(records.ids, targets, strict=True) for target in ids]
    if not pairs:
        return
    record_ids, target_ids = zip(*pairs, strict=True)
    records.env.cr.execute(
        SQL(
            "INSERT INTO %s (%s, %s) SELECT * FROM unnest(%s::int[], %s::int[]) ON CONFLICT DO NOTHING",
            SQL.identifier(field.relation),
            SQL.identifier(field.column1),
            SQL.identifier(field.column2),
            list(record_ids),
            list(target_ids),
        )
    )
    records.invalidate_recordset([fname])


def _invalidate_inverses(model, fields, vals_list):
    """Drop the cached one2many fields the new rows belong to (a task's escalations, messages,
    to-dos: the inverses the registry knows) and mark what is computed from them as changed (a
    task's activity state, its next to-do's deadline), as after the ORM's create."""
    for field in fields:
        for inverse in model.pool.field_inverses[field]:
            ids = {
                vals[field.name]
                for vals in vals_list
                if field.type != "many2one_reference" or vals[field.model_field] == inverse.model_name
            }
            parents = model.env[inverse.model_name].browse(sorted(ids - {False, None}))
            if parents:
                parents.invalidate_recordset([inverse.name])
                parents.modified([inverse.name])
