"""Odoo as deploy/ configures it, on this machine: deploy/odoo.conf's options with the
sizing of a 2-core server (4 HTTP workers, 1 cron worker) and the tool's own cluster and
ports, behind HAProxy configured from deploy/haproxy.cfg (loopback only)."""

import configparser
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import psutil
import requests
from replica_check.common import Abort, stop_process, tail

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
# deploy/README.md, "One worker serves": this machine's sizing of odoo.conf
SIZING = {"workers": "4", "max_cron_threads": "1"}
# deploy/ options that name the containers' world, replaced by the tool's
NOT_HERE = ("addons_path", "data_dir", "db_replica_host", "db_replica_port", "gevent_port", "admin_passwd")


def odoo_options(*, cluster, db, addons_path, data_dir, ports, log, sizing=None):
    """deploy/odoo.conf's [options], sized for this machine, pointed at the tool's cluster."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(DEPLOY / "odoo.conf", encoding="utf-8")
    options = {key: value for key, value in parser["options"].items() if key not in NOT_HERE}
    http_port, gevent_port, smtp_port = ports
    options.update(SIZING)
    options.update(sizing or {})
    options.update(
        {
            "addons_path": addons_path,
            "data_dir": str(data_dir),
            "db_host": str(cluster.socket_dir),
            "db_port": str(cluster.port),
            "db_user": cluster.server.role,
            "db_name": db,
            "dbfilter": f"^{db}$",
            "db_app_name": "odoo-{pid}",
            "http_interface": "127.0.0.1",
            "http_port": str(http_port),
            "gevent_port": str(gevent_port),
            # nothing listens there: no email leaves the machine (the digests stay queued)
            "smtp_server": "127.0.0.1",
            "smtp_port": str(smtp_port),
            "logfile": str(log),
            "log_level": "info",
        }
    )
    return options


def write_conf(path, options):
    lines = ["[options]", *(f"{key} = {value}" for key, value in options.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def haproxy_conf(*, listen_port, odoo_port, gevent_port, workers):
    """deploy/haproxy.cfg with this machine's addresses: the frontend on the loopback, the
    servers on Odoo's ports, ``maxconn`` = workers (deploy/README.md: keep them equal)."""
    text = (DEPLOY / "haproxy.cfg").read_text(encoding="utf-8")
    text = re.sub(r"^\s*log stdout .*\n", "", text, flags=re.M)  # no log: the figures are the clients'
    text = re.sub(r"^(\s*)bind :\d+", rf"\1bind 127.0.0.1:{listen_port}", text, flags=re.M)
    text = re.sub(
        r"^(\s*)server odoo \S+ maxconn \d+",
        rf"\1server odoo 127.0.0.1:{odoo_port} maxconn {workers}",
        text,
        flags=re.M,
    )
    text = re.sub(r"^(\s*)server gevent \S+", rf"\1server gevent 127.0.0.1:{gevent_port}", text, flags=re.M)
    if f"127.0.0.1:{listen_port}" not in text or f"127.0.0.1:{odoo_port} maxconn {workers}" not in text:
        raise Abort("deploy/haproxy.cfg has no `bind :<port>` or `server odoo <host> maxconn <n>` line to adapt.")
    return text


class Odoo:
    def __init__(self, odoo_bin, conf, log, http_port):
        self.command = [*odoo_bin, "-c", str(conf)]
        self.log, self.url = log, f"http://127.0.0.1:{http_port}"
        self.process = None

    def spawn(self):
        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)

    def start(self, timeout=180):
        self.spawn()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise Abort(f"Odoo stopped at start:\n{tail(self.log, 15)}")
            if answers(self.url):
                return
            time.sleep(0.5)
        raise Abort(f"Odoo does not answer on {self.url}:\n{tail(self.log, 15)}")

    def workers(self, kind):
        """The pids of the master's children of ``kind`` (WorkerHTTP, WorkerCron): their titles."""
        found = []
        for child in psutil.Process(self.process.pid).children():
            try:
                if f"{kind} " in " ".join(child.cmdline()):
                    found.append(child.pid)
            except psutil.NoSuchProcess:
                continue
        return found

    def kill_worker(self, kind):
        """SIGKILL one worker of ``kind``, as the OOM killer would; the master forks another."""
        pids = self.workers(kind)
        if not pids:
            raise Abort(f"no {kind} process to kill")
        os.kill(pids[0], signal.SIGKILL)
        return pids[0]

    def supervise(self, stop, restarts, delay=5):
        """Until ``stop``: start Odoo again ``delay`` s after it exits, as deploy/'s supervisors
        do (systemd's ``Restart=always``, ``RestartSec=5s``; Docker's ``restart``): its prefork
        master exits when PostgreSQL restarts (deploy/README.md). Each restart's time is
        appended to ``restarts``."""
        while not stop.wait(1):
            if self.process.poll() is None:
                continue
            if stop.wait(delay):
                return
            restarts.append(time.time())
            self.spawn()

    def stop(self):
        stop_process(self.process)
        self.process = None


class Proxy:
    def __init__(self, conf, url):
        self.conf, self.url = conf, url
        self.process = None

    def start(self):
        self.process = subprocess.Popen(["haproxy", "-db", "-f", str(self.conf)], stdout=subprocess.DEVNULL)
        for _attempt in range(40):
            if self.process.poll() is not None:
                raise Abort("HAProxy stopped at start (haproxy -c -f the configuration to see why).")
            if answers(self.url):
                return
            time.sleep(0.25)
        raise Abort(f"HAProxy does not answer on {self.url}")

    def stop(self):
        stop_process(self.process, grace=10)
        self.process = None


def answers(url):
    try:
        return requests.get(f"{url}/web/login", timeout=5, allow_redirects=False).status_code < 400
    except requests.RequestException:
        return False


class CpuMeter:
    """CPU seconds used by a process tree: its live processes and the children it reaped."""

    def __init__(self, pid):
        self.process = psutil.Process(pid)
        self.last = 0.0  # what it had used when last seen: a process gone keeps its total

    def seconds(self):
        try:
            times = self.process.cpu_times()
            total = times.user + times.system + times.children_user + times.children_system
            for child in self.process.children(recursive=True):
                try:
                    child_times = child.cpu_times()
                    total += child_times.user + child_times.system
                except psutil.NoSuchProcess:
                    continue
            self.last = total
        except psutil.NoSuchProcess:
            pass
        return self.last
