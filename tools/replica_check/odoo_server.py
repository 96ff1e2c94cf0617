"""The Odoo side: the addons installed on the primary, then Odoo in prefork mode
reading from the replica."""

import subprocess
import time

import requests

from .common import Abort, stop_process


def connection_options(primary):
    # each process names itself: PostgreSQL's log tells which worker sent each statement
    return [
        f"--db_host={primary.socket_dir}",
        f"--db_port={primary.port}",
        f"--db_user={primary.server.role}",
        "--db_app_name=odoo-{pid}",
    ]


def install(settings, work, primary, db):
    """The project's addons with demo data and Vietnamese, on the primary only."""
    command = [
        *settings.odoo_bin,
        f"--addons-path={settings.addons_path}",
        f"--data-dir={work / 'data'}",
        *connection_options(primary),
        "-d",
        db,
        f"--init={','.join(settings.modules)}",
        "--with-demo",
        "--load-language=vi_VN",
        "--stop-after-init",
        "--no-http",
        "--log-level=warn",
        f"--logfile={work / 'install.log'}",
    ]
    if subprocess.run(command, check=False).returncode:
        raise Abort("installing the addons failed (install.log above).")


class OdooServer:
    """Odoo with 2 HTTP workers, 2 cron workers and the replica for read-only routes.

    No --database: each worker opens its own connections, so PostgreSQL's log
    names the worker that sent each statement (application_name odoo-<pid>; a
    registry preloaded by the master would carry the master's pid into every
    worker), and the cron workers serve every database of the cluster, as they
    do for a national operator (deploy/README.md)."""

    def __init__(self, settings, work, *, primary, replica, db, ports):
        self.http_port, gevent_port, smtp_port = ports
        self.url = f"http://127.0.0.1:{self.http_port}"
        self.log = work / "odoo.log"
        self.command = [
            *settings.odoo_bin,
            f"--addons-path={settings.addons_path}",
            f"--data-dir={work / 'data'}",
            *connection_options(primary),
            f"--db_replica_host={replica.socket_dir}",
            f"--db_replica_port={replica.port}",
            "--db_maxconn=8",
            f"--db-filter=^{db}$",
            "--no-database-list",
            "--workers=2",
            "--max-cron-threads=2",
            "--limit-time-cpu=300",
            "--limit-time-real=600",
            "--http-interface=127.0.0.1",
            f"--http-port={self.http_port}",
            f"--gevent-port={gevent_port}",
            # nothing listens there: no demo email leaves the machine
            "--smtp=127.0.0.1",
            f"--smtp-port={smtp_port}",
            "--log-level=info",
            f"--logfile={self.log}",
        ]
        self.process = None

    def start(self):
        self.process = subprocess.Popen(self.command)
        for _attempt in range(120):
            if self.process.poll() is not None:
                raise Abort("Odoo stopped at start (odoo.log above).")
            if self.answers():
                return
            time.sleep(0.5)
        if not self.answers():
            raise Abort(f"Odoo does not answer on port {self.http_port}.")

    def answers(self):
        try:
            response = requests.get(f"{self.url}/web/login", timeout=10, allow_redirects=False)
        except requests.RequestException:
            return False
        return response.status_code < 400

    def stop(self):
        """SIGTERM (Odoo's graceful shutdown), SIGKILL after 30 s."""
        stop_process(self.process)
        self.process = None
