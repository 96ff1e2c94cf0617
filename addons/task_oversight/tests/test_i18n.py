import io
from pathlib import Path

import polib
from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.modules.module import get_module_path
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger
from odoo.tools.misc import file_path
from odoo.tools.translate import trans_export

# the project's addons: every folder next to this one that shares its prefix
MODULES = tuple(sorted(path.name for path in Path(get_module_path("task_oversight")).parent.glob("task_oversight*")))


@tagged("post_install", "-at_install")
class TestTranslations(TransactionCase):
    """R15: every term the code exports has a Vietnamese translation."""

    def _exported_terms(self, module):
        buffer = io.BytesIO()
        trans_export(None, [module], buffer, "po", self.env)
        return {entry.msgid for entry in polib.pofile(buffer.getvalue().decode())}

    def _po(self, module, name):
        return polib.pofile(Path(file_path(f"{module}/i18n/{name}")).read_text(encoding="utf-8"))

    def test_vietnamese_translation_is_complete(self):
        for module in MODULES:
            with self.subTest(module=module):
                translated = {entry.msgid for entry in self._po(module, "vi.po") if entry.msgstr.strip()}
                missing = sorted(self._exported_terms(module) - translated)
                self.assertFalse(missing, f"{module}/i18n/vi.po lacks {len(missing)} terms: {missing[:10]}")

    def test_pot_template_is_current(self):
        for module in MODULES:
            with self.subTest(module=module):
                template = {entry.msgid for entry in self._po(module, f"{module}.pot")}
                self.assertEqual(
                    self._exported_terms(module), template, f"run `make pot` to refresh {module}/i18n/{module}.pot"
                )

    def test_user_sees_vietnamese_messages(self):
        self.env["res.lang"]._activate_lang("vi_VN")
        env = self.env(context={"lang": "vi_VN"})
        self.assertEqual(env["ir.model"]._get("oversight.task").with_env(env).name, "Nhiệm vụ")
        state_labels = dict(env["oversight.task"]._fields["state"]._description_selection(env))
        self.assertEqual(state_labels["reported"], "Chờ xác nhận")

    def test_clerk_reads_errors_in_vietnamese(self):
        self.env["res.lang"]._activate_lang("vi_VN")
        Directive = self.env["oversight.directive"].with_context(lang="vi_VN")
        with self.assertRaises(ValidationError) as caught:
            Directive.create({"name": "5324 UBND", "summary": "Trích yếu"})
        self.assertIn("có dấu cách: hãy viết liền", str(caught.exception))
        agency = self.env["oversight.agency"].create({"name": "Sở Nội vụ", "code": "I-SNV"})
        task = self.env["oversight.task"].create({"name": "Nhiệm vụ", "lead_agency_id": agency.id})
        with self.assertRaises(UserError) as caught:
            task.with_context(lang="vi_VN").action_confirm_done()
        self.assertIn("Không thể xác nhận hoàn thành nhiệm vụ", str(caught.exception))
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError) as caught:
            self.env["oversight.agency"].create({"name": "Trùng mã", "code": "I-SNV"})
        message = self.env["oversight.agency"].with_context(lang="vi_VN")._sql_error_to_message(caught.exception)
        self.assertIn("Mã này đã được dùng", message)
