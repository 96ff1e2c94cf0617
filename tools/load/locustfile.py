"""The 25th as locust plays it (run by tools/load, LOAD_CONFIG naming its JSON settings):
each simulated user logs in once as a real user of its role, then clicks through what
that role does that day, a few seconds apart. Every request is recorded with its start
time, so that tools/load cuts the run into its steps of users; every progress report
carries a token in its note, recorded when Odoo acknowledged it (or not)."""

import json
import os
import random
import sys
import time
import uuid
from itertools import count
from pathlib import Path

from locust import HttpUser, LoadTestShape, between, events, task

sys.path.insert(0, str(Path(__file__).resolve().parent))
import calls

CONFIG = json.loads(Path(os.environ["LOAD_CONFIG"]).read_text(encoding="utf-8"))
RECORDS = []  # (start, name, milliseconds, error or None)
WRITES = {"acknowledged": [], "failed": []}  # progress-report tokens
NEXT = {role: count() for role in CONFIG["users"]}
STARTED = [time.time()]


@events.test_start.add_listener
def _started(**_kwargs):
    STARTED[0] = time.time()


@events.request.add_listener
def _record(name, response_time, exception, start_time=None, **_kwargs):
    start = start_time or time.time() - response_time / 1000
    RECORDS.append((start, name, response_time, str(exception)[:160] if exception else None))


@events.quitting.add_listener
def _write(**_kwargs):
    Path(CONFIG["results"]).write_text(
        json.dumps({"started": STARTED[0], "records": RECORDS, "writes": WRITES}), encoding="utf-8"
    )


class Steps(LoadTestShape):
    """CONFIG["steps"] users, CONFIG["seconds"] each, users added at CONFIG["spawn_rate"] a second."""

    def tick(self):
        step = int(self.get_run_time() // CONFIG["seconds"])
        if step >= len(CONFIG["steps"]):
            return None
        return CONFIG["steps"][step], CONFIG["spawn_rate"]


class RpcUser(HttpUser):
    abstract = True
    role = None
    wait_time = between(CONFIG["think_min"], CONFIG["think_max"])

    def on_start(self):
        logins = CONFIG["users"][self.role]
        self.login = logins[next(NEXT[self.role]) % len(logins)]
        self.uid = None
        self.tasks_seen = []
        while self.uid is None:
            result = self.rpc("login", calls.authenticate(CONFIG["db"], self.login, CONFIG["password"]))
            if result:
                self.uid = result["uid"]
            else:
                time.sleep(2)

    def rpc(self, name, call):
        path, params = call
        payload = {"jsonrpc": "2.0", "method": "call", "params": params, "id": random.randrange(1 << 30)}
        with self.client.post(path, json=payload, name=name, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
                return None
            try:
                body = response.json()
            except ValueError:
                response.failure("not JSON")
                return None
            if "error" in body:
                error = body["error"]
                response.failure((error.get("data") or {}).get("message") or error.get("message") or "error")
                return None
            response.success()
            return body["result"]

    def landing(self):
        result = self.rpc(f"{self.role}: task list", calls.task_list(self.role, self.uid))
        if result:
            self.tasks_seen = [record["id"] for record in result["records"]]
        return result

    def form(self):
        if not self.tasks_seen:
            self.landing()
        if self.tasks_seen:
            self.rpc("task form", calls.task_form(self.uid, random.choice(self.tasks_seen)))


class Officer(RpcUser):
    role = "officer"
    weight = CONFIG["weights"]["officer"]

    @task(3)
    def my_tasks(self):
        self.landing()

    @task(3)
    def task_form(self):
        self.form()

    @task(1)
    def progress_report(self):
        if not self.tasks_seen:
            self.landing()
        if not self.tasks_seen:
            return
        token = f"load-{uuid.uuid4().hex}"
        note = f"Báo cáo tiến độ ngày 25 ({token})"
        call = calls.progress_report(self.uid, random.choice(self.tasks_seen), random.choice([20, 50, 80]), note)
        result = self.rpc("officer: progress report", call)
        WRITES["acknowledged" if result else "failed"].append([token, time.time()])


class Head(RpcUser):
    role = "head"
    weight = CONFIG["weights"]["head"]
    submitted = False

    @task(3)
    def agency_tasks(self):
        self.landing()

    @task(2)
    def task_form(self):
        self.form()

    @task(1)
    def monthly_report(self):
        """The agency's report of the open period: its form, the overdue lines' cause and
        solution filled in and saved, then Submit; once submitted, its list only."""
        domain = [*calls.OPEN_PERIOD_REPORTS, ["agency_id.user_ids", "in", self.uid]]
        reports = self.rpc("head: monthly reports", calls.report_list(self.uid, domain))
        if not reports or not reports["records"]:
            return
        report = reports["records"][0]
        if report["state"] not in ("draft", "returned"):
            return
        form = self.rpc("report form", calls.report_form(self.uid, report["id"]))
        if not form:
            return
        lines = [
            (line["id"], "Thiếu nhân lực", "Bổ sung cán bộ, hoàn thành trong tháng")
            for line in form[0]["line_ids"]
            if line["kind"] == "overdue" and not (line["cause"] and line["solution"])
        ]
        if lines and not self.rpc("head: report save", calls.report_save(self.uid, report["id"], lines)):
            return
        self.rpc("head: report submit", calls.report_submit(self.uid, report["id"]))


class Office(RpcUser):
    role = "office"
    weight = CONFIG["weights"]["office"]

    @task(3)
    def tasks_to_act_on(self):
        self.landing()

    @task(2)
    def task_form(self):
        self.form()

    @task(2)
    def reports_to_confirm(self):
        self.rpc("office: reports to confirm", calls.report_list(self.uid, calls.TO_CONFIRM))


class Leader(RpcUser):
    role = "leader"
    weight = CONFIG["weights"]["leader"]

    @task(3)
    def open_tasks(self):
        self.landing()

    @task(2)
    def task_form(self):
        self.form()
