from datetime import date

from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import tagged

from .common import ReportCase

ADDONS = ("task_oversight", "task_oversight_reports")
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
}


@tagged("post_install", "-at_install")
class TestAllowlist(ReportCase):
    """R16 for every model of both addons and every stored field, as each role:
    a field outside the role's allowlist is refused on create and on write,
    before anything reaches the database. A model or field added later is
    walked too, without a new test; a later addon subclasses it with its own ``addons``."""

    addons = ADDONS
    roles = ROLES
    min_models = 12
    min_checked = 1000

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.company"].create({"name": "UBND tỉnh Quảng Ngãi"})  # a company that is not the default
        task = cls._assigned_task_cls()
        cls.env["oversight.task.update"].with_user(cls.user_a).create(
            {"task_id": task.id, "progress": 10, "note": "Đang triển khai"}
        )
        task.write({"coordinating_agency_ids": [(4, cls.agency_b.id)]})
        cls.env["oversight.task.coordination"].with_user(cls.user_b).create(
            {"task_id": task.id, "contribution": "Số liệu tài chính"}
        )
        overdue = cls._assigned_task_cls(deadline=date(2026, 10, 30))
        cls.env["oversight.task.update"].with_user(cls.user_a).create(
            {"task_id": overdue.id, "progress": 50, "note": "Chậm do chờ ý kiến"}
        )
        cls.env["oversight.extension.request"].with_user(cls.user_a).create(
            {"task_id": task.id, "requested_deadline": date(2026, 12, 31), "reason": "Chờ ý kiến"}
        )
        notice = {"task_id": task.id, "agency_id": cls.agency_a.id, "date": date(2026, 11, 2)}
        cls.env["oversight.task.escalation"].create({**notice, "level": 1, "deadline": date(2026, 11, 1)})
        cls.env["oversight.task.reminder"].create({**notice, "kind": "deadline", "reference_date": date(2026, 11, 9)})
        mail = cls.env["mail.mail"].create({"subject": "Nhiệm vụ quá hạn", "body_html": "<p>1 nhiệm vụ</p>"})
        cls.env["oversight.digest"].create({"user_id": cls.head_a.id, "kind": "escalation", "mail_id": mail.id})
        period = cls.env["oversight.report.period"]._ensure_period(cls.env.company, date(2026, 11, 20))
        report = period.agency_report_ids.filtered(lambda report: report.agency_id == cls.agency_a)
        cls.env["oversight.agency.report.reminder"].create(
            {"report_id": report.id, "offset_days": 5, "date": date(2026, 11, 20)}
        )
        cls.models = [
            cls.env[name]
            for name in cls.env.registry
            if cls.env[name]._original_module in cls.addons
            and not cls.env[name]._abstract
            and not cls.env[name]._transient
            and cls.env[name]._auto
        ]

    @classmethod
    def _assigned_task_cls(cls, deadline=date(2026, 11, 30)):
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
        self.assertGreaterEqual(len(self.models), self.min_models)
        for model in self.models:
            with self.subTest(model=model._name):
                self.assertIsInstance(model, mixin)
                self.assertTrue(model.sudo().search([], limit=1), "the fixture holds a record of every model")

    def test_fields_outside_the_allowlist_are_refused(self):
        checked = 0
        for model in self.models:
            record = model.sudo().search([], limit=1)
            for role in self.roles:
                user = getattr(self, role)
                as_user = model.with_user(user)
                allowed_create = as_user._allowed_fields(model._create_allowlist)
                allowed_write = as_user._allowed_fields(model._write_allowlist)
                for field in model._fields.values():
                    if not field.store or field.name == "id":
                        continue
                    vals = {field.name: self._value(record, field)}
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

    def test_results_are_on_no_allowlist(self):
        """Stored computes, states, decisions, authors and parents are written by the workflow alone."""
        never = [
            ("oversight.task", "create", {"state", "deadline_status", "days_overdue", "progress", "date_done"}),
            ("oversight.task", "write", {"state", "effective_deadline", "escalation_level", "date_reported"}),
            ("oversight.task.update", "create", {"is_completion", "user_id"}),
            ("oversight.task.update", "write", {"task_id", "agency_id", "progress", "note"}),
            ("oversight.extension.request", "create", {"state", "approver_id", "date_decided", "current_deadline"}),
            ("oversight.extension.request", "write", {"state", "approver_id", "task_id", "date_submitted"}),
            ("oversight.agency.report", "write", {"state", "task_total", "completion_rate", "period_id", "agency_id"}),
            ("oversight.agency.report.line", "write", {"report_id", "task_id", "days_overdue", "kind"}),
            ("oversight.report.period", "write", {"state", "approver_id", "date_from", "date_to"}),
        ]
        for name, operation, fields in never:
            allowlist = getattr(self.env[name], f"_{operation}_allowlist")
            for group, allowed in allowlist.items():
                with self.subTest(model=name, operation=operation, group=group):
                    self.assertFalse(fields & allowed)
