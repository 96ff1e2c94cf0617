"""The walk of R16 over every model of an addon and every stored field, as each role: a
field outside the role's allowlist is refused on create and on write, before anything
reaches the database. Each addon's ``test_allowlist`` mixes :class:`AllowlistWalk` into
its own test case with its ``addons`` and a fixture holding a record of each of its
models; a model or field added later is walked without a new test."""

from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.fields import Command
from odoo.service.model import call_kw

ROLES = ("user_a", "head_a", "office", "leader", "manager")
SIMPLE_VALUES = {
    "char": "Giá trị khác",
    "text": "Giá trị khác",
    "html": "<p>Giá trị khác</p>",
    "integer": 7,
    "float": 7.0,
    "monetary": 7.0,
    "date": date(2026, 1, 2),
    "datetime": "2026-01-02 03:00:00",
    "binary": "aGVsbG8=",
}


# values of the wrong type or out of bounds, as a JSON client can send them, for each field type
WRONG_VALUES = {
    "char": [[1], {"a": 1}, 7],
    "text": [[1], 7],
    "html": [[1], 7],
    "integer": ["abc", 1.5, 10**400, 2**31, [1]],
    "float": ["abc", 1e308, 10**400, [1]],
    "monetary": ["abc", 1e308, [1]],
    "boolean": ["abc", [1], 2],
    "date": ["31/12/2026", "2026-02-30", "abc", 5, [1]],
    "datetime": ["31/12/2026 08:00", "abc", 5],
    "selection": ["no_such_value", 5, [1]],
    "many2one": ["abc", -1, 1.5, [1], True, 10**12],
    "one2many": ["abc", ["x"], [True], [[1, 2]], 5],
    "many2many": ["abc", ["x"], [True], [[1, 2]], 5],
    "binary": ["not base64 !!!", 5],
}


