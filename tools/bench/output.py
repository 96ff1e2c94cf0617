"""The printed tables, each figure with its target."""

from collections import Counter

from .common import TARGETS, UNTARGETED_CALLS


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
    """The scheduled jobs' table, then each figure with its target; the backlog's wall
    time also as a ratio to the set-based bound (run ``bound``)."""
    bound = results.pop("bound")
    header = (
        f"{'run':<34}{'wall s':>9}{'queries':>10}{'peak MB':>9}{'+MB':>7}{'longest tx s':>14}"
        f"{'notices':>9}{'activities':>11}{'mails':>7}"
    )
    print(header)
    print("-" * len(header))
    print(f"{'0. set-based bound (plain SQL)':<34}{bound['seconds']:>9.2f}")
    for label, res in results.items():
        print(
            f"{label:<34}{res['seconds']:>9.2f}{res['queries']:>10}{res['peak_rss_mb']:>9.0f}"
            f"{res['rss_growth_mb']:>7.0f}{res['longest_transaction_s']:>14.2f}{res['notices']:>9}"
            f"{res['activities']:>11}{res['mails_queued']:>7}"
        )
    backlog, peer = results["1. escalation, backlog run"], results.get("4. peer: base.automation")
    steady, remind = results.get("2. escalation, next day"), results.get("3b. reminders, next day")
    statuses = results.get("3c. deadline statuses, next day")
    figures = {
        "backlog_longest_transaction_s": backlog["longest_transaction_s"],
        "backlog_ratio_to_bound": round(backlog["seconds"] / bound["seconds"], 1),
        "backlog_speedup_vs_peer": round(peer["seconds"] / backlog["seconds"], 1) if peer else None,
        "steady_state_s": steady and steady["seconds"],
        "reminder_s": remind and remind["seconds"],
        "deadline_status_s": statuses and statuses["seconds"],
        "queries_per_escalated_task": round(backlog["queries"] / max(backlog["tasks_escalated"], 1), 2),
    }
    print()
    print(
        f"backlog: {backlog['seconds']:.1f} s for {backlog['tasks_escalated']} tasks; the same writes set-based: "
        f"{bound['seconds']:.1f} s ({bound['oversight_task_escalation']} escalations, "
        f"{bound['oversight_task_escalation_res_users_rel']} recipient links, {bound['mail_activity']} activities)"
    )
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


def report_merge(merger):
    print()
    print(
        f"merger: {merger['agencies']} agencies, {merger['moved']} of {merger['open_tasks']} open tasks moved, "
        f"{merger['queries']} queries ({merger['queries_per_task']} per task)"
    )
    value, target = merger["seconds"], TARGETS["merge_s"]
    print(f"{'merge_s':<32}{value:>10}   target <= {target:<6} {'OK' if value <= target else 'MISSED'}")
    return value <= target and merger["moved"] == merger["open_tasks"]


def report_timeline(timeline):
    print()
    print(f"timeline: {timeline['steps']} steps")
    ok = True
    for name, step in timeline["timings"].items():
        target = TARGETS[f"{name}_s"]
        ok &= step["seconds"] <= target
        passed = "OK" if step["seconds"] <= target else "MISSED"
        print(f"{name + '_s':<32}{step['seconds']:>10}   target <= {target:<6} {passed}  ({step['queries']} queries)")
    return ok


def report_evaluation(evaluation):
    print()
    first, second = evaluation["first_run"], evaluation["second_run"]
    print(
        f"evaluation {evaluation['period']}: {evaluation['evaluations']} evaluations "
        f"({evaluation['officers_with_products']} with products), {evaluation['lines']} products; "
        f"grades {evaluation['grades']}"
    )
    print(f"  second run (nothing to add): {second['seconds']} s, {second['queries']} queries")
    value, target = first["seconds"], TARGETS["evaluation_month_s"]
    passed = value <= target
    verdict = "OK" if passed else "MISSED"
    print(f"{'evaluation_month_s':<32}{value:>10}   target <= {target:<6} {verdict}  ({first['queries']} queries)")
    return passed


def report_web(defaults, deployed):
    """Each call with PostgreSQL's defaults and with the planner settings of deploy/; the
    targets are checked on the second, the settings the product is deployed with."""
    settings = ", ".join(f"{name} {value}" for name, value in deployed["settings"].items())
    print()
    print(f"web calls, server time, median / p90 ms: PostgreSQL's defaults | deploy/ settings ({settings})")
    print(f"{'call':<24}{'defaults':>16}{'deploy/':>16}{'queries':>9}   target median < 50, p90 < 100")
    ok = True
    for name, call in deployed["calls"].items():
        default = defaults["calls"][name]
        passed = call["median_ms"] < TARGETS["web_median_ms"] and call["p90_ms"] < TARGETS["web_p90_ms"]
        if name.split("/")[1] in UNTARGETED_CALLS:
            verdict = f"not checked: {UNTARGETED_CALLS[name.split('/')[1]]}"
        else:
            ok &= passed
            verdict = "OK" if passed else "MISSED"
        print(
            f"{name:<24}{default['median_ms']:>8} / {default['p90_ms']:<5}{call['median_ms']:>8} / {call['p90_ms']:<5}"
            f"{call['queries']:>9}   {verdict}"
        )
    return ok


def report_cron_worker(result):
    """The backlog in the cron worker: the job marked done must mean every digest mailed."""
    runs = Counter(result["runs"])
    print(
        f"cron worker: {result['seconds']:.1f} s, {len(result['runs'])} runs of the job by Odoo "
        f"({', '.join(f'{count} {status}' for status, count in runs.items())}), {result['levels']} levels; "
        f"{result['digests_mailed']} of {result['recipients']} recipients mailed a digest "
        f"({result['digests']} digests), {result['lines_in_no_digest']} escalation-recipient lines in no digest"
    )
    passed = (
        result["lines_in_no_digest"] == 0
        and result["digests_mailed"] == result["digests"] == result["recipients_with_a_digest"] == result["recipients"]
    )
    print("cron worker: done means every digest mailed" if passed else "cron worker: FAILED, digests left unsent")
    return passed
