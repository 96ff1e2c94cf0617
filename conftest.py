"""Project-wide pytest hooks (the addons' tests run under pytest-odoo)."""

import os
import sys

import pytest

# the addons' test modules as Python names them: odoo.addons.<addon>.tests.<module>
ADDON_TESTS = "odoo.addons."


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A skipped test is a failed test: a tour skipped for lack of Chromium or
    websocket-client must not pass silently. OVERSIGHT_ALLOW_SKIP=1 relaxes it."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail") and os.environ.get("OVERSIGHT_ALLOW_SKIP") != "1":
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"test skipped, which counts as a failure: {reason}"


def _addon(item):
    module = item.getparent(pytest.Module)
    name = module.module.__name__ if module else ""
    return name.split(".")[2] if name.startswith(ADDON_TESTS) and ".tests." in name else None


def _odoo_count(addon):
    """The tests Odoo's own runner (odoo-bin --test-enable) finds in ``addon``."""
    from odoo.tests.loader import get_module_test_cases, get_test_modules  # noqa: PLC0415 (Odoo is set up by pytest-odoo)

    return sum(1 for module in get_test_modules(addon) for _test in get_module_test_cases(module))


def pytest_collection_finish(session):
    """With OVERSIGHT_CHECK_TEST_COUNT=1 (``make test`` on the whole suite): pytest and
    Odoo's own test loader must find the same tests in every addon, so that
    ``odoo-bin --test-enable`` and an integrator's CI run what ``make test`` runs."""
    if os.environ.get("OVERSIGHT_CHECK_TEST_COUNT") != "1":
        return
    counts = {}
    for item in session.items:
        addon = _addon(item)
        if addon:
            counts[addon] = counts.get(addon, 0) + 1
    differences = {
        addon: (count, odoo) for addon, count in sorted(counts.items()) if (odoo := _odoo_count(addon)) != count
    }
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if differences:
        lines = "; ".join(f"{addon}: pytest {count}, Odoo {odoo}" for addon, (count, odoo) in differences.items())
        pytest.exit(f"pytest and Odoo's test loader disagree ({lines})", returncode=1)
    if reporter:
        reporter.write_line(
            f"Odoo's test loader finds the same {sum(counts.values())} tests as pytest in {len(counts)} addons."
        )
    sys.stdout.flush()
