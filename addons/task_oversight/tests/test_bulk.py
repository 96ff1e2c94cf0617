from contextlib import contextmanager
from datetime import date
from unittest.mock import patch

from freezegun import freeze_time
from psycopg2.errors import UniqueViolation

from odoo.fields import Command
from odoo.tests import tagged
from odoo.tools import mute_logger

from odoo.addons.task_oversight.tools import bulk

from .common import OversightJobCase


@tagged("post_install", "-at_install")
class TestBulkWrites(OversightJobCase):
    """The jobs' set-based writes (tools/bulk.py) give the rows the ORM's create gives."""

    def _overdue_task(self, **values):
        return self._assigned_on("2026-02-25", "2026-03-04", **values)

    @contextmanager
    def _bus_sent(self):
        """What the users are told over the bus in the block: ``[(users, type, payload)]``."""
        told = []

        def bus_send(users, notification_type, message, **_kwargs):
            told.append((users, notification_type, message))

        with patch.object(self.env.registry["res.users"], "_bus_send", bus_send):
            yield told

    def test_level_note_is_the_note_odoo_logs_in_a_batch(self):
        """The note of a level change, inserted set-based, has every stored value of the note
        ``_message_log_batch`` and the tracking values' ``create`` write (an addon adding a stored
        field with a default to messages shows here), and the chatter shows the change."""
        logged, by_odoo = self._overdue_task(), self._overdue_task(name="Nhiệm vụ đối chứng")
        self.startPatcher(freeze_time("2026-03-05 01:00:00.250"))  # the same moment, to the microsecond
        cached = logged.sudo().message_ids  # read before the insert, kept in the cache
        self.env["oversight.task"].sudo()._log_change("escalation_level", [(logged.id, 0, 2)])
        ours = logged.sudo().message_ids - cached
        self.assertEqual(len(ours), 1, "the note is seen through the task's cached messages")
        note = by_odoo.sudo()._message_log_batch(bodies={})
        info = by_odoo.fields_get(["escalation_level"])["escalation_level"]
        Tracking = self.env["mail.tracking.value"].sudo()
        Tracking.create(
            dict(Tracking._create_tracking_values(0, 2, "escalation_level", info, by_odoo), mail_message_id=note.id)
        )
        self.env.invalidate_all()
        skipped = {"id", "res_id", "message_id", "tracking_value_ids", *bulk.LOG_COLUMNS}
        stored = [name for name, field in note._fields.items() if field.store and name not in skipped]
        self.assertIn("body", stored)
        self.assertEqual({name: ours[name] for name in stored}, {name: note[name] for name in stored})
        [change], [expected] = (
            [dict(line, id=None) for line in message.tracking_value_ids._tracking_value_format()]
            for message in (ours, note)
        )
        self.assertEqual(change, expected)
        self.assertEqual((change["oldValue"], change["newValue"]), (0, 2))

    def test_lead_change_note_shows_its_text_as_written(self):
        """A text logged with the change is shown as written, markup included, never run."""
        task = self._overdue_task()
        self.env["oversight.task"].sudo()._log_change(
            "lead_agency_id",
            [(task.id, self.agency_a, self.agency_b)],
            body="Theo Quyết định 12/QĐ-UBND <script>alert(1)</script>",
        )
        note = task.sudo().message_ids.filtered("tracking_value_ids")
        self.assertEqual(note.body, "<p>Theo Quyết định 12/QĐ-UBND &lt;script&gt;alert(1)&lt;/script&gt;</p>")
        [change] = note.tracking_value_ids._tracking_value_format()
        self.assertEqual(
            (change["oldValue"], change["newValue"]), (self.agency_a.display_name, self.agency_b.display_name)
        )

    def test_notices_keep_their_recipients_company_and_task(self):
        task = self._overdue_task()
        self.assertFalse(task.escalation_ids)  # cached before the insert
        self._run("2026-03-05", "escalate")
        escalation = task.escalation_ids
        self.assertRecordValues(
            escalation,
            [
                {
                    "level": 1,
                    "company_id": task.company_id.id,
                    "agency_id": self.agency_a.id,
                    "user_ids": self.head_a.ids,
                }
            ],
        )
        self.assertEqual((escalation.create_uid, escalation.write_uid), (self.env.ref("base.user_root"),) * 2)
        self.assertTrue(escalation.create_date)

    def test_todo_is_the_activity_odoo_creates(self):
        """A to-do inserted set-based has every stored value ``mail.activity``'s create gives
        the same values (an addon adding a stored field with a default shows here); the task's
        activity fields follow it at once, its user follows the task and is told of it."""
        ours, by_odoo = self._overdue_task(), self._overdue_task(name="Nhiệm vụ đối chứng")
        Escalation = self.env["oversight.task.escalation"].sudo()
        rule = self.env.ref("task_oversight.escalation_rule_level_2")
        # a morning, when Odoo's day (UTC, which decides whether it tells the user) is Vietnam's
        self.startPatcher(freeze_time("2026-03-13 02:00:00"))
        today = self.today()
        self.assertEqual((ours.sudo().activity_ids, ours.sudo().activity_state), (self.env["mail.activity"], False))
        with self._bus_sent() as told:
            [todo] = Escalation._create_activities(
                [Escalation._activity_values(ours, rule, self.head_b, 9, today)], today
            )
        self.assertEqual(ours.sudo().activity_ids, todo, "seen through the task's cached to-dos")
        self.assertEqual(ours.sudo().activity_state, "today", "the task's activity state computed again")
        with self._bus_sent() as told_by_odoo:
            self.env["mail.activity"].sudo().with_context(mail_activity_quick_update=True).create(
                Escalation._activity_values(by_odoo, rule, self.head_b, 9, today)
            )
        self.assertEqual(told, told_by_odoo)
        self.assertEqual(told, [(self.head_b, "mail.activity/updated", {"activity_created": True, "count_diff": 1})])
        self.env.invalidate_all()
        expected = by_odoo.sudo().activity_ids
        skipped = {"id", "res_id", "res_name", *bulk.LOG_COLUMNS}
        stored = [name for name, field in expected._fields.items() if field.store and name not in skipped]
        self.assertEqual({name: todo[name] for name in stored}, {name: expected[name] for name in stored})
        self.assertEqual(todo.res_name, ours.display_name)
        self.assertIn(self.head_b.partner_id, by_odoo.message_partner_ids)
        Escalation._subscribe_actors([Escalation._activity_values(ours, rule, self.head_b, 9, today)])
        self.assertIn(self.head_b.partner_id, ours.message_partner_ids)

    def test_todo_counter_told_as_odoo_tells_it(self):
        """In the evening (UTC), Vietnam's day is Odoo's tomorrow: Odoo does not count a to-do due
        on it yet, and the job does not tell the counter either."""
        ours, by_odoo = self._overdue_task(), self._overdue_task(name="Nhiệm vụ đối chứng")
        Escalation = self.env["oversight.task.escalation"].sudo()
        rule = self.env.ref("task_oversight.escalation_rule_level_2")
        self.startPatcher(freeze_time("2026-03-12 20:00:00"))  # 03:00 on the 13th in Vietnam
        today = self.today()
        self.assertEqual(str(today), "2026-03-13")
        with self._bus_sent() as told:
            Escalation._create_activities([Escalation._activity_values(ours, rule, self.head_b, 9, today)], today)
        with self._bus_sent() as told_by_odoo:
            self.env["mail.activity"].sudo().with_context(mail_activity_quick_update=True).create(
                Escalation._activity_values(by_odoo, rule, self.head_b, 9, today)
            )
        self.assertEqual((told, told_by_odoo), ([], []))

    def test_rows_an_automation_watches_are_created_by_the_orm(self):
        """Where an automation rule acts on their creation (``base_automation``, not a dependency
        of the project: its check is stood in for here), the notices, to-dos and notes are
        created by the ORM, which runs the rule, with what the ORM computes left to it."""
        task = self._overdue_task()
        created = []
        for name in ("oversight.task.escalation", "mail.activity", "mail.message", "oversight.digest"):
            model_class = type(self.env[name])
            original = model_class.create

            def create(records, vals_list, original=original):
                created.append((records._name, [sorted(vals) for vals in vals_list]))
                return original(records, vals_list)

            self.startPatcher(patch.object(model_class, "create", create))
        self.startPatcher(patch.object(bulk, "_watched_on_create", lambda model: True))
        self._run("2026-03-05", "escalate")
        self.assertEqual(
            {name for name, _keys in created},
            {"oversight.task.escalation", "mail.activity", "mail.message", "oversight.digest"},
        )
        escalation_keys = next(keys for name, keys in created if name == "oversight.task.escalation")[0]
        self.assertNotIn("company_id", escalation_keys, "the related company is the ORM's to compute")
        self.assertRecordValues(
            task.escalation_ids, [{"level": 1, "company_id": task.company_id.id, "user_ids": self.head_a.ids}]
        )
        digest_keys = next(keys for name, keys in created if name == "oversight.digest")[0]
        self.assertNotIn("line_count", digest_keys, "the tasks counted by the ORM, from the notices given")
        digest = self.env["oversight.digest"].search([("user_id", "=", self.head_a.id)])
        self.assertRecordValues(digest, [{"escalation_ids": task.escalation_ids.ids, "line_count": 1}])
        self.assertEqual(task.activity_ids.res_name, task.display_name)
        self.assertEqual(task.escalation_level, 1)

    def test_digests_are_the_digests_odoo_creates(self):
        """A digest inserted set-based has every stored value the ORM's create gives it from the
        same notices (the tasks counted, not the notices); each follows the recipient's previous
        digest of its kind, and a notice shows when it was first mailed."""
        first, second = self._overdue_task(), self._overdue_task(name="Nhiệm vụ thứ hai")
        Digest = self.env["oversight.digest"].sudo()
        self._run("2026-03-12", "escalate")  # levels 1 and 2 of both tasks: four notices, two tasks
        ours = Digest.search([("user_id", "=", self.head_a.id)])
        self.assertEqual(len(ours.escalation_ids), 4)
        by_odoo = Digest.create(
            {
                "user_id": self.head_a.id,
                "kind": "escalation",
                "date": ours.date,
                "escalation_ids": [Command.set(ours.escalation_ids.ids)],
            }
        )
        self.env.invalidate_all()
        skipped = {"id", "mail_id", "follows_digest", *bulk.LOG_COLUMNS}
        stored = [name for name, field in Digest._fields.items() if field.store and name not in skipped]
        self.assertIn("line_count", stored)
        self.assertEqual({name: ours[name] for name in stored}, {name: by_odoo[name] for name in stored})
        self.assertEqual(ours.line_count, 2)
        self.assertTrue(ours.mail_id)
        self.assertEqual(ours.follows_digest, 0, "the recipient's first digest")
        self.assertEqual(set((first | second).escalation_ids.mapped("digest_date")), {ours.date})
        by_odoo.unlink()
        self._run("2026-04-04", "escalate")  # level 3
        later = Digest.search([("user_id", "=", self.head_a.id)]) - ours
        self.assertEqual(later.follows_digest, ours.id)
        self.assertEqual(later.escalation_ids, (first | second).escalation_ids.filtered(lambda e: e.level == 3))
        self.assertEqual(set(later.escalation_ids.mapped("digest_date")), {later.date})
        self.assertEqual(set(ours.escalation_ids.mapped("digest_date")), {ours.date}, "mailed first on 12 March")

    def test_database_constraints_still_hold(self):
        """A second escalation of the same task, level and deadline is refused by the unique
        index, as the ORM's create would be: the job's retry of a concurrent commit relies on it."""
        task = self._overdue_task()
        self._run("2026-03-05", "escalate")
        values = task.escalation_ids.read(["level", "deadline", "date", "days_overdue"], load=None)[0]
        values.pop("id")
        Escalation = self.env["oversight.task.escalation"].sudo()
        row = dict(values, task_id=task.id, agency_id=self.agency_a.id, company_id=task.company_id.id)
        with self.assertRaises(UniqueViolation), mute_logger("odoo.sql_db"), self.env.cr.savepoint():
            bulk.insert(Escalation, [row])

    def test_only_columns_are_inserted(self):
        Escalation = self.env["oversight.task.escalation"].sudo()
        for name in ("display_name", "create_uid", "id"):
            with self.subTest(field=name), self.assertRaises(ValueError):
                bulk.insert(Escalation, [{name: False}])
        with self.assertRaises(ValueError):  # a one2many is the other model's rows
            bulk.insert(self.env["oversight.task"].sudo(), [{"escalation_ids": []}])
        with self.assertRaises(ValueError):
            bulk.insert(Escalation, [{"level": 1}, {"level": 2, "note": "x"}])
        with self.assertRaises(ValueError):
            bulk.insert(self.env["oversight.agency"].sudo(), [{"name": "Sở mới"}])  # a parent path

    def test_values_are_stored_as_the_field_stores_them(self):
        """A many2one's 0 is NULL, an integer's None is 0, a date's text is a date, as ``create``
        would store them; what is stored as it is stays so."""
        task = self._overdue_task()
        row = {
            "task_id": task.id,
            "agency_id": self.agency_a.id,
            "company_id": task.company_id.id,
            "level": 4,
            "rule_id": 0,
            "deadline": "2026-03-04",
            "date": date(2026, 3, 5),
            "days_overdue": None,
            "note": False,
        }
        escalation = bulk.insert(self.env["oversight.task.escalation"].sudo(), [row])
        self.env.cr.execute(
            "SELECT level, rule_id, deadline, date, days_overdue, note FROM oversight_task_escalation WHERE id = %s",
            escalation.ids,
        )
        self.assertEqual(self.env.cr.fetchall(), [(4, None, date(2026, 3, 4), date(2026, 3, 5), 0, None)])

    def test_rows_come_back_in_order(self):
        """The records returned are the rows given, in their order, over several statements."""
        task = self._overdue_task()
        Escalation = self.env["oversight.task.escalation"].sudo()
        rows = [
            {
                "task_id": task.id,
                "agency_id": self.agency_a.id,
                "company_id": task.company_id.id,
                "level": level,
                "deadline": "2026-03-04",
                "date": "2026-03-05",
                "days_overdue": level,
            }
            for level in range(1, 8)
        ]
        self.patch(bulk, "BATCH_SIZE", 3)
        records = bulk.insert(Escalation, rows)
        self.assertEqual(records.mapped("level"), list(range(1, 8)))
        self.assertEqual(task.escalation_ids.sorted("level"), records)
