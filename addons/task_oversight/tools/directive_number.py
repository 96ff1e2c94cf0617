"""Parse and validate the number and symbol of a directive document.

Decree 30/2020/NĐ-CP (administrative documents), the Law on legal documents and
the Party's Guidance 36-HD/VPTW give four shapes:

- ``5324/UBND-KSTT``: official letter, number / issuing body - drafting unit;
- ``202/QĐ-UBND``: number / type code - issuing body;
- ``42/2014/QĐ-TTg``: legal document, number / year / type code - issuing body;
- ``36-HD/VPTW``: Party document, number - type code / issuing body.
"""

import re
from collections import namedtuple

# Abbreviations of document types (Decree 30/2020, appendix III; legal documents).
TYPE_CODES = {
    "NQ": "resolution",
    "QĐ": "decision",
    "CT": "directive",
    "KL": "conclusion",
    "TB": "notice",
    "HD": "guidance",
    "KH": "plan",
    "CTr": "program",
    "CĐ": "dispatch",
    "QC": "regulation",
    "QyĐ": "regulation",
    "ĐA": "scheme",
    "BC": "report",
    "NĐ": "decree",
    "TT": "circular",
    "TTLT": "circular",
}

TYPE_CODES_BY_UPPER = {code.upper(): code for code in TYPE_CODES}

FIRST_YEAR = 1945
# numbers restart every year: six digits are more than any issuer reaches
MAX_NUMBER = 999_999
# letters and digits; "&" joins two issuers as real offices write them (VP-HĐND&UBND)
SYMBOL_PART = re.compile(r"^[^\W_]+(&[^\W_]+)*$")

DirectiveNumber = namedtuple("DirectiveNumber", "number year type_code issuer symbol doc_type")


def parse_document_number(env, text, max_year):
    """Return a :class:`DirectiveNumber` or raise ``ValueError`` with a clerk's sentence."""
    text = (text or "").strip()
    if not text:
        raise ValueError(env._("Enter the number and symbol of the document, for example 5324/UBND-KSTT."))
    if re.search(r"\s", text):
        raise ValueError(
            env._(
                "The document number %(number)s contains a space: write it without spaces, for example 202/QĐ-UBND.",
                number=text,
            )
        )
    match = re.match(r"^(\d+)(.*)$", text)
    if not match:
        raise ValueError(
            env._(
                "The document number %(number)s must start with its number in digits, for example 202/QĐ-UBND.",
                number=text,
            )
        )
    number, rest = int(match.group(1)), match.group(2)
    if number == 0:
        raise ValueError(env._("The document number %(number)s cannot be 0.", number=text))
    if number > MAX_NUMBER:
        raise ValueError(
            env._("The number of %(number)s is too large: a document number has at most six digits.", number=text)
        )
    if rest.startswith("-"):
        return _parse_party(env, text, number, rest[1:])
    if rest.startswith("/"):
        return _parse_state(env, text, number, rest[1:], max_year)
    raise ValueError(
        env._(
            "In %(number)s the number must be followed by “/” (for example 202/QĐ-UBND) "
            "or, for a Party document, by “-” (for example 36-HD/VPTW).",
            number=text,
        )
    )


def _parse_party(env, text, number, rest):
    parts = rest.split("/")
    if len(parts) != 2 or not all(parts):
        raise ValueError(
            env._(
                "A Party document number has the form number-type/issuer, for example 36-HD/VPTW; %(number)s does not.",
                number=text,
            )
        )
    type_code = _check_type_code(env, text, parts[0])
    issuer = parts[1].upper()
    _check_parts(env, text, issuer.split("-"))
    return DirectiveNumber(number, None, type_code, issuer, f"{type_code.upper()}/{issuer}", TYPE_CODES[type_code])


def _parse_state(env, text, number, rest, max_year):
    parts = rest.split("/")
    year = None
    if len(parts) == 2 and parts[0].isdigit():
        year = int(parts[0])
        if len(parts[0]) != 4 or not FIRST_YEAR <= year <= max_year:
            raise ValueError(
                env._("The year %(year)s in %(number)s is not a valid year of issue.", year=parts[0], number=text)
            )
        parts = parts[1:]
    if len(parts) != 1:
        raise ValueError(
            env._("The symbol of %(number)s has too many “/”: write it as 202/QĐ-UBND or 42/2014/QĐ-TTg.", number=text)
        )
    pieces = parts[0].upper().split("-")
    _check_parts(env, text, pieces)
    if len(pieces) < 2:
        raise ValueError(
            env._(
                "The symbol of %(number)s must name the document type or issuing body and, after “-”, "
                "the issuer or its unit, for example QĐ-UBND or UBND-KSTT.",
                number=text,
            )
        )
    type_code = TYPE_CODES_BY_UPPER.get(pieces[0])
    if year and not type_code:
        raise ValueError(
            env._(
                "A legal document number must give its type after the year, for example 42/2014/QĐ-TTg; "
                "“%(code)s” in %(number)s is not a document type.",
                code=pieces[0],
                number=text,
            )
        )
    issuer = "-".join(pieces[1:]) if type_code else pieces[0]
    symbol = "-".join(pieces)
    doc_type = TYPE_CODES[type_code] if type_code else "official_letter"
    return DirectiveNumber(number, year, type_code, issuer, symbol, doc_type)


def _check_type_code(env, text, type_code):
    """The type code as the decree writes it (``CTr``), whatever the case typed."""
    if type_code.upper() in TYPE_CODES_BY_UPPER:
        return TYPE_CODES_BY_UPPER[type_code.upper()]
    raise ValueError(
        env._(
            "“%(code)s” in %(number)s is not a known document type code (for example NQ, QĐ, CT, KL, TB, HD, KH).",
            code=type_code,
            number=text,
        )
    )


def _check_parts(env, text, pieces):
    for piece in pieces:
        if not piece:
            raise ValueError(
                env._("The symbol of %(number)s has an empty part: check the “-” and “/” signs.", number=text)
            )
        if not SYMBOL_PART.match(piece):
            raise ValueError(
                env._(
                    "The symbol of %(number)s may only contain letters and digits separated by “-” "
                    "(or “&” between two issuers); "
                    "“%(part)s” is not allowed.",
                    number=text,
                    part=piece,
                )
            )
