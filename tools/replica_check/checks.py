"""The checks, each a function of a ``client.Checker``:

a. the leader's read-only paths are served by the replica;
b. a chatter message posted over HTTP is written on the primary, then replayed;
c. the project's scheduled jobs, made due twice, send nothing twice;
d. Odoo's log: no read-only request retried on the primary, no error;
then the figures and the verdict (``summary``)."""

import json
import re
import shutil
import time
import uuid

from psycopg2 import sql

from . import logs
from .client import Figure, expect_json_key, expect_prefix, expect_rpc, expect_text, json_result
from .common import LEADER, Abort

REPORT = "task_oversight_reports.report_oversight_consolidated"
PDF = "consolidated report, PDF"
XMLID = "SELECT res_id FROM ir_model_data WHERE module = %s AND name = %s"
LAST_PREPARED_PERIOD = (
    "SELECT id FROM oversight_report_period WHERE state != 'open' ORDER BY date_to DESC, id DESC LIMIT 1"
)
PROJECT_JOBS = """
    SELECT c.id, d.name FROM ir_cron c
      JOIN ir_model_data d ON d.model = 'ir.cron' AND d.res_id = c.id
     WHERE d.module = ANY(%s) AND c.active ORDER BY c.id"""
# what the scheduled jobs create, counted before and after each round
COUNTED = {
    "escalations": "oversight_task_escalation",
    "reminders": "oversight_task_reminder",
    "report reminders": "oversight_agency_report_reminder",
    "digests": "oversight_digest",
    "emails (mail.mail)": "mail_mail",
    "activities": "mail_activity",
    "chatter messages": "mail_message",
}
# what would be sent twice: each query counts the groups of more than one
DUPLICATES = {
    "escalations (task, level, deadline)": """
        SELECT count(*) FROM (SELECT 1 FROM oversight_task_escalation
         GROUP BY task_id, level, deadline HAVING count(*) > 1) d""",
    "reminders (task, kind, offset, reference date)": """
        SELECT count(*) FROM (SELECT 1 FROM oversight_task_reminder
         GROUP BY task_id, kind, offset_days, reference_date HAVING count(*) > 1) d""",
    "report reminders (report, offset)": """
        SELECT count(*) FROM (SELECT 1 FROM oversight_agency_report_reminder
         GROUP BY report_id, offset_days HAVING count(*) > 1) d""",
    "escalations mailed twice to one person": """
        SELECT count(*) FROM (SELECT 1 FROM oversight_digest_escalation_rel r
          JOIN oversight_digest g ON g.id = r.digest_id
         GROUP BY r.notice_id, g.user_id HAVING count(*) > 1) d""",
    "reminders mailed twice to one person": """
        SELECT count(*) FROM (SELECT 1 FROM oversight_digest_reminder_rel r
          JOIN oversight_digest g ON g.id = r.digest_id
         GROUP BY r.notice_id, g.user_id HAVING count(*) > 1) d""",
    "emails (same recipients, subject, record and body)": """
        SELECT count(*) FROM (
            SELECT 1 FROM mail_mail mm JOIN mail_message m ON m.id = mm.mail_message_id
             WHERE mm.id > %(max_mail)s
             GROUP BY m.model, m.res_id, m.subject, md5(coalesce(mm.body_html, '')), coalesce(mm.email_to, ''),
                   (SELECT array_agg(res_partner_id ORDER BY res_partner_id)
                      FROM mail_mail_res_partner_rel WHERE mail_mail_id = mm.id)
            HAVING count(*) > 1) d""",
    "activities (record, type, user, due date)": """
        SELECT count(*) FROM (SELECT 1 FROM mail_activity WHERE id > %(max_activity)s
         GROUP BY res_model, res_id, activity_type_id, user_id, date_deadline HAVING count(*) > 1) d""",
}


