"""The demo's mail goes to a mail catcher a person can open (`make run` starts
`tools/mail_catcher.py`, docker compose the `mail` service): a digest of the escalation job,
sent by Odoo's own mail queue over SMTP, is kept and listed on its page."""

import importlib.util
import tempfile
import urllib.request
from pathlib import Path
from unittest.mock import patch

from odoo.tests import tagged

from .common import OversightJobCase

CATCHER = Path(__file__).resolve().parents[3] / "tools" / "mail_catcher.py"


def load_catcher():
    spec = importlib.util.spec_from_file_location("mail_catcher", CATCHER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@tagged("post_install", "-at_install")
class TestMailCatcher(OversightJobCase):
    def setUp(self):
        super().setUp()
        directory = tempfile.TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        self.smtp_port, self.page, self.mailbox = load_catcher().start(directory.name)
        self.addCleanup(self.page.shutdown)

    def test_a_digest_reaches_the_mail_catcher(self):
        task = self._assigned_on("2026-02-25", "2026-03-04", monitor_user_id=self.office.id)
        self.env["ir.mail_server"].create(
            {"name": "Mail catcher", "smtp_host": "127.0.0.1", "smtp_port": self.smtp_port, "sequence": 1}
        )
        self._run("2026-03-20", "escalate")
        digests = self.env["oversight.digest"].search([("kind", "=", "escalation")])
        self.assertTrue(digests)
        # Odoo sends nothing from a test; here its mail queue sends for real
        with patch.object(type(self.env["ir.mail_server"]), "_disable_send", return_value=False):
            digests.mail_id.send(raise_exception=True)
        kept = self.mailbox.messages()
        self.assertEqual(len(kept), len(digests))
        recipients = {str(message["to"]) for _name, message in kept}
        self.assertTrue(any(self.head_a.email in to for to in recipients), recipients)
        self.assertTrue(any(task.code in message.get_body(("html", "plain")).get_content() for _n, message in kept))
        with urllib.request.urlopen(f"http://127.0.0.1:{self.page.server_address[1]}/", timeout=10) as response:
            listing = response.read().decode()
        self.assertIn(str(kept[0][1]["subject"]), listing)
