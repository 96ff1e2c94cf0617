"""The JSON-2 examples of readme/USAGE.md, run over HTTP exactly as they are written: the
curl commands are read from the file, their shell variables replaced by the keys of the
users of each role and the ids the previous calls returned."""

import re
from datetime import timedelta
from pathlib import Path

from odoo.tests import HttpCase, tagged

from .common import OversightCase

USAGE = Path(__file__).parents[1] / "readme" / "USAGE.md"
CURL = re.compile(
    r'curl -s "\$ODOO_URL(?P<path>/json/2/[\w.]+/\w+)" \\\n'
    r'\s+-H "Authorization: bearer \$(?P<key>\w+)" -H "Content-Type: application/json" \\\n'
    r"\s+-d '(?P<body>.*)'\n",
)


def examples():
    blocks = re.findall(r"```bash\n(.*?)```", USAGE.read_text(), flags=re.DOTALL)
    return [CURL.fullmatch(block).groupdict() for block in blocks]


@tagged("post_install", "-at_install")
class TestUsageApi(HttpCase, OversightCase):
    def setUp(self):
        super().setUp()
        self.task = self._assigned_task(external_ref="VPCP-2026-0042", deadline=self.today() + timedelta(days=30))
        self.variables = {
            "OFFICE_KEY": self._key(self.office),
            "AGENCY_KEY": self._key(self.user_a),
            "OTHER_AGENCY_KEY": self._key(self.user_b),
        }

    def _key(self, user):
        expiry = self.env.company._oversight_now() + timedelta(hours=4)
        return (
            self.env["res.users.apikeys"]
            .with_user(user)
            ._generate(scope="rpc", name="e-office", expiration_date=expiry)
        )

    def _run(self, example, key=None):
        body = re.sub(r"\$(\w+)", lambda found: str(self.variables[found.group(1)]), example["body"])
        response = self.url_open(
            example["path"],
            data=body.encode(),
            headers={
                "Content-Type": "application/json",
                "Authorization": f"bearer {self.variables[key or example['key']]}",
            },
        )
        return response.status_code, response.json()

    def test_every_example_of_usage_runs_as_written(self):
        create_directive, attach, read_task, read_steps, report = examples()
        status, ids = self._run(create_directive)
        self.assertEqual(status, 200, ids)
        directive = self.env["oversight.directive"].browse(ids)
        self.assertRecordValues(directive, [{"name": "1502/UBND-TH", "state": "registered"}])
        self.variables["DIRECTIVE_ID"] = directive.id

        status, ids = self._run(attach)
        self.assertEqual(status, 200, ids)
        attachment = self.env["ir.attachment"].browse(ids)
        self.assertEqual((attachment.res_model, attachment.res_id), ("oversight.directive", directive.id))
        self.assertTrue(attachment.raw.startswith(b"%PDF-"))

        status, tasks = self._run(read_task)
        self.assertEqual(status, 200, tasks)
        self.assertEqual([(task["id"], task["state"]) for task in tasks], [(self.task.id, "assigned")])
        self.variables["TASK_ID"] = self.task.id

        status, steps = self._run(read_steps)
        self.assertEqual(status, 200, steps)
        self.assertIn("assigned", [step["step"] for step in steps])

        status, ids = self._run(report)
        self.assertEqual(status, 200, ids)
        update = self.env["oversight.task.update"].browse(ids)
        self.assertRecordValues(update, [{"agency_id": self.agency_a.id, "progress": 60, "user_id": self.user_a.id}])

        # the same report with another agency's key: refused with a sentence, nothing created
        status, error = self._run(report, key="OTHER_AGENCY_KEY")
        self.assertIn(status, (403, 422), error)
        self.assertIn(error["name"], ("odoo.exceptions.AccessError", "odoo.exceptions.ValidationError"))
        self.assertEqual(self.env["oversight.task.update"].search_count([("task_id", "=", self.task.id)]), 1)
        # and the agency's key reads neither the other agencies' tasks nor the reconciliations
        status, tasks = self._run(read_task, key="OTHER_AGENCY_KEY")
        self.assertEqual((status, tasks), (200, []))
        status, error = self._run(
            {"path": "/json/2/oversight.task.reconciliation/search_read", "body": "{}"}, key="AGENCY_KEY"
        )
        self.assertEqual((status, error["name"]), (403, "odoo.exceptions.AccessError"))
