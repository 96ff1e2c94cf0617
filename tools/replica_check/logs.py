"""Reading the logs the checks judge by: PostgreSQL's statement logs (the
clusters' ``log_line_prefix = '%m [%p] app=%a '``) and Odoo's log (its request
lines, worker starts and scheduled-job runs). Plain functions of the text."""

import os
import re
from datetime import datetime
from typing import NamedTuple

PG_ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[\d+\] app=(\S*) (\w+):  (.*)$")
# Odoo's werkzeug line, with the performance fields of odoo/netsvc.py PerfFilter (the
# cursor mode last, logged when db_replica_host is set)
REQUEST = re.compile(
    r'^\S+ \S+ (\d+) \w+ \S+ werkzeug: \S+ - - \[[^\]]*\] "(\w+) (\S+) [^"]*" (\d+) \S+ (\d+) ([\d.]+) ([\d.]+) (\S+)'
)
WORKER = re.compile(r"^\S+ \S+ \d+ INFO \S+ odoo\.service\.server: Worker (WorkerHTTP|WorkerCron) \((\d+)\) alive")
CRON = re.compile(
    r"^(\S+ \S+) (\d+) \w+ \S+ odoo\.addons\.base\.models\.ir_cron: Job .* \((\d+)\) "
    r"(starting|fully done|partially done|failed)"
)
# transaction control, the reset of a borrowed connection (odoo/sql_db.py ConnectionPool.borrow,
# psycopg2's reset()) and Odoo's own bookkeeping, not the request's data
BOOKKEEPING = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|DISCARD ALL|SET |SHOW |SELECT 1\b)|res_device_log", re.I)
ASSET_NOT_FOUND = re.compile(r'"GET (/web/assets/\S+) HTTP[^"]*" 404')
ERROR_LINE = re.compile(r"^\S+ \S+ \d+ (ERROR|CRITICAL) ")
RETRIED = "retrying with a read/write cursor"  # odoo/http.py: a read-only request that wrote
# task_oversight/models/oversight_notice_job.py: records a job gave up after concurrent changes
LEFT_TO_NEXT_RUN = "left to the next run"


class LogFile:
    """A log that grows: ``mark()`` its end, read what was written ``since(mark)``."""

    def __init__(self, path):
        self.path = path

    def mark(self):
        return os.path.getsize(self.path)

    def since(self, mark):
        with open(self.path, "rb") as handle:
            handle.seek(mark)
            return handle.read().decode("utf-8", "replace")


class Request(NamedTuple):
    pid: int
    method: str
    path: str
    status: int
    queries: int
    query_time: float
    mode: str  # Odoo's cursor: 'ro', 'rw' or 'ro->rw' (a read-only request retried)


class CronRun(NamedTuple):
    start: float
    end: float | None
    status: str | None


def statements(text):
    """``[(application, statement)]`` of a PostgreSQL log extract; a statement
    spans the lines up to the next entry."""
    entries = []
    for line in text.splitlines():
        match = PG_ENTRY.match(line)
        if match:
            entries.append([match[1], match[2], match[3]])
        elif entries:
            entries[-1][2] += "\n" + line
    return [(app, body[11:]) for app, level, body in entries if level == "LOG" and body.startswith("statement: ")]


def find_request(text, path):
    """The first request on ``path`` (query string and RPC fragment aside) in an extract of Odoo's log."""
    for line in text.splitlines():
        match = REQUEST.match(line)
        if match and re.split(r"[?#]", match[3], maxsplit=1)[0] == path:
            return Request(int(match[1]), match[2], match[3], int(match[4]), int(match[5]), float(match[6]), match[8])
    return None


def workers(text):
    """The pids of Odoo's HTTP and cron workers that started: ``{"WorkerHTTP": {pid}, "WorkerCron": {pid}}``."""
    pids = {"WorkerHTTP": set(), "WorkerCron": set()}
    for line in text.splitlines():
        match = WORKER.match(line)
        if match:
            pids[match[1]].add(int(match[2]))
    return pids


def timestamp(stamp):
    """Seconds of an Odoo log time, ``2025-06-30 10:00:01,234`` (the milliseconds after a comma)."""
    return datetime.strptime(stamp[:19], "%Y-%m-%d %H:%M:%S").timestamp() + int(stamp[20:23]) / 1000


def cron_runs(text, job_ids):
    """``{(pid, job): CronRun}``: when each cron worker started and ended each of ``job_ids``, and how."""
    runs = {}
    for line in text.splitlines():
        match = CRON.match(line)
        if not match or int(match[3]) not in job_ids:
            continue
        key = (int(match[2]), int(match[3]))
        if match[4] == "starting":
            runs[key] = CronRun(timestamp(match[1]), None, None)
        elif key in runs:
            runs[key] = runs[key]._replace(end=timestamp(match[1]), status=match[4])
    return runs


def run_together(runs):
    """``{(job, job): seconds}``: the jobs two different workers ran at the same time, and for how long."""
    spans = [(pid, job, run.start, run.end) for (pid, job), run in runs.items() if run.end]
    return {
        (job_a, job_b): min(end_a, end_b) - max(start_a, start_b)
        for pid_a, job_a, start_a, end_a in spans
        for pid_b, job_b, start_b, end_b in spans
        if pid_a != pid_b and job_a < job_b and min(end_a, end_b) > max(start_a, start_b)
    }


def asset_misses(text):
    """The /web/assets URLs that answered 404 in an extract of Odoo's log."""
    return sorted(set(ASSET_NOT_FOUND.findall(text)))


def touches(sqls, table):
    """Whether one of the statements ``sqls`` names ``table``."""
    pattern = re.compile(rf'\b"?{re.escape(table)}"?\b')
    return any(pattern.search(statement) for statement in sqls)


def data_statements(sqls):
    """The statements of ``sqls`` that are not transaction control or Odoo's bookkeeping."""
    return [statement for statement in sqls if not BOOKKEEPING.search(statement)]


def error_lines(text):
    return [line for line in text.splitlines() if ERROR_LINE.match(line)]


def retried_requests(text):
    """Odoo's lines of the read-only requests that attempted a write and were retried on the primary."""
    return [line for line in text.splitlines() if RETRIED in line]


def left_to_next_run(text):
    """The messages of the records a job left to its next run (a day later)."""
    return [line.split(": ", 1)[-1] for line in text.splitlines() if LEFT_TO_NEXT_RUN in line]
