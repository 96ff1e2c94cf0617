"""Province-scale benchmark of the Task Oversight scheduled jobs.

    make bench                      # or: .venv/bin/python tools/benchmark.py
    make bench BENCH_ARGS="--tasks 20000 --regenerate"

Builds once a database template of a province (300 agencies, 3,000 users,
100,000 tasks over 24 months, about a quarter overdue, 5 % key tasks), then
measures on copies of it, each in a fresh process:

1. the escalation job's first run over the whole overdue backlog;
2. a steady-state daily run of the escalation job, the next day;
3. the reminder job (its first run on the backlog, then a daily run);
4. the peer: the same ladder done the stock Odoo way, by time-based
   ``base.automation`` rules on ``deadline`` whose action sets the level and
   schedules the activity;
5. the monthly reports (task_oversight_reports): generating the period with
   its 300 agency reports (figures, overdue lines, ranking), computing the
   consolidated figures of all agencies, rendering the consolidated report's
   HTML.

It prints wall time, SQL queries, peak memory and the longest transaction of
each, and the ratio ours / peer. The data is generated with SQL (the tasks) and
the ORM (users); generation is not measured.
"""

import argparse
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from io import StringIO
from pathlib import Path

from freezegun import freeze_time

ROOT = Path(__file__).resolve().parent.parent
ODOO_SRC = Path(os.environ.get("ODOO_SRC", Path.home() / ".cache" / "task-oversight" / "odoo-19.0"))
DATA_DIR = Path(os.environ.get("ODOO_DATA_DIR", ROOT / ".odoo-data"))
sys.path.insert(0, str(ODOO_SRC))
from odoo.tools import SQL  # noqa: E402 -- Odoo is importable once ODOO_SRC is on the path

BENCH_DAY = date(2026, 11, 20)  # the "today" of the generated province
LEVELS = [(1, 1, 1), (2, 8, 3), (3, 31, 10)]  # the shipped ladder: level, days, days for key tasks
PEER_ACTORS = {1: "record.lead_agency_id.head_user_id", 2: "record.monitor_user_id", 3: "record.leader_id"}

TARGETS = {
    "backlog_longest_transaction_s": 10.0,
    "backlog_speedup_vs_peer": 5.0,
    "steady_state_s": 2.0,
    "reminder_s": 1.0,
    "queries_per_escalated_task": 15.0,
    "report_generation_s": 30.0,
    "consolidated_figures_s": 1.0,
    "consolidated_html_s": 5.0,
}
CONSOLIDATED_REPORT = "task_oversight_reports.report_oversight_consolidated"


def odoo_env(dbname):
    import odoo  # noqa: PLC0415
    from odoo.modules.registry import Registry  # noqa: PLC0415
    from odoo.tools import config  # noqa: PLC0415

    config.parse_config(
        [
            f"--addons-path={ODOO_SRC / 'addons'},{ROOT / 'addons'}",
            f"--data-dir={DATA_DIR}",
            "--log-level=warn",
            "--http-interface=127.0.0.1",
        ],
        setup_logging=True,
    )
    registry = Registry(dbname)
    cr = registry.cursor()
    return odoo.api.Environment(cr, odoo.SUPERUSER_ID, {"tracking_disable": False})


def psql(*args):
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", *args], check=True, capture_output=True)


