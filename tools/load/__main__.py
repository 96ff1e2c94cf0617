"""The 25th under load, on the benchmark province, on this machine.

    make load                       # or: .venv/bin/python tools/load
    make load LOAD_USERS=30,60 LOAD_SECONDS=40
    make load FAULTS=1              # faults under load, then what was lost

A PostgreSQL cluster of its own (``.odoo-data/load/pg``, kept between runs: the
benchmark province of tools/bench is generated there once as a template, then copied
for each run), never the shared one; the copy made ready for the day (prepare.py:
officers named, a sample of real users of each role with a password, the month's
period opened); Odoo started with deploy/odoo.conf's options sized for this 2-core
machine (4 HTTP workers, 1 cron worker, its limits and db_maxconn) behind HAProxy
configured from deploy/haproxy.cfg, all on the loopback. Then locust (headless)
plays the day (locustfile.py) in steps of LOAD_USERS concurrent users, LOAD_SECONDS
each, and this prints per call p50 / p95 / p99 (ms), requests/s, errors, the
server's CPU (Odoo's and PostgreSQL's processes) and the machine's load average, then
the statements that took the most time (pg_stat_statements).

FAULTS=1: LOAD_FAULT_USERS users for LOAD_FAULT_SECONDS while the escalation
backlog runs in the cron worker; the cron worker is killed in the middle of the
backlog, then an HTTP worker, then the cluster is restarted (an immediate stop:
crash recovery). Afterwards: progress reports acknowledged but missing, written
twice, errors during and after each fault, the seconds until service was back, and
the jobs' re-runs: one escalation per task and level, one to-do, one digest per
person, none missing. The exit status is 0 when nothing was lost or duplicated.

Other settings: LOAD_PROXY=0 sends the clients straight to Odoo's workers (no
HAProxy: the curve "before"), LOAD_REBUILD=1 regenerates the province, LOAD_TASKS
its size, LOAD_DIR the folder, LOAD_KEEP=1 leaves the run's logs there.
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tools/ importable when run as a folder

from replica_check.common import Abort, free_ports, project_settings

from load import faults, report
from load.cluster import LoadCluster, default_folder
from load.common import say
from load.province import TEMPLATE, ensure_template
from load.server import CpuMeter, Odoo, Proxy, haproxy_conf, odoo_options, write_conf

DB = "load_day"
PASSWORD = "ngay25-load"
PG_PORT = 54329  # the cluster listens on its socket folder only: the port names the socket


def settings_from_environment(environ=os.environ):
    """The run's settings from make's variables (environment), with their defaults."""
    faulty = environ.get("FAULTS", "") not in ("", "0")
    steps = [int(step) for step in (environ.get("LOAD_USERS") or "30,60,90,120").split(",") if step.strip()]
    if faulty:
        steps = [int(environ.get("LOAD_FAULT_USERS") or 60)]
    seconds = int(environ.get("LOAD_FAULT_SECONDS" if faulty else "LOAD_SECONDS") or (210 if faulty else 75))
    if not steps or min(steps) < 1 or max(steps) > 500 or not 20 <= seconds <= 900:
        raise Abort("LOAD_USERS: 1 to 500 users a step; LOAD_SECONDS: 20 to 900 seconds a step.")
    return {
        "faults": faulty,
        "steps": steps,
        "seconds": seconds,
        "warmup": min(15, seconds // 4),  # the users of a step log in first: not measured
        "spawn_rate": 10,
        "think_min": 1.0,
        "think_max": 3.0,
        "weights": {"officer": 7, "head": 3, "office": 1, "leader": 1},
        "sample": int(environ.get("LOAD_SAMPLE") or 100),
        "proxy": (environ.get("LOAD_PROXY") or "1") != "0",
        "tasks": int(environ.get("LOAD_TASKS") or 100_000),
        "rebuild": environ.get("LOAD_REBUILD", "") not in ("", "0"),
        "keep": environ.get("LOAD_KEEP", "") not in ("", "0"),
    }


def main():
    sys.stdout.reconfigure(line_buffering=True)
    signal.signal(signal.SIGTERM, lambda *_args: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        return run(settings_from_environment())
    except Abort as error:
        print(f"ERROR: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def run(settings):
    project = project_settings()
    folder = default_folder(Path(__file__).resolve().parents[2])
    work = folder / "run"
    work.mkdir(parents=True, exist_ok=True)
    cluster = LoadCluster(folder / "pg", PG_PORT)
    odoo = proxy = None
    try:
        cluster.ensure()
        ensure_template(cluster, settings["tasks"], settings["rebuild"])
        say(f"copying {TEMPLATE} to {DB} and preparing the 25th ...")
        cluster.copy_db(TEMPLATE, DB)
        prepared = prepare(cluster, settings)
        say(
            f"period {prepared['period']}; users with a password: "
            + ", ".join(f"{len(logins)} {role}" for role, logins in prepared["users"].items())
        )
        http_port, gevent_port, smtp_port, proxy_port = free_ports(4)
        options = odoo_options(
            cluster=cluster,
            db=DB,
            addons_path=project.addons_path,
            data_dir=folder / "data",
            ports=(http_port, gevent_port, smtp_port),
            log=work / "odoo.log",
        )
        write_conf(work / "odoo.conf", options)
        odoo = Odoo(project.odoo_bin, work / "odoo.conf", work / "odoo.log", http_port)
        odoo.start()
        url = odoo.url
        if settings["proxy"]:
            conf = haproxy_conf(
                listen_port=proxy_port, odoo_port=http_port, gevent_port=gevent_port, workers=int(options["workers"])
            )
            (work / "haproxy.cfg").write_text(conf, encoding="utf-8")
            proxy = Proxy(work / "haproxy.cfg", f"http://127.0.0.1:{proxy_port}")
            proxy.start()
            url = proxy.url
        say(
            f"Odoo: {options['workers']} HTTP workers, {options['max_cron_threads']} cron worker, db_maxconn "
            f"{options['db_maxconn']}, limit_request {options['limit_request']}; clients to "
            f"{'HAProxy (maxconn ' + options['workers'] + ')' if proxy else 'Odoo directly (LOAD_PROXY=0)'}"
        )
        cluster.psql("-c", "SELECT pg_stat_statements_reset()", dbname=DB)
        results, samples, events = drive(settings, prepared, url=url, cluster=cluster, odoo=odoo, work=work)
        steps = report.step_table(results, samples, settings)
        report.print_steps(steps)
        report.print_statements(cluster, DB)
        if not settings["faults"]:
            return 0
        return 0 if faults.check(cluster, DB, results=results, events=events, work=work) else 1
    finally:
        for server in (proxy, odoo):
            if server:
                server.stop()
        cluster.stop()
        if not settings["keep"]:
            for name in ("odoo.log", "locust.log"):
                (work / name).unlink(missing_ok=True)


def prepare(cluster, settings):
    options = {"size": settings["sample"], "password": PASSWORD, "escalation_backlog": settings["faults"]}
    command = [sys.executable, str(Path(__file__).resolve().parent / "prepare.py"), DB, json.dumps(options)]
    output = cluster.client(command, "preparing the copy failed")
    return json.loads(output.splitlines()[-1])


def drive(settings, prepared, *, url, cluster, odoo, work):
    """locust in its own process for the steps; meanwhile the CPU sampled every second
    (and, with FAULTS, the faults injected). The locust results, the samples, the faults."""
    config = {
        **{key: settings[key] for key in ("steps", "seconds", "spawn_rate", "think_min", "think_max", "weights")},
        "db": DB,
        "password": PASSWORD,
        "users": prepared["users"],
        "results": str(work / "results.json"),
    }
    (work / "config.json").write_text(json.dumps(config), encoding="utf-8")
    total = settings["seconds"] * len(settings["steps"])
    say(
        f"locust: {' → '.join(map(str, settings['steps']))} users, {settings['seconds']} s each "
        f"({total // 60} min {total % 60} s) ..."
    )
    command = [
        sys.executable, "-m", "locust", "-f", str(Path(__file__).resolve().parent / "locustfile.py"),
        "--headless", "--host", url, "--only-summary", "--loglevel", "WARNING", "--stop-timeout", "10",
    ]  # fmt: skip
    with (work / "locust.log").open("w") as log:
        locust = subprocess.Popen(
            command, env={**os.environ, "LOAD_CONFIG": str(work / "config.json")}, stdout=log, stderr=subprocess.STDOUT
        )
    samples, events, restarts = [], [], []
    stop = threading.Event()
    sampler = threading.Thread(target=sample_cpu, args=(odoo, cluster, samples, stop), daemon=True)
    sampler.start()
    supervisor = threading.Thread(target=odoo.supervise, args=(stop, restarts), daemon=True)
    supervisor.start()
    injector = None
    if settings["faults"]:
        injector = threading.Thread(target=faults.inject, args=(cluster, odoo, events, stop, DB), daemon=True)
        injector.start()
    try:
        if locust.wait(timeout=total + 120):
            say(f"locust ended with status {locust.returncode} (locust.log)")
    except subprocess.TimeoutExpired:
        locust.terminate()
        locust.wait(30)
    finally:
        stop.set()
        sampler.join()
        supervisor.join()
        if injector:
            injector.join()
    if restarts:
        say(f"Odoo exited and was started again {len(restarts)} time(s), as its supervisor would")
    path = work / "results.json"
    if not path.exists():
        raise Abort(f"locust wrote no results: {(work / 'locust.log').read_text(errors='replace')[-2000:]}")
    return json.loads(path.read_text(encoding="utf-8")), samples, events


def postmaster_pid(cluster):
    try:
        return int((cluster.data / "postmaster.pid").read_text().split()[0])
    except (FileNotFoundError, ValueError, IndexError):
        return None


def sample_cpu(odoo, cluster, samples, stop):
    """Every second: (time, Odoo's CPU seconds, PostgreSQL's, load average of 1 min)."""
    odoo_meter, odoo_offset = None, 0.0
    pg_meters = {}
    pg_offset = 0.0
    while not stop.is_set():
        process = odoo.process
        if process and (odoo_meter is None or odoo_meter.process.pid != process.pid):
            if odoo_meter:  # started again by its supervisor: carry the old process's total over
                odoo_offset = samples[-1][1] if samples else 0.0
            odoo_meter = CpuMeter(process.pid)
        pid = postmaster_pid(cluster)
        if pid and pid not in pg_meters:
            if pg_meters:  # restarted: carry the old cluster's total over
                pg_offset = samples[-1][2] if samples else 0.0
            try:
                pg_meters = {pid: CpuMeter(pid)}
            except Exception:
                pg_meters = {}
        pg = pg_offset + sum(meter.seconds() for meter in pg_meters.values())
        samples.append((time.time(), odoo_offset + odoo_meter.seconds(), pg, os.getloadavg()[0]))
        stop.wait(1)


if __name__ == "__main__":
    sys.exit(main())
