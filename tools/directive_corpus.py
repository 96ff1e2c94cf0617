"""Precision and recall of the directive reader on its corpus, and its speed.

    .venv/bin/python tools/directive_corpus.py [-v]

Reads every excerpt of ``addons/task_oversight/tests/intake_corpus.py`` and compares the
(lead agency, deadline) pairs found with those a clerk draws from it; then times the
reading of a 20-page directive made of the corpus's excerpts.
"""

import os
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ODOO_SRC = Path(os.environ.get("ODOO_SRC", Path.home() / ".cache" / "task-oversight" / "odoo-19.0"))
sys.path.insert(0, str(ODOO_SRC))

import odoo.addons  # noqa: E402

odoo.addons.__path__.append(str(ROOT / "addons"))

from odoo.addons.task_oversight.tests.intake_corpus import AGENCIES, CASES, LEADERS  # noqa: E402
from odoo.addons.task_oversight.tools.directive_reader import DirectiveReader  # noqa: E402

TODAY = date(2026, 11, 22)
PAGE = 3_000  # characters of a page of a directive (Times New Roman 14, A4)


def pairs(reading, names):
    return [
        (f"group:{item.lead.group}" if item.lead.group else names[item.lead.agency_ids[0]], item.deadline)
        for item in reading.assignments
        if not item.lead.unknown
    ]


def main(verbose):
    reader = DirectiveReader(AGENCIES, LEADERS)
    names = {agency.id: agency.name for agency in AGENCIES}
    correct = found = expected = 0
    for case in CASES:
        got = pairs(reader.parse(case["text"], TODAY, case.get("date")), names)
        expected += len(case["pairs"])
        found += len(got)
        missing = [pair for pair in case["pairs"] if pair not in got]
        extra = list(got)
        for pair in case["pairs"]:
            if pair in extra:
                extra.remove(pair)
        correct += len(case["pairs"]) - len(missing)
        if verbose or missing or extra:
            print(f"{case['id']}: missing {missing}, extra {extra}")
    print(f"{len(CASES)} excerpts, {expected} (lead agency, deadline) pairs expected, {found} found")
    print(f"precision {correct / found:.3f}   recall {correct / expected:.3f}   (targets 0.95 and 0.90)")
    text, pages = "", 0
    while len(text) < 20 * PAGE:
        text += "\n\n".join(case["text"] for case in CASES if "header" not in case) + "\n\n"
        pages = len(text) // PAGE
    started = time.perf_counter()
    reading = reader.parse(text, TODAY, date(2026, 1, 5))
    elapsed = time.perf_counter() - started
    print(
        f"a {pages}-page directive ({len(text):,} characters, {len(reading.assignments)} assignments): {elapsed:.3f} s"
    )
    return 0 if correct / found >= 0.95 and correct / expected >= 0.90 else 1


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv))
