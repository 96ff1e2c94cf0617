"""docker-compose.yml is for users with Docker: keep it parseable and complete."""

import re
import shlex
import unittest
from pathlib import Path

import yaml

from .test_deploy import MODULES, init_modules

ROOT = Path(__file__).resolve().parent.parent


class TestDockerCompose(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
        cls.services = cls.compose["services"]

    def test_services(self):
        self.assertEqual(set(self.services), {"db", "init", "odoo", "mail", "tests"})
        self.assertEqual(self.services["db"]["image"], "postgres:16")
        for name in ("init", "odoo", "tests"):
            self.assertEqual(self.services[name]["image"], "task-oversight/odoo:19.0", name)
            self.assertEqual(self.services[name]["build"], ".", name)

    def test_image_brings_the_report_fonts(self):
        dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
        self.assertIn("FROM odoo:19.0", dockerfile)
        self.assertIn("fonts-liberation", dockerfile)

    def test_addons_mounted_and_port_published(self):
        for name in ("init", "odoo"):
            self.assertIn("./addons:/mnt/extra-addons:ro", self.services[name]["volumes"], name)
        self.assertIn("8069:8069", self.services["odoo"]["ports"])

    def test_init_installs_every_addon_with_demo_in_vietnamese(self):
        command = self.services["init"]["command"]
        self.assertEqual(command[0], "odoo", "the image's entrypoint adds the database settings")
        self.assertEqual(init_modules(command), MODULES)
        self.assertIn("--with-demo", command)
        self.assertIn("--load-language=vi_VN", command)
        self.assertIn("--stop-after-init", command)
        self.assertEqual(self.services["odoo"]["depends_on"]["init"]["condition"], "service_completed_successfully")

    def test_demo_mail_goes_to_the_mail_catcher(self):
        """Without a mail server every notification would fail: Odoo sends to the catcher,
        whose page a person opens."""
        command = self.services["odoo"]["command"]
        self.assertIn("--smtp=mail", command)
        self.assertIn("--smtp-port=1025", command)
        self.assertIn("8025:8025", self.services["mail"]["ports"])
        self.assertTrue(self.services["mail"]["image"].startswith("axllent/mailpit:"))

    def test_every_option_is_one_odoo_knows(self):
        """Odoo stops at an option it does not know ("no such option: --smtp-server"): the
        commands of compose and of `make run` are parsed by Odoo's own command line parser."""
        from odoo.tools import config  # noqa: PLC0415 (Odoo is importable under pytest-odoo)

        commands = {name: service["command"][1:] for name, service in self.services.items() if name in ("init", "odoo")}
        run_sh = (ROOT / "tools" / "run.sh").read_text(encoding="utf-8")
        mail = re.search(r"^\s*mail=\((.+)\)$", run_sh, re.MULTILINE).group(1)
        commands["make run"] = [word.replace('"$SMTP_PORT"', "1025") for word in shlex.split(mail, posix=False)]
        for name, arguments in commands.items():
            with self.subTest(name):
                options = [argument.split("=")[0] for argument in arguments if argument.startswith("--")]
                self.assertTrue(options, name)
                for option in options:
                    self.assertTrue(config.parser.has_option(option), f"{name}: Odoo has no option {option}")

    def test_every_argument_is_one_word(self):
        # a list item "-d oversight" would reach Odoo as one argument
        for name, service in self.services.items():
            command = service.get("command", [])
            for argument in command if isinstance(command, list) else []:
                self.assertNotIn(" ", argument, f"{name}: {argument!r}")

    def test_tests_service_runs_the_suite(self):
        tests = self.services["tests"]
        self.assertEqual(tests["profiles"], ["tests"])
        self.assertIn("tools/docker_test.sh", " ".join(tests["command"]))
        self.assertTrue((ROOT / "tools" / "docker_test.sh").is_file())

    def test_paths_in_compose_exist(self):
        for service in self.services.values():
            for volume in service.get("volumes", []):
                source = volume.split(":")[0]
                if source.startswith("."):
                    self.assertTrue((ROOT / source).exists(), source)
