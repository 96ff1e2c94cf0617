"""Odoo past one machine (deploy/README.md), tried for real on this one.

    make replica-check              # or: .venv/bin/python tools/replica_check

In a temporary folder: a primary PostgreSQL cluster and a streaming replica of
it (pg_basebackup -R, hot standby), the four addons installed with demo data
and Vietnamese on the primary, then Odoo in prefork mode (2 HTTP workers, 2
cron workers) with db_replica_host. It checks, from PostgreSQL's own statement
logs and Odoo's request log (checks.py):

a. the leader's read-only paths (dashboard data, period figures, analysis, the
   consolidated report in HTML, PDF and XLSX) are served by the replica;
b. a chatter message posted over HTTP is written on the primary and then
   replayed on the replica;
c. the project's scheduled jobs, made due twice and picked up by the two cron
   workers at once, send nothing twice.

The servers it started are stopped and the folder removed on exit
(REPLICA_CHECK_KEEP=1 keeps the folder and its logs). PG_BINDIR names the
folder of the PostgreSQL server programs when they are not found.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # "replica_check" importable when run as a folder

from replica_check import checks, cluster
from replica_check.client import Checker
from replica_check.common import DB, PG_ENVIRONMENT, Abort, free_ports, project_settings, say, tail
from replica_check.odoo_server import OdooServer, install

LOGS = ("install.log", "odoo.log", "pg/primary.log", "pg/replica.log")


def main():
    sys.stdout.reconfigure(line_buffering=True)  # in order with the servers' own output
    signal.signal(signal.SIGTERM, interrupted)
    try:
        return run()
    except Abort as error:
        print(f"ERROR: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def interrupted(_signum, _frame):
    raise KeyboardInterrupt


def run():
    start = time.monotonic()
    for name in PG_ENVIRONMENT:
        os.environ.pop(name, None)
    settings = project_settings()
    bindir = cluster.find_bindir()
    server = cluster.ServerUser()
    work = Path(tempfile.mkdtemp(prefix="replica-check.", dir=os.environ.get("TMPDIR") or "/tmp"))
    servers = []
    passed = False
    try:
        pgdir = prepare_folder(work, server)
        version = subprocess.run([bindir / "postgres", "--version"], capture_output=True, text=True, check=True)
        say(f"PostgreSQL {version.stdout.split()[2]} from {bindir}; work folder {work}")
        # the clusters listen on their socket folder only: their ports name the sockets
        ports = free_ports(5)
        primary, replica = start_clusters(server, bindir, work, pgdir, ports=ports[:2], servers=servers)
        say(f"installing {', '.join(settings.modules)} with demo data and Vietnamese (a few minutes)...")
        install_start = time.monotonic()
        cluster.create_database(primary, DB)
        install(settings, work, primary, DB)
        say(f"installed in {time.monotonic() - install_start:.0f} s")
        odoo = OdooServer(settings, work, primary=primary, replica=replica, db=DB, ports=ports[2:])
        prepare_database(primary, replica, settings, odoo.url)
        say(
            "starting Odoo: --workers=2 --max-cron-threads=2 --db_replica_host=<socket folder> "
            f"--db_replica_port={replica.port}"
        )
        servers.append(odoo)
        odoo.start()
        say(f"Odoo answers on {odoo.url} (master pid {odoo.process.pid})")
        say("checking (a. reads on the replica, b. a write on the primary, c. the scheduled jobs twice)")
        checker = Checker(
            url=odoo.url, db=DB, modules=settings.modules, primary=primary, replica=replica, odoo_log=odoo.log
        )
        try:
            passed = checks.check_all(checker)
        finally:
            checker.close()
        odoo.stop()
        if not passed:
            raise Abort("the replica check failed (see above).")
        say(f"passed in {time.monotonic() - start:.0f} s")
        return 0
    finally:
        for started in reversed(servers):
            started.stop()
        clean_up(work, show_logs=not passed)


def prepare_folder(work, server):
    """``work/pg``, the server user's (with its socket folder), and ``work/data``, Odoo's."""
    pgdir = work / "pg"
    if server.is_other:
        work.chmod(0o711)  # the server user reaches its own folder below
    pgdir.mkdir()
    (work / "data").mkdir()
    server.own(pgdir)
    (pgdir / "sock").mkdir()
    server.own(pgdir / "sock")
    return pgdir


def start_clusters(server, bindir, work, pgdir, *, ports, servers):
    """The primary, then its replica streaming from it; each added to ``servers`` once started."""
    primary = cluster.initdb(server, bindir, work, pgdir, ports[0])
    servers.append(primary)
    primary.start()
    say(f"primary on socket port {primary.port}")
    replica = cluster.base_backup(primary, work, ports[1])
    servers.append(replica)
    replica.start()
    cluster.wait_streaming(primary, replica)
    say(f"replica on socket port {replica.port}: hot standby, streaming from the primary")
    return primary, replica


def prepare_database(primary, replica, settings, url):
    """The report's URLs, the primary's full statement log, and the install replayed on the replica."""
    # wkhtmltopdf fetches the report's stylesheets from this server
    primary.execute(
        """INSERT INTO ir_config_parameter (key, value) VALUES ('report.url', %(url)s), ('web.base.url', %(url)s)
           ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value""",
        {"url": url},
        dbname=DB,
    )
    cluster.log_everything(primary)
    lsn, seconds = cluster.wait_replayed(primary, replica)
    installed = replica.execute(
        "SELECT count(*) FROM ir_module_module WHERE state = 'installed' AND name = ANY(%s)",
        (list(settings.modules),),
        dbname=DB,
    )
    if installed != len(settings.modules):
        raise Abort("the replica does not show the addons installed.")
    say(f"the replica replayed the install (WAL up to {lsn}) within {seconds:.0f} s")


def clean_up(work, *, show_logs):
    if show_logs:
        for name in LOGS:
            text = tail(work / name, 25)
            if text:
                print(f"--- last lines of {Path(name).name}\n{text}", file=sys.stderr)
    if os.environ.get("REPLICA_CHECK_KEEP") == "1":
        print(f"Kept {work} (logs: odoo.log, install.log, pg/primary.log, pg/replica.log).", file=sys.stderr)
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
