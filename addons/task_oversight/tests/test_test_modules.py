"""Odoo's own test runner (``odoo-bin --test-enable``, an integrator's or OCA's CI) runs
the test modules that ``tests/__init__.py`` imports; pytest-odoo runs every ``test_*.py``
file. A module left out of the package runs under pytest alone, silently."""

from pathlib import Path

from odoo.modules.module import get_module_path
from odoo.tests import BaseCase, tagged
from odoo.tests.loader import get_test_modules

# the project's addons sit next to this one and share its prefix
PREFIX = "task_oversight"


@tagged("post_install", "-at_install")
class TestTestModules(BaseCase):
    def test_every_test_file_is_imported(self):
        addons = sorted(Path(get_module_path(PREFIX)).parent.glob(f"{PREFIX}*/tests"))
        self.assertGreaterEqual(len(addons), 4)
        for tests in addons:
            addon = tests.parent.name
            with self.subTest(addon=addon):
                files = {path.stem for path in tests.glob("test_*.py")}
                imported = {module.__name__.rsplit(".", 1)[-1] for module in get_test_modules(addon)}
                self.assertEqual(files - imported, set(), f"test modules {addon}/tests/__init__.py does not import")
