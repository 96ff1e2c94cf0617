"""Directive excerpts written for the tests of the directive reader, in the prose of
People's Committees of 2026 (issuers, departments after the mergers of 2025, communes and
wards, every deadline form, lists of agencies, tables, lines cut by a PDF's extraction),
each with the (lead agency, deadline) pairs a clerk would draw from it.

A lead is an agency's name, ``group:<kind>`` for "các sở, ban, ngành" (department),
"UBND các xã, phường" (commune) or "các cơ quan, đơn vị liên quan" (related); a name the
product does not know is not a pair: it is flagged (``UNKNOWN``)."""

from datetime import date

from odoo.addons.task_oversight.tools.directive_reader import Agency

AGENCIES = [
    Agency(1, "Văn phòng UBND thành phố", "department", ("Văn phòng Ủy ban nhân dân thành phố",)),
    Agency(2, "Sở Nội vụ"),
    Agency(3, "Sở Tài chính"),
    Agency(4, "Sở Tư pháp"),
    Agency(5, "Sở Xây dựng"),
    Agency(6, "Sở Công Thương"),
    Agency(7, "Sở Khoa học và Công nghệ"),
    Agency(8, "Sở Giáo dục và Đào tạo"),
    Agency(9, "Sở Y tế"),
    Agency(10, "Sở Nông nghiệp và Môi trường"),
    Agency(11, "Sở Văn hóa và Thể thao"),
    Agency(12, "Sở Du lịch"),
    Agency(13, "Thanh tra thành phố"),
    Agency(14, "Công an thành phố", "unit"),
    Agency(15, "Ban Quản lý Khu công nghệ cao và các khu công nghiệp", "department"),
    Agency(16, "Sở Ngoại vụ"),
    Agency(30, "UBND phường Hải Châu", "commune"),
    Agency(31, "UBND phường Thanh Khê", "commune"),
    Agency(32, "UBND phường Sơn Trà", "commune"),
    Agency(33, "UBND phường Ngũ Hành Sơn", "commune"),
    Agency(34, "UBND xã Hòa Vang", "commune"),
    Agency(35, "UBND xã Bà Nà", "commune"),
    Agency(36, "UBND đặc khu Hoàng Sa", "commune"),
    Agency(37, "UBND phường Liên Chiểu", "commune"),
    Agency(38, "UBND phường Cẩm Lệ", "commune"),
    # ended in 2025: their names still appear in directives
    Agency(50, "Sở Kế hoạch và Đầu tư", "department", successor_id=3),
    Agency(51, "Sở Tài nguyên và Môi trường", "department", successor_id=10),
    Agency(52, "Sở Thông tin và Truyền thông", "department", successor_id=7),
    Agency(53, "Sở Giao thông vận tải", "department", successor_id=5),
    Agency(54, "Sở Lao động - Thương binh và Xã hội", "department", ("Sở Lao động, Thương binh và Xã hội",), 2),
    Agency(55, "UBND quận Hải Châu", "district", successor_id=30),
]
LEADERS = [(101, "Lê Trung Chinh"), (102, "Hồ Kỳ Minh"), (103, "Trần Chí Cường")]
D = date

