"""The load test's own PostgreSQL cluster, in a folder it keeps between runs
(the province template is built there once), listening on its socket only."""

import os
import subprocess
from pathlib import Path

from replica_check.cluster import Cluster, ServerUser, find_bindir, locale
from replica_check.common import Abort, tail

# PostgreSQL as deploy/README.md sets the primary, scaled to this machine's share, plus the
# statistics of every statement (pg_stat_statements: which calls degrade first)
SETTINGS = {
    "max_connections": "100",
    "shared_buffers": "1GB",
    "effective_cache_size": "4GB",
    "work_mem": "32MB",
    "maintenance_work_mem": "256MB",
    "random_page_cost": "1.1",
    "effective_io_concurrency": "200",
    "max_wal_size": "4GB",
    "checkpoint_timeout": "15min",
    "log_min_duration_statement": "1000",
    "shared_preload_libraries": "'pg_stat_statements'",
    "pg_stat_statements.track": "top",
}


def pg_environment():
    """The libpq variables that point psql, pg_dump and Odoo at nothing but what we say."""
    return {key: value for key, value in os.environ.items() if not key.startswith("PG")}


class LoadCluster(Cluster):
    """``Cluster`` that can be restarted (the fault) and tells libpq where it is."""

    def __init__(self, pgdir, port):
        server = ServerUser()
        super().__init__("main", pgdir, port, server, find_bindir())

    @property
    def environment(self):
        return {
            **pg_environment(),
            "PGHOST": str(self.socket_dir),
            "PGPORT": str(self.port),
            "PGUSER": self.server.role,
        }

    def ensure(self):
        """initdb once (the folder is kept: the template lives there), then start."""
        pgdir = self.data.parent
        if not (self.data / "PG_VERSION").is_file():
            pgdir.mkdir(parents=True, exist_ok=True)
            self.server.own(pgdir)
            log = pgdir / "initdb.log"
            with log.open("w") as out:
                done = self.server.run(
                    [
                        self.bindir / "initdb",
                        "-D",
                        self.data,
                        "-U",
                        self.server.role,
                        "--auth=trust",
                        "-E",
                        "UTF8",
                        locale(),
                    ],
                    stdout=out,
                    stderr=subprocess.STDOUT,
                )
            if done.returncode:
                raise Abort(f"initdb failed: {tail(log, 5)}")
            self.configure("local all all trust\n", append=False)
        self.socket_dir.mkdir(exist_ok=True)
        self.server.own(self.socket_dir)
        lines = [
            "# --- tools/load (rewritten at each start)",
            "listen_addresses = ''",
            f"port = {self.port}",
            f"unix_socket_directories = '{self.socket_dir}'",
            "log_line_prefix = '%m [%p] app=%a '",
            "log_timezone = 'UTC'",
            *(f"{key} = {value}" for key, value in SETTINGS.items()),
        ]
        (self.data / "postgresql.auto.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.server.own(self.data / "postgresql.auto.conf")
        self.stop_if_running()
        self.start()

    def stop_if_running(self):
        """A cluster left running by an interrupted run (its postmaster.pid)."""
        if (self.data / "postmaster.pid").exists():
            self.server.run(
                [self.bindir / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )

    def restart(self):
        """The fault: an immediate stop (as a crash: no checkpoint), then a start (crash recovery)."""
        self.stop()
        self.start()

    def client(self, command, failure, capture=True):
        """Run a client ``command`` on this cluster (its socket, port and role); its output, or
        Abort with ``failure`` and what it printed on stderr."""
        done = subprocess.run(command, env=self.environment, capture_output=capture, text=True, check=False)
        if done.returncode:
            raise Abort(f"{failure}:\n{(done.stderr or '').strip()[-2000:]}")
        return done.stdout.strip() if capture else ""

    def psql(self, *args, dbname="postgres", capture=True):
        command = ["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", dbname, *args]
        return self.client(command, f"psql {' '.join(args)}", capture=capture)

    def db_exists(self, name):
        return self.psql("-c", f"SELECT 1 FROM pg_database WHERE datname = '{name}'") == "1"

    def copy_db(self, template, name):
        self.psql("-c", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.psql("-c", f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def default_folder(root):
    return Path(os.environ.get("LOAD_DIR") or root / ".odoo-data" / "load")