# ---------------------------------------------------------------- a. reads
def check_reads(run):
    print("a. the leader's read-only paths, served by the replica", flush=True)
    dashboard_id = run.scalar(XMLID, ("task_oversight_dashboard", "spreadsheet_dashboard_oversight"))
    period_id = run.scalar(LAST_PREPARED_PERIOD)
    if not dashboard_id or not period_id:
        raise Abort("the demo data has no dashboard record or no consolidated (prepared) period.")
    login = run.call("POST", "/web/session/authenticate", {"db": run.db, "login": LEADER, "password": LEADER})
    uid = json_result(login).get("uid")
    if not uid:
        raise Abort(f"the demo leader {LEADER!r} could not log in.")
    run.ok(f"logged in as the demo leader {LEADER!r} (uid {uid})")
    dashboard_path = f"/spreadsheet/dashboard/data/{dashboard_id}"
    warm_up(run, dashboard_path)
    reads = read_requests(dashboard_path, period_id)
    if shutil.which("wkhtmltopdf"):
        reads.append(first_pdf(run, period_id))
    else:
        print("  skipped: the PDF (wkhtmltopdf is not installed)", flush=True)
    for name, method, path, params, table, expect in reads:
        mark = run.odoo_log.mark()
        result = run.served(name, method, path, params, expect=expect)
        if not result:
            continue
        if name == PDF:
            text = run.odoo_log.since(mark)
            if logs.asset_misses(text) or "ContentNotFoundError" in text:
                run.fail(f"{name}: wkhtmltopdf could not fetch the stylesheets: {logs.asset_misses(text)}")
        judge_read(run, name, result, table)
    if shutil.which("wkhtmltopdf"):
        check_print_button(run, period_id)
    run.count_connections()


def warm_up(run, dashboard_path):
    """Each HTTP worker loads the registry (from the primary) on its first request."""
    pids = logs.workers(run.odoo_log.since(0))
    http_pids, cron_pids = pids["WorkerHTTP"], pids["WorkerCron"]
    print(f"  Odoo workers: HTTP {sorted(http_pids)}, cron {sorted(cron_pids)}", flush=True)
    if len(http_pids) != 2 or len(cron_pids) != 2:
        run.fail(f"expected 2 HTTP and 2 cron workers, the log shows {len(http_pids)} and {len(cron_pids)}")
    seen = set()
    for _attempt in range(40):
        mark = run.odoo_log.mark()
        run.call("GET", dashboard_path)
        line = run.request_line(mark, dashboard_path)
        if line:
            seen.add(line.pid)
        if http_pids <= seen:
            break
    print(f"  warm-up: both HTTP workers answered ({sorted(seen)})", flush=True)


def read_requests(dashboard_path, period_id):
    """``[(name, method, path, params, a table its data comes from, expect)]``."""
    period_fields = ("name", "state", "report_count", "submitted_count", "late_count", "missing_count")
    return [
        ("dashboard data", "GET", dashboard_path, None, "spreadsheet_dashboard", expect_json_key("snapshot")),
        (
            "period figures (web_read)",
            "POST",
            "/web/dataset/call_kw/oversight.report.period.web_read",
            {
                "model": "oversight.report.period",
                "method": "web_read",
                "args": [[period_id]],
                "kwargs": {"specification": {field: {} for field in period_fields}},
            },
            "oversight_agency_report",
            expect_rpc,
        ),
        (
            "task analysis (pivot)",
            "POST",
            "/web/dataset/call_kw/oversight.task.analysis.formatted_read_group",
            {
                "model": "oversight.task.analysis",
                "method": "formatted_read_group",
                "args": [],
                "kwargs": {
                    "domain": [],
                    "groupby": ["lead_agency_id"],
                    "aggregates": ["task_count:sum", "done_count:sum", "overdue_count:sum"],
                },
            },
            "oversight_task",
            expect_rpc,
        ),
        (
            "consolidated report, HTML",
            "GET",
            f"/report/html/{REPORT}/{period_id}",
            None,
            "oversight_agency_report",
            expect_text("Độc lập - Tự do - Hạnh phúc"),
        ),
        (
            "consolidated report, XLSX",
            "GET",
            f"/task_oversight_reports/period/{period_id}/xlsx",
            None,
            "oversight_agency_report",
            expect_prefix(b"PK", "an XLSX file"),
        ),
    ]


