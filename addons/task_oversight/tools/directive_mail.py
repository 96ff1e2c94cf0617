"""What a forwarded directive's e-mail says before its file is read: the document's number
and date in its subject (e-office systems write "Văn bản số 1502/UBND-TH ngày 02/10/2026 …"),
whether it is urgent ("Khẩn", "Hỏa tốc") and whether its sender is one the Office accepts."""

import re
import unicodedata
from datetime import date

from .directive_number import parse_document_number

# candidates only: parse_document_number decides (a date 02/10/2026 is not a number: no letters)
NUMBER_CANDIDATE = re.compile(r"(?<![\w/-])\d{1,6}(?:/\d{4})?[/-][^\W_][\w&/-]*[^\W_]", re.UNICODE)
DAY_MONTH_YEAR = re.compile(r"(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])")
URGENT_WORDS = ("khan", "hoa toc")  # "Khẩn", "Thượng khẩn", "Hỏa tốc", folded
DOCUMENT_SUFFIXES = (".pdf", ".docx")


def fold(text):
    """Lower case without diacritics (đ → d), to find words however they are typed."""
    text = unicodedata.normalize("NFD", (text or "").replace("Đ", "D").replace("đ", "d"))
    return "".join(char for char in text if unicodedata.category(char) != "Mn").lower()


def subject_number(env, subject, max_year):
    """The first valid document number of the subject, as written there; ``""`` if none."""
    for candidate in NUMBER_CANDIDATE.findall(subject or ""):
        try:
            parse_document_number(env, candidate, max_year)
        except ValueError:
            continue
        return candidate
    return ""


def subject_date(subject):
    """The first real day written dd/mm/yyyy in the subject, or ``None``."""
    for day, month, year in DAY_MONTH_YEAR.findall(subject or ""):
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            continue
    return None


def is_urgent(subject):
    folded = fold(subject)
    return any(re.search(rf"\b{word}\b", folded) for word in URGENT_WORDS)


def parse_domains(text):
    """The allowed sender domains typed in Settings ("ioffice.gov.vn, thanhhoa.gov.vn")."""
    parts = re.split(r"[\s,;]+", (text or "").lower())
    return tuple(part.lstrip("@").strip(".") for part in parts if part.strip("@."))


def sender_allowed(email, domains):
    """Whether ``email`` belongs to one of ``domains`` or to one of their sub-domains."""
    if not email or "@" not in email:
        return False
    domain = email.rsplit("@", 1)[1].strip().lower().rstrip(">")
    return any(domain == allowed or domain.endswith(f".{allowed}") for allowed in domains)


def is_document(filename):
    return (filename or "").lower().endswith(DOCUMENT_SUFFIXES)
