"""FAULTS=1: the faults injected under load, then what they cost: the clients' writes
(each progress report's token) against the database, the errors during and after each
fault and the seconds until service was back, and the scheduled jobs' records once
re-run (one escalation per task and level, one to-do, one digest per person, none missing)."""

import json
import re
import time

from replica_check.common import Abort

from load.common import say

ESCALATIONS = "SELECT count(*) FROM oversight_task_escalation"
ESCALATION_CRON = """SELECT c.id FROM ir_cron c JOIN ir_model_data d ON d.res_id = c.id AND d.model = 'ir.cron'
                      WHERE d.module = 'task_oversight' AND d.name = 'ir_cron_overdue_escalation'"""
# the job's own candidates query (oversight_task_escalation.py), for the Vietnamese day: what is still to send
MISSING = """SELECT count(*) FROM oversight_task t JOIN oversight_escalation_rule r ON r.active
              WHERE t.state = 'assigned' AND t.active
                AND (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - t.effective_deadline
                    >= CASE WHEN t.starred THEN r.starred_overdue_days ELSE r.overdue_days END
                AND NOT EXISTS (SELECT 1 FROM oversight_task_escalation e
                                 WHERE e.task_id = t.id AND e.level = r.level AND e.deadline = t.effective_deadline)"""
CHECKS = {
    "escalations": ESCALATIONS,
    "escalations twice (task, level, deadline)": """SELECT count(*) FROM (SELECT 1 FROM oversight_task_escalation
                                                 GROUP BY task_id, level, deadline HAVING count(*) > 1) twice""",
    "escalations missing": MISSING,
    "to-dos twice (task, type, user)": """SELECT count(*) FROM (
                                  SELECT 1 FROM mail_activity WHERE res_model = 'oversight.task'
                                  GROUP BY res_id, activity_type_id, user_id HAVING count(*) > 1) twice""",
    "escalation digests": "SELECT count(*) FROM oversight_digest WHERE kind = 'escalation'",
    "people with two digests": """SELECT count(*) FROM (SELECT 1 FROM oversight_digest WHERE kind = 'escalation'
                                   GROUP BY user_id HAVING count(*) > 1) twice""",
    "recipients in no digest": """SELECT count(DISTINCT rel.res_users_id)
               FROM oversight_task_escalation_res_users_rel rel
              WHERE NOT EXISTS (SELECT 1 FROM oversight_digest_escalation_rel dr
                                  JOIN oversight_digest d ON d.id = dr.digest_id
                                 WHERE dr.notice_id = rel.oversight_task_escalation_id
                                   AND d.user_id = rel.res_users_id)""",
}
MUST_BE_ZERO = [name for name in CHECKS if name not in ("escalations", "escalation digests")]
# the cron worker is killed once the backlog is 500 escalations in (its first poll comes up to a
# minute after Odoo starts), at most CRON_AT s into the run; the other faults follow it
CRON_AT, HTTP_WORKER_AFTER, RESTART_AFTER = 100, 20, 50
FAULTS = ("cron worker killed", "HTTP worker killed", "database restarted")


def inject(cluster, odoo, events, stop, db):
    """The cron worker killed in the middle of the escalation backlog, an HTTP worker
    killed, the cluster restarted; each fault appended to ``events`` with its time, or with
    ``failed`` when it could not be injected (the run then fails: a fault not made proves
    nothing)."""
    started = time.time()

    def wait_until(second):
        stop.wait(max(0.0, killed + second - time.time()))

    def kill(kind, fault):
        try:
            pid = odoo.kill_worker(kind)
        except Abort as error:
            events.append({"fault": fault, "time": time.time(), "detail": str(error), "failed": True})
            say(f"FAULT NOT INJECTED: {error}")
            return None
        events.append({"fault": fault, "time": time.time(), "detail": f"pid {pid}"})
        return pid

    deadline = started + CRON_AT
    while not stop.is_set() and time.time() < deadline:
        if int(cluster.psql("-c", ESCALATIONS, dbname=db) or 0) > 500:
            break
        stop.wait(1)
    written = int(cluster.psql("-c", ESCALATIONS, dbname=db) or 0)
    killed = time.time()
    pid = kill("WorkerCron", FAULTS[0])
    if pid:
        events[-1]["detail"] += f", {written} escalations in"
        say(f"FAULT: cron worker {pid} killed, the backlog {written} escalations in")
    wait_until(HTTP_WORKER_AFTER)
    if stop.is_set():
        return
    pid = kill("WorkerHTTP", FAULTS[1])
    if pid:
        say(f"FAULT: HTTP worker {pid} killed")
    wait_until(RESTART_AFTER)
    if stop.is_set():
        return
    at = time.time()
    cluster.restart()
    events.append({"fault": FAULTS[2], "time": at, "detail": f"down {time.time() - at:.1f} s"})
    say(f"FAULT: PostgreSQL cluster restarted (immediate stop, crash recovery) in {time.time() - at:.1f} s")