def first_pdf(run, period_id):
    """The first PDF makes Odoo build the report's stylesheet bundles: wkhtmltopdf
    fetches them from /web/assets, a read-only route that builds a missing bundle
    on the primary and reads it back at once through the replica, which may not
    have replayed it yet (odoo/addons/web/controllers/binary.py, content_assets):
    a race with the replication lag, reported when lost. Returns the PDF's read."""
    pdf_path = f"/report/pdf/{REPORT}/{period_id}"
    mark = run.odoo_log.mark()
    run.call("GET", pdf_path)
    time.sleep(0.5)
    misses = logs.asset_misses(run.odoo_log.since(mark))
    if misses:
        run.note(
            f"the first PDF was printed without its stylesheets: {len(misses)} freshly built asset bundles "
            "answered 404, read through the replica before it had replayed them (Odoo 19 core, "
            "web/controllers/binary.py content_assets); the next requests find them"
        )
    else:
        print("  the report's asset bundles, built by the first PDF, were found on the replica", flush=True)
    return (PDF, "GET", pdf_path, None, "oversight_agency_report", expect_prefix(b"%PDF", "a PDF"))


def judge_read(run, name, result, table):
    """A read-only request: Odoo's cursor 'ro', its data read on the replica, no
    statement of the serving worker on the primary (but Odoo's device log)."""
    writes = logs.data_statements(result.on_primary)
    if result.mode != "ro":
        run.fail(f"{name}: Odoo served it with a {result.mode!r} cursor, not 'ro'")
    elif not logs.touches(result.on_replica, table):
        run.fail(f"{name}: no query on {table} from worker {result.pid} in the replica's log")
    elif writes:
        run.fail(
            f"{name}: worker {result.pid} also sent {len(writes)} statements to the primary, e.g. {writes[0][:200]!r}"
        )
    else:
        run.ok(
            f"{name}: worker {result.pid}, cursor 'ro', {len(result.on_replica)} statements on the replica "
            f"(incl. {table}), {len(result.on_primary)} on the primary"
        )


def check_print_button(run, period_id):
    """The web client's Print button does not open /report/pdf: it downloads through
    /report/download, whose route Odoo 19 does not declare read-only. Checked like
    the other reads once it is; until then, measured and reported."""
    name = "the web client's Print (/report/download)"
    query = {"data": json.dumps([f"/report/pdf/{REPORT}/{period_id}", "qweb-pdf"]), "context": "{}"}
    result = run.served(name, "GET", "/report/download", query, expect=expect_prefix(b"%PDF", "a PDF"))
    if result and result.mode == "ro":
        judge_read(run, name, result, "oversight_agency_report")
    elif result:
        run.note(
            f"the web client's Print button downloads through /report/download, a {result.mode!r} route in Odoo 19 "
            f"(web/controllers/report.py): the consolidated PDF it printed was rendered on the primary "
            f"({len(result.on_primary)} statements by worker {result.pid}); a route override with readonly=True "
            "would move it"
        )


# ---------------------------------------------------------------- b. a write
def check_write(run):
    print("b. a chatter message: written on the primary, then replayed on the replica", flush=True)
    task_id = run.scalar("SELECT id FROM oversight_task WHERE active ORDER BY id LIMIT 1")
    marker = f"replica-check {uuid.uuid4().hex[:12]}"
    replay = {}

    def expect_replayed(response):
        """The message answered by the primary, then looked for on the replica at once."""
        replay["id"] = json_result(response).get("message_id")
        start = time.monotonic()
        while time.monotonic() - start < 30:
            found = run.scalar(
                "SELECT 1 FROM mail_message WHERE id = %s AND body LIKE %s",
                (replay["id"], f"%{marker}%"),
                cnx=run.replica,
            )
            if found:
                replay["delay"] = time.monotonic() - start
                return None
            time.sleep(0.002)
        return f"message {replay['id']} did not reach the replica within 30 s"

    result = run.served(
        "chatter message (POST /mail/message/post)",
        "POST",
        "/mail/message/post",
        {
            "thread_model": "oversight.task",
            "thread_id": task_id,
            "post_data": {"body": marker, "message_type": "comment", "subtype_xmlid": "mail.mt_note"},
        },
        expect=expect_replayed,
    )
    if not result:
        return
    inserts = [sql for sql in result.on_primary if re.search(r'INSERT INTO "?mail_message"?', sql) and marker in sql]
    if result.mode != "rw" or not inserts:
        run.fail(
            f"chatter message: cursor {result.mode!r}, {len(inserts)} INSERT of the message "
            f"by worker {result.pid} on the primary"
        )
        return
    run.ok(
        f"worker {result.pid}, cursor 'rw': the INSERT INTO mail_message is in the primary's log "
        f"(message {replay['id']})"
    )
    run.ok(f"the message is on the replica {replay['delay'] * 1000:.0f} ms after the primary answered")
    run.figures.append(Figure("message visible on the replica after", replay["delay"]))


