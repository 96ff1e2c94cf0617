"""deploy/ cannot be run here (no Docker engine): it must be right by reading.
tools/replica_check/ (make replica-check) runs the same topology for real, without Docker."""

import configparser
import os
import re
import unittest
from itertools import pairwise
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
# the project's addons (every folder addons/task_oversight*, as tools/env.sh reads them)
MODULES = {path.parent.name for path in (ROOT / "addons").glob("task_oversight*/__manifest__.py")}
# superuser_reserved_connections, PostgreSQL's default
RESERVED_CONNECTIONS = 3


def resolve(value):
    """A compose value with its ``${NAME:-default}`` interpolations at their defaults."""
    return re.sub(r"\$\{\w+:-([^}]*)\}", r"\1", str(value))


def init_modules(command):
    """The modules of the ``--init=`` argument of an Odoo command line."""
    return {name for argument in command if argument.startswith("--init=") for name in argument[7:].split(",")}


def settings(command):
    """The ``-c name=value`` settings of a postgres command line."""
    return dict(resolve(value).split("=", 1) for flag, value in pairwise(command) if flag == "-c")


class TestDeploy(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))
        cls.services = cls.compose["services"]
        parser = configparser.ConfigParser(interpolation=None)
        parser.read(DEPLOY / "odoo.conf", encoding="utf-8")
        cls.odoo_conf = parser["options"]
        cls.primary = settings(cls.services["primary"]["command"])
        cls.replica = settings(cls.services["replica"]["command"])

    def mounted(self, service, target):
        """The host path mounted on ``target`` in ``service`` (relative to deploy/)."""
        for volume in self.services[service].get("volumes", []):
            source, mount = volume.split(":")[:2]
            if mount == target:
                return DEPLOY / source
        self.fail(f"{service}: nothing mounted on {target}")

    def test_services(self):
        self.assertEqual(set(self.services), {"primary", "replica", "init", "odoo", "proxy"})
        for name in ("primary", "replica"):
            self.assertEqual(self.services[name]["image"], "postgres:16", name)
        for name in ("init", "odoo"):
            self.assertEqual(self.services[name]["image"], "task-oversight/odoo:19.0", name)
            build = self.services[name]["build"]
            self.assertEqual((DEPLOY / build["context"]).resolve(), ROOT, name)
            self.assertTrue((ROOT / build["dockerfile"]).is_file(), name)

    def test_primary_streams_its_wal(self):
        self.assertEqual(self.primary["wal_level"], "replica")
        self.assertGreaterEqual(int(self.primary["max_wal_senders"]), 2)
        self.assertGreaterEqual(int(self.primary["max_replication_slots"]), 1)
        script = self.mounted("primary", "/docker-entrypoint-initdb.d/10-replication.sh")
        # the image sources (rather than runs) an initdb script that is not executable
        self.assertTrue(os.access(script, os.X_OK), script)
        text = script.read_text(encoding="utf-8")
        self.assertIn("CREATE ROLE replicator WITH REPLICATION LOGIN", text)
        self.assertIn("pg_create_physical_replication_slot", text)
        self.assertIn("host replication replicator all scram-sha-256", text)

    def test_replica_is_a_streaming_hot_standby_of_the_primary(self):
        replica = self.services["replica"]
        self.assertEqual(replica["depends_on"]["primary"]["condition"], "service_healthy")
        self.assertEqual(replica["environment"]["PRIMARY_HOST"], "primary")
        self.assertEqual(
            replica["environment"]["REPLICATION_SLOT"], self.services["primary"]["environment"]["REPLICATION_SLOT"]
        )
        self.assertEqual(replica["entrypoint"], ["bash", "/usr/local/bin/replica-entrypoint.sh"])
        script = self.mounted("replica", "/usr/local/bin/replica-entrypoint.sh").read_text(encoding="utf-8")
        # --write-recovery-conf writes standby.signal and primary_conninfo
        for option in ("pg_basebackup", "--write-recovery-conf", "--wal-method=stream", "--slot="):
            self.assertIn(option, script)
        self.assertIn("exec docker-entrypoint.sh", script)
        self.assertEqual(replica["command"][0], "postgres")
        self.assertEqual(self.replica["hot_standby"], "on")
        self.assertEqual(self.replica["hot_standby_feedback"], "on")

    def test_replica_allows_what_the_primary_does(self):
        # a hot standby refuses to start with fewer connections or WAL senders than its primary
        for name in ("max_connections", "max_wal_senders"):
            self.assertGreaterEqual(int(self.replica[name]), int(self.primary[name]), name)

    def test_odoo_reads_on_the_replica_and_writes_on_the_primary(self):
        odoo = self.services["odoo"]
        self.assertEqual(odoo["environment"]["HOST"], "primary")
        self.assertEqual(self.odoo_conf["db_replica_host"], "replica")
        self.assertIn(self.odoo_conf["db_replica_host"], self.services)
        self.assertEqual(self.odoo_conf["db_replica_port"], "5432")
        self.assertEqual(self.mounted("odoo", "/etc/odoo/odoo.conf"), DEPLOY / "./odoo.conf")
        self.assertEqual(self.mounted("init", "/etc/odoo/odoo.conf"), DEPLOY / "./odoo.conf")
        self.assertEqual(odoo["depends_on"]["replica"]["condition"], "service_healthy")
        self.assertEqual(odoo["depends_on"]["init"]["condition"], "service_completed_successfully")

    def test_odoo_conf_holds_the_settings_that_matter(self):
        conf = self.odoo_conf
        self.assertGreaterEqual(conf.getint("workers"), 2)
        self.assertGreaterEqual(conf.getint("max_cron_threads"), 1)
        for key in ("limit_time_cpu", "limit_time_real", "limit_time_real_cron", "db_maxconn", "limit_request"):
            self.assertGreater(conf.getint(key), 0, key)
        self.assertLess(conf.getint("limit_memory_soft"), conf.getint("limit_memory_hard"))
        self.assertLess(conf.getint("limit_time_cpu"), conf.getint("limit_time_real"))
        self.assertTrue(conf.getboolean("proxy_mode"))
        self.assertFalse(conf.getboolean("list_db"))
        self.assertEqual(conf["dbfilter"], f"^{conf['db_name']}$")
        self.assertEqual(conf["addons_path"], "/mnt/extra-addons")

    def test_connections_fit(self):
        """Each Odoo process keeps up to db_maxconn connections in each pool: HTTP
        workers, cron workers and the gevent worker on the primary; HTTP workers
        and the gevent worker on the replica."""
        conf = self.odoo_conf
        maxconn, workers, crons = conf.getint("db_maxconn"), conf.getint("workers"), conf.getint("max_cron_threads")
        primary_needs = (workers + crons + 1) * maxconn + int(self.primary["max_wal_senders"]) + RESERVED_CONNECTIONS
        self.assertLessEqual(primary_needs, int(self.primary["max_connections"]))
        self.assertLessEqual((workers + 1) * maxconn + RESERVED_CONNECTIONS, int(self.replica["max_connections"]))

    def test_init_installs_the_addons_in_vietnamese_on_the_primary(self):
        init = self.services["init"]
        self.assertEqual(init["command"][0], "odoo", "the image's entrypoint adds the database settings")
        self.assertEqual(init_modules(init["command"]), MODULES, "--init installs every addon of the project")
        self.assertIn("--load-language=vi_VN", init["command"])
        self.assertIn("--stop-after-init", init["command"])
        self.assertIn(f"--database={self.odoo_conf['db_name']}", init["command"])
        self.assertEqual(init["environment"]["HOST"], "primary")

    def test_odoo_is_reached_through_the_proxy_only(self):
        # proxy_mode trusts X-Forwarded-*: Odoo must not be reachable around the proxy
        for port in self.services["odoo"]["ports"]:
            self.assertTrue(port.startswith("127.0.0.1:"), port)
        published = {port.rsplit(":", 1)[1] for port in self.services["odoo"]["ports"]}
        self.assertEqual(published, {"8069", self.odoo_conf["gevent_port"]})

    def test_every_argument_is_one_word(self):
        # a list item "-c wal_level=replica" would reach the program as one argument
        for name, service in self.services.items():
            for key in ("command", "entrypoint"):
                value = service.get(key, [])
                self.assertIsInstance(value, list, f"{name}.{key}")
                for argument in value:
                    self.assertNotRegex(resolve(argument), r"\s", f"{name}: {argument!r}")

    def test_paths_exist(self):
        for name, service in self.services.items():
            for volume in service.get("volumes", []):
                source = volume.split(":")[0]
                if source.startswith("."):
                    self.assertTrue((DEPLOY / source).exists(), f"{name}: {source}")

    def test_readme_explains_every_setting(self):
        readme = (DEPLOY / "README.md").read_text(encoding="utf-8")
        for key in self.odoo_conf:
            self.assertIn(f"`{key}`", readme, key)
        for key in {*self.primary, *self.replica}:
            self.assertIn(f"`{key}`", readme, key)
        self.assertIn("make replica-check", readme)

    def haproxy(self):
        """``{section line: [its directives]}`` of haproxy.cfg, comments dropped."""
        sections, current = {}, None
        for raw in (DEPLOY / "haproxy.cfg").read_text(encoding="utf-8").splitlines():
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if not line.startswith((" ", "\t")):
                current = sections.setdefault(line.strip(), [])
            else:
                current.append(" ".join(line.split()))
        return sections

    def test_every_long_running_service_is_supervised(self):
        # when PostgreSQL restarts, Odoo's prefork master exits (status 255): a supervisor restarts it
        for name, service in self.services.items():
            expected = "no" if name == "init" else "unless-stopped"
            self.assertEqual(service.get("restart"), expected, name)
        unit = configparser.ConfigParser(interpolation=None, strict=False)
        unit.optionxform = str
        unit.read(DEPLOY / "odoo.service", encoding="utf-8")
        self.assertEqual(unit["Service"]["Restart"], "always")
        self.assertEqual(unit["Service"]["StartLimitIntervalSec"], "0", "retry for as long as the database takes")
        self.assertIn("--config=/etc/odoo/odoo.conf", unit["Service"]["ExecStart"])

    def test_the_proxy_buffers_and_queues_one_request_per_worker(self):
        sections = self.haproxy()
        defaults = sections["defaults"]
        self.assertIn("option http-buffer-request", defaults)
        timeouts = {line.split()[1]: line.split()[2] for line in defaults if line.startswith("timeout ")}
        self.assertIn("queue", timeouts)
        seconds = int(timeouts["server"].rstrip("s"))
        self.assertGreater(seconds, self.odoo_conf.getint("limit_time_real"), "Odoo ends a runaway before the proxy")
        [server] = [line for line in sections["backend odoo"] if line.startswith("server ")]
        self.assertIn("odoo:8069", server)
        maxconn = int(server.split("maxconn ")[1].split()[0])
        self.assertEqual(maxconn, self.odoo_conf.getint("workers"), "one request per HTTP worker")
        [bus] = [line for line in sections["backend bus"] if line.startswith("server ")]
        self.assertTrue(bus.endswith(f"odoo:{self.odoo_conf['gevent_port']}"), "the bus goes to the gevent worker")
        proxy = self.services["proxy"]
        self.assertEqual(self.mounted("proxy", "/usr/local/etc/haproxy/haproxy.cfg"), DEPLOY / "./haproxy.cfg")
        self.assertEqual(proxy["depends_on"]["odoo"]["condition"], "service_healthy")
        self.assertIn("127.0.0.1:8080:8080", proxy["ports"])
