"""``make load`` (tools/load/) without load: its settings and the deploy/ files it reads,
its figures, and its calls — the web client's, each role's, sent over HTTP to the test
database as the users of that role and answered without error."""

import sys
import threading
import unittest
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from odoo.tests import HttpCase

from odoo.addons.task_oversight.tests.common import OversightCase

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from load import calls, faults, report  # noqa: E402 (tools/ is not a package)
from load.__main__ import settings_from_environment  # noqa: E402
from load.server import Odoo, haproxy_conf, odoo_options  # noqa: E402
from replica_check.common import Abort  # noqa: E402


class TestSettings(unittest.TestCase):
    def test_defaults_bounded(self):
        settings = settings_from_environment({})
        self.assertEqual(settings["steps"], [30, 60, 90, 120])
        self.assertFalse(settings["faults"])
        self.assertTrue(settings["proxy"])
        # the default run's load stays within about 10 minutes, set-up included
        self.assertLessEqual(settings["seconds"] * len(settings["steps"]), 6 * 60)

    def test_make_variables(self):
        settings = settings_from_environment({"LOAD_USERS": "10,20", "LOAD_SECONDS": "30", "FAULTS": ""})
        self.assertEqual((settings["steps"], settings["seconds"], settings["faults"]), ([10, 20], 30, False))
        faulty = settings_from_environment({"FAULTS": "1", "LOAD_USERS": "", "LOAD_SECONDS": ""})
        self.assertTrue(faulty["faults"])
        self.assertEqual(len(faulty["steps"]), 1)
        with self.assertRaises(Abort):
            settings_from_environment({"LOAD_USERS": "5000"})

    def test_odoo_as_deploy_configures_it(self):
        cluster = SimpleNamespace(socket_dir="/run/load/sock", port=54329, server=SimpleNamespace(role="odoo"))
        options = odoo_options(
            cluster=cluster, db="load_day", addons_path="a,b", data_dir="/d", ports=(1, 2, 3), log="/l"
        )
        self.assertEqual((options["workers"], options["max_cron_threads"]), ("4", "1"))
        for name in ("db_maxconn", "limit_request", "limit_time_cpu", "limit_time_real", "limit_memory_hard"):
            self.assertIn(name, options)  # deploy/odoo.conf's own value
        self.assertEqual(
            (options["db_host"], options["db_port"], options["dbfilter"]), ("/run/load/sock", "54329", "^load_day$")
        )
        self.assertEqual(options["http_interface"], "127.0.0.1")
        self.assertNotIn("db_replica_host", options)

    def test_haproxy_as_deploy_configures_it(self):
        conf = haproxy_conf(listen_port=8123, odoo_port=8124, gevent_port=8125, workers=4)
        self.assertIn("bind 127.0.0.1:8123", conf)
        self.assertIn("server odoo 127.0.0.1:8124 maxconn 4", conf)
        self.assertIn("server gevent 127.0.0.1:8125", conf)
        self.assertIn("timeout queue", conf)
        self.assertNotIn("log stdout", conf)


class TestFigures(unittest.TestCase):
    def test_percentiles(self):
        values = list(range(1, 101))
        self.assertEqual([report.percentile(values, share) for share in (0.5, 0.95, 0.99)], [50, 95, 99])
        self.assertEqual(report.percentile([7], 0.99), 7)

    def test_steps_cut_the_run(self):
        settings = {"steps": [2, 4], "seconds": 10, "warmup": 2}
        records = [(100 + second, "task form", 10 * second, None) for second in range(20)]
        records += [(100.5, "login", 700, None), (115, "task form", 5, "HTTP 502")]
        samples = [(100 + second, second * 0.5, second * 0.25, 1.0) for second in range(21)]
        steps = report.step_table({"started": 100, "records": records}, samples, settings)
        first, second = steps
        self.assertEqual(first["rows"][report.ALL]["n"], 8)  # seconds 2 to 9
        self.assertEqual(first["rows"]["login"]["n"], 1)
        self.assertEqual(second["rows"][report.ALL]["errors"], 1)
        self.assertAlmostEqual(first["odoo_cores"], 0.5)
        self.assertAlmostEqual(first["pg_cores"], 0.25)

    def test_outage_ends_with_the_last_error(self):
        events = [{"fault": "database restarted", "time": 50.0, "detail": ""}]
        records = [(49, "x", 5, None), (50.5, "x", 500, "HTTP 502"), (53, "x", 1000, "not JSON"), (56, "x", 9, None)]
        (row,) = faults.outages({"records": records}, events)
        self.assertEqual(row["errors"], 2)
        self.assertAlmostEqual(row["back_s"], 4.0)


