"""What the replica check's modules share: the project's settings (tools/env.sh),
the progress messages and the error that stops the check."""

import os
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DB = "oversight_replica"
LEADER = "chutich"  # task_oversight/demo/oversight_demo.xml: a group_leader user, password = login
# libpq and Odoo read these: only the check's own settings reach them
PG_ENVIRONMENT = (
    "PGHOST",
    "PGPORT",
    "PGUSER",
    "PGDATABASE",
    "PGPASSWORD",
    "PGAPPNAME",
    "PGHOST_REPLICA",
    "PGPORT_REPLICA",
    "PGSSLMODE",
)


def stop_process(process, grace=30):
    """SIGTERM (a server's graceful shutdown), SIGKILL after ``grace`` seconds; ``None`` is stopped."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class Abort(Exception):
    """The check cannot go on: printed as ``ERROR: <message>``, exit status 1."""


def say(message):
    print(f"[replica-check] {message}", flush=True)


def tail(path, lines):
    """The last ``lines`` lines of a text file, '' when it does not exist."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def free_ports(count):
    """``count`` distinct TCP ports free on 127.0.0.1 (held together while chosen)."""
    sockets = [socket.socket() for _index in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


@dataclass(frozen=True)
class Settings:
    """Where Odoo is, the addons path and the project's addons in install order."""

    odoo_src: Path
    addons_path: str
    modules: tuple

    @property
    def odoo_bin(self):
        return [sys.executable, str(self.odoo_src / "odoo-bin")]


def project_settings():
    """The settings as tools/env.sh sets them (its defaults or the environment's
    values): the shell tools and this one read them from one place."""
    script = 'source "$ROOT/tools/env.sh" && printf "%s\\n" "$ODOO_SRC" "$ODOO_ADDONS_PATH" "$OVERSIGHT_MODULES"'
    out = subprocess.run(
        ["bash", "-c", script], env={**os.environ, "ROOT": str(ROOT)}, check=True, capture_output=True, text=True
    )
    odoo_src, addons_path, modules = out.stdout.splitlines()
    settings = Settings(Path(odoo_src), addons_path, tuple(modules.split(",")))
    if not (settings.odoo_src / "odoo-bin").is_file():
        raise Abort(f"Odoo is not in {settings.odoo_src}: run `make setup` (or set ODOO_SRC).")
    return settings