# ---------------------------------------------------------------- c. cron
def check_cron(run):
    """Two rounds of the project's jobs; returns them (``run_round``'s results) for the summary."""
    print("c. the project's scheduled jobs, run twice by the two cron workers", flush=True)
    jobs = dict(run.fetch(PROJECT_JOBS, (list(run.modules),)))
    cron_ids = sorted(jobs)
    print(f"  {len(cron_ids)} active jobs of the project: {', '.join(f'{i} {jobs[i]}' for i in cron_ids)}", flush=True)
    notify = run.primary_cluster.connect("postgres")
    try:
        before = counts(run)
        max_ids = {
            "max_mail": run.scalar("SELECT coalesce(max(id), 0) FROM mail_mail"),
            "max_activity": run.scalar("SELECT coalesce(max(id), 0) FROM mail_activity"),
        }
        first = run_round(run, notify, cron_ids, 1)
        after_first = counts(run)
        second = run_round(run, notify, cron_ids, 2)
        after_second = counts(run)
    finally:
        notify.close()
    sent = {label: after_first[label] - before[label] for label in COUNTED}
    again = {label: after_second[label] - after_first[label] for label in COUNTED}
    print("  round 1 created: " + ", ".join(f"{count} {label}" for label, count in sent.items()), flush=True)
    print("  round 2 created: " + ", ".join(f"{count} {label}" for label, count in again.items()), flush=True)
    if first and second:
        busy = set(first[0]) | set(second[0])
        if len(busy) < 2:
            run.fail(f"only cron worker(s) {sorted(busy)} ran the jobs; expected both")
        else:
            run.ok(f"both cron workers ran jobs: {sorted(busy)}")
    if not sent["escalations"] and not sent["reminders"]:
        run.fail("round 1 sent no escalation and no reminder: the demo data gave the jobs nothing to do")
    check_nothing_late(run, jobs, first, again)
    for label, query in DUPLICATES.items():
        duplicates = run.scalar(query, max_ids)
        if duplicates:
            run.fail(f"{duplicates} duplicated {label}")
        else:
            run.ok(f"no duplicated {label}")
    failed_jobs = run.scalar("SELECT count(*) FROM ir_cron WHERE id = ANY(%s) AND failure_count > 0", (cron_ids,))
    if failed_jobs:
        run.fail(f"{failed_jobs} of the project's jobs have a failure count")
    return first, second


def counts(run):
    query = sql.SQL("SELECT count(*) FROM {}")
    return {label: run.scalar(query.format(sql.Identifier(table))) for label, table in COUNTED.items()}


