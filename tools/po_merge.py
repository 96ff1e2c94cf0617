"""Bring each addon's ``i18n/vi.po`` in line with its ``.pot`` (after ``make pot``):
every term of the template, translated as before, or as another addon of the project
translates it (a term that moved between addons keeps its translation); terms no
longer in the template are dropped. Prints what is left to translate.

    .venv/bin/python tools/po_merge.py
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
LANG = "vi"


def _key(entry):
    return (entry.msgctxt, entry.msgid)


def main():
    addons = sorted(path.parent.parent for path in ROOT.glob("addons/task_oversight*/i18n/*.pot"))
    catalogues = {addon: polib.pofile(str(addon / "i18n" / f"{LANG}.po")) for addon in addons}
    memory = {}
    for catalogue in catalogues.values():
        for entry in catalogue:
            if entry.msgstr.strip() and not entry.obsolete:
                memory.setdefault(_key(entry), entry.msgstr)
    missing = 0
    for addon, catalogue in catalogues.items():
        template = polib.pofile(str(addon / "i18n" / f"{addon.name}.pot"))
        own = {_key(entry): entry.msgstr for entry in catalogue if entry.msgstr.strip()}
        merged = polib.POFile(wrapwidth=78)
        merged.metadata = catalogue.metadata
        merged.header = catalogue.header
        for entry in template:
            entry.msgstr = own.get(_key(entry)) or memory.get(_key(entry), "")
            if not entry.msgstr:
                missing += 1
                print(f"{addon.name}: untranslated: {entry.msgid!r}")
            merged.append(entry)
        merged.save(str(addon / "i18n" / f"{LANG}.po"))
    print(f"{missing} terms left to translate")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