def outages(results, events, window=60):
    """Per fault: errors of the requests that started in the ``window`` s after it, and the
    seconds from the fault to the end of the last of them (0: nobody saw it)."""
    records = results["records"]
    rows = []
    for index, event in enumerate(events):
        end = events[index + 1]["time"] if index + 1 < len(events) else event["time"] + window
        failed = [
            record for record in records if event["time"] <= record[0] < min(end, event["time"] + window) and record[3]
        ]
        back = max((record[0] + record[2] / 1000 for record in failed), default=event["time"]) - event["time"]
        rows.append({**event, "errors": len(failed), "back_s": back, "until": event["time"] + back})
    return rows


def wait_job_done(cluster, db, cron_id, timeout=900):
    """Until the escalation job is no longer due, triggered or running, and its count stands."""
    deadline, last, stable = time.time() + timeout, None, 0
    while time.time() < deadline:
        state = cluster.psql(
            "-c",
            f"""SELECT (SELECT nextcall > now() AT TIME ZONE 'UTC' FROM ir_cron WHERE id = {cron_id})
                       AND NOT EXISTS (SELECT 1 FROM ir_cron_trigger WHERE cron_id = {cron_id}
                                          AND call_at <= now() AT TIME ZONE 'UTC'),
                       ({ESCALATIONS})""",
            dbname=db,
        )
        done, count = state.split("|")
        stable = stable + 1 if done == "t" and count == last else 0
        if stable >= 2:
            return True
        last = count
        time.sleep(5)
    return False


def rerun(cluster, db, cron_id):
    """The job made due again and the cron worker woken (Odoo's cron_trigger notification)."""
    cluster.psql(
        "-c",
        f"UPDATE ir_cron SET nextcall = now() AT TIME ZONE 'UTC' - interval '1 minute' WHERE id = {cron_id}",
        dbname=db,
    )
    cluster.psql("-c", f"NOTIFY cron_trigger, '{db}'", dbname=db)
    time.sleep(10)


def count_checks(cluster, db):
    return {name: int(cluster.psql("-c", query, dbname=db)) for name, query in CHECKS.items()}


def check(cluster, db, *, results, events, work):
    """Print what the faults cost; True when nothing acknowledged was lost or written twice,
    no error came after recovery and the jobs' records are exactly once each."""
    print()
    print("faults under load:")
    rows = outages(results, [event for event in events if not event.get("failed")])
    for row in rows:
        print(f"  {row['fault']} ({row['detail']}): {row['errors']} errors, service back after {row['back_s']:.1f} s")
    injected = [row["fault"] for row in rows]
    for fault in FAULTS:
        if fault not in injected:
            print(f"  {fault}: NOT INJECTED")
    recovered = max((row["until"] for row in rows), default=results["started"])
    after = [record for record in results["records"] if record[0] > recovered + 1 and record[3]]
    tokens = {}
    for line in cluster.psql(
        "-F", "\t", "-c", "SELECT note FROM oversight_task_update WHERE note LIKE '%load-%'", dbname=db
    ).splitlines():
        for token in re.findall(r"load-[0-9a-f]{32}", line):
            tokens[token] = tokens.get(token, 0) + 1
    acknowledged = [token for token, _at in results["writes"]["acknowledged"]]
    failed = [token for token, _at in results["writes"]["failed"]]
    missing = [token for token in acknowledged if token not in tokens]
    twice = [token for token, number in tokens.items() if number > 1]
    committed_unanswered = [token for token in failed if token in tokens]
    print(
        f"  progress reports: {len(acknowledged)} acknowledged, {len(missing)} of them missing, "
        f"{len(twice)} written twice; {len(failed)} failed, of which {len(committed_unanswered)} committed anyway"
    )
    print(f"  errors after recovery: {len(after)}")
    for record in after[:5]:
        print(f"    {record[1]}: {record[3]}")
    cron_id = int(cluster.psql("-c", ESCALATION_CRON, dbname=db))
    say("waiting for the escalation job to finish the backlog in the respawned cron worker ...")
    started = time.time()
    if not wait_job_done(cluster, db, cron_id):
        raise Abort("the escalation job did not finish the backlog within 15 minutes (odoo.log)")
    first = count_checks(cluster, db)
    say(f"backlog done {time.time() - started:.0f} s after the load; the job run once more ...")
    rerun(cluster, db, cron_id)
    if not wait_job_done(cluster, db, cron_id):
        raise Abort("the escalation job's re-run did not finish within 15 minutes (odoo.log)")
    second = count_checks(cluster, db)
    for name in CHECKS:
        print(f"  {name}: {first[name]} after the faults, {second[name]} after a re-run")
    passed = (
        injected == list(FAULTS)
        and not missing
        and not twice
        and not after
        and all(first[name] == second[name] == 0 for name in MUST_BE_ZERO)
        and first["escalations"] == second["escalations"] > 0
        and first["escalation digests"] == second["escalation digests"]
    )
    print("faults: nothing lost, nothing twice, no error after recovery" if passed else "faults: FAILED")
    (work / "faults.json").write_text(
        json.dumps({"outages": rows, "first": first, "second": second, "missing": missing, "twice": twice}),
        encoding="utf-8",
    )
    return passed
