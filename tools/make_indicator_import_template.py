"""Write the XLSX template of the indicator catalogue, imported with Odoo's own import
(Indicators, gear menu, Import records): its headers are the Vietnamese labels of the
indicator's fields and its cells the Vietnamese labels of the choices, which the import
recognises by itself.

    .venv/bin/python tools/make_indicator_import_template.py
"""

from pathlib import Path

from make_import_template import write_template  # the same layout as the task list's template

TARGET = Path(__file__).resolve().parents[1] / "addons/task_oversight_indicator/static/xlsx/mau_danh_muc_chi_tieu.xlsx"
HEADERS = [
    ("Mã", 10),
    ("Chỉ tiêu", 60),
    ("Lĩnh vực", 28),
    ("Đơn vị tính", 14),
    ("Cơ quan chịu trách nhiệm", 30),
    ("Chu kỳ", 12),
    ("Chiều đánh giá", 18),
    ("Cách tính lũy kế", 20),
    ("Mã hệ thống chỉ tiêu", 16),
]
ROWS = [
    (
        "NS01",
        "Thu ngân sách nhà nước trên địa bàn",
        "Ngân sách nhà nước",
        "tỷ đồng",
        "Sở Tài chính",
        "Hằng tháng",
        "Càng cao càng tốt",
        "Cộng các kỳ",
        "2101",
    ),
    (
        "XH01",
        "Tỷ lệ hộ nghèo",
        "Văn hóa - xã hội, y tế, giáo dục",
        "%",
        "Sở Nội vụ",
        "Hằng quý",
        "Càng thấp càng tốt",
        "Số liệu kỳ gần nhất",
        "1501",
    ),
]
GUIDE = [
    "Mỗi dòng là một chỉ tiêu; Văn phòng giao kế hoạch năm cho chỉ tiêu sau khi nhập.",
    "Lĩnh vực, Chu kỳ, Chiều đánh giá, Cách tính lũy kế: chọn đúng một giá trị như trong hệ thống.",
    "Cơ quan chịu trách nhiệm: ghi đúng tên cơ quan như trong hệ thống.",
    "Nhập: Chỉ tiêu › Chỉ tiêu › biểu tượng bánh răng › Nhập bản ghi, chọn tệp này.",
]


def main():
    write_template(TARGET, "Chỉ tiêu", HEADERS, ROWS, GUIDE)


if __name__ == "__main__":
    main()
