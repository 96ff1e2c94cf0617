"""The run cut into its steps: per call p50 / p95 / p99, requests/s and errors, and the
server's CPU and the machine's load average over each step's measured window."""

import math
from collections import Counter, defaultdict

ALL = "all calls"


def percentile(values, share):
    """The nearest-rank percentile of sorted ``values``."""
    if not values:
        return 0.0
    rank = max(0, min(len(values) - 1, math.ceil(share * len(values)) - 1))
    return values[rank]


def summarize(records, seconds):
    """{call: {n, p50, p95, p99, rps, errors, messages}} for ``records`` of a window of ``seconds``."""
    by_call = defaultdict(list)
    for record in records:
        by_call[record[1]].append(record)
        by_call[ALL].append(record)
    rows = {}
    for name, items in by_call.items():
        times = sorted(item[2] for item in items)
        errors = [item[3] for item in items if item[3]]
        rows[name] = {
            "n": len(items),
            "p50": percentile(times, 0.50),
            "p95": percentile(times, 0.95),
            "p99": percentile(times, 0.99),
            "rps": len(items) / seconds if seconds else 0.0,
            "errors": len(errors),
            "messages": Counter(errors).most_common(3),
        }
    return rows


def cpu_over(samples, start, end):
    """(Odoo's cores, PostgreSQL's cores, mean load average) between ``start`` and ``end``."""
    window = [sample for sample in samples if start <= sample[0] <= end]
    if len(window) < 2:
        return 0.0, 0.0, 0.0
    first, last = window[0], window[-1]
    elapsed = last[0] - first[0]
    return (
        (last[1] - first[1]) / elapsed,
        (last[2] - first[2]) / elapsed,
        sum(sample[3] for sample in window) / len(window),
    )


def step_table(results, samples, settings):
    """One entry per step: its users, its measured window's calls, CPU and load."""
    started, seconds, warmup = results["started"], settings["seconds"], settings["warmup"]
    steps = []
    for index, users in enumerate(settings["steps"]):
        start, end = started + index * seconds + warmup, started + (index + 1) * seconds
        window = [record for record in results["records"] if start <= record[0] < end and record[1] != "login"]
        logins = [
            record
            for record in results["records"]
            if started + index * seconds <= record[0] < end and record[1] == "login"
        ]
        rows = summarize(window, end - start)
        if logins:
            rows["login"] = summarize(logins, end - start + warmup)["login"]
        odoo_cores, pg_cores, load = cpu_over(samples, start, end)
        steps.append({"users": users, "rows": rows, "odoo_cores": odoo_cores, "pg_cores": pg_cores, "load": load})
    return steps


def print_steps(steps):
    print()
    print(
        f"{'users':>5}  {'call':<30} {'calls':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'req/s':>6} {'errors':>7}"
    )
    for step in steps:
        rows = step["rows"]
        for name in sorted(rows, key=lambda name: (name == ALL, name)):
            row = rows[name]
            share = f"{100 * row['errors'] / row['n']:.2f} %" if row["n"] else "-"
            print(
                f"{step['users']:>5}  {name:<30} {row['n']:>6} {row['p50']:>7.0f} {row['p95']:>7.0f} "
                f"{row['p99']:>7.0f} {row['rps']:>6.1f} {share:>7}"
            )
        print(
            f"{'':>5}  server CPU: Odoo {step['odoo_cores']:.2f} + PostgreSQL {step['pg_cores']:.2f} cores "
            f"of 2; load average {step['load']:.1f}"
        )
        for message, number in rows.get(ALL, {}).get("messages", []):
            print(f"{'':>5}  error ×{number}: {message}")
    print()
    print("| users | p50 ms | p95 ms | p99 ms | requests/s | errors | server CPU (cores) | load average |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for step in steps:
        row = step["rows"].get(ALL)
        if not row:
            continue
        print(
            f"| {step['users']} | {row['p50']:.0f} | {row['p95']:.0f} | {row['p99']:.0f} | {row['rps']:.1f} | "
            f"{100 * row['errors'] / row['n']:.2f} % | {step['odoo_cores'] + step['pg_cores']:.2f} | "
            f"{step['load']:.1f} |"
        )


TOP_STATEMENTS = """
SELECT calls, round(total_exec_time)::int, round(mean_exec_time::numeric, 1),
       left(regexp_replace(query, '\\s+', ' ', 'g'), 140)
  FROM pg_stat_statements JOIN pg_database d ON d.oid = dbid
 WHERE d.datname = current_database()
 ORDER BY total_exec_time DESC LIMIT 8
"""


def print_statements(cluster, db):
    """The statements that took the most of PostgreSQL's time during the run."""
    try:
        out = cluster.psql("-F", "\t", "-c", TOP_STATEMENTS, dbname=db)
    except Exception as error:
        print(f"pg_stat_statements: {error}")
        return
    print()
    print("statements by total time (pg_stat_statements): calls, total ms, mean ms, statement")
    for line in out.splitlines():
        calls, total, mean, query = line.split("\t", 3)
        print(f"  {calls:>7} {total:>8} {mean:>8}  {query}")
