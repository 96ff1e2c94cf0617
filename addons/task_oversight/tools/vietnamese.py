"""Vietnamese lists as their readers expect them: people sorted by their given name (the
last word of the full name: "Nguyễn Văn An" before "Trần Thị Bình"), then by the family and
middle names; letters in the order of the Vietnamese alphabet (a ă â b c d đ e ê …), the
tones after the letters (ngang, huyền, hỏi, ngã, sắc, nặng)."""

import re
import unicodedata

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
# a base letter and the mark that makes another letter of the alphabet (NFD)
COMPOSED = {"a\u0306": "ă", "a\u0302": "â", "e\u0302": "ê", "o\u0302": "ô", "o\u031b": "ơ", "u\u031b": "ư"}
TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _letter_key(char):
    """``(letter rank, tone rank)`` of one character."""
    if char == "đ":
        return ALPHABET.index("đ"), 0
    base, *marks = unicodedata.normalize("NFD", char)
    letter = next((COMPOSED[base + mark] for mark in marks if base + mark in COMPOSED), base)
    tone = next((TONES[mark] for mark in marks if mark in TONES), 0)
    rank = ALPHABET.index(letter) if letter in ALPHABET else len(ALPHABET) + ord(letter)
    return rank, tone


def _word_key(word):
    keys = [_letter_key(char) for char in word.lower()]
    return [rank for rank, _tone in keys], [tone for _rank, tone in keys]


def name_sort_key(full_name):
    """Sort key of a person's full name: the given name first, then the family and middle names."""
    words = (full_name or "").split()
    if not words:
        return (), ()
    return _word_key(words[-1]), [_word_key(word) for word in words[:-1]]


# "Ủy ban nhân dân" (or "Uỷ", or "UBND") and the place it governs
COMMITTEE = re.compile(r"^\s*(?:(?:ủy|uỷ) ban nhân dân|ubnd)\s+(\S.*?)\s*$", re.IGNORECASE)


def committee_parts(name):
    """``("ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI CHÂU")`` for a People's Committee's name written out
    or abbreviated ("UBND phường Hải Châu"), in capitals as in a document's heading; None for
    another body."""
    match = COMMITTEE.match(unicodedata.normalize("NFC", name or ""))
    return ("ỦY BAN NHÂN DÂN", match.group(1).upper()) if match else None
