"""Province-scale benchmark of the Task Oversight scheduled jobs.

    make bench                      # or: .venv/bin/python tools/bench
    make bench BENCH_ARGS="--tasks 20000 --regenerate"

Builds once a database template of a province (300 agencies, 3,000 users,
100,000 tasks over 24 months, about a quarter overdue, 5 % key tasks), then
measures on copies of it, each in a fresh process. Ten years of a province:
``--tasks 1000000 --years 10`` (the last two years as above, 200,000 tasks; the
eight before them closed: their done and cancelled tasks, a year back each time):

0. the escalation backlog's writes done set-based in plain SQL: the bound the
   job's backlog run is compared with (target: within 10 times);
1. the escalation job's first run over the whole overdue backlog;
2. a steady-state daily run of the escalation job, the next day;
3. the reminder job (its first run on the backlog, then a daily run), and
   (``--only-daily``) the daily refresh of the deadline statuses the next day;
4. the peer: the same ladder done the stock Odoo way, by time-based
   ``base.automation`` rules on ``deadline`` whose action sets the level and
   schedules the activity;
5. the monthly reports (task_oversight_reports): generating the period with
   its 300 agency reports (figures, overdue lines, ranking), computing the
   consolidated figures of all agencies, rendering the consolidated report's
   HTML;
6. the merger of 30 agencies, 7. the timeline of every task;
8. the monthly evaluation (task_oversight_evaluation): every officer's
   evaluation of last month computed by the scheduled action, then its second
   run, which adds nothing;
9. the web client's calls (list, grouped list, kanban, form, pivot, name_search) as an
   Office user, a leader, an agency head and an officer: server time per call;
10. (``--cron-worker``) the escalation backlog run by Odoo's cron worker loop, with its
   time budget, until Odoo marks the job done: every recipient's digest mailed?

It prints wall time, SQL queries, peak memory and the longest transaction of
each, and the ratio ours / peer. The data is generated with SQL (the tasks) and
the ORM (users); generation is not measured.
"""

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # "bench" importable when run as tools/bench