def run_round(run, notify, cron_ids, number):
    """Make the jobs due, wake the cron workers and wait until every job has run:
    ``(job ids by worker pid, seconds jobs ran together in two workers, elapsed)``."""
    mark = run.odoo_log.mark()
    started = run.scalar("SELECT now() at time zone 'UTC'")
    run.fetch(
        "UPDATE ir_cron SET nextcall = now() at time zone 'UTC' - interval '1 minute' WHERE id = ANY(%s) RETURNING id",
        (cron_ids,),
    )
    # the cron workers LISTEN on the "postgres" database (odoo/service/server.py, WorkerCron)
    run.fetch("SELECT pg_notify('cron_trigger', %s)", (run.db,), cnx=notify)
    clock = time.monotonic()
    while True:
        done = run.scalar(
            # Odoo writes lastcall to the second
            """SELECT count(*) FROM ir_cron
                WHERE id = ANY(%s) AND lastcall >= date_trunc('second', %s) AND nextcall > %s""",
            (cron_ids, started, started),
        )
        if done == len(cron_ids):
            break
        if time.monotonic() - clock > 300:
            run.fail(f"round {number}: only {done} of {len(cron_ids)} jobs ran within 5 minutes")
            return None
        time.sleep(0.5)
    elapsed = time.monotonic() - clock
    run.count_connections()
    time.sleep(0.5)
    runs = logs.cron_runs(run.odoo_log.since(mark), cron_ids)
    failed = [job for (_pid, job), cron_run in runs.items() if cron_run.status != "fully done"]
    if failed:
        run.fail(f"round {number}: jobs {failed} did not end 'fully done' (see odoo.log)")
    by_pid = {}
    for pid, job in runs:
        by_pid.setdefault(pid, []).append(job)
    together = logs.run_together(runs)
    workers_text = ", ".join(f"worker {pid}: jobs {sorted(ids)}" for pid, ids in sorted(by_pid.items()))
    together_text = ", ".join(f"{a} and {b} ({seconds:.2f} s)" for (a, b), seconds in sorted(together.items()))
    run.ok(
        f"round {number}: {len(runs)} runs in {elapsed:.1f} s ({workers_text}); "
        f"run at the same time in both workers: {together_text or 'none'}"
    )
    return by_pid, together, elapsed


def check_nothing_late(run, jobs, first, again):
    """Whatever round 2 creates, round 1 should have: either sent twice (the
    duplicate checks tell) or left unsent by round 1 and caught up a run (a
    day) late, e.g. records a job gave up as "left to the next run"."""
    late = {label: count for label, count in again.items() if count}
    if late:
        left = logs.left_to_next_run(run.odoo_log.since(0))
        causes = [f"{jobs[a]} and {jobs[b]} ran at the same time" for a, b in (first[1] if first else {})]
        run.fail(f"round 2 created what round 1 had not: {late}; in round 1, " + "; ".join(left + causes))
    else:
        run.ok("round 2 sent nothing: no new notice, digest, email, activity or chatter message")


# ---------------------------------------------------------------- d. Odoo's log
def check_odoo_log(run):
    text = run.odoo_log.since(0)
    retries = logs.retried_requests(text)
    if retries:
        run.fail(
            f"{len(retries)} read-only requests attempted a write and were retried on the primary: {retries[0][:300]}"
        )
    else:
        run.ok("no 'retrying with a read/write cursor' in Odoo's log")
    errors = logs.error_lines(text)
    if errors:
        run.fail(f"{len(errors)} ERROR lines in Odoo's log, e.g. {errors[0][:300]}")


# ---------------------------------------------------------------- summary
def summary(run, rounds):
    """The figures, then the failures; whether every check passed."""
    print("\nFigures (this machine, demo data; time = the client's, queries = Odoo's count for the request):")
    print(f"  {'request':44} {'time':>8} {'queries':>8} {'SQL time':>9} {'cursor':>7} {'replica':>8} {'primary':>8}")
    for figure in run.figures:
        if figure.queries is None:
            print(f"  {figure.name:44} {figure.elapsed * 1000:6.0f}ms")
            continue
        print(
            f"  {figure.name:44} {figure.elapsed:7.3f}s {figure.queries:8d} {figure.query_time:8.3f}s "
            f"{figure.mode:>7} {figure.on_replica:8d} {figure.on_primary:8d}"
        )
    first, second = rounds
    if first and second:
        overlap = sum(first[1].values())
        print(
            f"  cron rounds: {first[2]:.1f} s and {second[2]:.1f} s; jobs ran together in both workers {overlap:.2f} s"
        )
    print("  (replica / primary: statements the serving worker sent to each cluster during the request)")
    run.count_connections()
    print(
        f"  connections held by Odoo's processes (2 HTTP, 2 cron, 1 gevent; db_maxconn 8), largest sample: "
        f"primary {run.connections['primary']}, replica {run.connections['replica']}"
    )
    for finding in run.findings:
        print(f"  note: {finding}")
    if run.failures:
        print(f"\n{len(run.failures)} check(s) failed:")
        for message in run.failures:
            print(f"  - {message}")
        return False
    print("\nAll checks passed.")
    return True


def check_all(run):
    check_reads(run)
    check_write(run)
    rounds = check_cron(run)
    check_odoo_log(run)
    return summary(run, rounds)
