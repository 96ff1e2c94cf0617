"""Page breaks of the Decree 30 layout that do not depend on the build of wkhtmltopdf.

Debian's wkhtmltopdf (unpatched Qt) ignores ``thead { display: table-header-group }`` and
``tr { page-break-inside: avoid }``: long tables print with no header row after the first
page, rows cut across two pages. It honours forced page breaks, and runs the page's
JavaScript: ``static/src/report/paginate.js`` places those breaks itself, splitting each
long table where a page ends and repeating its header rows, keeping each heading with what
follows it. To know where a page ends it needs the printable page in CSS pixels, which
depends on the build (its DPI, its shrinking): it is measured once per set of wkhtmltopdf
arguments, on a calibration page of rows of known height converted with those arguments."""

import functools
import io
import itertools
import json
import logging
import os
import tempfile

from odoo.tools.misc import file_path
from odoo.tools.pdf import PdfFileReader

_logger = logging.getLogger(__name__)

POINTS_PER_MM = 72 / 25.4
# the calibration page: rows of known height, more than a page of any build holds
ROW_HEIGHT, ROWS = 20, 150
CALIBRATION_HTML = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"/></head><body style="margin: 0;">'
    + "".join(f'<div style="height: {ROW_HEIGHT}px; font-size: 10px;">R{row}</div>' for row in range(ROWS))
    + "</body></html>"
)


def _row_tops(page):
    """{row: distance of its text from the top edge of ``page``, in points}."""
    height = float(page.mediabox.height)
    rows = {}

    def visit(text, cm, tm, _font, _size):
        text = text.strip()
        if text.startswith("R") and text[1:].isdigit():
            rows[int(text[1:])] = height - (tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=visit)
    return rows


def measure_page(pdf_content, margins):
    """(width, height) in CSS pixels of the printable page of the calibration PDF
    ``pdf_content``, whose margins (top, right, bottom, left) are in mm."""
    page = PdfFileReader(io.BytesIO(pdf_content), strict=False).pages[0]
    rows = _row_tops(page)
    last = max(rows)
    points_per_px = (rows[last] - rows[0]) / (last * ROW_HEIGHT)
    width = float(page.mediabox.width) - (margins[1] + margins[3]) * POINTS_PER_MM
    height = float(page.mediabox.height) - (margins[0] + margins[2]) * POINTS_PER_MM
    return round(width / points_per_px, 2), round(height / points_per_px, 2)


@functools.lru_cache(maxsize=16)
def page_size(run_wkhtmltopdf, command_args):
    """The printable page, in CSS pixels, of the PDFs that ``run_wkhtmltopdf`` (Odoo's
    function running the binary) makes with ``command_args``; None if it cannot be measured."""
    options = dict(itertools.pairwise(command_args))
    margins = tuple(float(options.get(f"--margin-{side}", 10)) for side in ("top", "right", "bottom", "left"))
    with tempfile.TemporaryDirectory(prefix="oversight.pagination.") as folder:
        html_path, pdf_path = os.path.join(folder, "calibration.html"), os.path.join(folder, "calibration.pdf")
        with open(html_path, "w", encoding="utf-8") as html_file:
            html_file.write(CALIBRATION_HTML)
        process = run_wkhtmltopdf([*command_args, html_path, pdf_path])
        try:
            with open(pdf_path, "rb") as pdf_file:
                return measure_page(pdf_file.read(), margins)
        except (OSError, ValueError, IndexError, ZeroDivisionError) as error:
            _logger.warning("Cannot measure the page of wkhtmltopdf (%s): %s", error, process.stderr)
            return None


@functools.cache
def _script():
    with open(file_path("task_oversight/static/src/report/paginate.js"), encoding="utf-8") as script:
        return script.read()


def add_page_breaks(body, size):
    """The HTML document ``body`` with the script that places its page breaks, for a
    printable page of ``size`` (width, height) CSS pixels."""
    page = json.dumps({"width": size[0], "height": size[1]})
    script = f"<script>window.oversightPage = {page};\n{_script()}</script>"
    head, tag, tail = str(body).rpartition("</body>")
    return f"{head}{script}{tag}{tail}" if tag else head + script