def db_exists(name):
    out = subprocess.run(
        ["psql", "-Atq", "-d", "postgres", "-c", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip() == "1"


def copy_db(template, name):
    psql("-d", "postgres", "-c", f'DROP DATABASE IF EXISTS "{name}"')
    psql("-d", "postgres", "-c", f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


# ----------------------------------------------------------------------
# Generation
# ----------------------------------------------------------------------


def build_template(args, name):
    print(f"Generating the province in database {name} (once; --regenerate to redo it)", flush=True)
    psql("-d", "postgres", "-c", f'DROP DATABASE IF EXISTS "{name}"')
    psql("-d", "postgres", "-c", f'CREATE DATABASE "{name}"')
    subprocess.run(
        [
            sys.executable,
            str(ODOO_SRC / "odoo-bin"),
            f"--addons-path={ODOO_SRC / 'addons'},{ROOT / 'addons'}",
            f"--data-dir={DATA_DIR}",
            "-d",
            name,
            "-i",
            "task_oversight,task_oversight_reports,base_automation",
            "--stop-after-init",
            "--log-level=warn",
            "--http-interface=127.0.0.1",
        ],
        check=True,
    )
    subprocess.run([sys.executable, __file__, "--generate", name, *sys.argv[1:]], check=True)


def generate(args, dbname):
    env = odoo_env(dbname)
    started = time.monotonic()
    agencies, leaders, monitors = generate_people(env, args)
    print(f"  {len(agencies)} agencies and their users in {time.monotonic() - started:.0f} s", flush=True)
    overdue = generate_tasks(env, args, agencies, leaders, monitors)
    print(f"  {args.tasks} tasks, {overdue} overdue, in {time.monotonic() - started:.0f} s", flush=True)
    env.cr.close()


def generate_people(env, args):
    Agency = env["oversight.agency"]
    agencies = Agency.create(
        [
            {
                "name": f"Cơ quan số {index:03d}",
                "code": f"CQ{index:03d}",
                "agency_type": "district" if index % 10 == 0 else "department",
                "email": f"cq{index:03d}@tinh.gov.vn",
            }
            for index in range(args.agencies)
        ]
    )
    groups = {
        key: env.ref(f"task_oversight.group_{key}").id for key in ("agency_user", "agency_head", "office", "leader")
    }
    per_agency = max(args.users // args.agencies, 2)
    vals = []
    for agency_index, agency in enumerate(agencies):
        for member in range(per_agency):
            group = "agency_head" if member == 0 else "agency_user"
            if agency_index == 0 and member:  # agency 0 is the Office; some of its people are leaders
                group = "leader" if member <= 5 else "office"
            login = f"u{agency_index:03d}.{member:02d}"
            vals.append(
                {
                    "name": f"Cán bộ {agency_index:03d}-{member:02d}",
                    "login": login,
                    "email": f"{login}@tinh.gov.vn",
                    "oversight_agency_id": agency.id,
                    "group_ids": [(6, 0, [env.ref("base.group_user").id, groups[group]])],
                }
            )
    Users = env["res.users"].with_context(no_reset_password=True, tracking_disable=True, mail_create_nolog=True)
    users = Users.browse()
    for start in range(0, len(vals), 500):
        users |= Users.create(vals[start : start + 500])
    by_agency = users.grouped("oversight_agency_id")
    for agency in agencies:
        agency.head_user_id = by_agency[agency][0]
    office = by_agency[agencies[0]]
    leaders, monitors = office[1:6], office[6:]
    env.company.oversight_office_agency_id = agencies[0]
    env.flush_all()
    return agencies, leaders, monitors


def generate_tasks(env, args, agencies, leaders, monitors):
    """Insert the tasks with COPY, then let the model compute its stored
    fields (effective deadline, deadline status, days overdue, report flag)."""
    rng = random.Random(20261120)
    first_day = BENCH_DAY - timedelta(days=730)
    # a few agencies lead many tasks (volume groups of the monthly report)
    weights = [12 if n % 25 == 1 else 3 if n % 5 == 2 else 1 for n in range(len(agencies))]
    rows = StringIO()
    for index in range(args.tasks):
        assigned = first_day + timedelta(days=rng.randrange(0, 729))
        roll = rng.random()
        deadline = assigned + timedelta(days=rng.randint(15, 120))
        state, date_reported, date_done = "assigned", None, None
        if roll < 0.05:
            deadline = None
        elif roll < 0.66 and deadline < BENCH_DAY - timedelta(days=5):
            state = "done"
            date_done = min(deadline + timedelta(days=rng.choice([-9, -5, -2, 0, 0, 3, 12])), BENCH_DAY)
            date_done = max(date_done, assigned)
            date_reported = date_done
        elif roll < 0.69 and deadline < BENCH_DAY:
            state = "reported"
            date_reported = max(BENCH_DAY - timedelta(days=rng.randint(1, 12)), assigned)
        elif roll < 0.71:
            state = rng.choice(["draft", "paused", "cancelled"])
        values = (
            f"Nhiệm vụ số {index + 1} theo chỉ đạo của UBND tỉnh",
            f"BM-{index + 1:06d}",
            agencies[rng.choices(range(len(agencies)), weights)[0]].id,
            rng.choice(leaders).id,
            rng.choice(monitors).id,
            assigned,
            deadline,
            "t" if rng.random() < 0.05 else "f",
            state,
            date_reported,
            date_done,
            100 if state == "done" else rng.choice([0, 20, 50, 80]),
            env.company.id,
        )
        rows.write("\t".join(r"\N" if value is None else str(value) for value in values) + "\n")
    rows.seek(0)
    cr = env.cr
    cr._obj.copy_expert(
        """COPY oversight_task (name, code, lead_agency_id, leader_id, monitor_user_id, date_assigned, deadline,
                                starred, state, date_reported, date_done, progress, company_id)
           FROM STDIN""",
        rows,
    )
    cr.execute(
        SQL(
            """UPDATE oversight_task SET active = TRUE, escalation_level = 0, extension_count = 0,
                      create_uid = 1, write_uid = 1, create_date = now() at time zone 'UTC',
                      write_date = now() at time zone 'UTC'"""
        )
    )
    Task = env["oversight.task"]
    fnames = ["effective_deadline", "deadline_status", "days_overdue", "report_overdue"]
    with freeze_time(f"{BENCH_DAY} 08:00:00"):
        ids = Task.search([]).ids
        for start in range(0, len(ids), 5000):
            tasks = Task.browse(ids[start : start + 5000])
            for fname in fnames:
                env.add_to_compute(Task._fields[fname], tasks)
            tasks.flush_recordset(fnames)
            env.invalidate_all()
    cr.execute(SQL("ANALYZE"))
    cr.commit()
    return Task.search_count([("deadline_status", "=", "overdue")])


# ----------------------------------------------------------------------
# Measurements (each in its own process)
# ----------------------------------------------------------------------


def create_peer_rules(env):
    """The stock way: one time-based automation rule per level and kind of task."""
    task_model = env["ir.model"]._get("oversight.task")
    deadline_field = env["ir.model.fields"]._get("oversight.task", "deadline")
    for level, days, starred_days in LEVELS:
        for starred, delay in ((False, days), (True, starred_days)):
            user = PEER_ACTORS[level]
            code = (
                f"for record in records.filtered(lambda task: task.escalation_level < {level}):\n"
                f"    record.write({{'escalation_level': {level}}})\n"
                f"    user = {user}\n"
                "    if user:\n"
                "        record.activity_schedule('task_oversight.mail_act_task_overdue', user_id=user.id,\n"
                f"                                 summary='Quá hạn - cấp {level}')\n"
            )
            action = env["ir.actions.server"].create(
                {"name": f"Peer level {level}", "model_id": task_model.id, "state": "code", "code": code}
            )
            # the date of the automation is compared with the day after the effective deadline
            env["base.automation"].create(
                {
                    "name": f"Peer escalation level {level}{' key' if starred else ''}",
                    "model_id": task_model.id,
                    "trigger": "on_time",
                    "trg_date_id": deadline_field.id,
                    "trg_date_range": delay,
                    "trg_date_range_type": "day",
                    "trg_date_range_mode": "after",
                    "filter_domain": repr([("state", "=", "assigned"), ("starred", "=", starred)]),
                    "action_server_ids": [(6, 0, action.ids)],
                }
            )
    env.cr.commit()


def measure(dbname, job, day):
    env = odoo_env(dbname)
    from odoo import sql_db  # noqa: PLC0415

    from odoo.addons.base.models.ir_cron import IrCron  # noqa: PLC0415

    if job == "peer":
        create_peer_rules(env)
    commits = []
    original = IrCron._commit_progress

    def commit_progress(self, *args, **kwargs):
        commits.append(time.monotonic())
        return original(self, *args, **kwargs)

    IrCron._commit_progress = commit_progress
    run = {
        "escalate": env["oversight.task.escalation"]._cron_escalate,
        "remind": env["oversight.task.reminder"]._cron_remind,
        "peer": env["base.automation"]._cron_process_time_based_actions,
    }[job]
    notices_table = "oversight_task_reminder" if job == "remind" else "oversight_task_escalation"
    notices_before = count(env, notices_table)
    with freeze_time(f"{day} 08:00:00", tick=True):
        rss_before = rss_kb()
        queries_before = sql_db.sql_counter
        started = time.monotonic()
        commits.append(started)
        run()
        env.cr.commit()
        finished = time.monotonic()
        commits.append(finished)
    notices = escalated_levels(env) if job == "peer" else count(env, notices_table) - notices_before
    result = {
        "job": job,
        "day": str(day),
        "seconds": round(finished - started, 3),
        "queries": sql_db.sql_counter - queries_before,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rss_growth_mb": round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024, 1),
        "longest_transaction_s": round(max(b - a for a, b in itertools.pairwise(commits)), 3),
        "notices": notices,
        "tasks_escalated": escalated_tasks(env, job, day),
        "activities": count(env, "mail_activity"),
        "mails_queued": count(env, "mail_mail"),
    }
    env.cr.close()
    print(json.dumps(result))


def measure_reports(dbname, day):
    """The monthly cycle at province scale: each step timed with its queries."""
    env = odoo_env(dbname)
    from odoo import sql_db  # noqa: PLC0415

    if not env["ir.module.module"].search([("name", "=", "task_oversight_reports"), ("state", "=", "installed")]):
        sys.exit("task_oversight_reports is not installed in the benchmark template: run with --regenerate")
    Period = env["oversight.report.period"]
    company = env.company
    steps = {}

    def timed(name, function):
        queries, started = sql_db.sql_counter, time.monotonic()
        result = function()
        env.flush_all()
        steps[name] = {"seconds": round(time.monotonic() - started, 3), "queries": sql_db.sql_counter - queries}
        return result

    with freeze_time(f"{day} 08:00:00", tick=True):
        period = timed("report_generation", lambda: Period._ensure_period(company, day))
        env.cr.commit()
        reports = period.agency_report_ids
        agency_ids = reports.agency_id.ids
        window = (company, period.date_from, period.date_to, agency_ids)

        def figures_only():
            env.cr.execute(Period._figures_query(*window))
            return env.cr.fetchall()

        rows = timed("consolidated_figures", figures_only)
        timed("refresh_all_reports", reports._refresh_figures)
        timed("consolidated_html", lambda: env["ir.actions.report"]._render_qweb_html(CONSOLIDATED_REPORT, period.ids))
        env.cr.commit()
    result = {
        "job": "reports",
        "day": str(day),
        "agencies": len(agency_ids),
        "figure_rows": len(rows),
        "lines": len(reports.line_ids),
        "tasks_overdue": sum(reports.mapped("open_overdue")),
        "steps": steps,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    env.cr.close()
    print(json.dumps(result))


def count(env, table):
    env.cr.execute(SQL("SELECT count(*) FROM %s", SQL.identifier(table)))
    return env.cr.fetchone()[0]


def escalated_levels(env):
    env.cr.execute(SQL("SELECT coalesce(sum(escalation_level), 0) FROM oversight_task"))
    return env.cr.fetchone()[0]


def escalated_tasks(env, job, day):
    if job == "peer":
        env.cr.execute(SQL("SELECT count(*) FROM oversight_task WHERE escalation_level > 0"))
    else:
        env.cr.execute(SQL("SELECT count(DISTINCT task_id) FROM oversight_task_escalation WHERE date = %s", day))
    return env.cr.fetchone()[0]


def rss_kb():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def measure_in_subprocess(dbname, job, day):
    out = subprocess.run(
        [sys.executable, __file__, "--measure", job, "--day", str(day), "--db", dbname],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_reports_in_subprocess(dbname, day):
    out = subprocess.run(
        [sys.executable, __file__, "--measure", "reports", "--day", str(day), "--db", dbname],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------------
# Report
# ----------------------------------------------------------------------


def report_monthly(reports):
    print()
    print(f"monthly reports: {reports['agencies']} agencies, {reports['lines']} overdue/late lines")
    for name, step in reports["steps"].items():
        print(f"  {name:<26}{step['seconds']:>9.2f} s{step['queries']:>9} queries")
    ok = True
    for name, target in TARGETS.items():
        if name.removesuffix("_s") in reports["steps"]:
            value = reports["steps"][name.removesuffix("_s")]["seconds"]
            ok &= value <= target
            print(f"{name:<32}{value:>10}   target <= {target:<6} {'OK' if value <= target else 'MISSED'}")
    return ok


def report(results):
    header = (
        f"{'run':<34}{'wall s':>9}{'queries':>10}{'peak MB':>9}{'+MB':>7}{'longest tx s':>14}"
        f"{'notices':>9}{'activities':>11}{'mails':>7}"
    )
    print(header)
    print("-" * len(header))
    for label, res in results.items():
        print(
            f"{label:<34}{res['seconds']:>9.2f}{res['queries']:>10}{res['peak_rss_mb']:>9.0f}"
            f"{res['rss_growth_mb']:>7.0f}{res['longest_transaction_s']:>14.2f}{res['notices']:>9}"
            f"{res['activities']:>11}{res['mails_queued']:>7}"
        )
    backlog, peer = results["1. escalation, backlog run"], results.get("4. peer: base.automation")
    steady, remind = results["2. escalation, next day"], results["3b. reminders, next day"]
    figures = {
        "backlog_longest_transaction_s": backlog["longest_transaction_s"],
        "backlog_speedup_vs_peer": round(peer["seconds"] / backlog["seconds"], 1) if peer else None,
        "steady_state_s": steady["seconds"],
        "reminder_s": remind["seconds"],
        "queries_per_escalated_task": round(backlog["queries"] / max(backlog["tasks_escalated"], 1), 2),
    }
    print()
    if peer:
        ratio = backlog["seconds"] / peer["seconds"]
        print(f"ours / peer wall time: {ratio:.3f} (the peer is {figures['backlog_speedup_vs_peer']} times slower)")
    else:
        print("peer skipped (--skip-peer): no ratio")
    ok = True
    for key, value in figures.items():
        if value is None or key not in TARGETS:
            continue
        target = TARGETS[key]
        passed = value >= target if key == "backlog_speedup_vs_peer" else value <= target
        ok &= passed
        sign = ">=" if key == "backlog_speedup_vs_peer" else "<="
        print(f"{key:<32}{value:>10}   target {sign} {target:<6} {'OK' if passed else 'MISSED'}")
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="oversight_bench")
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--agencies", type=int, default=300)
    parser.add_argument("--users", type=int, default=3_000)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--skip-peer", action="store_true", help="do not run the (slow) base.automation peer")
    parser.add_argument("--generate", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--measure", choices=["escalate", "remind", "peer", "reports"], help=argparse.SUPPRESS)
    parser.add_argument("--only-reports", action="store_true", help="measure the monthly reports only")
    parser.add_argument("--day", help=argparse.SUPPRESS)
    args, _unknown = parser.parse_known_args()
    if args.generate:
        return generate(args, args.generate)
    if args.measure == "reports":
        return measure_reports(args.db, date.fromisoformat(args.day))
    if args.measure:
        return measure(args.db, args.measure, date.fromisoformat(args.day))

    template = f"{args.db}_template"
    if args.regenerate or not db_exists(template):
        build_template(args, template)
    ours, peer = f"{args.db}_ours", f"{args.db}_peer"
    copy_db(template, ours)
    print("running 5. monthly reports ...", flush=True)
    monthly = measure_reports_in_subprocess(ours, BENCH_DAY)
    print(f"  {json.dumps(monthly)}", flush=True)
    if args.only_reports:
        return 0 if report_monthly(monthly) else 1
    next_day = BENCH_DAY + timedelta(days=1)
    results = {}
    for label, job, day in (
        ("1. escalation, backlog run", "escalate", BENCH_DAY),
        ("2. escalation, next day", "escalate", next_day),
        ("3a. reminders, first run", "remind", BENCH_DAY),
        ("3b. reminders, next day", "remind", next_day),
    ):
        print(f"running {label} ...", flush=True)
        results[label] = measure_in_subprocess(ours, job, day)
        print(f"  {json.dumps(results[label])}", flush=True)
    if not args.skip_peer:
        copy_db(template, peer)
        print("running 4. peer: base.automation ...", flush=True)
        results["4. peer: base.automation"] = measure_in_subprocess(peer, "peer", BENCH_DAY)
        print(f"  {json.dumps(results['4. peer: base.automation'])}", flush=True)
    print()
    jobs_ok = report(results)
    return 0 if report_monthly(monthly) and jobs_ok else 1


if __name__ == "__main__":
    sys.exit(main())
