"""What the checks share: Odoo's address and HTTP session, the two clusters'
connections and logs, and what was found (failures, figures, findings)."""

import time
from typing import NamedTuple

import requests

from . import logs

COUNT_ODOO_CONNECTIONS = "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'odoo-%'"


class Figure(NamedTuple):
    """A request measured: the client's time, Odoo's query count and SQL time, its
    cursor, the statements its worker sent to each cluster (``queries`` None: a delay)."""

    name: str
    elapsed: float
    queries: int | None = None
    query_time: float | None = None
    mode: str = ""
    on_replica: int = 0
    on_primary: int = 0


class Served(NamedTuple):
    pid: int
    mode: str
    on_primary: list
    on_replica: list


class Checker:
    def __init__(self, *, url, db, modules, primary, replica, odoo_log):
        self.url, self.db, self.modules = url, db, modules
        self.primary_cluster = primary
        self.primary = primary.connect(db)
        self.replica = replica.connect(db)
        self.odoo_log = logs.LogFile(odoo_log)
        self.primary_log = logs.LogFile(primary.log)
        self.replica_log = logs.LogFile(replica.log)
        self.session = requests.Session()
        self.session.headers["Connection"] = "close"  # a new connection each time: any worker may take it
        self.failures = []
        self.figures = []
        self.findings = []  # what Odoo itself does with a replica, reported, not failed
        self.connections = {"primary": 0, "replica": 0}

    def close(self):
        self.session.close()
        self.primary.close()
        self.replica.close()

    # -- results
    def fail(self, message):
        self.failures.append(message)
        print(f"  FAIL: {message}", flush=True)

    def ok(self, message):
        print(f"  ok: {message}", flush=True)

    def note(self, finding):
        self.findings.append(finding)
        print(f"  note: {finding}", flush=True)

    # -- the database
    def fetch(self, query, params=None, cnx=None):
        with (cnx or self.primary).cursor() as cr:
            cr.execute(query, params)
            return cr.fetchall()

    def scalar(self, query, params=None, cnx=None):
        rows = self.fetch(query, params, cnx)
        return rows[0][0] if rows else None

    def count_connections(self):
        """Keep the largest number of connections Odoo's processes held on each cluster."""
        for name, cnx in (("primary", self.primary), ("replica", self.replica)):
            self.connections[name] = max(self.connections[name], self.scalar(COUNT_ODOO_CONNECTIONS, cnx=cnx))

    # -- HTTP
    def call(self, method, path, params=None, timeout=300):
        if method == "GET":
            return self.session.get(self.url + path, params=params, timeout=timeout)
        payload = {"jsonrpc": "2.0", "method": "call", "params": params or {}}
        return self.session.post(self.url + path, json=payload, timeout=timeout)

    def request_line(self, mark, path, timeout=15):
        """Odoo's log line of the request on ``path`` made after ``mark`` (a ``logs.Request``)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = logs.find_request(self.odoo_log.since(mark), path)
            if line:
                return line
            time.sleep(0.2)
        return None

    def served(self, name, method, path, params=None, *, expect):
        """One request, ``expect`` checking its answer as soon as it comes; a
        ``Served``: the worker, its cursor mode and the statements it sent to each
        cluster meanwhile (None, and a failure, when the request did not succeed)."""
        marks = [log.mark() for log in (self.odoo_log, self.primary_log, self.replica_log)]
        start = time.perf_counter()
        response = self.call(method, path, params)
        elapsed = time.perf_counter() - start
        problem = None if response.status_code == 200 else f"HTTP {response.status_code}"
        if not problem:
            try:
                problem = expect(response)
            except (ValueError, RuntimeError) as error:
                problem = str(error)
        line = self.request_line(marks[0], path)
        if problem or not line:
            self.fail(f"{name}: {problem or 'no request line in the Odoo log'}")
            return None
        time.sleep(0.3)  # the servers' last log lines
        app = f"odoo-{line.pid}"
        on_primary = [sql for client, sql in logs.statements(self.primary_log.since(marks[1])) if client == app]
        on_replica = [sql for client, sql in logs.statements(self.replica_log.since(marks[2])) if client == app]
        self.figures.append(
            Figure(name, elapsed, line.queries, line.query_time, line.mode, len(on_replica), len(on_primary))
        )
        return Served(line.pid, line.mode, on_primary, on_replica)


def json_result(response):
    """The result of a JSON-RPC answer; RuntimeError with Odoo's message when it is an error."""
    body = response.json()
    if "error" in body:
        raise RuntimeError(body["error"].get("data", {}).get("message") or body["error"])
    return body["result"]


# What a request must answer: each returns None when the answer is right, else the problem.
def expect_json_key(key):
    def check(response):
        return None if key in response.json() else f"no {key!r} in the answer"

    return check


def expect_rpc(response):
    json_result(response)


def expect_prefix(prefix, label):
    def check(response):
        return None if response.content.startswith(prefix) else f"the answer is not {label}"

    return check


def expect_text(text):
    def check(response):
        return None if text in response.text else f"{text!r} not in the page"

    return check
