"""The workbooks of the Task Oversight addons (consolidated figures, evaluations, and the
tables of the addons to come): one sheet, the issuing body and the table's title on top,
a header row, bordered rows; built in memory at download time, never stored."""

import io

import xlsxwriter

from odoo.http import content_disposition, request

XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADER_ROW = 3  # rows 0 and 1: issuing body and title, row 2 left blank as on paper


def table_workbook(
    sheet_name, title_lines, headers, rows, *, totals=None, widths=None, number_format="0.00", header_height=45
):
    """The bytes of a workbook holding one table.

    ``rows`` are lists of cell values (floats take ``number_format``), ``totals`` an
    optional last row in bold, ``widths`` ``{column: width}`` (a column may be a
    ``(first, last)`` range)."""
    output = io.BytesIO()
    workbook = xlsxwriter.Workbook(output, {"in_memory": True})
    sheet = workbook.add_worksheet(sheet_name)
    header = workbook.add_format({"bold": True, "border": 1, "text_wrap": True, "align": "center"})
    cell = workbook.add_format({"border": 1, "text_wrap": True})
    number = workbook.add_format({"border": 1, "num_format": number_format})
    bold_title = workbook.add_format({"bold": True})
    for index, line in enumerate(title_lines[:HEADER_ROW]):
        sheet.write(index, 0, line, bold_title if index == 0 else None)
    sheet.write_row(HEADER_ROW, 0, headers, header)
    sheet.set_row(HEADER_ROW, header_height)
    for column, width in (widths or {}).items():
        first, last = column if isinstance(column, tuple) else (column, column)
        sheet.set_column(first, last, width)
    for row, values in enumerate(rows, start=HEADER_ROW + 1):
        for column, value in enumerate(values):
            sheet.write(row, column, value, number if isinstance(value, float) else cell)
    if totals:
        sheet.write_row(HEADER_ROW + 1 + len(rows), 0, totals, header)
    workbook.close()
    return output.getvalue()


def xlsx_response(content, filename):
    """The HTTP response of a controller sending a workbook built for the caller."""
    return request.make_response(
        content,
        headers=[("Content-Type", XLSX_MIMETYPE), ("Content-Disposition", content_disposition(filename))],
    )
