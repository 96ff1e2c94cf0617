"""The log parsers of ``make replica-check`` (tools/replica_check/logs.py), on
excerpts of the logs of one of its runs (tests/data/replica_check/: Odoo's log
whole, PostgreSQL's statement logs cut at entry boundaries) and, for what that
run did not meet, on lines in the formats Odoo and PostgreSQL write."""

import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from replica_check import logs  # noqa: E402 (tools/ is not a package)
from replica_check.cluster import newest_first  # noqa: E402

DATA = ROOT / "tests" / "data" / "replica_check"
PROJECT_JOBS = [12, 13, 14, 15, 18, 19, 20]  # the run's "7 active jobs of the project"
ROUND_2 = 113  # the first line of Odoo's log after the first round of the jobs


def read(name):
    return (DATA / name).read_text(encoding="utf-8")


class TestStatements(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.primary = logs.statements(read("primary.log"))
        cls.replica = logs.statements(read("replica.log"))

    def of(self, statements, app):
        return [sql for client, sql in statements if client == app]

    def test_only_logged_statements(self):
        # the checkpoints, the walreceiver's messages and its STATEMENT: line are not statements
        self.assertEqual(
            [client for client, _sql in self.primary],
            ["odoo-24491"] * 5 + ["odoo-24492"] * 4 + ["replica-check"],
        )

    def test_statement_on_several_lines(self):
        insert = self.of(self.primary, "odoo-24491")[3]
        self.assertIn("INSERT INTO res_device_log (session_identifier", insert)
        self.assertIn("VALUES ('VBKSCB9zjuZf8t2RAvpd3S2T7VDsJp8BgbNyVsgyTo'", insert)
        followers = self.of(self.primary, "odoo-24492")[2]
        self.assertTrue(followers.strip().startswith("WITH sub_followers AS ("), followers[:80])
        self.assertIn("UNION ALL", followers)
        self.assertNotIn('SELECT "res_partner"."id"', followers)  # the next entry's

    def test_statements_of_a_request(self):
        # the dashboard read of worker 24492: "21 statements on the replica" in the run's output
        on_replica = self.of(self.replica, "odoo-24492")
        self.assertEqual(len(on_replica), 21)
        self.assertEqual(on_replica[0], "DISCARD ALL")
        self.assertTrue(logs.touches(on_replica, "spreadsheet_dashboard"))
        self.assertEqual(self.of(self.replica, "replica-check")[0], "SELECT pg_is_in_recovery()")
        self.assertEqual(self.of(self.replica, ""), [])

    def test_continuation_before_any_entry(self):
        text = "\t  AND a.attnum > 0\n2026-12-03 11:13:25.236 UTC [24513] app=odoo-24491 LOG:  statement: COMMIT\n"
        self.assertEqual(logs.statements(text), [("odoo-24491", "COMMIT")])

    def test_device_log_is_bookkeeping(self):
        # worker 24491 logging the leader's device on the primary during its first request
        self.assertEqual(logs.data_statements(self.of(self.primary, "odoo-24491")), [])
        written = logs.data_statements(self.of(self.primary, "odoo-24492"))
        self.assertEqual(len(written), 4)
        self.assertTrue(written[1].startswith('INSERT INTO "mail_message"'), written[1][:80])

    def test_touches_a_table_by_its_whole_name(self):
        sqls = ['SELECT "oversight_task_escalation"."id" FROM "oversight_task_escalation"']
        self.assertTrue(logs.touches(sqls, "oversight_task_escalation"))
        self.assertFalse(logs.touches(sqls, "oversight_task"))
        self.assertTrue(logs.touches(["SELECT id FROM oversight_task WHERE active"], "oversight_task"))
        self.assertFalse(logs.touches([], "oversight_task"))


class TestOdooLog(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.lines = read("odoo.log").splitlines(keepends=True)
        cls.text = "".join(cls.lines)

    def test_request_line(self):
        # the first of the warm-up's dashboard requests
        line = logs.find_request(self.text, "/spreadsheet/dashboard/data/1")
        self.assertEqual(line, logs.Request(24491, "GET", "/spreadsheet/dashboard/data/1", 200, 60, 0.044, "ro"))
        web_read = logs.find_request(self.text, "/web/dataset/call_kw/oversight.report.period.web_read")
        self.assertEqual((web_read.pid, web_read.method, web_read.queries, web_read.mode), (24491, "POST", 20, "ro"))
        self.assertEqual(logs.find_request(self.text, "/mail/message/post").mode, "rw")

    def test_request_with_a_query_string(self):
        line = logs.find_request(self.text, "/report/download")
        self.assertEqual((line.pid, line.queries, line.query_time, line.mode), (24492, 26, 0.011, "rw"))
        self.assertTrue(line.path.startswith("/report/download?data="))

    def test_request_on_another_path(self):
        self.assertIsNone(logs.find_request(self.text, "/spreadsheet/dashboard/data"))
        self.assertIsNone(logs.find_request(self.text, "/report/download?data"))
        # "HTTP service (werkzeug) running on ...": a werkzeug line, not a request
        self.assertIsNone(logs.find_request(self.lines[4], "/"))

    def test_request_with_an_rpc_fragment(self):
        # odoo/service/server.py adds the model and method when the path does not name them
        line = (
            "2026-12-03 11:13:28,935 24491 INFO oversight_replica werkzeug: 127.0.0.1 - - [03/Dec/2026 11:13:28] "
            '"POST /web/dataset/call_kw#oversight.task.web_search_read HTTP/1.1" 200 - 9 0.004 0.010 ro\n'
        )
        self.assertEqual(logs.find_request(line, "/web/dataset/call_kw").queries, 9)

    def test_workers(self):
        self.assertEqual(logs.workers(self.text), {"WorkerHTTP": {24491, 24492}, "WorkerCron": {24496, 24497}})
        self.assertEqual(logs.workers(""), {"WorkerHTTP": set(), "WorkerCron": set()})

    def test_timestamp(self):
        start = logs.timestamp("2026-12-03 11:13:37,092")
        self.assertAlmostEqual(logs.timestamp("2026-12-03 11:13:37,414") - start, 0.322, places=3)
        self.assertAlmostEqual(logs.timestamp("2026-12-03 11:14:00,000") - start, 22.908, places=3)

    def test_cron_runs(self):
        runs = logs.cron_runs("".join(self.lines[:ROUND_2]), PROJECT_JOBS)
        self.assertEqual(
            sorted(runs),
            [(24496, 15), (24496, 18), (24496, 20), (24497, 12), (24497, 13), (24497, 14), (24497, 19)],
        )
        escalation = runs[24497, 14]
        self.assertEqual(escalation.status, "fully done")
        self.assertAlmostEqual(escalation.end - escalation.start, 0.561, places=3)
        # Odoo's own jobs (the auto-vacuum, the email queue) are not the project's
        self.assertNotIn((24496, 1), runs)
        self.assertIn((24496, 1), logs.cron_runs(self.text, [1]))

    def test_cron_run_not_ended(self):
        started = "".join(line for line in self.lines[:ROUND_2] if "(14) starting" in line)
        self.assertEqual(logs.cron_runs(started, [14])[24497, 14].status, None)
        self.assertEqual(logs.run_together(logs.cron_runs(started, [14])), {})
        # an extract that begins after the job started: its end alone is no run
        ended = "".join(line for line in self.lines[:ROUND_2] if "(14) fully done" in line)
        self.assertEqual(logs.cron_runs(ended, [14]), {})

    def test_run_together(self):
        # the run printed "14 and 15 (0.32 s), 18 and 19 (0.03 s), 19 and 20 (0.00 s)", then for
        # round 2 "12 and 13, 13 and 14, 14 and 15, 15 and 18, 19 and 20"
        first = logs.run_together(logs.cron_runs("".join(self.lines[:ROUND_2]), PROJECT_JOBS))
        self.assertEqual(sorted(first), [(14, 15), (18, 19), (19, 20)])
        self.assertAlmostEqual(first[14, 15], 0.322, places=3)
        self.assertAlmostEqual(first[18, 19], 0.033, places=3)
        second = logs.run_together(logs.cron_runs("".join(self.lines[ROUND_2:]), PROJECT_JOBS))
        self.assertEqual(sorted(second), [(12, 13), (13, 14), (14, 15), (15, 18), (19, 20)])

    def test_one_worker_runs_nothing_together(self):
        runs = {(1, 14): logs.CronRun(0.0, 2.0, "fully done"), (1, 15): logs.CronRun(1.0, 3.0, "fully done")}
        self.assertEqual(logs.run_together(runs), {})
        runs[2, 16] = logs.CronRun(1.5, 2.5, "fully done")
        self.assertEqual(logs.run_together(runs), {(14, 16): 0.5, (15, 16): 1.0})

    def test_asset_misses(self):
        self.assertEqual(logs.asset_misses(self.text), [])  # the run's bundles were all found
        missed = self.lines[37].replace('HTTP/1.1" 200', 'HTTP/1.1" 404')
        self.assertEqual(
            logs.asset_misses(missed * 2), ["/web/assets/05e4b46/web.report_assets_pdf.autoprefixed.min.css"]
        )

    def test_a_clean_log(self):
        self.assertEqual(logs.error_lines(self.text), [])
        self.assertEqual(logs.retried_requests(self.text), [])
        self.assertEqual(logs.left_to_next_run(self.text), [])

    def test_errors_retries_and_records_left(self):
        # odoo/http.py, odoo/netsvc.py's format; task_oversight/models/oversight_notice_job.py
        text = (
            "2026-12-03 11:13:25,306 24491 WARNING oversight_replica odoo.http: cannot execute UPDATE in a "
            "read-only transaction, retrying with a read/write cursor \n"
            "Traceback (most recent call last):\n"
            "psycopg2.errors.ReadOnlySqlTransaction: cannot execute UPDATE in a read-only transaction\n"
            "2026-12-03 11:13:37,100 24496 ERROR oversight_replica odoo.addons.task_oversight.models."
            "oversight_notice_job: Overdue escalation: oversight.task(7,) skipped \n"
            "2026-12-03 11:13:37,200 24497 WARNING oversight_replica odoo.addons.task_oversight.models."
            "oversight_notice_job: Deadline reminders: 33 records met concurrent changes 3 times; "
            "left to the next run \n"
            "2026-12-03 11:13:37,300 24497 INFO oversight_replica odoo.addons.base.models.ir_cron: ERROR is a word \n"
        )
        self.assertEqual(len(logs.retried_requests(text)), 1)
        self.assertEqual([line[24:29] for line in logs.error_lines(text)], ["24496"])
        self.assertEqual(
            logs.left_to_next_run(text),
            ["Deadline reminders: 33 records met concurrent changes 3 times; left to the next run "],
        )


class TestLogFile(unittest.TestCase):
    def test_since_a_mark(self):
        with tempfile.NamedTemporaryFile("w", suffix=".log", encoding="utf-8", delete=False) as handle:
            handle.write("before\n")
        path = Path(handle.name)
        self.addCleanup(path.unlink)
        log = logs.LogFile(path)
        mark = log.mark()
        with path.open("a", encoding="utf-8") as out:
            out.write("Độc lập - Tự do - Hạnh phúc\n")
        self.assertEqual(log.since(mark), "Độc lập - Tự do - Hạnh phúc\n")
        self.assertEqual(log.since(0), "before\nĐộc lập - Tự do - Hạnh phúc\n")


class TestServerPrograms(unittest.TestCase):
    def test_newest_first(self):
        found = ["/usr/lib/postgresql/9.6/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"]
        self.assertEqual(
            newest_first(found),
            ["/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/9.6/bin"],
        )


if __name__ == "__main__":
    unittest.main()
