"""The PostgreSQL side: the server programs, the OS user that runs them, a
primary cluster and a streaming hot standby of it in the check's folder."""

import glob
import os
import pwd
import re
import shutil
import subprocess
import time
from pathlib import Path

import psycopg2
from psycopg2 import sql

from .common import Abort, tail

SERVER_PROGRAMS = ("postgres", "initdb", "pg_ctl", "pg_basebackup")
INSTALLED = ("/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/usr/local/pgsql/bin")
STREAMING = "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"


def newest_first(paths):
    """``paths`` in descending version order (``sort -rV``): 16 before 15 before 9."""
    return sorted(paths, key=lambda path: [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path)])[
        ::-1
    ]


def find_bindir():
    """The folder of the PostgreSQL server programs: PG_BINDIR, pg_config's,
    else the newest installed, else the one of ``postgres`` on the PATH."""
    candidates = [os.environ["PG_BINDIR"]] if os.environ.get("PG_BINDIR") else []
    if shutil.which("pg_config"):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=False)
        candidates.append(out.stdout.strip())
    candidates += newest_first([path for pattern in INSTALLED for path in glob.glob(pattern)])
    if shutil.which("postgres"):
        candidates.append(str(Path(shutil.which("postgres")).parent))
    for folder in candidates:
        if all(os.access(Path(folder, program), os.X_OK) for program in SERVER_PROGRAMS):
            return Path(folder)
    raise Abort(
        "the PostgreSQL server programs (postgres, initdb, pg_ctl, pg_basebackup) were not found: "
        "install the PostgreSQL server package (Debian: postgresql) or set PG_BINDIR to the folder that holds them."
    )


class ServerUser:
    """PostgreSQL refuses to run as root: as root, its server programs run as the
    "postgres" OS user; as anyone else, as that user. ``role`` is the database
    role Odoo and the check connect with: the OS user's name, as Odoo's default,
    but not "postgres", which Odoo refuses."""

    def __init__(self):
        current = pwd.getpwuid(os.geteuid()).pw_name
        if os.geteuid() == 0:
            try:
                self.account = pwd.getpwnam("postgres")
            except KeyError:
                raise Abort('running as root, but there is no "postgres" OS user to run PostgreSQL as.') from None
            self.prefix = ["runuser", "-u", "postgres", "--"]
        else:
            self.account = pwd.getpwuid(os.geteuid())
            self.prefix = []
        self.is_other = self.account.pw_name != current
        self.role = "odoo" if current == "postgres" else current

    def run(self, command, **kwargs):
        return subprocess.run([*self.prefix, *map(str, command)], check=False, **kwargs)

    def own(self, path):
        """Give ``path`` to the server user (a no-op when it is the current one)."""
        if self.is_other:
            os.chown(path, self.account.pw_uid, self.account.pw_gid)