class TestFaults(unittest.TestCase):
    def test_a_fault_not_injected_is_recorded_as_failed(self):
        """No worker of the kind to kill (Odoo without setproctitle titles none): the fault is
        recorded as not injected, so that the check fails instead of finding nothing lost."""

        def kill_worker(kind):
            raise Abort(f"no {kind} process to kill")

        cluster = SimpleNamespace(psql=lambda *args, **kwargs: "600")
        stop = threading.Event()
        stop.set()  # the run is over at once: only the first fault is tried
        events = []
        faults.inject(cluster, SimpleNamespace(kill_worker=kill_worker), events, stop, "db")
        self.assertEqual([(event["fault"], event.get("failed")) for event in events], [(faults.FAULTS[0], True)])
        self.assertEqual(faults.outages({"records": []}, [e for e in events if not e.get("failed")]), [])

    def test_odoo_is_started_again_after_it_exits(self):
        """As deploy/'s supervisors do: the process exits (here at once), it is started again."""
        odoo = Odoo([sys.executable, "-c", "pass"], conf="unused", log="unused", http_port=0)
        odoo.spawn()
        stop, restarts = threading.Event(), []
        supervisor = threading.Thread(target=odoo.supervise, args=(stop, restarts), kwargs={"delay": 0})
        supervisor.start()
        try:
            for _second in range(50):
                if len(restarts) >= 2:
                    break
                stop.wait(0.2)
        finally:
            stop.set()
            supervisor.join()
        self.assertGreaterEqual(len(restarts), 2)


class TestWebClientCalls(HttpCase, OversightCase):
    """Each call of tools/load/calls.py, sent as the web client sends it, as a user of the role."""

    def setUp(self):
        super().setUp()
        self.env.company.oversight_office_agency_id = self.env["oversight.agency"].create(
            {"name": "Văn phòng UBND", "code": "T-VP"}
        )
        today = self.today()
        # not acknowledged yet: on the head's landing list too
        self.task = self._assigned_on(today - timedelta(days=60), today - timedelta(days=20), acknowledged=False)
        self.task.officer_id = self.user_a
        # created on a frozen day 60 days ago: overdue from today's run of the daily status job,
        # as in the province (the Office's landing list takes the overdue tasks)
        with self._no_commit_cron():
            self.env["oversight.task"]._cron_refresh_deadline_status()
        self.assertEqual(self.task.deadline_status, "overdue")
        period = self.env["oversight.report.period"]._ensure_period(self.env.company, today)
        self.report = period.agency_report_ids.filtered(lambda report: report.agency_id == self.agency_a)

    def rpc(self, user, call):
        path, params = call
        self.authenticate(user.login, user.login)
        return self.make_jsonrpc_request(path, params)

    def test_specifications_are_the_views_fields(self):
        """The lists and forms ask for the fields their views show, nothing the views lack."""
        for model, view_type, spec in (
            ("oversight.task", "list", calls.TASK_LIST_SPEC),
            ("oversight.task", "form", calls.TASK_FORM_SPEC),
            ("oversight.agency.report", "list", calls.REPORT_LIST_SPEC),
            ("oversight.agency.report", "form", calls.REPORT_FORM_SPEC),
        ):
            views = self.env[model].with_user(self.office).get_views([(False, view_type)])
            fields = views["models"][model]["fields"]
            self.assertLessEqual(set(spec), set(fields), f"{model} {view_type}")

    def test_landing_lists(self):
        for role, user in (
            ("officer", self.user_a),
            ("head", self.head_a),
            ("office", self.office),
            ("leader", self.leader),
        ):
            result = self.rpc(user, calls.task_list(role, user.id))
            self.assertIn(self.task.id, [record["id"] for record in result["records"]], role)
            (form,) = self.rpc(user, calls.task_form(user.id, self.task.id))
            self.assertEqual(form["code"], self.task.code)

    def test_officer_progress_report(self):
        note = "Báo cáo tiến độ ngày 25 (load-0123456789abcdef0123456789abcdef)"
        (saved,) = self.rpc(self.user_a, calls.progress_report(self.user_a.id, self.task.id, 50, note))
        update = self.env["oversight.task.update"].browse(saved["id"])
        self.assertEqual((update.task_id, update.user_id, update.note), (self.task, self.user_a, note))

    def test_head_submits_office_sees_it(self):
        domain = [*calls.OPEN_PERIOD_REPORTS, ["agency_id.user_ids", "in", self.head_a.id]]
        listed = self.rpc(self.head_a, calls.report_list(self.head_a.id, domain))
        self.assertEqual([record["id"] for record in listed["records"]], self.report.ids)
        (form,) = self.rpc(self.head_a, calls.report_form(self.head_a.id, self.report.id))
        lines = [
            (line["id"], "Thiếu nhân lực", "Bổ sung cán bộ") for line in form["line_ids"] if line["kind"] == "overdue"
        ]
        self.rpc(self.head_a, calls.report_save(self.head_a.id, self.report.id, lines))
        self.rpc(self.head_a, calls.report_submit(self.head_a.id, self.report.id))
        self.assertEqual(self.report.state, "submitted")
        to_confirm = self.rpc(self.office, calls.report_list(self.office.id, calls.TO_CONFIRM))
        self.assertIn(self.report.id, [record["id"] for record in to_confirm["records"]])
