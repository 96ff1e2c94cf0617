"""Page numbers of Decree 30/2020/NĐ-CP (Appendix I, section II.1): Arabic numerals, 13 pt,
upright, centred in the top margin, from the second page on.

They are drawn on the PDF wkhtmltopdf made, with the PDF libraries Odoo already requires
(reportlab for the numbers, pypdf for the merge), so that they print with every build of
wkhtmltopdf: Debian's (unpatched Qt) ignores ``--header-html``."""

import io

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from odoo.tools.pdf import PdfFileReader, PdfFileWriter

# Times-Roman is one of the 14 standard PDF fonts: every reader has it (or a Times-like
# substitute such as Liberation Serif), nothing to embed for ten digits
FONT, FONT_SIZE = "Times-Roman", 13
# the baseline of the number, from the top edge of the page: inside the 20 mm top margin
BASELINE_FROM_TOP = 12 * mm


def number_pages(pdf_content, margin_left=0.0, margin_right=0.0):
    """``pdf_content`` (bytes) with its pages numbered from the second one, each number
    centred between the left and right margins (in mm) of the text, as the decree wants."""
    reader = PdfFileReader(io.BytesIO(pdf_content), strict=False)
    pages = list(reader.pages)
    if len(pages) < 2:
        return pdf_content
    packet = io.BytesIO()
    stamp = canvas.Canvas(packet)
    for number, page in enumerate(pages[1:], start=2):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        stamp.setPageSize((width, height))
        stamp.setFont(FONT, FONT_SIZE)
        left, right = margin_left * mm, width - margin_right * mm
        stamp.drawCentredString((left + right) / 2, height - BASELINE_FROM_TOP, str(number))
        stamp.showPage()
    stamp.save()
    numbers = PdfFileReader(packet, strict=False).pages
    writer = PdfFileWriter()
    for index, page in enumerate(pages):
        if index:
            page.merge_page(numbers[index - 1])
        writer.add_page(page)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()
