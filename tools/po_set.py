"""Set Vietnamese translations of the addons from a mapping (a Python file defining ``T``,
``{msgid: msgstr}``), in every ``i18n/vi.po`` holding the term untranslated; the other terms
are left as they are. Prints what is still untranslated afterwards.

    .venv/bin/python tools/po_set.py terms.py
"""

import runpy
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]


def main(path):
    terms = runpy.run_path(path)["T"]
    left = 0
    for po_path in sorted(ROOT.glob("addons/task_oversight*/i18n/vi.po")):
        catalogue = polib.pofile(str(po_path), wrapwidth=78)
        for entry in catalogue:
            if not entry.msgstr.strip() and entry.msgid in terms:
                entry.msgstr = terms[entry.msgid]
            if not entry.msgstr.strip():
                left += 1
                print(f"{po_path.parent.parent.name}: untranslated: {entry.msgid!r}")
        catalogue.save(str(po_path))
    print(f"{left} terms left to translate")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