class AllowlistWalk:
    """Mixed into a ``TransactionCase`` with the users of ``OversightCase``."""

    # Odoo's test loader runs only the test methods a class defines itself, unless told
    allow_inherited_tests_method = True
    addons = ()
    roles = ROLES
    min_models = 1
    min_checked = 100

    @classmethod
    def _walked_models(cls):
        return [
            cls.env[name]
            for name in cls.env.registry
            if cls.env[name]._original_module in cls.addons
            and not cls.env[name]._abstract
            and not cls.env[name]._transient
            and cls.env[name]._auto
        ]

    @classmethod
    def _allowlist_task_fixture(cls):
        """A record of every model of task_oversight: a task with a progress report, a
        coordinating agency's part, an extension request, notices and a digest; and an
        overdue task with its own report. Returns the two tasks."""
        cls.env["res.company"].create({"name": "UBND tỉnh Quảng Ngãi"})  # a company that is not the default
        task = cls._allowlist_assigned_task()
        cls.env["oversight.task.update"].with_user(cls.user_a).create(
            {"task_id": task.id, "progress": 10, "note": "Đang triển khai"}
        )
        task.write({"coordinating_agency_ids": [Command.link(cls.agency_b.id)]})
        cls.env["oversight.task.coordination"].with_user(cls.user_b).create(
            {"task_id": task.id, "contribution": "Số liệu tài chính"}
        )
        overdue = cls._allowlist_assigned_task(deadline=date(2026, 10, 30))
        cls.env["oversight.task.update"].with_user(cls.user_a).create(
            {"task_id": overdue.id, "progress": 50, "note": "Chậm do chờ ý kiến"}
        )
        with freeze_time("2026-11-10 03:00:00"):  # before the task's deadline, as a request must be
            cls.env["oversight.extension.request"].with_user(cls.user_a).create(
                {"task_id": task.id, "requested_deadline": date(2026, 12, 31), "reason": "Chờ ý kiến"}
            )
        notice = {"task_id": task.id, "agency_id": cls.agency_a.id, "date": date(2026, 11, 2)}
        cls.env["oversight.task.escalation"].create({**notice, "level": 1, "deadline": date(2026, 11, 1)})
        cls.env["oversight.task.reminder"].create({**notice, "kind": "deadline", "reference_date": date(2026, 11, 9)})
        mail = cls.env["mail.mail"].create({"subject": "Nhiệm vụ quá hạn", "body_html": "<p>1 nhiệm vụ</p>"})
        cls.env["oversight.digest"].create({"user_id": cls.head_a.id, "kind": "escalation", "mail_id": mail.id})
        source = cls.env["oversight.task.reconciliation.source"].create({"name": "Hệ thống của Văn phòng Chính phủ"})
        reconciliation = cls.env["oversight.task.reconciliation"].create({"source_id": source.id})
        cls.env["oversight.task.reconciliation.line"].create(
            {"reconciliation_id": reconciliation.id, "task_id": task.id, "mismatch": "missing_there"}
        )
        return task, overdue

    @classmethod
    def _allowlist_assigned_task(cls, deadline=date(2026, 11, 30)):
        task = (
            cls.env["oversight.task"]
            .with_user(cls.office)
            .create(
                {
                    "name": "Rà soát quy trình nội bộ",
                    "directive_id": cls.directive.id,
                    "leader_id": cls.leader.id,
                    "lead_agency_id": cls.agency_a.id,
                    "date_assigned": date(2026, 10, 1),
                    "deadline": deadline,
                }
            )
        )
        task.action_assign()
        return task

    def _value(self, record, field):
        """A value of ``field`` that is not the one a new record gets anyway
        (a form sending back a default is no privilege)."""
        default = record.default_get([field.name]).get(field.name)
        if field.type in SIMPLE_VALUES:
            return SIMPLE_VALUES[field.type]
        if field.type == "boolean":
            return not default
        if field.type == "selection":
            return next(key for key, _label in field._description_selection(self.env) if key != default)
        other = self.env[field.comodel_name].sudo().search([("id", "!=", default or 0)], limit=1)
        if not other:
            return None  # nothing to link: the field is not walked
        return other.id if field.type == "many2one" else [Command.link(other.id)]

    def _refused(self, call, field):
        """Whether ``call`` is refused by the allowlist, naming the field."""
        try:
            call()
        except AccessError as error:
            return field._description_string(self.env) in str(error)
        return False

    def test_every_model_has_an_allowlist(self):
        mixin = type(self.env["oversight.workflow.mixin"])
        models = self._walked_models()
        self.assertGreaterEqual(len(models), self.min_models)
        for model in models:
            with self.subTest(model=model._name):
                self.assertIsInstance(model, mixin)
                self.assertTrue(model.sudo().search([], limit=1), "the fixture holds a record of every model")

    def test_fields_outside_the_allowlist_are_refused(self):
        checked = 0
        for model in self._walked_models():
            record = model.sudo().search([], limit=1)
            for role in self.roles:
                user = getattr(self, role)
                as_user = model.with_user(user)
                allowed_create = as_user._allowed_fields(model._get_create_allowlist())
                allowed_write = as_user._allowed_fields(model._get_write_allowlist())
                for field in model._fields.values():
                    if not field.store or field.name == "id":
                        continue
                    value = self._value(record, field)
                    if value is None:
                        continue
                    vals = {field.name: value}
                    if field.name not in allowed_write:
                        checked += 1
                        self.assertTrue(
                            self._refused(lambda: record.with_user(user).write(vals), field),  # noqa: B023
                            f"{role} wrote {model._name}.{field.name}",
                        )
                    if field.name not in allowed_create:
                        checked += 1
                        self.assertTrue(
                            self._refused(lambda: as_user.create([vals]), field),  # noqa: B023
                            f"{role} created {model._name} with {field.name}",
                        )
        self.assertGreater(checked, self.min_checked)

    def _assert_never_allowed(self, never):
        """``never``: ``[(model, "create" | "write", field names no role may set)]``."""
        for name, operation, fields in never:
            allowlist = getattr(self.env[name], f"_get_{operation}_allowlist")()
            for group, allowed in allowlist.items():
                with self.subTest(model=name, operation=operation, group=group):
                    self.assertFalse(fields & allowed)

    def test_wrong_types_are_refused_with_a_sentence(self):
        """Every stored field of every model, given a value of each wrong type through the
        function the RPC routes call (``odoo.api.call_kw``): a sentence (a UserError, its
        ValidationError and AccessError included), never a Python or PostgreSQL error."""
        checked = 0
        for model in self._walked_models():
            record = model.sudo().search([], limit=1)
            as_office = model.with_user(self.office)
            for field in model._fields.values():
                if not field.store or field.name == "id" or field.type not in WRONG_VALUES:
                    continue
                for value in WRONG_VALUES[field.type]:
                    for method, args in (
                        ("write", [record.ids, {field.name: value}]),
                        ("create", [[{field.name: value}]]),
                    ):
                        checked += 1
                        with (
                            self.subTest(model=model._name, field=field.name, value=value, method=method),
                            self.assertRaises(UserError),
                        ):
                            call_kw(as_office, method, args, {})
        self.assertGreater(checked, self.min_checked / 2)