class Cluster:
    """A PostgreSQL cluster ``pgdir/name`` listening on ``port`` on the socket folder only."""

    def __init__(self, name, pgdir, port, server, bindir):
        self.name, self.port, self.server, self.bindir = name, port, server, bindir
        self.data = pgdir / name
        self.log = pgdir / f"{name}.log"
        self.socket_dir = pgdir / "sock"
        self.started = False

    def configure(self, text, *, append=True):
        """Append ``text`` to postgresql.conf (or replace pg_hba.conf); the file keeps its owner."""
        path = self.data / ("postgresql.conf" if append else "pg_hba.conf")
        with path.open("a" if append else "w", encoding="utf-8") as handle:
            handle.write(text)

    def start(self):
        command = [self.bindir / "pg_ctl", "-D", self.data, "-l", self.log, "-w", "-t", "60", "start"]
        if self.server.run(command, stdout=subprocess.DEVNULL).returncode:
            raise Abort(f"the {self.name} PostgreSQL cluster did not start (its log is above).")
        self.started = True

    def stop(self):
        if self.started:
            command = [self.bindir / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop"]
            self.server.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.started = False

    def connect(self, dbname="postgres"):
        cnx = psycopg2.connect(
            host=str(self.socket_dir),
            port=self.port,
            dbname=dbname,
            user=self.server.role,
            application_name="replica-check",
        )
        cnx.autocommit = True
        return cnx

    def execute(self, query, params=None, dbname="postgres"):
        """Run ``query`` in its own connection (autocommit); the first column of its first row."""
        cnx = self.connect(dbname)
        try:
            with cnx.cursor() as cr:
                cr.execute(query, params)
                row = cr.fetchone() if cr.description else None
                return row[0] if row else None
        finally:
            cnx.close()


def locale():
    """initdb's locale: C.UTF-8 where the system has it, else none."""
    if shutil.which("locale"):
        names = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout.split()
        if any(re.fullmatch(r"c\.utf-?8", name, re.I) for name in names):
            return "--locale=C.UTF-8"
    return "--no-locale"


def initdb(server, bindir, work, pgdir, port):
    """A throwaway primary: fsync and synchronous_commit off make the install fast
    (synchronous_commit is back on before Odoo serves); the rest is what a
    streaming primary needs, and a statement log whose lines name the client."""
    log = work / "initdb.log"
    with log.open("w") as out:
        done = server.run(
            [bindir / "initdb", "-D", pgdir / "primary", "-U", server.role, "--auth=trust", "-E", "UTF8", locale()],
            stdout=out,
        )
    if done.returncode:
        raise Abort(f"initdb of the primary failed: {tail(log, 5)}")
    primary = Cluster("primary", pgdir, port, server, bindir)
    primary.configure(
        f"""
# --- tools/replica_check
listen_addresses = ''
port = {port}
unix_socket_directories = '{primary.socket_dir}'
wal_level = replica
max_wal_senders = 4
fsync = off
synchronous_commit = off
log_line_prefix = '%m [%p] app=%a '
log_timezone = 'UTC'
"""
    )
    primary.configure("local   all           all   trust\nlocal   replication   all   trust\n", append=False)
    return primary


def base_backup(primary, work, port):
    """The replica: a base backup of ``primary`` that streams from it (hot standby)."""
    replica = Cluster("replica", primary.data.parent, port, primary.server, primary.bindir)
    log = work / "basebackup.log"
    with log.open("w") as out:
        done = primary.server.run(
            [
                *(primary.bindir / "pg_basebackup", "-h", primary.socket_dir, "-p", primary.port),
                *("-U", primary.server.role, "-D", replica.data, "-R", "-X", "stream", "--checkpoint=fast"),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    if done.returncode:
        raise Abort(f"pg_basebackup failed: {tail(log, 5)}")
    if not (replica.data / "standby.signal").is_file():
        raise Abort("pg_basebackup -R wrote no standby.signal.")
    if "primary_conninfo" not in (replica.data / "postgresql.auto.conf").read_text(encoding="utf-8"):
        raise Abort("pg_basebackup -R wrote no primary_conninfo.")
    replica.configure(f"port = {port}\nhot_standby = on\nhot_standby_feedback = on\nlog_statement = 'all'\n")
    return replica


def wait_streaming(primary, replica):
    for _attempt in range(60):
        if primary.execute(STREAMING) == 1:
            break
        time.sleep(0.5)
    if primary.execute(STREAMING) != 1:
        raise Abort("the replica does not stream from the primary (pg_stat_replication).")
    if replica.execute("SELECT pg_is_in_recovery()") is not True:
        raise Abort("the replica is not in recovery.")


def create_database(primary, name):
    primary.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def log_everything(primary):
    """From now on the primary logs every statement too (not during the install),
    and flushes its WAL at each commit again: the replica receives it at once."""
    primary.execute("ALTER SYSTEM SET log_statement = 'all'")
    primary.execute("ALTER SYSTEM SET synchronous_commit = 'on'")
    primary.execute("SELECT pg_reload_conf()")


def wait_replayed(primary, replica, timeout=120):
    """Wait until the replica replayed the primary's WAL; its position, and the seconds it took."""
    lsn = primary.execute("SELECT pg_current_wal_lsn()")
    start = time.monotonic()
    while not replica.execute("SELECT pg_wal_lsn_diff(pg_last_wal_replay_lsn(), %s) >= 0", (lsn,)):
        if time.monotonic() - start >= timeout:
            raise Abort("the replica has not replayed the install after 2 minutes.")
        time.sleep(0.5)
    return lsn, time.monotonic() - start
