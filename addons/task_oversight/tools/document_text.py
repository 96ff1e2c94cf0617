"""The text of a directive's file: a PDF with a text layer, a DOCX or plain text.
Refusals are :class:`DocumentError` with a reason the caller words for the clerk."""

import io
import re
import zipfile

from lxml import etree

MAX_BYTES = 20 * 1024 * 1024
MAX_PAGES = 100
MAX_XML_BYTES = 50 * 1024 * 1024  # the text of a DOCX once inflated
WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class DocumentError(ValueError):
    """``reason``: "too_large", "too_many_pages", "encrypted", "no_text", "unreadable", "unsupported"."""

    def __init__(self, reason, **params):
        super().__init__(reason)
        self.reason = reason
        self.params = params


def document_text(data, filename=""):
    if len(data) > MAX_BYTES:
        raise DocumentError("too_large", size=len(data) // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
    if data[:5] == b"%PDF-":
        text = _pdf_text(data)
    elif data[:2] == b"PK":
        text = _docx_text(data)
    elif filename.lower().endswith((".pdf", ".docx")):
        raise DocumentError("unreadable")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise DocumentError("unsupported") from None
    if len(re.sub(r"\W", "", text)) < 20:
        raise DocumentError("no_text")
    return text


def _pdf_text(data):
    from odoo.tools.pdf import PdfReader  # noqa: PLC0415 (Odoo's PDF layer, only when a PDF comes)

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("encrypted")
        pages = len(reader.pages)
        if pages > MAX_PAGES:
            raise DocumentError("too_many_pages", pages=pages, limit=MAX_PAGES)
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except DocumentError:
        raise
    except Exception as error:  # any failure of the PDF parser is an unreadable file for the clerk
        if "encrypt" in str(error).lower() or "decrypt" in str(error).lower():
            raise DocumentError("encrypted") from None
        raise DocumentError("unreadable") from None


def _docx_text(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if archive.getinfo("word/document.xml").file_size > MAX_XML_BYTES:
                raise DocumentError("too_large", size=len(data) // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            document = etree.fromstring(archive.read("word/document.xml"), parser)
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        raise DocumentError("unreadable") from None
    paragraphs = []
    for paragraph in document.iter(f"{WORD_NS}p"):
        paragraphs.append("".join(node.text or "" for node in paragraph.iter(f"{WORD_NS}t")))
    return "\n".join(paragraphs)
