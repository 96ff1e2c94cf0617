"""Precision and recall of the directive reader, and its speed.

    .venv/bin/python tools/directive_corpus.py [-v] [--held-out] [--tagger MODEL [--combine [--merge piece] [--sure P]]]

Two corpora:

- the REAL one (``addons/task_oversight/tests/real_corpus.py``): excerpts of directives,
  official letters and press reports of provincial People's Committees, each with the
  assignments a clerk draws from it, collected in rounds. Each earlier round's dev part and its
  held-out part (scored, then read: spent, now development material) are reported apart and
  together (dev); the current round's held-out part only with ``--held-out``, to be scored once
  before the round's rules and once at the end;
- the written one (``addons/task_oversight/tests/intake_corpus.py``), which the tests keep.

For each part: precision and recall of the (lead, deadline) pairs (a proposal whose lead is an
unknown name counts as found, and wrong), lead recall, coordinator recall (the coordinators of
each expected assignment found on the proposal of the same lead), the excerpts with an
assignment for which the reader proposes nothing ("silent"), and the same by class of
sentence. ``-v`` prints each excerpt's misses and extras. Then the reading of a 20-page
directive is timed.

``--tagger MODEL`` scores the CRF of ``tools/directive_tagger.py`` instead of the rules;
with ``--combine``, the combination (``directive_tagger.CombinedReader``): the rules' proposals
plus the tagger's leads in the pieces where the rules propose nothing (``--merge piece``: all of
them; by default the frozen ``directive_tagger.MERGE``; ``--sure P``: the tagger's leads the CRF
gives at least the probability P, by default the frozen ``directive_tagger.THRESHOLD``; ``--sure 0``
is round 5's combination). The timing is then the tagger's (or the combination's).
"""

import os
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ODOO_SRC = Path(os.environ.get("ODOO_SRC", Path.home() / ".cache" / "task-oversight" / "odoo-19.0"))
sys.path.insert(0, str(ODOO_SRC))

import odoo.addons  # noqa: E402

odoo.addons.__path__.append(str(ODOO_SRC / "addons"))
odoo.addons.__path__.append(str(ROOT / "addons"))

from odoo.addons.task_oversight.tests import intake_corpus, real_corpus  # noqa: E402
from odoo.addons.task_oversight.tools import directive_reader  # noqa: E402
from odoo.addons.task_oversight.tools.directive_reader import DirectiveReader, fold  # noqa: E402

TODAY = date(2026, 11, 22)
PAGE = 3_000  # characters of a page of a directive (Times New Roman 14, A4)
AIMS = {"precision": 0.95, "recall": 0.90, "lead recall": 0.95, "coordinator recall": 0.85}


def key(mention, names):
    """What a clerk compares: the agency's registered name, ``group:<kind>`` or ``unknown:<name>``."""
    if mention.group:
        return f"group:{mention.group}"
    if mention.unknown or not mention.agency_ids:
        return f"unknown:{fold(mention.text)}"
    return names[mention.agency_ids[0]]


def take(items, wanted):
    """Remove and return the first item of ``items`` equal to ``wanted`` (or ``None``)."""
    for index, item in enumerate(items):
        if item == wanted:
            return items.pop(index)
    return None


class Score:
    def __init__(self):
        self.expected = self.found = self.correct = 0
        self.leads_expected = self.leads_found = 0
        self.coordinators_expected = self.coordinators_found = 0
        self.excerpts = self.silent = self.flagged = 0

    def add(self, expected, proposals):
        """``expected``: (lead, deadline, coordinators); ``proposals``: the same, found."""
        self.excerpts += 1
        self.expected += len(expected)
        self.found += len(proposals)
        if expected and not proposals:
            self.silent += 1
        pairs = [(lead, deadline) for lead, deadline, _ in proposals]
        for lead, deadline, _ in expected:
            if take(pairs, (lead, deadline)):
                self.correct += 1
        # leads and coordinators: each expected assignment takes the proposal of the same lead,
        # of the same deadline when there is one
        remaining = list(proposals)
        for lead, deadline, coordinators in expected:
            self.leads_expected += 1
            self.coordinators_expected += len(coordinators)
            match = next((item for item in remaining if item[:2] == (lead, deadline)), None)
            match = match or next((item for item in remaining if item[0] == lead), None)
            if match:
                remaining.remove(match)
                self.leads_found += 1
                found = list(match[2])
                self.coordinators_found += sum(1 for item in coordinators if take(found, item))

    def figures(self):
        def ratio(part, whole):
            return part / whole if whole else 1.0

        return {
            "precision": ratio(self.correct, self.found),
            "recall": ratio(self.correct, self.expected),
            "lead recall": ratio(self.leads_found, self.leads_expected),
            "coordinator recall": ratio(self.coordinators_found, self.coordinators_expected),
        }

    def line(self):
        figures = self.figures()
        text = "   ".join(f"{name} {value:.3f}" for name, value in figures.items())
        return (
            f"{text}   silent {self.silent}/{self.excerpts}   "
            f"({self.correct} of {self.expected} pairs expected, {self.found} proposed, {self.flagged} flagged)"
        )


def read(reader, case, names):
    reading = reader.parse(case["text"], TODAY, case.get("date"))
    proposals = [
        (key(item.lead, names), item.deadline, [key(mention, names) for mention in item.coordinators])
        for item in reading.assignments
    ]
    return proposals, sum(1 for item in reading.assignments if item.review)


