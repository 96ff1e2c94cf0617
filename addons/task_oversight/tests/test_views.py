from datetime import date

from dateutil.relativedelta import relativedelta
from freezegun import freeze_time
from lxml import etree

from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from ..models.ir_ui_view import ODOO_MIN_WIDTH, column_width
from .common import OversightCase

TODAY = date(2026, 3, 10)  # a Tuesday far from public holidays


@tagged("post_install", "-at_install")
class TestSearchFilters(OversightCase):
    """The filters of the task search view select what their names promise."""

    def setUp(self):
        super().setUp()
        with freeze_time(TODAY):
            past = TODAY - relativedelta(days=20)
            self.overdue = self._assigned_task(date_assigned=past, deadline=TODAY - relativedelta(days=2))
            self.due_soon = self._assigned_task(deadline=TODAY + relativedelta(days=3), starred=True)
            self.due_later = self._assigned_task(deadline=TODAY + relativedelta(days=20))
            self.no_deadline = self._assigned_task()
            self.reported = self._reported_task(deadline=TODAY + relativedelta(days=5))
            self.other = self._assigned_task(
                lead_agency_id=self.agency_b.id, coordinating_agency_ids=[self.agency_c.id]
            )
            self.draft = self._task()
            self.silent = self._assigned_task(date_assigned=TODAY - relativedelta(months=4))
            self.overdue.sudo().escalation_level = 1
            self.env.flush_all()

    def _filter(self, name, user):
        arch = self.env["oversight.task"].get_view(view_type="search")["arch"]
        node = etree.fromstring(arch).xpath(f"//filter[@name='{name}']")[0]
        domain = safe_eval(
            node.get("domain"),
            {
                "uid": user.id,
                "context_today": lambda: TODAY,
                "relativedelta": relativedelta,
            },
        )
        return self.env["oversight.task"].with_user(user).search(domain)

    def test_filters(self):
        mine = (
            self.overdue | self.due_soon | self.due_later | self.no_deadline | self.reported | self.draft | self.silent
        )
        expected = {
            "filter_overdue": self.overdue,
            "filter_due_7_days": self.due_soon,
            "filter_no_deadline": self.no_deadline | self.other | self.silent,
            "filter_report_overdue": self.silent,
            "filter_escalated": self.overdue,
            "filter_starred": self.due_soon,
            "filter_to_confirm": self.reported,
            "filter_my_agency": mine,
            "filter_my_monitoring": mine | self.other,
        }
        for name, tasks in expected.items():
            with self.subTest(filter=name):
                user = self.head_a if name == "filter_my_agency" else self.office
                self.assertEqual(self._filter(name, user), tasks)


@tagged("post_install", "-at_install")
class TestMenus(OversightCase):
    """Each role sees its own menus."""

    def _visible(self, user):
        menus = self.env["ir.ui.menu"].with_user(user)._visible_menu_ids()
        xmlids = self.env["ir.ui.menu"].browse(menus).get_external_id().values()
        return {xmlid.split(".")[1] for xmlid in xmlids if xmlid.startswith("task_oversight.")}

    def test_menus_by_role(self):
        expected = {
            self.user_a: (
                {"oversight_task_menu_my_agency", "oversight_task_update_menu"},
                {
                    "oversight_task_menu_to_confirm",
                    "oversight_config_menu",
                    "oversight_agency_menu",
                    "oversight_task_escalation_menu",
                    "oversight_escalation_rule_menu",
                },
            ),
            self.office: (
                {
                    "oversight_task_menu_to_confirm",
                    "oversight_agency_menu",
                    "oversight_directive_menu",
                    "oversight_task_escalation_menu",
                    "oversight_task_reminder_menu",
                    "oversight_digest_menu",
                },
                {"oversight_task_menu_my_agency", "oversight_config_menu", "oversight_escalation_rule_menu"},
            ),
            self.leader: (
                {"oversight_task_menu_analysis", "oversight_extension_request_menu"},
                {"oversight_task_menu_to_confirm", "oversight_config_menu"},
            ),
            self.manager: (
                {
                    "oversight_config_menu",
                    "oversight_settings_menu",
                    "oversight_agency_menu",
                    "oversight_escalation_rule_menu",
                },
                set(),
            ),
        }
        for user, (shown, hidden) in expected.items():
            with self.subTest(user=user.login):
                visible = self._visible(user)
                self.assertLessEqual(shown, visible)
                self.assertFalse(hidden & visible)


@tagged("post_install", "-at_install")
class TestAutomationViews(OversightCase):
    """The screens of the escalation ladder, reminders and settings load for their users."""

    def test_views_load_for_their_roles(self):
        screens = {
            "oversight.escalation.rule": (self.manager, ["list", "form", "search"]),
            "oversight.task.escalation": (self.office, ["list", "search"]),
            "oversight.task.reminder": (self.leader, ["list", "search"]),
            "oversight.digest": (self.office, ["list"]),
            "res.config.settings": (self.manager, ["form"]),
        }
        for model, (user, view_types) in screens.items():
            with self.subTest(model=model):
                views = self.env[model].with_user(user).get_views([(False, view_type) for view_type in view_types])
                self.assertEqual(set(views["views"]), set(view_types))
        settings = self.env["res.config.settings"].with_user(self.manager).get_views([(False, "form")])
        arch = settings["views"]["form"]["arch"]
        for field in ("oversight_reminder_offsets", "oversight_confirm_days", "oversight_office_agency_id"):
            self.assertIn(f'name="{field}"', arch)


@tagged("post_install", "-at_install")
class TestListColumns(OversightCase):
    """A status badge and the header of a number or date column read whole in Vietnamese."""

    def _columns(self, env, view):
        arch = env[view.model].get_views([(view.id, "list")])["views"]["list"]["arch"]
        root = etree.fromstring(arch)
        return [node for node in root.iterchildren("field") if node.get("column_invisible") not in ("1", "True")]

    def test_badges_and_headers_read_whole(self):
        env = self.env(context={"lang": "vi_VN"})
        views = env["ir.ui.view"].search(
            [("type", "=", "list"), ("model", "=like", "oversight.%"), ("mode", "=", "primary")]
        )
        self.assertGreater(len(views), 20)
        cut = []
        for view in views:
            model = env[view.model]
            for node in self._columns(env, view):
                field = model._fields.get(node.get("name"))
                header = node.get("string") or field._description_string(env)
                if field.type == "selection" and node.get("widget") == "badge":
                    labels = [label for _value, label in field._description_selection(env)]
                    needed, fits = column_width(header, labels)
                elif field.type in ODOO_MIN_WIDTH and not node.get("widget"):
                    needed, fits = column_width(header)
                    if needed <= ODOO_MIN_WIDTH[field.type]:
                        continue
                else:
                    continue
                width = int(node.get("width", "0px").removesuffix("px"))
                if not fits or width < needed:
                    cut.append(f"{view.xml_id} {field.name} {header!r} ({width} px)")
        self.assertEqual(cut, [], "columns cut in Vietnamese")

    def test_task_list_state_badge(self):
        env = self.env(context={"lang": "vi_VN"})
        view = env.ref("task_oversight.oversight_task_view_list")
        state = next(node for node in self._columns(env, view) if node.get("name") == "state")
        # "Đang thực hiện", "Chờ xác nhận" were cut at Odoo's 80 px
        self.assertGreaterEqual(int(state.get("width").removesuffix("px")), 110)
