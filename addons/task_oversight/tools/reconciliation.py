"""The Government Office's exports as tables: read (CSV or XLSX) into a header and rows of
text, written back in the same layout, the columns guessed from their headers the first
time a source is imported. Refusals are :class:`TableError` with a reason the caller words."""

import csv
import io
import re
import unicodedata
from datetime import date, datetime

import openpyxl
import xlsxwriter

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 20_000
# the task's facts a line carries, and the words of the headers that usually hold them
MAPPED = ("external_ref", "directive", "lead", "name", "deadline", "status")
HEADER_WORDS = {
    "external_ref": ("ma nhiem vu", "ma so", "so hieu nhiem vu", "ma"),
    "directive": ("so ky hieu", "so van ban", "van ban", "so hieu van ban"),
    "lead": ("chu tri", "don vi", "co quan"),
    "name": ("noi dung", "nhiem vu", "trich yeu"),
    "deadline": ("han", "thoi han", "han xu ly", "han hoan thanh"),
    "status": ("tinh trang", "trang thai", "ket qua"),
}
DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


class TableError(ValueError):
    """``reason``: "too_large", "too_many_rows", "unreadable", "empty"."""

    def __init__(self, reason, **params):
        super().__init__(reason)
        self.reason = reason
        self.params = params


def fold(text):
    text = unicodedata.normalize("NFD", str(text or "").replace("Đ", "D").replace("đ", "d"))
    text = "".join(char for char in text if unicodedata.category(char) != "Mn").lower()
    return re.sub(r"\s+", " ", text).strip()


def _text(value):
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_table(data, filename=""):
    """``(file format, headers, rows)``: "xlsx" or "csv", the first row's cells, the others."""
    if len(data) > MAX_BYTES:
        raise TableError("too_large", limit=MAX_BYTES // (1024 * 1024))
    if data[:2] == b"PK":
        table_format, rows = "xlsx", _xlsx_rows(data)
    else:
        table_format, rows = "csv", _csv_rows(data)
    rows = [row for row in rows if any(cell for cell in row)]
    if len(rows) < 2:
        raise TableError("empty")
    if len(rows) > MAX_ROWS + 1:
        raise TableError("too_many_rows", limit=MAX_ROWS)
    headers = rows[0]
    width = len(headers)
    return table_format, headers, [(row + [""] * width)[:width] for row in rows[1:]]


def _xlsx_rows(data):
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        return [[_text(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
    except Exception:  # any failure of the XLSX reader is an unreadable file for the clerk
        raise TableError("unreadable") from None


def _csv_rows(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TableError("unreadable") from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [[_text(cell) for cell in row] for row in csv.reader(io.StringIO(text), dialect)]


def guess_mapping(headers):
    """``{fact: header}`` for the facts whose header says what it holds (the most
    specific words first: "Mã nhiệm vụ" is the reference, not the content)."""
    folded = {header: re.sub(r"[^\w]+", " ", fold(header)).strip() for header in headers}
    mapping, taken = {}, set()
    for fact in MAPPED:
        for words in HEADER_WORDS[fact]:
            pattern = re.compile(rf"\b{re.escape(words)}\b")
            found = next(
                (header for header, text in folded.items() if header not in taken and pattern.search(text)), None
            )
            if found:
                mapping[fact] = found
                taken.add(found)
                break
    return mapping


def parse_date(value):
    """A day written 2026-12-31, 31/12/2026 or 31.12.2026; ``None`` when empty or unreadable."""
    value = (value or "").strip()
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    match = DAY_FIRST.fullmatch(value)
    if match:
        day, month, year = (int(part) for part in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


def format_date(value):
    return value.strftime("%d/%m/%Y") if value else ""


def write_table(table_format, headers, rows):
    """The bytes of the table in ``table_format``, the header row first."""
    if table_format == "xlsx":
        output = io.BytesIO()
        workbook = xlsxwriter.Workbook(output, {"in_memory": True})
        sheet = workbook.add_worksheet()
        sheet.write_row(0, 0, headers)
        for index, row in enumerate(rows, start=1):
            sheet.write_row(index, 0, row)
        workbook.close()
        return output.getvalue()
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return output.getvalue().encode("utf-8-sig")
