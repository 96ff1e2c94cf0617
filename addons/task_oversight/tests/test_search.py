from odoo.tests import tagged
from odoo.tools import SQL

from .common import OversightCase


@tagged("post_install", "-at_install")
class TestTaskSearch(OversightCase):
    def test_name_search_by_words_of_the_name_and_by_reference(self):
        """An agency's head finds its task by words inside its name or by its reference,
        never another agency's task with the same words."""
        task = self._assigned_task(name="Rà soát thủ tục hành chính lĩnh vực đất đai")
        self._assigned_task(name="Rà soát thủ tục hành chính lĩnh vực xây dựng", lead_agency_id=self.agency_b.id)
        Task = self.env["oversight.task"].with_user(self.head_a)
        self.assertEqual([task_id for task_id, _name in Task.name_search("lĩnh vực")], task.ids)
        self.assertEqual([task_id for task_id, _name in Task.name_search(task.code[-5:])], task.ids)

    def test_searched_texts_have_trigram_indexes(self):
        """The database is made as Odoo makes one (pg_trgm), so the words of a task's name and
        its reference are looked up in trigram indexes, not by reading every task."""
        self.assertTrue(self.env.registry.has_trigram)
        self.env.cr.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'oversight_task' AND indexdef LIKE '%gin_trgm_ops%'"
        )
        definitions = " ".join(row[0] for row in self.env.cr.fetchall())
        self.assertIn("(name gin_trgm_ops)", definitions)
        self.assertIn("(code gin_trgm_ops)", definitions)

    def test_waiting_for_me_reads_the_tasks_of_the_users_activities(self):
        """The landing filters' "activity_user_id = uid" finds the tasks of the user's open
        to-dos (not those done and kept archived), as Odoo's own search does, but as a list of
        tasks PostgreSQL can look up by index: no subquery of mail_activity tested against
        every task."""
        mine, done, other, none = (self._assigned_task(name=f"Nhiệm vụ chờ {n}") for n in range(4))
        mine.activity_schedule("mail.mail_activity_data_todo", user_id=self.head_a.id)
        done.activity_schedule("mail.mail_activity_data_todo", user_id=self.head_a.id).active = False
        other.activity_schedule("mail.mail_activity_data_todo", user_id=self.head_b.id)
        Task = self.env["oversight.task"].with_user(self.head_a)
        tasks = mine | done | other | none
        waiting = [("id", "in", tasks.ids), ("activity_user_id", "=", self.head_a.id)]
        self.assertEqual(Task.search(waiting), mine)
        either = [
            ("id", "in", tasks.ids),
            "|",
            ("state", "=", "reported"),
            ("activity_user_id", "in", [self.head_a.id]),
        ]
        self.assertEqual(Task.search(either), mine)
        self.assertNotIn("mail_activity", Task._search(waiting).subselect().code)

    def test_an_agencys_open_list_is_read_from_the_open_tasks_indexes(self):
        """The list as it opens ("In Progress") as an agency's head: its rows in the list's order
        and its count can be read from the partial indexes of the open tasks, whose condition
        the ORM's own query implies; where PostgreSQL had only the order of every task, it walked
        ten years of tasks to find an agency's first 80. Scans of the whole table are switched off
        so that the small test database shows which index the query can use."""
        open_task = self._assigned_task(name="Nhiệm vụ đang làm")
        done = self._assigned_task(name="Nhiệm vụ đã xong")
        done.sudo().write({"state": "done"})
        Task = self.env["oversight.task"].with_user(self.head_a)
        domain = [("state", "in", ("assigned", "reported"))]
        self.assertEqual(Task.search(domain), open_task)
        self.env.flush_all()
        self.env.cr.execute("SET LOCAL enable_seqscan = off")
        self.env.cr.execute("SET LOCAL enable_sort = off")
        plans = {}
        for name, query in (
            ("rows", Task._search(domain, limit=80, order=Task._order)),
            ("count", Task._search(domain)),
        ):
            sql = query.select() if name == "rows" else query.select("COUNT(*)")
            self.env.cr.execute(SQL("EXPLAIN %s", sql))
            plans[name] = "\n".join(row[0] for row in self.env.cr.fetchall())
        self.assertIn("oversight_task_open_list_order_idx", plans["rows"])
        # the count reads no wide row: one of the narrow partial indexes whose condition the
        # query implies (which one is the planner's choice from the statistics of the moment)
        self.assertRegex(
            plans["count"],
            "(Index (Only )?Scan using|Bitmap Index Scan on) "
            "oversight_task_(open_by_id|open_list_order|statistics)_idx",
        )
        self.assertNotIn("Seq Scan on oversight_task ", plans["count"])
