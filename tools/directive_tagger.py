"""A small sequence tagger for the directive reader (issue 28), to measure against the rules.

    .venv/bin/python tools/directive_tagger.py train [MODEL]
    .venv/bin/python tools/directive_tagger.py cv

trains a CRF (python-crfsuite) on the DEVELOPMENT part of the real corpus
(``real_corpus.dev()``, never the held-out part) and writes MODEL
(``directive_tagger.crfsuite`` in the temporary directory by default). ``tools/directive_corpus.py --tagger MODEL``
scores it like the rules.

What it tags: the words of each piece of a directive (the reader's own paragraphs and clauses)
as ``LEAD`` (the agency or group a task is given to), ``COORD`` (an agency it works with) or
``O``. The corpus gives assignments, not spans, so the training labels are projected: a mention
the reader's agency matcher finds in a piece is labelled ``LEAD`` when its agency is a lead of
the excerpt and no word like "của", "gửi", "với" comes just before it, ``COORD`` when it is a
coordinator of the excerpt, ``O`` otherwise. A proposal is a ``LEAD`` span resolved by the
matcher, with the deadline the reader's deadline rules read in its piece and the ``COORD``
spans of the piece as its coordinators.

Needs ``pip install python-crfsuite==0.9.12`` (a C extension with wheels), which neither the
addon nor the project's virtualenv requires: the tagger was measured and not shipped (README).
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ODOO_SRC = Path(os.environ.get("ODOO_SRC", Path.home() / ".cache" / "task-oversight" / "odoo-19.0"))
sys.path.insert(0, str(ODOO_SRC))

import odoo.addons  # noqa: E402

odoo.addons.__path__.append(str(ODOO_SRC / "addons"))
odoo.addons.__path__.append(str(ROOT / "addons"))

import re  # noqa: E402

import pycrfsuite  # noqa: E402

from odoo.addons.task_oversight.tests import real_corpus  # noqa: E402
from odoo.addons.task_oversight.tools import directive_reader as rules  # noqa: E402

DEFAULT_MODEL = str(Path(tempfile.gettempdir()) / "directive_tagger.crfsuite")
CUES = {
    "giao": "trigger",
    "yeu": "trigger",
    "de": "trigger",
    "chi": "trigger",
    "phoi": "coord",
    "voi": "with",
    "cua": "of",
    "gui": "to",
    "ve": "to",
    "cho": "for",
    "qua": "via",
}


def _key(mention, names):
    if mention.group:
        return f"group:{mention.group}"
    if mention.unknown or not mention.agency_ids:
        return ""
    return names[mention.agency_ids[0]]


class Tagger:
    """Pieces, words and features, the same at training and at reading."""

    def __init__(self, agencies):
        self.reader = rules.DirectiveReader(agencies)
        self.matcher = self.reader.matcher
        self.names = {agency.id: agency.name for agency in agencies}

    def pieces(self, text):
        for paragraph in self.reader._body(rules.paragraphs(text or "")):
            yield from self.reader._clauses(paragraph)

    def mentions(self, folded, starts):
        """``[(first word, last word + 1, Mention)]`` of the agencies and groups named in a piece."""
        found, index = [], 0
        while index < len(starts):
            position = starts[index]
            mention, end = self.matcher.match_at(folded, position)
            if mention and not mention.unknown:
                last = index + 1
                while last < len(starts) and starts[last] < end:
                    last += 1
                for expanded in self.matcher._expanded(mention):
                    found.append((index, last, expanded))
                index = last
            else:
                index += 1
        return found

    def features(self, text):
        """``(words, features of each word, mentions)`` of a piece."""
        folded, starts = rules.fold_words(text)
        words = [
            folded[start : (starts[i + 1] - 1) if i + 1 < len(starts) else len(folded)]
            for i, start in enumerate(starts)
        ]
        raw = text.split()
        mentions = self.mentions(folded, starts)
        inside = {}
        for first, last, mention in mentions:
            kind = "group" if mention.group else "agency"
            for index in range(first, last):
                inside[index] = ("B-" if index == first else "I-") + kind
        result, cue, seen_trigger, seen_coord = [], "none", False, False
        for index, word in enumerate(words):
            core = word.strip(",.;:()")
            features = {
                "bias": 1.0,
                "w": core,
                "m": inside.get(index, "O"),
                "cue": cue,
                "trig": seen_trigger,
                "coord": seen_coord,
                "first": index == 0,
                "cap": bool(raw[index][:1].isupper()) if index < len(raw) else False,
                "punct": word[-1:] if word[-1:] in ",.;:" else "",
                "digit": bool(re.search(r"\d", core)),
            }
            for offset in (-2, -1, 1, 2):
                other = index + offset
                if 0 <= other < len(words):
                    features[f"w{offset}"] = words[other].strip(",.;:()")
                    features[f"m{offset}"] = inside.get(other, "O")
            result.append(features)
            cue = CUES.get(core, cue) if not inside.get(index) else cue
            seen_trigger = seen_trigger or core in ("giao", "yeu", "nghi", "dao")  # giao, yêu cầu, đề nghị, chỉ đạo
            seen_coord = seen_coord or core in ("phoi", "hiep")  # phối hợp, hiệp đồng
        return words, result, mentions

    def labels(self, words, mentions, leads, coordinators):
        labels = ["O"] * len(words)
        for first, last, mention in mentions:
            key = _key(mention, self.names)
            before = words[first - 1].strip(",.;:()") if first else ""
            if key in leads and before not in ("cua", "gui", "voi", "ve", "qua", "tai", "cho", "den", "hop"):
                label = "LEAD"
            elif key in coordinators:
                label = "COORD"
            else:
                continue
            for index in range(first, last):
                labels[index] = ("B-" if index == first else "I-") + label
        return labels

    def training_data(self, cases):
        for case in cases:
            leads = {lead for lead, _deadline, _coordinators in case["assignments"]}
            coordinators = {name for _lead, _deadline, names in case["assignments"] for name in names}
            for piece in self.pieces(case["text"]):
                words, features, mentions = self.features(piece)
                if words:
                    yield features, self.labels(words, mentions, leads, coordinators)


class TaggedReader:
    """The reader's interface (``parse``), its proposals from the tagger's spans."""

    def __init__(self, agencies, model=DEFAULT_MODEL):
        self.tagger = Tagger(agencies)
        self.crf = pycrfsuite.Tagger()
        self.crf.open(model)

    def parse(self, text, today, document_date=None):
        reader = self.tagger.reader
        parts = rules.paragraphs(text or "")
        header = reader.read_header(parts)
        deadlines = rules.DeadlineReader(header.date or document_date, today, reader.is_working_day)
        self.tagger.matcher.local_kind = (
            "district" if deadlines.document_date < rules.DISTRICTS_ABOLISHED else "commune"
        )
        assignments = []
        for piece in self.tagger.pieces(text):
            words, features, mentions = self.tagger.features(piece)
            if not words:
                continue
            tags = self.crf.tag(features)
            folded = rules.fold_words(piece)[0]
            deadline, kind, deadline_text, recurring = deadlines.parse(folded)
            coordinators = [mention for first, _last, mention in mentions if tags[first] == "B-COORD"]
            for first, _last, mention in mentions:
                if tags[first] == "B-LEAD":
                    assignments.append(
                        rules.Assignment(
                            lead=mention,
                            coordinators=[item for item in coordinators if item.agency_ids != mention.agency_ids],
                            content=piece,
                            source=piece,
                            deadline=deadline,
                            deadline_text=deadline_text,
                            deadline_kind=kind,
                            recurring_day=recurring,
                        )
                    )
        return rules.Reading(header=header, assignments=assignments)


def train(model=DEFAULT_MODEL):
    tagger = Tagger(real_corpus.AGENCIES)
    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for features, labels in tagger.training_data(real_corpus.dev()):  # never the held-out part
        trainer.append(features, labels)
        count += 1
    trainer.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True})
    trainer.train(model)
    print(f"trained on {count} pieces of {len(real_corpus.dev())} development excerpts: {model}")


def cross_validate(folds=5):
    """The tagger trained on four fifths of the development part, scored on the fifth left out,
    each fifth in turn (by number): an estimate on the development part only."""
    sys.path.insert(0, str(ROOT / "tools"))
    import directive_corpus  # noqa: PLC0415

    names = {agency.id: agency.name for agency in real_corpus.AGENCIES}
    cases = real_corpus.dev()
    total = directive_corpus.Score()
    for fold in range(folds):
        trainer = pycrfsuite.Trainer(verbose=False)
        tagger = Tagger(real_corpus.AGENCIES)
        learn = [case for index, case in enumerate(cases) if index % folds != fold]
        for features, labels in tagger.training_data(learn):
            trainer.append(features, labels)
        trainer.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True})
        model = str(Path(tempfile.gettempdir()) / f"directive_tagger_fold{fold}.crfsuite")
        trainer.train(model)
        reader = TaggedReader(real_corpus.AGENCIES, model)
        for case in (case for index, case in enumerate(cases) if index % folds == fold):
            proposals, _flagged = directive_corpus.read(reader, case, names)
            expected = [(lead, deadline, list(names_)) for lead, deadline, names_ in case["assignments"]]
            total.add(expected, proposals)
    print(f"tagger, {folds}-fold cross-validation on the development part: {total.line()}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["train"]:
        train(sys.argv[2] if len(sys.argv) > 2 else DEFAULT_MODEL)
    elif sys.argv[1:2] == ["cv"]:
        cross_validate()
    else:
        print(__doc__)