from bench.common import BENCH_DAY, copy_db, db_exists
from bench.generate import build_template, generate
from bench.measure import (
    DEPLOY_SETTINGS,
    measure,
    measure_bound,
    measure_cron_worker,
    measure_evaluation,
    measure_in_subprocess,
    measure_merge,
    measure_reports,
    measure_timeline,
    measure_web,
)
from bench.output import (
    report,
    report_cron_worker,
    report_evaluation,
    report_merge,
    report_monthly,
    report_timeline,
    report_web,
)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="oversight_bench")
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument(
        "--years",
        type=int,
        default=2,
        help="years of tasks: the last two as a province has them now, the older ones closed (default 2)",
    )
    parser.add_argument("--agencies", type=int, default=300)
    parser.add_argument("--users", type=int, default=3_000)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--skip-peer", action="store_true", help="do not run the (slow) base.automation peer")
    parser.add_argument("--generate", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument(
        "--measure",
        choices=[
            "escalate",
            "remind",
            "deadline",
            "peer",
            "bound",
            "reports",
            "merge",
            "timeline",
            "evaluation",
            "web",
            "cron_worker",
        ],
        help=argparse.SUPPRESS,
    )
    parser.add_argument("--only-reports", action="store_true", help="measure the monthly reports only")
    parser.add_argument(
        "--only-merge", action="store_true", help="measure the merger of 30 agencies and the timeline only"
    )
    parser.add_argument("--only-evaluation", action="store_true", help="measure the monthly evaluation only")
    parser.add_argument(
        "--only-daily", action="store_true", help="measure the daily scheduled jobs only (after the backlog run)"
    )
    parser.add_argument("--only-web", action="store_true", help="measure what the web client calls, as each role")
    parser.add_argument(
        "--only-escalation", action="store_true", help="measure the escalation backlog and its set-based bound only"
    )
    parser.add_argument(
        "--cron-worker",
        action="store_true",
        help="run the escalation backlog through Odoo's cron worker loop only, and count the digests mailed",
    )
    parser.add_argument("--day", help=argparse.SUPPRESS)
    parser.add_argument("--deploy-settings", action="store_true", help=argparse.SUPPRESS)
    args, _unknown = parser.parse_known_args()
    if args.generate:
        return generate(args, args.generate)
    if args.measure:
        return run_measure(args)
    if args.cron_worker:
        return run_cron_worker(args)
    if args.only_daily:
        return run_daily(args)
    return run_all(args)


def run_measure(args):
    """One measured step, in this (fresh) process."""
    day = date.fromisoformat(args.day)
    steps = {
        "reports": lambda: measure_reports(args.db, day),
        "merge": lambda: measure_merge(args.db, day),
        "timeline": lambda: measure_timeline(args.db, day),
        "evaluation": lambda: measure_evaluation(args.db, day),
        "web": lambda: measure_web(args.db, DEPLOY_SETTINGS if args.deploy_settings else None),
        "bound": lambda: measure_bound(args.db, day),
        "cron_worker": lambda: measure_cron_worker(args.db, day),
    }
    return steps.get(args.measure, lambda: measure(args.db, args.measure, day))()


def run_all(args):
    template = f"{args.db}_template"
    if args.regenerate or not db_exists(template):
        build_template(args, template)
    print("running 9. web calls of each role, on the template ...", flush=True)
    web = measure_in_subprocess(template, "web")
    print("running 9. web calls of each role, with the planner settings of deploy/ ...", flush=True)
    web_deployed = measure_in_subprocess(template, "web", BENCH_DAY, "--deploy-settings")
    if args.only_web:
        return 0 if report_web(web, web_deployed) else 1
    if args.only_escalation:
        results = run_jobs(args, template, jobs=JOBS[:2])
        return 0 if all([report_web(web, web_deployed), report(results)]) else 1
    copy_db(template, f"{args.db}_evaluation")
    print("running 8. monthly evaluation ...", flush=True)
    evaluation = measure_in_subprocess(f"{args.db}_evaluation", "evaluation")
    print(f"  {json.dumps(evaluation)}", flush=True)
    if args.only_evaluation:
        return 0 if report_evaluation(evaluation) else 1
    merged = f"{args.db}_merge"
    copy_db(template, merged)
    print("running 6. merger of 30 agencies ...", flush=True)
    merger = measure_in_subprocess(merged, "merge")
    print(f"  {json.dumps(merger)}", flush=True)
    copy_db(template, f"{args.db}_timeline")
    print("running 7. timeline of every task ...", flush=True)
    timeline = measure_in_subprocess(f"{args.db}_timeline", "timeline")
    print(f"  {json.dumps(timeline)}", flush=True)
    if args.only_merge:
        return 0 if report_merge(merger) and report_timeline(timeline) else 1
    ours = f"{args.db}_ours"
    copy_db(template, ours)
    print("running 5. monthly reports ...", flush=True)
    monthly = measure_in_subprocess(ours, "reports")
    print(f"  {json.dumps(monthly)}", flush=True)
    if args.only_reports:
        return 0 if report_monthly(monthly) else 1
    results = run_jobs(args, template, JOBS, ours=ours)
    print()
    passed = all(
        [
            report_web(web, web_deployed),
            report_monthly(monthly),
            report(results),
            report_merge(merger),
            report_timeline(timeline),
            report_evaluation(evaluation),
        ]
    )
    return 0 if passed else 1


def run_daily(args):
    """The backlog day, then the daily jobs the next day (``--only-daily``)."""
    template = f"{args.db}_template"
    if args.regenerate or not db_exists(template):
        build_template(args, template)
    return 0 if report(run_jobs(args, template, DAILY_JOBS)) else 1


def run_cron_worker(args):
    """10.: the backlog through the cron worker; passes when Odoo's "done" means every digest mailed."""
    template = f"{args.db}_template"
    if args.regenerate or not db_exists(template):
        build_template(args, template)
    database = f"{args.db}_cron"
    copy_db(template, database)
    print("running 10. escalation backlog in the cron worker loop ...", flush=True)
    result = measure_in_subprocess(database, "cron_worker")
    print(f"  {json.dumps(result)}", flush=True)
    return 0 if report_cron_worker(result) else 1


NEXT_DAY = BENCH_DAY + timedelta(days=1)
JOBS = (
    ("1. escalation, backlog run", "escalate", BENCH_DAY),
    ("2. escalation, next day", "escalate", NEXT_DAY),
    ("3a. reminders, first run", "remind", BENCH_DAY),
    ("3b. reminders, next day", "remind", NEXT_DAY),
)
# the daily jobs as the cron worker runs them after the backlog day: the statuses first
DAILY_JOBS = (*JOBS, ("3c. deadline statuses, next day", "deadline", NEXT_DAY))


def run_jobs(args, template, jobs, ours=None):
    """The set-based bound on a copy of the template, then ``jobs`` one after the other
    on ``ours`` (a fresh copy when not given), then the peer unless skipped."""
    bound_db = f"{args.db}_bound"
    copy_db(template, bound_db)
    print("running 0. the backlog's writes set-based (the bound) ...", flush=True)
    results = {"bound": measure_in_subprocess(bound_db, "bound")}
    print(f"  {json.dumps(results['bound'])}", flush=True)
    if ours is None:
        ours = f"{args.db}_ours"
        copy_db(template, ours)
    for label, job, day in jobs:
        print(f"running {label} ...", flush=True)
        results[label] = measure_in_subprocess(ours, job, day)
        print(f"  {json.dumps(results[label])}", flush=True)
    if not args.skip_peer:
        peer = f"{args.db}_peer"
        copy_db(template, peer)
        print("running 4. peer: base.automation ...", flush=True)
        results["4. peer: base.automation"] = measure_in_subprocess(peer, "peer", BENCH_DAY)
        print(f"  {json.dumps(results['4. peer: base.automation'])}", flush=True)
    return results


if __name__ == "__main__":
    sys.exit(main())
