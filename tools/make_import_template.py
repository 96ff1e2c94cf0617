"""Write the XLSX template of a directive's task list, imported with Odoo's own
import (Tasks, gear menu, Import records): its headers are the Vietnamese labels of the
task's fields, which the import recognises by itself.

    .venv/bin/python tools/make_import_template.py
"""

import datetime
from pathlib import Path

import xlsxwriter

TARGET = Path(__file__).resolve().parents[1] / "addons/task_oversight/static/xlsx/mau_danh_sach_nhiem_vu.xlsx"
HEADERS = [
    ("Nhiệm vụ", 60),
    ("Văn bản chỉ đạo", 20),
    ("Lãnh đạo giao nhiệm vụ", 24),
    ("Cơ quan chủ trì", 30),
    ("Cơ quan phối hợp", 36),
    ("Ngày giao", 12),
    ("Thời hạn", 12),
    ("Nhiệm vụ gắn sao", 10),
    ("Sản phẩm", 30),
]
ROWS = [
    (
        "Tham mưu ban hành Kế hoạch triển khai Nghị định số 118/2025/NĐ-CP",
        "5324/UBND-KSTT",
        "Hồ Kỳ Minh",
        "Sở Tài chính",
        "Sở Nội vụ,Sở Tư pháp",
        datetime.date(2026, 10, 1),
        datetime.date(2026, 10, 30),
        "",
        "Dự thảo kế hoạch",
    ),
    (
        "Rà soát, sắp xếp vị trí việc làm công chức cấp xã",
        "5324/UBND-KSTT",
        "Hồ Kỳ Minh",
        "Sở Nội vụ",
        "",
        datetime.date(2026, 10, 1),
        datetime.date(2026, 11, 25),
        "1",
        "Báo cáo",
    ),
]
GUIDE = [
    "Mỗi dòng là một nhiệm vụ; nhiệm vụ được tạo ở trạng thái Nháp, Văn phòng giao sau khi kiểm tra.",
    "Cơ quan chủ trì, Cơ quan phối hợp, Văn bản chỉ đạo, Lãnh đạo giao nhiệm vụ: "
    "ghi đúng tên (số, ký hiệu) như trong hệ thống.",
    "Nhiều cơ quan phối hợp: ngăn cách bằng dấu phẩy, không có khoảng trắng sau dấu phẩy.",
    "Ngày giao, Thời hạn: ô kiểu ngày (dd/mm/yyyy); để trống Thời hạn nếu nhiệm vụ thường xuyên.",
    "Nhiệm vụ gắn sao: 1 nếu là nhiệm vụ trọng tâm, để trống nếu không.",
    "Nhập: Nhiệm vụ › Tất cả nhiệm vụ › biểu tượng bánh răng › Nhập bản ghi, chọn tệp này.",
]


def write_template(target, sheet_name, headers, rows, guide):
    """An import template: the headers (label, width) in bold, example rows (dates as date
    cells), frozen headers, and a sheet "Hướng dẫn" with ``guide``, one line a row."""
    target.parent.mkdir(parents=True, exist_ok=True)
    workbook = xlsxwriter.Workbook(str(target))
    sheet = workbook.add_worksheet(sheet_name)
    bold = workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
    day = workbook.add_format({"num_format": "dd/mm/yyyy"})
    for column, (header, width) in enumerate(headers):
        sheet.write(0, column, header, bold)
        sheet.set_column(column, column, width)
    for row, values in enumerate(rows, start=1):
        for column, value in enumerate(values):
            if isinstance(value, datetime.date):
                sheet.write_datetime(row, column, datetime.datetime.combine(value, datetime.time()), day)
            else:
                sheet.write(row, column, value)
    sheet.freeze_panes(1, 0)
    sheet_guide = workbook.add_worksheet("Hướng dẫn")
    sheet_guide.set_column(0, 0, 110)
    for row, line in enumerate(guide):
        sheet_guide.write(row, 0, line)
    workbook.close()
    print(target)


def main():
    write_template(TARGET, "Nhiệm vụ", HEADERS, ROWS, GUIDE)


if __name__ == "__main__":
    main()