CASES = [
    {
        "id": "01-cong-van-chu-tri-phoi-hop",
        "text": """ỦY BAN NHÂN DÂN
THÀNH PHỐ ĐÀ NẴNG
Số: 5324/UBND-KSTT
V/v triển khai Nghị định số 118/2025/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đà Nẵng, ngày 29 tháng 9 năm 2026

Thực hiện Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ, Chủ tịch UBND thành phố có ý kiến như sau:
Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và UBND các xã, phường tham mưu UBND thành phố ban hành Kế hoạch thực hiện, hoàn thành trước ngày 30/10/2026.

Nơi nhận:
- Như trên;
- Lưu: VT, KSTT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hồ Kỳ Minh""",
        "pairs": [("Sở Tài chính", D(2026, 10, 30))],
        "header": {
            "number": "5324/UBND-KSTT",
            "date": D(2026, 9, 29),
            "signer_id": 102,
            "issuer_level": "people_committee",
        },
    },
    {
        "id": "02-yeu-cau-trong-thang",
        "date": D(2026, 2, 10),
        "text": "Yêu cầu Sở Khoa học và Công nghệ đôn đốc việc nâng cấp Cổng dịch vụ công thành phố, báo cáo Chủ tịch UBND thành phố trong tháng 3 năm 2026.",
        "pairs": [("Sở Khoa học và Công nghệ", D(2026, 3, 31))],
    },
    {
        "id": "03-de-nghi-nhom-hang-thang",
        "date": D(2026, 3, 2),
        "text": "Đề nghị các sở, ban, ngành, UBND các xã, phường báo cáo định kỳ hằng tháng trước ngày 25 về tình hình thực hiện nhiệm vụ được giao.",
        "pairs": [("group:department", D(2026, 3, 25)), ("group:commune", D(2026, 3, 25))],
        "recurring": True,
    },
    {
        "id": "04-ngay-thang-nam-chu",
        "date": D(2026, 9, 15),
        "text": "Giao Sở Nội vụ chủ trì rà soát, sắp xếp vị trí việc làm của công chức cấp xã, trình UBND thành phố trước ngày 25 tháng 10 năm 2026.",
        "pairs": [("Sở Nội vụ", D(2026, 10, 25))],
    },
    {
        "id": "05-quy",
        "date": D(2026, 4, 6),
        "text": "Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính hoàn thiện đề án phát triển nhà ở xã hội, trình UBND thành phố trong quý II/2026.",
        "pairs": [("Sở Xây dựng", D(2026, 6, 30))],
    },
    {
        "id": "06-truoc-ngay-khong-nam",
        "date": D(2026, 11, 3),
        "text": "Yêu cầu Sở Y tế khẩn trương hoàn thành việc tự đánh giá chất lượng bệnh viện, gửi kết quả về Văn phòng UBND thành phố trước 15/12 để tổng hợp.",
        "pairs": [("Sở Y tế", D(2026, 12, 15))],
    },
    {
        "id": "07-thoi-han-ngay-ke-tu-ngay-ky",
        "text": """UỶ BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG
Số: 1820/UBND-NC
Đà Nẵng, ngày 05 tháng 3 năm 2026
V/v xử lý kiến nghị của cử tri
Giao Thanh tra thành phố chủ trì, phối hợp với Sở Tư pháp kiểm tra, xác minh nội dung kiến nghị của cử tri, báo cáo kết quả trong thời hạn 10 ngày kể từ ngày ký văn bản này.""",
        "pairs": [("Thanh tra thành phố", D(2026, 3, 15))],
        "header": {"number": "1820/UBND-NC", "date": D(2026, 3, 5)},
    },
    {
        "id": "08-ngay-lam-viec",
        "date": D(2026, 10, 1),
        "text": "Giao Sở Tư pháp thẩm định dự thảo Quyết định quy định phân cấp quản lý nhà nước về giá trong thời hạn 05 ngày làm việc kể từ ngày nhận được hồ sơ.",
        "pairs": [("Sở Tư pháp", D(2026, 10, 8))],
    },
    {
        "id": "09-thuong-xuyen",
        "date": D(2026, 5, 4),
        "text": "Giao Công an thành phố thường xuyên theo dõi, nắm chắc tình hình an ninh trật tự trên địa bàn, kịp thời báo cáo các vấn đề phát sinh.",
        "pairs": [("Công an thành phố", None)],
    },
    {
        "id": "10-viet-tat-ten-cu",
        "date": D(2026, 8, 12),
        "text": "Giao Sở KH&ĐT (nay là Sở Tài chính) phối hợp với Sở TN&MT rà soát các dự án chậm triển khai, báo cáo UBND thành phố trước ngày 15/9/2026.",
        "pairs": [("Sở Tài chính", D(2026, 9, 15))],
    },
    {
        "id": "11-ten-cu-sau-sap-xep",
        "date": D(2026, 7, 20),
        "text": "Giao Sở Tài nguyên và Môi trường chủ trì tổng hợp danh mục các khu đất chậm đưa vào sử dụng, hoàn thành trước ngày 31/8/2026.",
        "pairs": [("Sở Nông nghiệp và Môi trường", D(2026, 8, 31))],
    },
    {
        "id": "12-khong-dau-pdf",
        "date": D(2026, 6, 1),
        "text": "Giao So Giao duc va Dao tao chu tri, phoi hop voi UBND cac xa, phuong to chuc ky thi tuyen sinh lop 10, bao cao ket qua truoc ngay 20/7/2026.",
        "pairs": [("Sở Giáo dục và Đào tạo", D(2026, 7, 20))],
    },
    {
        "id": "13-dong-bi-cat",
        "date": D(2026, 9, 1),
        "text": """Giao Sở Văn hóa và Thể thao chủ trì, phối hợp với
Sở Du lịch và UBND các phường ven biển xây dựng kế hoạch tổ chức Lễ hội
pháo hoa quốc tế năm 2027, trình UBND thành phố trước ngày
30/11/2026.""",
        "pairs": [("Sở Văn hóa và Thể thao", D(2026, 11, 30))],
    },
    {
        "id": "14-danh-sach-so-co-dau-hai-cham",
        "date": D(2026, 10, 12),
        "text": """Để triển khai hiệu quả Kế hoạch, Chủ tịch UBND thành phố yêu cầu:
1. Sở Nội vụ:
- Tham mưu UBND thành phố ban hành quy định đánh giá, xếp loại công chức theo Nghị định 335/2025/NĐ-CP, hoàn thành trước ngày 15/11/2026.
- Hướng dẫn các cơ quan triển khai phần mềm đánh giá, xong trước ngày 30/11/2026.
2. Sở Tài chính:
- Bố trí kinh phí thực hiện trong dự toán năm 2027, báo cáo trước ngày 20/12/2026.""",
        "pairs": [("Sở Nội vụ", D(2026, 11, 15)), ("Sở Nội vụ", D(2026, 11, 30)), ("Sở Tài chính", D(2026, 12, 20))],
    },
    {
        "id": "15-chu-tri-dau-cau",
        "date": D(2026, 4, 10),
        "text": """a) Sở Công Thương chủ trì, phối hợp với Công an thành phố kiểm tra, xử lý hàng giả, hàng kém chất lượng, báo cáo kết quả trước ngày 30/6/2026.
b) Sở Y tế chủ trì kiểm tra an toàn thực phẩm trong Tháng hành động, hoàn thành trong tháng 5/2026.""",
        "pairs": [("Sở Công Thương", D(2026, 6, 30)), ("Sở Y tế", D(2026, 5, 31))],
    },
    {
        "id": "16-nhieu-co-quan-cung-nhiem-vu",
        "date": D(2026, 1, 8),
        "text": "Yêu cầu Sở Xây dựng, Sở Nông nghiệp và Môi trường và Công an thành phố rà soát các điểm ngập úng, báo cáo trước ngày 31/01/2026.",
        "pairs": [
            ("Sở Xây dựng", D(2026, 1, 31)),
            ("Sở Nông nghiệp và Môi trường", D(2026, 1, 31)),
            ("Công an thành phố", D(2026, 1, 31)),
        ],
    },
    {
        "id": "17-co-quan-lien-quan",
        "date": D(2026, 2, 2),
        "text": "Đề nghị các cơ quan, đơn vị liên quan phối hợp chặt chẽ với Sở Du lịch bảo đảm an toàn cho du khách dịp Tết Nguyên đán, hoàn thành trước ngày 14/02/2026.",
        "pairs": [("group:related", D(2026, 2, 14))],
    },
    {
        "id": "18-ubnd-phuong-cu-the",
        "date": D(2026, 7, 7),
        "text": "Giao UBND phường Hải Châu chủ trì, phối hợp với Sở Xây dựng xử lý dứt điểm công trình vi phạm trật tự xây dựng tại kiệt 52 Trần Phú, báo cáo trước ngày 31/7/2026.",
        "pairs": [("UBND phường Hải Châu", D(2026, 7, 31))],
    },
    {
        "id": "19-quan-cu",
        "date": D(2026, 7, 21),
        "text": "Giao UBND quận Hải Châu (cũ) bàn giao hồ sơ giải phóng mặt bằng dự án mở rộng đường Bạch Đằng, hoàn thành trước ngày 15/8/2026.",
        "pairs": [("UBND phường Hải Châu", D(2026, 8, 15))],
    },
    {
        "id": "20-van-phong-ubnd-viet-tat",
        "date": D(2026, 9, 9),
        "text": "Giao VP UBND thành phố theo dõi, đôn đốc việc thực hiện và tổng hợp báo cáo Chủ tịch UBND thành phố kết quả trước ngày 05/10/2026.",
        "pairs": [("Văn phòng UBND thành phố", D(2026, 10, 5))],
    },
    {
        "id": "21-ten-chua-biet",
        "date": D(2026, 6, 15),
        "text": "Giao Trung tâm Phát triển quỹ đất thành phố chủ trì, phối hợp với Sở Tài chính lập phương án đấu giá, trình trước ngày 30/7/2026.",
        "pairs": [],
        "unknown": ["trung tam phat trien quy dat thanh pho"],
    },
    {
        "id": "22-chi-thi",
        "text": """ỦY BAN NHÂN DÂN
THÀNH PHỐ ĐÀ NẴNG
Số: 12/CT-UBND
CHỈ THỊ
Về tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ
Đà Nẵng, ngày 14 tháng 4 năm 2026
Để chấn chỉnh kỷ luật, kỷ cương hành chính, Chủ tịch UBND thành phố chỉ thị:
1. Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường quán triệt nội dung Chỉ thị này đến toàn thể cán bộ, công chức.
2. Giao Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND thành phố thành lập các đoàn kiểm tra công vụ, báo cáo kết quả trong quý III năm 2026.
3. Giao Thanh tra thành phố chủ trì giải quyết các phản ánh, kiến nghị về thái độ phục vụ, thực hiện thường xuyên.
CHỦ TỊCH
Lê Trung Chinh""",
        "pairs": [("Sở Nội vụ", D(2026, 9, 30)), ("Thanh tra thành phố", None)],
        "header": {
            "number": "12/CT-UBND",
            "date": D(2026, 4, 14),
            "signer_id": 101,
            "summary": "Về tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ",
        },
    },
    {
        "id": "23-bang-phu-luc",
        "date": D(2026, 10, 20),
        "text": """PHỤ LỤC: DANH MỤC NHIỆM VỤ
STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn
1 | Giao Sở Ngoại vụ chủ trì xây dựng kế hoạch đón đoàn công tác của tỉnh Champasak | | trước ngày 10/11/2026
2 | Giao Ban Quản lý Khu công nghệ cao và các khu công nghiệp chủ trì rà soát quỹ đất công nghiệp, báo cáo trước ngày 30/11/2026 | |""",
        "pairs": [
            ("Sở Ngoại vụ", D(2026, 11, 10)),
            ("Ban Quản lý Khu công nghệ cao và các khu công nghiệp", D(2026, 11, 30)),
        ],
    },
    {
        "id": "24-trong-nam",
        "date": D(2026, 3, 3),
        "text": "Giao Sở Khoa học và Công nghệ chủ trì triển khai nền tảng dữ liệu dùng chung của thành phố, hoàn thành trong năm 2026.",
        "pairs": [("Sở Khoa học và Công nghệ", D(2026, 12, 31))],
    },
    {
        "id": "25-nam-nhuan",
        "date": D(2028, 1, 15),
        "text": "Giao Sở Tài chính chủ trì tổng hợp báo cáo quyết toán ngân sách, hoàn thành trước ngày 29/02/2028.",
        "pairs": [("Sở Tài chính", D(2028, 2, 29))],
    },
    {
        "id": "26-cuoi-thang-viet-so",
        "date": D(2026, 5, 6),
        "text": "Yêu cầu Sở Giáo dục và Đào tạo hoàn thành việc sắp xếp các trường học sau hợp nhất trong tháng 6/2026.",
        "pairs": [("Sở Giáo dục và Đào tạo", D(2026, 6, 30))],
    },
    {
        "id": "27-van-ban-dan-chieu",
        "date": D(2026, 8, 3),
        "text": "Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/5/2026 của UBND thành phố, giao Sở Nông nghiệp và Môi trường chủ trì kiểm tra các cơ sở chăn nuôi, báo cáo trước ngày 30/9/2026.",
        "pairs": [("Sở Nông nghiệp và Môi trường", D(2026, 9, 30))],
    },
    {
        "id": "28-khong-co-giao-viec",
        "date": D(2026, 9, 22),
        "text": "Năm 2026, thành phố đã hoàn thành việc sắp xếp đơn vị hành chính cấp xã; các cơ quan đã thực hiện nghiêm túc chế độ báo cáo. Kết quả giải ngân vốn đầu tư công đạt 65% kế hoạch.",
        "pairs": [],
    },
    {
        "id": "29-giao-ubnd-cac-xa-phuong",
        "date": D(2026, 10, 5),
        "text": "Giao UBND các xã, phường chủ trì, phối hợp với Công an thành phố rà soát, cập nhật dữ liệu dân cư trên địa bàn, hoàn thành trước ngày 31 tháng 12 năm 2026.",
        "pairs": [("group:commune", D(2026, 12, 31))],
    },
    {
        "id": "30-so-ld-tbxh-cu",
        "date": D(2026, 1, 20),
        "text": "Giao Sở LĐ-TB&XH (nay là Sở Nội vụ) chủ trì tổ chức thăm, tặng quà gia đình chính sách nhân dịp Tết Nguyên đán Bính Ngọ, hoàn thành trước ngày 10/02/2026.",
        "pairs": [("Sở Nội vụ", D(2026, 2, 10))],
    },
    {
        "id": "31-ket-luan-giao-ban",
        "text": """ỦY BAN NHÂN DÂN
THÀNH PHỐ ĐÀ NẴNG
Số: 245/TB-UBND
THÔNG BÁO
Về kết luận của Chủ tịch UBND thành phố tại cuộc họp giao ban tháng 10 năm 2026
Đà Nẵng, ngày 28 tháng 10 năm 2026
Sau khi nghe báo cáo của các cơ quan, Chủ tịch UBND thành phố kết luận:
- Giao Sở Xây dựng khẩn trương hoàn thiện hồ sơ điều chỉnh quy hoạch phân khu, trình UBND thành phố trước ngày 20/11/2026.
- Sở Công Thương chủ trì, phối hợp với Sở Tài chính đề xuất cơ chế hỗ trợ doanh nghiệp xuất khẩu, báo cáo trước 05/12.
- Các sở, ban, ngành nghiêm túc thực hiện chế độ báo cáo.
Nơi nhận:
- CT, các PCT UBND TP;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Trần Chí Cường""",
        "pairs": [("Sở Xây dựng", D(2026, 11, 20)), ("Sở Công Thương", D(2026, 12, 5))],
        "header": {"number": "245/TB-UBND", "date": D(2026, 10, 28), "signer_id": 103},
    },
    {
        "id": "32-dac-khu",
        "date": D(2026, 6, 2),
        "text": "Giao UBND đặc khu Hoàng Sa phối hợp với Sở Ngoại vụ chuẩn bị nội dung tuyên truyền về chủ quyền biển, đảo, báo cáo UBND thành phố trong tháng 7.",
        "pairs": [("UBND đặc khu Hoàng Sa", D(2026, 7, 31))],
    },
    {
        "id": "33-han-truoc-ngay-ban-hanh-nam-sau",
        "date": D(2026, 12, 10),
        "text": "Giao Sở Du lịch chủ trì xây dựng chương trình kích cầu du lịch mùa thấp điểm, trình UBND thành phố trước ngày 15/01.",
        "pairs": [("Sở Du lịch", D(2027, 1, 15))],
    },
    {
        "id": "34-giao-hai-cham",
        "date": D(2026, 11, 2),
        "text": "Chủ tịch UBND thành phố giao: Sở Xây dựng chủ trì kiểm tra an toàn các công trình cao tầng, báo cáo chậm nhất ngày 10/12/2026.",
        "pairs": [("Sở Xây dựng", D(2026, 12, 10))],
    },
    {
        "id": "35-gio-truoc-ngay",
        "date": D(2026, 11, 2),
        "text": "UBND thành phố thống nhất giao Sở Tài chính tham mưu phân bổ vốn đầu tư công năm 2027, gửi Văn phòng UBND thành phố trước 17 giờ ngày 20/11/2026.",
        "pairs": [("Sở Tài chính", D(2026, 11, 20))],
    },
    {
        "id": "36-co-trach-nhiem",
        "date": D(2026, 11, 2),
        "text": "Sở Y tế có trách nhiệm hướng dẫn các cơ sở khám bệnh, chữa bệnh triển khai bệnh án điện tử, hoàn thành trước ngày 31/12/2026.",
        "pairs": [("Sở Y tế", D(2026, 12, 31))],
    },
]