def score_part(title, cases, reader, names, verbose, *, by_class=True):
    total, classes = Score(), defaultdict(Score)
    for case in cases:
        proposals, flagged = read(reader, case, names)
        expected = [(lead, deadline, list(coordinators)) for lead, deadline, coordinators in case["assignments"]]
        for score in (total, *(classes[name] for name in case["classes"])):
            score.add(expected, proposals)
            score.flagged += flagged
        if verbose:
            missing = Counter((lead, deadline) for lead, deadline, _ in expected)
            missing.subtract(Counter((lead, deadline) for lead, deadline, _ in proposals))
            extra = [pair for pair, count in missing.items() if count < 0]
            missing = [pair for pair, count in missing.items() if count > 0]
            coordinators = [
                (lead, sorted(set(wanted) - {c for item in proposals if item[0] == lead for c in item[2]}))
                for lead, _, wanted in expected
            ]
            coordinators = [item for item in coordinators if item[1]]
            if missing or extra or coordinators:
                print(f"  {case['id']} {case['classes']}: missing {missing}  extra {extra}")
                if coordinators:
                    print(f"      coordinators missing {coordinators}")
    print(f"{title}: {len(cases)} excerpts")
    print(f"  {total.line()}")
    if by_class:
        for name in sorted(classes):
            print(f"    {name:<22} {classes[name].line()}")
    return total


def score_written(verbose):
    """The written corpus, as the tests score it: (lead, deadline) pairs, unknown names apart."""
    reader = DirectiveReader(intake_corpus.AGENCIES, intake_corpus.LEADERS)
    names = {agency.id: agency.name for agency in intake_corpus.AGENCIES}
    correct = found = expected = 0
    for case in intake_corpus.CASES:
        reading = reader.parse(case["text"], TODAY, case.get("date"))
        got = [(key(item.lead, names), item.deadline) for item in reading.assignments if not item.lead.unknown]
        expected += len(case["pairs"])
        found += len(got)
        extra = list(got)
        missing = [pair for pair in case["pairs"] if not take(extra, pair)]
        correct += len(case["pairs"]) - len(missing)
        if verbose and (missing or extra):
            print(f"  {case['id']}: missing {missing}, extra {extra}")
    print(f"written corpus: {len(intake_corpus.CASES)} excerpts")
    print(f"  precision {correct / found:.3f}   recall {correct / expected:.3f}")


def timing(reader=None):
    """A 20-page directive made of the real excerpts, each paragraph made unique (no cache helps),
    read from cold caches (by the rules, or by ``reader``)."""
    reader = reader or DirectiveReader(real_corpus.AGENCIES)
    text, round_ = "", 0
    while len(text) < 20 * PAGE:
        round_ += 1
        text += "\n\n".join(f"{case['text']} (bản {round_})" for case in real_corpus.CASES) + "\n\n"
    pages = len(text) // PAGE
    directive_reader.fold_words.cache_clear()
    directive_reader._fold_word.cache_clear()
    started = time.perf_counter()
    reading = reader.parse(text, TODAY, date(2024, 1, 5))
    elapsed = time.perf_counter() - started
    print(
        f"a {pages}-page directive ({len(text):,} characters, {len(reading.assignments)} assignments): {elapsed:.3f} s"
    )
    return elapsed


def main(argv):
    verbose, with_held_out = "-v" in argv, "--held-out" in argv
    reader = DirectiveReader(real_corpus.AGENCIES)
    if "--tagger" in argv:
        # the CRF of tools/directive_tagger.py instead of the rules (its model file follows)
        sys.path.insert(0, str(ROOT / "tools"))
        import directive_tagger  # noqa: PLC0415

        model = argv[argv.index("--tagger") + 1]
        if "--combine" in argv:
            merge = argv[argv.index("--merge") + 1] if "--merge" in argv else directive_tagger.MERGE
            sure = float(argv[argv.index("--sure") + 1]) if "--sure" in argv else directive_tagger.THRESHOLD
            reader = directive_tagger.CombinedReader(real_corpus.AGENCIES, model, merge, sure)
            print(
                "the COMBINATION: the rules, and the tagger's leads where they propose nothing "
                f"({reader.merge}, p >= {reader.threshold})"
            )
        else:
            reader = directive_tagger.TaggedReader(real_corpus.AGENCIES, model)
            print("the TAGGER, not the rules")
    names = {agency.id: agency.name for agency in real_corpus.AGENCIES}
    print("REAL corpus (public directives and press reports, verbatim)")
    parts = real_corpus.parts()
    for name in real_corpus.DEV_PARTS:
        score_part(real_corpus.TITLES[name], parts[name], reader, names, verbose, by_class=False)
    dev = score_part("dev part (all the parts above)", real_corpus.dev(), reader, names, verbose=False)
    held = None
    if with_held_out:
        held = score_part(real_corpus.TITLES["held_out"], real_corpus.held_out(), reader, names, verbose)
    score_written(verbose)
    elapsed = timing(reader)
    final = held or dev
    figures = final.figures()
    reached = all(figures[name] >= aim for name, aim in AIMS.items()) and not final.silent and elapsed < 1
    return 0 if reached else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
