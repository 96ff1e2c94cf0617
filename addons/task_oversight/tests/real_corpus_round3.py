# ruff: noqa: E501, W291, W293  (verbatim excerpts: sentences and blank lines as found)
"""Round 3 of the real excerpts (issue 28): 39 new excerpts, annotated before the reader was run
on them; not yet joined to real_corpus.CASES (r140+, held-out = even numbers once joined)."""

from datetime import date

D = date

R3 = []
R3 += [
    {
        "url": "http://baoquangnam.vn/giao-thong-xay-dung/kiem-tra-xu-ly-nghiem-vi-pham-cho-hang-qua-tai-89042.html",
        "date": D(2020, 6, 1),
        "classes": ["press", "coordinators", "group"],
        "text": """Chủ tịch UBND tỉnh vừa ban hành Công văn số 3143/UBND-KTN yêu cầu Ban An toàn giao thông tỉnh chủ trì, phối hợp với Công an tỉnh, Sở Giao thông vận tải và các đơn vị liên quan tham mưu UBND tỉnh thành lập Tổ Công tác liên ngành cấp tỉnh và xây dựng kế hoạch chuyên đề tổ chức kiểm tra, xử lý nghiêm các hành vi vi phạm cơi nới thành, thùng xe, chở hàng hóa, vật liệu quá tải trọng cho phép trên các tuyến quốc lộ, tỉnh lộ và một số tuyến đường thường xuyên có phương tiện vận tải hoạt động trên địa bàn tỉnh.

Công văn yêu cầu chủ tịch UBND các huyện, thị xã, thành phố chỉ đạo phòng chức năng quản lý về giao thông chủ trì, phối hợp với Ban An toàn giao thông và công an huyện, thị xã, thành phố tổ chức kiểm tra, bổ sung đầy đủ các biển báo về tải trọng cầu, đường trên các tuyến đường do địa phương quản lý. Bên cạnh đó, thành lập tổ công tác cấp huyện, tổ chức các đợt cao điểm kiểm tra, xử phạt nghiêm các phương tiện ô tô có hành vi vi phạm; kiên quyết không để tình trạng xe chở hàng hóa, vật liệu quá tải diễn ra trên địa bàn. Các đơn vị liên quan: Công an tỉnh, Sở Giao thông vận tải, Hiệp hội Vận tải ô tô tỉnh, các cơ quan truyền thông trong phạm vi chức năng, quyền hạn của mình, tập trung chỉ đạo, thực hiện công tác tuyên truyền, xử lý vi phạm cơi nới thành, thùng xe, chở hàng quá tải trọng cho phép.""",
        "assignments": [
            ("Ban An toàn giao thông tỉnh", None, ["Công an tỉnh", "Sở Giao thông vận tải", "group:related"]),
            ("group:district", None, []),
            ("Công an tỉnh", None, []),
            ("Sở Giao thông vận tải", None, []),
            ("Hiệp hội Vận tải ô tô tỉnh", None, []),
        ],
    },
    {
        "url": "https://www.cantho.gov.vn/wps/portal/!ut/p/z0/jU7BTsMwDP0Vc-g5acXGOA5pO6wbu45ckEmixLR1Okiq8ve4E1cQB8t-fn5-Txl1UYZxooCZEmMv-MWsXze63dWH--Z4PtV7vX1atc_NudXNqVYHZX4_2Owelg_0fr2arTI2cfZzVheLnGOqdCbPASbyudJCBodc6c9iu5j8DUtVevYZOETyA9g0kYP68W_bJdd_bWXBIRPbSA6TI18icqy0IxxjufnnWCAmAis9fyw7cChjgRm_wBXBnVAuQY4keDkYIw4SukCPCVjEDqU8_9DDohcjNXbmbdWHu29X5huW/",
        "date": D(2023, 1, 1),
        "classes": ["giao", "press", "list"],
        "text": """UBND TP Cần Thơ giao Sở Xây dựng, Sở Kế hoạch và Đầu tư, Sở Tài nguyên và Môi trường, UBND quận Ninh Kiều rà soát các văn bản liên quan đến dự án nêu trên, giải quyết theo thẩm quyền. Đồng thời, UBND quận Ninh Kiều công bố thông tin thu hồi chủ trương thực hiện dự án nêu trên đến người dân trong vùng dự án và giải quyết các vấn đề có liên quan (nếu có) theo thẩm quyền.
Phương Thảo""",
        "assignments": [
            ("Sở Xây dựng", None, []),
            ("Sở Kế hoạch và Đầu tư", None, []),
            ("Sở Tài nguyên và Môi trường", None, []),
            ("UBND quận Ninh Kiều", None, []),
        ],
    },
    {
        "url": "https://baocantho.com.vn/bat-dong-san-do-thi",
        "date": D(2025, 3, 1),
        "classes": ["recipients", "press", "group"],
        "text": """Rà soát quy hoạch đô thị và đánh giá chất lượng đô thị trong giai đoạn sắp xếp đơn vị hành chính

(CT) - Văn phòng UBND TP Cần Thơ vừa ban hành Công văn số 1560/VPUB-XDÐT gửi Sở Xây dựng, Sở Nội vụ và UBND quận, huyện về việc rà soát quy hoạch đô thị và đánh giá chất lượng đô thị trong giai đoạn thực hiện sắp xếp, tổ chức lại đơn vị hành chính (ÐVHC) các cấp.""",
        "assignments": [("Sở Xây dựng", None, []), ("Sở Nội vụ", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://baonghean.vn/chu-tich-ubnd-tinh-chu-dong-trien-khai-ngay-ket-luan-thu-tuong-ve-cac-du-an-ha-tang-chien-luoc-post256740.html",
        "date": D(2022, 7, 26),
        "classes": ["group", "press", "names"],
        "text": """Trên cơ sở chỉ rõ thêm một số tồn tại, hạn chế, Phó Bí thư Tỉnh uỷ, Phó Chủ tịch UBND tỉnh Hoàng Nghĩa Hiếu yêu cầu các sở, ngành hướng dẫn các địa phương tập trung triển khai nhanh công tác phân vốn của 3 chương trình mục tiêu Quốc gia đến từng danh mục công trình; có biện pháp thúc đẩy giải ngân vốn đầu tư công trong thời gian tới, vì tỷ lệ giải ngân của tỉnh vẫn còn thấp.""",
        "assignments": [("group:department", None, [])],
    },
    {
        "url": "https://m.baonghean.vn/ubnd-tinh-chi-dao-thuc-hien-thong-bao-ket-luan-cua-thu-tuong-chinh-phu-pham-minh-chinh-tai-buoi-lam-viec-voi-lanh-dao-tinh-nghe-an-post257739.html",
        "date": D(2022, 8, 15),
        "classes": ["group", "recipients", "press"],
        "text": """Theo đó, thực hiện Thông báo số 244/TB-VPCP ngày 11/8/2022 của Văn phòng Chính phủ về Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại buổi làm việc với lãnh đạo tỉnh Nghệ An, Ủy ban nhân dân tỉnh giao:

1. Đối với các nhiệm vụ, giải pháp trọng tâm trong thời gian tới: Các sở, ban, ngành, UBND các huyện, thành phố, thị xã căn cứ chức năng, nhiệm vụ, địa bàn được phân công, tham mưu UBND tỉnh thực hiện tốt các nhiệm vụ, giải pháp trọng tâm đã được Thủ tướng Chính phủ kết luận tại Thông báo nêu trên.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "http://video.baodaknong.org.vn/videos/tiep-tuc-dieu-chuyen-von-dau-tu-o-nhung-du-an-trien-khai-cham-8577.html",
        "date": D(2020, 11, 4),
        "classes": ["de_nghi", "group", "press"],
        "text": """Phát biểu tại Phiên họp thành viên UBND tỉnh sáng 4/11, Chủ tịch UBND tỉnh Nguyễn Bốn đề nghị, Sở Kế hoạch và Đầu tư, các ngành, địa phương cần tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công. Những công trình, dự án giải ngân vốn chậm thì tiếp tục điều chuyển.""",
        "assignments": [
            ("Sở Kế hoạch và Đầu tư", None, []),
            ("group:department", None, []),
            ("group:district", None, []),
        ],
    },
    {
        "url": "https://thuvienphapluat.vn/van-ban/Giao-duc/Ke-hoach-36-KH-UBND-2022-Chuong-trinh-Suc-khoe-hoc-duong-Ca-Mau-2022-2025-510529.aspx?tab=3",
        "date": D(2022, 2, 21),
        "classes": ["none"],
        "text": """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Tổ chức triển khai hiệu quả hoạt động
giáo dục, chăm sóc, bảo vệ và quản lý sức khỏe trẻ em, học sinh (gọi chung là học
sinh) trong các cơ sở giáo dục mầm non và phổ thông, trường chuyên biệt (gọi
chung là trường học) trên địa bàn tỉnh nhằm bảo đảm sự phát triển toàn diện về
thể chất, tinh thần cho học sinh.
2. Yêu cầu
- Xác định cụ thể nhiệm vụ, chỉ tiêu
thực hiện của ngành Giáo dục và các ngành liên quan; các nhiệm vụ được xác định
trọng tâm, lộ trình thực hiện và đảm bảo tính khả thi.""",
        "assignments": [],
    },
]
R3 += [
    {
        "url": "https://duongviet.com.vn/kiem-tra-viec-thi-cong-du-an-duong-tuan-tra-bien-gioi-tinh-dak-lak-dak-nong-co-lien-quan-den-rung-va-dat-rung/",
        "date": D(2018, 1, 9),
        "classes": ["giao", "coordinators", "recipients", "names"],
        "text": """Ngày 09/01/2018, UBND tỉnh ban hành Công văn số 189/UBND-NNMT gửi Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường, Vườn Quốc gia Yok Don về việc kiểm tra việc thi công dự án đường tuần tra Biên giới tỉnh Đắk Lắk, Đắk Nông có liên quan đến rừng và đất rừng.

Theo đó, UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Tài nguyên và Môi trường, Vườn quốc gia Yok Don và các đơn vị liên quan kiểm tra việc thi công dự án đường tuần tra Biên giới tỉnh Đắk Lắk, Đắk Nông của Bộ Tư lệnh Quân khu 5 có liên quan đến rừng, đất rừng trên địa bàn tỉnh báo cáo, đề xuất UBND tỉnh xem xét, chỉ đạo.

Theo: https://daklak.gov.vn""",
        "assignments": [
            (
                "Sở Nông nghiệp và Phát triển nông thôn",
                None,
                ["Sở Tài nguyên và Môi trường", "Vườn Quốc gia Yok Don", "group:related"],
            )
        ],
    },
    {
        "url": "https://kontum.gov.vn/pages/detail/36896/Ho-tro-cay-giong-khoi-phuc-san-xuat-nong-nghiep-va-tap-trung-khac-phuc-hau-qua-do-thien-tai.html",
        "date": D(2020, 12, 21),
        "classes": ["group", "giao", "names"],
        "text": """Ngày 21/12/2020, UBND tỉnh ban hành Công văn số 4676/UBND-NNTN về việc hỗ trợ cây giống khôi phục sản xuất nông nghiệp và tập trung khắc phục hậu quả do thiên tai trên địa bàn tỉnh.

 

Theo đó, Chủ tịch UBND tỉnh yêu cầu UBND các huyện, thành phố và các đơn vị liên quan chủ động cân đối ngân sách cấp mình để mua hạt giống cây trồng hỗ trợ người dân sản xuất vụ Đông Xuân 2020-2021 đảm bảo kịp thời vụ. Đồng thời, tiếp tục triển khai các biện pháp cụ thể để khắc phục hậu quả của bão, lũ, ưu tiên bố trí nguồn lực của ngân sách cấp huyện và các nguồn hợp pháp khác để hỗ trợ ổn định đời sống người dân và tập trung khắc phục các công trình cơ sở hạ tầng thiết yếu như y tế, giáo dục, giao thông, thủy lợi bị hư hỏng do bão, lũ..., khôi phục sản xuất nông nghiệp, đặc biệt hỗ trợ người dân sửa chữa nhà bị hỏng, nhà bị sập do thiên tai trước Tết Nguyên đán sớm ổn định đời sống, sinh kế cho người dân trên địa bàn.

 

Giao Sở Nông nghiệp và PTNT tiếp tục theo dõi chặt chẽ tình hình thời tiết, chỉ đạo hướng dẫn sản xuất nông nghiệp và triển khai các giải pháp ứng phó, bảo vệ sản xuất, hạn chế thiệt hại do mưa lũ, rét đậm, rét hại, hạn hán; đồng thời phối hợp với các huyện, thành phố thực hiện quyết liệt các biện pháp kiểm soát tốt dịch bệnh trên cây trồng, vật nuôi, gia súc, gia cầm./.""",
        "assignments": [
            ("group:district", None, []),
            ("group:related", None, []),
            ("Sở Nông nghiệp và Phát triển nông thôn", None, ["group:district"]),
        ],
    },
    {
        "url": "http://hoichuthapdodaklak.org.vn/tin-tuc-su-kien/uy-ban-nhan-dan-tinh-ban-hanh-cong-van-trien-khai-cac-bien-phap-cap-bach-phong-chong-dich-covid-19-tren-dia-ban-tinh-2564.html?page=31",
        "date": D(2020, 7, 29),
        "classes": ["group", "press"],
        "text": """Sau khi ghi nhận trường hợp mắc Covid-19 trên địa bàn, nhằm kịp thời ngăn chặn, không để dịch bùng phát, lan rộng trong cộng đồng, chiều tối 29-7, UBND tỉnh đã có Công văn số 6592/UBND-KGVX yêu cầu triển khai các biện pháp cấp bách phòng chống dịch Covid-19 trên địa bàn tỉnh.
Công văn yêu cầu tất cả các các cấp, ngành, địa phương khẩn trương thực hiện nghiêm các biện pháp phòng, chống dịch. Cụ thể, thủ trưởng các cơ quan, đơn vị, chủ tịch UBND cấp huyện nâng cao trách nhiệm, tích cực, chủ động trong việc phòng chống dịch Covid-19, tuyệt đối không lơ là, chủ quan, tăng tốc thực hiện các biện pháp phát hiện sớm nguồn lây, cách ly kịp thời, khoanh vùng nhanh gọn, dập dịch triệt để; ưu tiên thời gian và nhân lực, sẵn sàng phối hợp, tham gia với các đơn vị liên quan thực hiện nhiệm vụ trong thời gian nhanh nhất, đạt hiệu quả cao, đạt mục tiêu khống chế dịch lây lan ra diện rộng.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://thanhnien.vn/doi-song/nang-nhu-doi-lua-gan-2000-hecta-lua-chay-kho-o-nghe-an-1252165.html",
        "date": D(2020, 7, 1),
        "classes": ["group", "press"],
        "text": """UBND tỉnh Nghệ An vừa công bố thiên tai do nắng nóng và yêu cầu UBND các huyện, thị, ban, ngành cấp tỉnh và các đơn vị liên quan tập trung chỉ đạo khắc phục hậu quả thiên tai, trích dự phòng ngân sách của cấp huyện để khôi phục sản xuất nông nghiệp trên địa bàn; đồng thời các địa phương rà soát, thống kê thiệt hại do thiên tai gây ra để hỗ trợ khắc phục thiệt hại theo quy định hiện hành.""",
        "assignments": [("group:district", None, []), ("group:department", None, []), ("group:related", None, [])],
    },
]
R3 += [
    {
        "url": "https://stttt.quangngai.gov.vn/web/so-thong-tin-va-truyen-thong/xem-chi-tiet/-/asset_publisher/Content/quang-ngai-ban-hanh-ke-hoach-hop-tac-truyen-thong-giai-oan-2021-2025?11474358",
        "date": D(2021, 6, 18),
        "classes": ["group", "press"],
        "text": """Chủ tịch UBND tỉnh yêu cầu các cơ quan báo chí, các doanh nghiệp, nhà đầu tư có trách nhiệm đồng hành, tham gia cùng tỉnh trong công tác thông tin, tuyên truyền nhiệm vụ phát triển kinh tế-xã hội, các cơ quan, đơn vị, địa phương của tỉnh cần kịp thời cung cấp thông tin cho các cơ quan báo chí; chủ động lồng ghép nội dung về truyền thông trong các chương trình, kế hoạch đã được cấp có thẩm quyền ban hành.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://baogialai.com.vn/channel/12378/201808/dieu-tra-ra-soat-ho-ngheo-va-can-ngheo-5595302/",
        "date": D(2018, 8, 20),
        "classes": ["group", "date_dash", "press"],
        "text": """(GLO)- Ủy ban nhân dân tỉnh vừa ban hành Kế hoạch số 1734/KH-UBND chỉ đạo công tác điều tra, rà soát hộ nghèo, hộ cận nghèo và hộ có mức sống trung bình trên địa bàn tỉnh.
 
Theo kế hoạch, thời gian điều tra, rà soát tiến hành từ ngày 1-9 đến hết ngày 31-12-2018. Trước ngày 25-10, UBND các huyện, thị xã, thành phố phải báo cáo sơ bộ kết quả rà soát trên địa bàn và trước ngày 16-11 phải báo cáo chính thức kết quả về Sở Lao động-Thương binh và Xã hội để tổng hợp.""",
        "assignments": [("group:district", D(2018, 10, 25), []), ("group:district", D(2018, 11, 16), [])],
    },
    {
        "url": "http://tieudungplus.vn/tp-hcm-se-hoan-tat-cong-tac-lap-tham-dinh-va-phe-duyet-thiet-ke-do-thi-truoc-quy-i-2018-20797.html",
        "date": D(2017, 10, 1),
        "classes": ["passive", "coordinators", "month_deadline", "press"],
        "text": """Ngoài ra, Sở Quy hoạch - Kiến trúc cũng được giao phối hợp với Sở Thông tin và Truyền thông, Ban Quản lý các khu chức năng đô thị và UBND các quận-huyện hoàn thành trong tháng 11/2017 việc triển khai ứng dụng công nghệ thông tin trong công tác quản lý quy hoạch và công khai thông tin quy hoạch qua mạng internet và điện thoại di động thông minh (Smartphone).

Theo Gia Huy/ ReatimesS""",
        "assignments": [
            (
                "Sở Quy hoạch - Kiến trúc",
                D(2017, 11, 30),
                ["Sở Thông tin và Truyền thông", "Ban Quản lý các khu chức năng đô thị", "group:district"],
            )
        ],
    },
    {
        "url": "https://thuvienphapluat.vn/bulletin/document.aspx?bid=9aa8957a-3249-48f7-8ae5-4d4954b4c6e4&key=rlxDgBUxpxP9B44ireO81A%3D%3D",
        "date": D(2022, 8, 1),
        "classes": ["none"],
        "text": """UBND tỉnh ban hành Kế hoạch rà
soát hộ nghèo, hộ cận nghèo và xác định hộ làm nông nghiệp, lâm nghiệp, ngư
nghiệp có mức sống trung bình năm 2022 trên địa bàn tỉnh với những nội dung
sau:
I. MỤC ĐÍCH,
YÊU CẦU
1. Mục đích
- Rà soát hộ nghèo, hộ cận
nghèo theo Quyết định số 24/2021/QĐ-TTg để xác định và lập danh sách hộ nghèo,
hộ cận nghèo theo phương pháp tiếp cận đa chiều giai đoạn 2021 - 2025, lấy""",
        "assignments": [],
    },
]
R3 += [
    {
        "url": "https://sct.quangbinh.gov.vn/3cms/chi-dao-cac-xa-dat-chuan-nong-thon-moi-nam-2020.htm",
        "date": D(2020, 2, 17),
        "classes": ["list", "names", "giao"],
        "text": """Ngày 17/02/2020, UBND tỉnh Quảng Bình ban hành Công văn số 181/UBND-KT về việc tập trung chỉ đạo các xã đạt chuẩn nông thôn mới năm 2020.

 

Theo đó, căn cứ danh sách các xã đăng ký đạt xã nông thôn mới năm 2020 của Văn phòng Điều phối nông thôn mới tỉnh, UBND tỉnh đồng ý và giao các Sở chủ trì, phối hợp với các Sở, ngành, đơn vị liên quan chỉ đạo xây dựng nông thôn mới ở các xã đăng ký đạt chuẩn nông thôn mới năm 2020. Cụ thể:


1. Sở Y tế chỉ đạo xã Sen Thủy, huyện Lệ Thủy


2. Sở Thông tin và Truyền thông chỉ đạo xã Hải Ninh, huyện Quảng Ninh


3. Sở Nội vụ chỉ đạo xã An Ninh, huyện Quảng Ninh


4. Sở Văn hóa và Thể thao chỉ đạo xã Lý Trạch, huyện Bố Trạch


5. Sở Công Thương chỉ đạo xã Phú Định, huyện Bố Trạch


6. Sở Tài nguyên và Môi trường chỉ đạo xã Quảng Đông, huyện Quảng Trạch


7. Sở Giáo dục và Đào tạo chỉ đạo xã Quảng Lộc, Thị xã Ba Đồn


8. Sở Xây dựng chỉ đạo xã Xuân Hóa, huyện Minh Hóa


9. Sở lao động Thương binh và Xã hội chỉ đạo xã Thuận Hóa, huyện Tuyên Hóa


10. Sở Tư pháp chỉ đạo xã Đức Hóa, huyện Tuyên Hóa


11. Sở Giao thông Vận tải chỉ đạo xã Trung Hóa, huyện Minh Hóa (xã đã đăng ký đạt chuẩn nông thôn mới năm 2019)

 


Các Sở được giao chỉ đạo các xã có trách nhiệm phối hợp với các Sở, ngành, đơn vị, địa phương chỉ đạo, hướng dẫn, hỗ trợ xã thực hiện các tiêu chí đạt xã nông thôn mới; định kỳ báo cáo về Ban chỉ đạo tỉnh.""",
        "assignments": [
            ("Sở Y tế", None, []),
            ("Sở Thông tin và Truyền thông", None, []),
            ("Sở Nội vụ", None, []),
            ("Sở Văn hóa và Thể thao", None, []),
            ("Sở Công Thương", None, []),
            ("Sở Tài nguyên và Môi trường", None, []),
            ("Sở Giáo dục và Đào tạo", None, []),
            ("Sở Xây dựng", None, []),
            ("Sở Lao động - Thương binh và Xã hội", None, []),
            ("Sở Tư pháp", None, []),
            ("Sở Giao thông vận tải", None, []),
        ],
    },
    {
        "url": "https://thanhnien.vn/du-lich/quang-binh-chi-to-chuc-don-khach-khi-bao-dam-cac-bien-phap-phong-chong-dich-covid-19-1374740.html",
        "date": D(2021, 4, 1),
        "classes": ["coordinators", "names", "group", "press"],
        "text": """Theo đó, ông Hồ An Phong, Phó chủ tịch UBND tỉnh Quảng Bình, yêu cầu Sở Du lịch, Sở VH-TT chủ trì, phối hợp với Sở Y tế, UBND các địa phương và các cơ quan chức năng có liên quan đề nghị: Ban Quản lý di tích, Ban tổ chức lễ hội tại các địa phương, Ban quản lý các khu, điểm du lịch xây dựng và thực hiện các phương án bảo đảm an ninh, an toàn phòng chống dịch cho khách du lịch, người tham gia hoạt động văn hóa, thể thao , khách tham quan bảo tàng, di tích, danh lam thắng cảnh, người tham gia lễ hội. Chỉ tổ chức đón khách khi bảo đảm các biện pháp phòng chống dịch theo hướng dẫn của ngành y tế.""",
        "assignments": [
            ("Sở Du lịch", None, ["Sở Y tế", "group:district", "group:related"]),
            ("Sở Văn hóa và Thể thao", None, ["Sở Y tế", "group:district", "group:related"]),
        ],
    },
    {
        "url": "https://beta.baoquangbinh.vn/xa-hoi/201802/phan-bo-gao-tu-nguon-du-tru-quoc-gia-cho-cac-dia-phuong-2153702",
        "date": D(2018, 2, 7),
        "classes": ["giao", "coordinators", "group"],
        "text": """(QBĐT) - Ngày 7-2, UBND tỉnh đã ban hành Quyết định số 449/QĐ-UBND về phân bổ gạo hỗ trợ dịp Tết Nguyên đán năm 2018 của Thủ tướng Chính phủ cho các huyện, thị xã, thành phố.
UBND tỉnh giao Sở Lao động-Thương binh và Xã hội chủ trì, phối hợp với Cục dự trữ Nhà nước khu vực Bình Trị Thiên và UBND các huyện, thị xã, thành phố tổ chức giao, nhận và hướng dẫn các địa phương cấp phát khẩn trương, đúng đối tượng, chế độ quy định và phù hợp với tình hình khó khăn thực tế tại các địa phương.
M.Văn""",
        "assignments": [
            (
                "Sở Lao động - Thương binh và Xã hội",
                None,
                ["Cục Dự trữ Nhà nước khu vực Bình Trị Thiên", "group:district"],
            )
        ],
    },
    {
        "url": "https://plo.vn/an-ninh-trat-tu/xu-ly-cac-cong-trinh-khong-phep-trong-khuon-vien-cong-so-274997.html",
        "date": D(2013, 1, 1),
        "classes": ["coordinators", "press", "names"],
        "text": """(PL)- Chủ tịch UBND tỉnh Thừa Thiên-Huế Nguyễn Ngọc Thiện vừa yêu cầu Giám đốc Sở Xây dựng chủ trì, phối hợp với Chủ tịch UBND TP Huế chỉ đạo kiểm tra, xử lý các công trình xây dựng không phép, sai phép trong khuôn viên các cơ quan nhà nước.

TP Huế hiện có nhiều công trình vi phạm quy định về quy hoạch, đầu tư xây dựng và sử dụng đất (như Thư viện tỉnh cho xây dựng nhà rửa xe trong khuôn viên, tại trụ sở Công an TP Huế thì xây dựng không phép các ki-ốt để cho thuê...).

H.NGUYÊN""",
        "assignments": [("Sở Xây dựng", None, ["UBND thành phố Huế"])],
    },
    {
        "url": "https://baothuathienhue.vn/kiem-dem-cac-cong-trinh-kien-truc-phap-con-lai-tren-dia-ban-tp-hue-a38680.html",
        "date": D(2017, 2, 22),
        "classes": ["subject_verb", "press"],
        "text": """TTH - Ngày 22/2, Chủ tịch UBND tỉnh có văn bản chỉ đạo thực hiện kiểm đếm các công trình kiến trúc Pháp còn lại trên địa bàn TP. Huế.

Theo đó, đối với các công trình đã xác định được cơ quan chủ quản, Sở Xây dựng có văn bản gửi các đơn vị, cá nhân yêu cầu báo cáo cụ thể về các nội dung liên quan về công trình mình đang quản lý, sử dụng và tiến hành kiểm định chất lượng công trình theo quy định để báo cáo. Đối với các công trình không có cơ quan chủ quản, Sở Xây dựng tổ chức đánh giá, điều tra khảo sát và thực hiện các nội dung liên quan về công trình; tổng hợp báo cáo UBND tỉnh trước ngày 15/04/2017.

Khánh Trân""",
        "assignments": [("Sở Xây dựng", None, []), ("Sở Xây dựng", D(2017, 4, 15), [])],
    },
    {
        "url": "http://danang.gov.vn/web/guest/chinh-quyen",
        "date": D(2017, 9, 1),
        "classes": ["giao", "coordinators", "names"],
        "text": """Tổng kiểm tra, rà soát chất lượng thi công vỉa hè các tuyến đường phục vụ APEC

Chủ tịch UBND thành phố Huỳnh Đức Thơ vừa có văn bản giao nhiệm vụ cho Sở Xây dựng chủ trì, phối hợp với Sở GTVT và các đơn vị có liên quan tổng kiểm tra, rà soát chất lượng thi công các hạng mục của công trình “Cải tạo, chỉnh trang một số tuyến đường phục vụ Tuần lễ Cấp cao APEC 2017”.""",
        "assignments": [("Sở Xây dựng", None, ["Sở Giao thông vận tải", "group:related"])],
    },
    {
        "url": "https://raw.githubusercontent.com/21ts444/thdinhbang2/main/tin-tuc-su-kien/chu-tich-ubnd-tinh-trao-quyet-dinh-bo-nhiem-giam-doc-so-giao.html",
        "date": D(2021, 6, 11),
        "classes": ["de_nghi", "press"],
        "text": """Chủ tịch UBND tỉnh cũng đề nghị tập thể lãnh đạo, cán bộ, công chức, viên chức, người lao động Sở Giáo dục và Đào tạo hỗ trợ, tạo điều kiện thuận lợi nhất để đồng chí Nguyễn Thế Sơn hoàn thành tốt các nhiệm vụ được giao.

Về nhiệm vụ trước mắt, Chủ tịch UBND tỉnh đề nghị Giám đốc Sở Giáo dục và Đào tạo cùng tập thể ngành tổ chức Kỳ thi tuyển sinh vào lớp 10 và Kỳ thi tốt nghiệp THPT năm 2021 đảm bảo diễn ra nghiêm túc, an toàn tuyệt đối cả về công tác chuyên môn và công tác phòng, chống dịch Covid-19.""",
        "assignments": [("Sở Giáo dục và Đào tạo", None, [])],
    },
    {
        "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-1161-qd-ubnd-2023-ke-hoach-thuc-hien-nghi-quyet-28-nq-cp-phong-thu-dan-su-binh-dinh-565622.html",
        "date": D(2023, 4, 1),
        "classes": ["none"],
        "text": """- Bảo đảm sự chỉ đạo thống nhất của UBND tỉnh, sự
phối hợp chặt chẽ giữa các sở, ban, ngành, cơ quan, địa phương, đơn vị liên
quan trong việc tổ chức triển khai thực hiện Nghị quyết số 28/NQ-CP.
- Các cơ quan, đơn vị, địa phương được giao nhiệm vụ
phải tích cực, chủ động triển khai thực hiện kế hoạch đúng tiến độ, bảo đảm chất
lượng; kịp thời phối hợp tháo gỡ những khó khăn, vướng mắc phát sinh trong quá
trình thực hiện.
1. Công tác thông tin, tuyên truyền, quán triệt,
triển khai thực hiện Nghị quyết số 28/NQ-CP.
2. Hoàn thiện hệ thống chính sách, pháp luật về
phòng thủ dân sự.""",
        "assignments": [],
    },
]
R3 += [
    {
        "url": "https://thuathienhue.gov.vn/vi-vn/Thong-tin-dieu-hanh-cua-ubnd-tinh/tid/Day-nhanh-tien-do-tiem-chung-vac-xin-phong-COVID-19/newsid/7D0046E5-6512-40E7-A70B-AEEF00A4CC8B/cid/B2893D90-84EA-452E-9292-84FE4331533D",
        "date": D(2022, 8, 13),
        "classes": ["group", "subject_verb"],
        "text": """Chủ tịch UBND tỉnh vừa có Công văn số 8560/UBND-VH yêu cầu các sở, ban, ngành, đoàn thể cấp tỉnh; Các cơ quan Trung ương đóng trên địa bàn tỉnh; UBND các huyện, thị xã, thành phố Huế đẩy nhanh tiến độ tiêm chủng  vắc xin phòng COVID-19.

Theo đó, Chủ tịch UBND tỉnh yêu cầu Các sở, ban, ngành, đoàn thể cấp tỉnh; các cơ quan Trung ương đóng trên địa bàn tỉnh, UBND các huyện, thị xã, thành phố Huế căn cứ vào tỷ lệ tiêm mũi 3, mũi 4 vắc xin phòng COVID-19 theo danh sách tổng hợp của Sở Y tế để tập trung rà soát, đôn đốc cán bộ, công chức, viên chức, người lao động trong cơ quan, đơn vị mình gương mẫu, tiên phong thực hiện tiêm chủng theo khuyến cáo của ngành Y tế.

Bên cạnh đó, Sở Y tế tiếp tục theo dõi, thống kê, cập nhật báo cáo về UBND tỉnh tình hình, kết quả tiêm mũi 3, mũi 4 vắc xin phòng COVID-19 của các cơ quan, đơn vị, địa phương theo quy định.""",
        "assignments": [
            ("group:department", None, []),
            ("group:related", None, []),
            ("group:district", None, []),
            ("Sở Y tế", None, []),
        ],
    },
    {
        "url": "https://thuvienphapluat.vn/bulletin/document.aspx?bid=a7493961-e405-457c-8db6-93ec4644c336&key=Nlw%2FT0nyn3cuqCy6SC%2BG2g%3D%3D",
        "date": D(2025, 3, 7),
        "classes": ["none"],
        "text": """UBND tỉnh ban hành Kế hoạch phòng, chống thiên tai năm 2025 với các nội dung
sau:
I. MỤC ĐÍCH,
YÊU CẦU
1. Mục đích, yêu cầu
- Công tác phòng, chống thiên
tai phải được tiến hành chủ động, thường xuyên, ứng phó kịp thời; luôn quán triệt
và thực hiện có hiệu quả phương châm “bốn tại chỗ” và nguyên tắc “ba sẵn sàng”;
nâng cao năng lực phòng, chống thiên tai thích ứng với biến đổi khí hậu.""",
        "assignments": [],
    },
    {
        "url": "https://thuvienphapluat.vn/van-ban/Tai-nguyen-Moi-truong/Ke-hoach-90-KH-UBND-2023-thuc-hien-Ke-hoach-89-KH-TU-bao-dam-an-ninh-nguon-nuoc-Lang-Son-565412.aspx?ac=emails",
        "date": D(2023, 4, 13),
        "classes": ["none"],
        "text": """I. MỤC ĐÍCH,
YÊU CẦU
1. Cụ thể hóa các mục
tiêu, nhiệm vụ Kết luận số 36-KL/TW ngày 23/6/2022 của Bộ Chính trị, Quyết định
số 1595/QĐ-TTg ngày 23/12/2022 của Thủ tướng Chính phủ, Kế hoạch số 89-KH/TU
ngày 28/12/2022 của Tỉnh ủy Lạng Sơn để tổ chức thực hiện, nhằm tạo chuyển biến
rõ nét, thống nhất về nhận thức và hành động, nhất là trách nhiệm người đứng đầu
cấp ủy, chính quyền địa phương, các cấp, các ngành đối với công tác bảo đảm an
ninh nguồn nước và an toàn đập, hồ chứa nước.""",
        "assignments": [],
    },
]
R3 += [
    {
        "url": "http://113.160.144.194/detailNews.aspx?Cate=1&id=16392&lang=vi",
        "date": D(2017, 12, 4),
        "classes": ["giao", "group", "hour_deadline"],
        "text": """Ngày 04/12, UBND tỉnh ban hành Công văn số 2221 /UBND-TH, tổng hợp những nội dung khác nhau giữa Báo cáo và dự thảo Nghị quyết của UBND tỉnh với ý kiến thẩm tra của các Ban HĐND tỉnh.
Công văn nêu rõ: UBND tỉnh nhận được Báo cáo số 552/BC-HĐND ngày 01/12/2017 của HĐND tỉnh về tổng hợp những nội dung khác nhau giữa Báo cáo và dự thảo Nghị quyết của UBND tỉnh với ý kiến thẩm tra của các Ban HĐND tỉnh (kỳ họp thứ sáu, HĐND tỉnh khoá XIV).
Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau: Giao các sở, ngành theo chức năng, nhiệm vụ được giao, giải trình những nội dung khác nhau giữa Báo cáo và dự thảo Nghị quyết của UBND tỉnh với ý kiến thẩm tra của các Ban HĐND tỉnh theo Báo cáo số 552/BC-HĐND ngày 01/12/2017 (Sao gửi Báo cáo kèm theo). Báo cáo yêu cầu gửi về Văn phòng UBND tỉnh trước 14 giờ, ngày 05/12/2017. Gửi kèm file vào hòm thư: pthvpubnd-laichau@chinhphu.vn.""",
        "assignments": [("group:department", D(2017, 12, 5), [])],
    },
    {
        "url": "https://plo.vn/chu-tich-khanh-hoa-yeu-cau-lam-ro-trach-nhiem-cham-xay-dung-chien-luoc-du-lich-post878088.html",
        "date": D(2025, 10, 28),
        "classes": ["names", "month_deadline", "press"],
        "text": """(PLO)- Chủ tịch UBND tỉnh Khánh Hòa yêu cầu Sở Văn hóa- Thể thao và Du lịch kiểm điểm, làm rõ trách nhiệm việc chậm trễ xây dựng chiến lược du lịch.

Ngày 28-10, một nguồn tin cho biết chủ tịch UBND tỉnh Khánh Hòa vừa có công văn yêu cầu Sở Văn hóa- Thể thao và Du lịch (VH-TT&DL) tiếp tục làm rõ trách nhiệm, đẩy nhanh tiến độ xây dựng chiến lược du lịch Khánh Hòa giai đoạn 2025-2030.

Theo công văn trên, Chủ tịch UBND tỉnh Khánh Hòa cho rằng báo cáo của Sở VH-TT&DL chưa làm rõ, chưa thể hiện rõ việc kiểm điểm, nhận trách nhiệm của tập thể, cá nhân thuộc sở đối với việc chậm trễ ký kết hợp đồng tài trợ ba bên.

Chủ tịch UBND tỉnh yêu cầu Sở VH-TT&DL nghiêm túc kiểm điểm, làm rõ trách nhiệm cụ thể của từng cá nhân, tập thể có liên quan đến việc chậm trễ, nêu rõ nguyên nhân chủ quan, khách quan.

Đồng thời, trình bày lộ trình, biện pháp cụ thể để hoàn thành và trình Tỉnh ủy, UBND tỉnh hồ sơ hoàn chỉnh của chiến lược phát triển du lịch tỉnh Khánh Hòa giai đoạn 2025-2030, định hướng đến năm 2045, trong tháng 11-2025.

Sở VH-TT&DL phải báo cáo cụ thể tiến độ, kết quả làm việc với nhà tài trợ trong việc tìm kiếm đơn vị tư vấn mới kể từ ngày 16-10 đến nay, bao gồm các nội dung đã thống nhất, những khó khăn còn vướng mắc, kế hoạch xử lý tiếp theo.""",
        "assignments": [
            ("Sở Văn hóa, Thể thao và Du lịch", None, []),
            ("Sở Văn hóa, Thể thao và Du lịch", D(2025, 11, 30), []),
        ],
    },
]
R3 += [
    {
        "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-36-2010-qd-ubnd-quan-ly-bao-tri-he-thong-duong-huyen-115899.html",
        "date": D(2010, 12, 10),
        "classes": ["giao"],
        "text": """Điều 2.
Quyết định này có hiệu lực sau 10 ngày, kể từ ngày ký.
Giao Giám đốc Sở Giao thông vận
tải hướng dẫn, kiểm tra thực hiện nhiệm vụ quản lý, bảo trì hệ thống đường huyện,
đường xã theo Quyết định này.
Điều 3.
Chánh Văn phòng Ủy ban nhân dân Tỉnh, Thủ trưởng các Sở,
ban, ngành cấp tỉnh; Chủ tịch Uỷ ban nhân dân các huyện, thị xã và thành phố;
Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn và các tổ chức, cá nhân liên
quan chịu trách nhiệm thi hành Quyết định này./.""",
        "assignments": [("Sở Giao thông vận tải", None, [])],
    },
    {
        "url": "http://sogtvt.vinhphuc.gov.vn/noidung/bantinatgt/Lists/bantinatgt/View_Detail.aspx?ItemID=512",
        "date": D(2022, 3, 24),
        "classes": ["de_nghi", "group", "hour_deadline"],
        "text": """Để hoàn chỉnh các nội dung Dự thảo trước khi trình UBND tỉnh phê duyệt, Sở Giao thông vận tải trân trọng đề nghị các cơ quan thành viên Ban An toàn giao thông tỉnh, UBND các huyện, thành phố, các Sở, ngành, đoàn thể tỉnh Vĩnh Phúc tham gia ý kiến bằng văn bản, gửi về Văn phòng Ban An toàn giao thông tỉnh trước 15h00, ngày 28/3/2022 để tổng hợp, trình UBND tỉnh (email: atgt@vinhphuc.gov.vn).""",
        "assignments": [("group:district", D(2022, 3, 28), []), ("group:department", D(2022, 3, 28), [])],
    },
]
R3 += [
    {
        "url": "https://www.baokhanhhoa.vn/chinh-tri/202112/cac-cong-trinh-xay-dung-vi-pham-tren-quoc-lo-27c-ubnd-tinh-yeu-cau-bao-cao-ket-qua-xu-ly-tung-truong-hop-8236775/",
        "date": D(2021, 12, 1),
        "classes": ["giao", "date_dash", "subject_verb", "press"],
        "text": """UBND tỉnh Khánh Hòa vừa có công văn về việc xử lý đối với các công trình xây dựng vi phạm trên tuyến Quốc lộ 27C.


Theo đó, UBND tỉnh giao UBND huyện Khánh Vĩnh khẩn trương tổng hợp, báo cáo kết quả xử lý vi phạm hành chính theo quy định của pháp luật đối với các công trình vi phạm, báo cáo cụ thể từng trường hợp, gửi Sở Xây dựng trước ngày 3-12. Sở Xây dựng xem xét kết quả xử lý của huyện, căn cứ quy định của pháp luật, báo cáo UBND tỉnh trước ngày 10-12.


VĨNH THÀNH""",
        "assignments": [("UBND huyện Khánh Vĩnh", D(2021, 12, 3), []), ("Sở Xây dựng", D(2021, 12, 10), [])],
    },
    {
        "url": "http://baobariavungtau.com.vn/kinh-te/202107/tang-cuong-cong-tac-kiem-tra-kiem-soat-thi-truong-929537/",
        "date": D(2021, 7, 15),
        "classes": ["giao", "names", "press"],
        "text": """Ông Lê Ngọc Khánh, Phó Chủ tịch UBND tỉnh vừa ký công văn hỏa tốc số 8303/UBND-VP về việc ổn định giá cả, chất lượng hàng hoá thiết yếu phục vụ người dân trong mọi tình huống dịch bệnh COVID-19.

Theo đó, UBND tỉnh giao Cục trưởng Cục Quản lý thị trường tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo (BCĐ) 389/ĐP chỉ đạo bộ phận thường trực giúp việc của BCĐ 389/ĐP; Đoàn kiểm tra liên ngành chống buôn lậu, gian lận thương mại và hàng giả tỉnh có kế hoạch tăng cường công tác kiểm tra, kiểm soát thị trường và xử lý nghiêm các hành vi vi phạm như: hàng giả, hàng nhái, hàng kém chất lượng; hàng hóa không rõ nguồn gốc xuất xứ, không đảm bảo an toàn vệ sinh thực phẩm; hành vi đầu cơ, găm hàng, nâng giá để trục lợi... bảo đảm an ninh, an toàn và bình ổn giá cả hàng hóa thiết yếu phục vụ đời sống nhân dân; kịp thời báo cáo các vấn đề cấp bách, vượt thẩm quyền để xử lý theo quy định.

Công văn hỏa tốc số 8303/UBND-VP về việc ổn định giá cả, chất lượng hàng hoá thiết yếu phục vụ người dân

VÂN ANH""",
        "assignments": [("Cục Quản lý thị trường tỉnh", None, [])],
    },
    {
        "url": "https://langson.gov.vn/thong-tin-chi-dao-dieu-hanh/chi-dao-don-doc-trien-khai-thuc-hien-cong-tac-chuyen-doi-so-tren-dia-ban-tinh.html",
        "date": D(2025, 5, 7),
        "classes": ["coordinators", "group"],
        "text": """Văn phòng UBND tỉnh truyền đạt ý kiến của đồng chí Dương Xuân Huyên, Phó Chủ tịch Thường trực UBND tỉnh chỉ đạo, đôn đốc triển khai thực hiện công tác chuyển đổi số trên địa bàn tỉnh, tại Công văn số 2881/VP-KGVX, ngày 07/5/2025.
Ảnh minh họa
Theo đó, nhằm đẩy nhanh tiến độ triển khai thực hiện công tác chuyển đổi số trên địa bàn tỉnh, yêu cầu Sở Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan liên quan rà soát, chủ động triển khai thực hiện các nội dung thuộc trách nhiệm của địa phương tại Báo cáo số 77/BC-SKHCN đảm bảo tiến độ, thời hạn theo quy định. Rà soát, báo cáo về kết quả thực hiện các mục tiêu, chỉ tiêu đề ra tại Nghị quyết số 49-NQ/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Lạng Sơn đến năm 2025, định hướng đến năm 2030. Chủ trì, phối hợp với các cơ quan liên quan rà soát lại các nhiệm vụ UBND tỉnh đã giao cho các cơ quan, đơn vị, địa phương tại các Kế hoạch của UBND tỉnh có liên quan đến công tác chuyển đổi số có thời hạn hoàn thành trong năm 2025; báo cáo UBND tỉnh về tiến độ, kết quả triển khai thực hiện đối với từng nhiệm vụ cụ thể, những khó khăn, vướng mắc, nguyên nhân và phương hướng, giải pháp triển khai thực hiện trong thời gian tới./.
Khánh Ly""",
        "assignments": [("Sở Khoa học và Công nghệ", None, ["group:related"])],
    },
    {
        "url": "https://baobariavungtau.com.vn/chuyen-doi-so/202506/chuyen-doi-so-manh-me-trong-cong-tac-dieu-hanh-1044175/",
        "date": D(2025, 6, 1),
        "classes": ["group", "subject_verb", "names", "press"],
        "text": """Phó Chủ tịch UBND tỉnh Đặng Minh Thông vừa ký ban hành văn bản triển khai thực hiện Quyết định 1012/QĐ-TTg của Thủ tướng Chính phủ về kế hoạch chuyển đổi số hoạt động chỉ đạo, điều hành giai đoạn 2024–2025, định hướng đến năm 2030.

UBND tỉnh yêu cầu các sở, ngành, địa phương rà soát, tái cấu trúc quy trình công việc, đẩy mạnh số hóa, chia sẻ dữ liệu, nhằm nâng cao hiệu quả quản lý và điều hành trên môi trường điện tử. Việc kết nối dữ liệu sẽ tập trung vào 40 nhóm thông tin hành chính thuộc các lĩnh vực như kế hoạch, tài chính, xây dựng, tài nguyên môi trường…

Văn phòng UBND tỉnh được giao hoàn thiện hệ thống thông tin báo cáo, xây dựng chỉ số điều hành, tích hợp với hệ thống Chính phủ. Các chế độ báo cáo sẽ được rà soát, giảm thiểu nếu đã có dữ liệu số thay thế. Công an tỉnh đảm bảo an toàn thông tin, an ninh mạng cho các hệ thống, trong khi Sở KH-CN chủ trì thúc đẩy hợp tác nghiên cứu, ứng dụng dữ liệu vào công tác điều hành.

QUANG VINH""",
        "assignments": [
            ("group:department", None, []),
            ("group:district", None, []),
            ("Văn phòng UBND tỉnh", None, []),
            ("Công an tỉnh", None, []),
            ("Sở Khoa học và Công nghệ", None, []),
        ],
    },
    {
        "url": "https://hoabinhrachgiaresort.com.vn/gioi-thieu/kien-giang-quyet-dinh-lay-ngay-10-10-hang-nam-la-ngay-chuyen-doi-so-tinh",
        "date": D(2022, 9, 30),
        "classes": ["passive", "coordinators", "group"],
        "text": """Ngày 30-9-2022, Ủy ban nhân dân tỉnh ban hành Quyết định số 2426/QĐ-UBND về ngày chuyển đổi số tỉnh Kiên Giang. Chủ tịch Ủy ban nhân dân tỉnh quyết định lấy ngày 10-10 hàng năm là ngày chuyển đổi số tỉnh.

Sở Thông tin và Truyền thông được Ủy ban nhân dân tỉnh giao chủ trì, phối hợp Sở Văn hóa và Thể thao, Sở Khoa học và Công nghệ, các sở, ban ngành liên quan, ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch triển khai cụ thể; hướng dẫn, chỉ đạo tổ chức thực hiện hoạt động truyền thông ngày chuyển đổi số tỉnh Kiên Giang hàng năm thiết thực, hiệu quả, tiết kiệm./.

(Nguồn: Cổng thông tin điện tử Tỉnh Kiên Giang - https://kiengiang.gov.vn/)""",
        "assignments": [
            (
                "Sở Thông tin và Truyền thông",
                None,
                ["Sở Văn hóa và Thể thao", "Sở Khoa học và Công nghệ", "group:department", "group:district"],
            )
        ],
    },
    {
        "url": "http://baokiemtoan.vn/dong-dang-tra-linh-ptag.html",
        "date": D(2023, 6, 1),
        "classes": ["group", "press"],
        "text": """Cao Bằng quyết tâm sớm bàn giao 100% mặt bằng Dự án Đồng Đăng - Trà Lĩnh
(BKTO) - Để triển khai đúng tiến độ Dự án đầu tư xây dựng tuyến cao tốc Đồng Đăng - Trà Lĩnh, Lãnh đạo tỉnh Cao Bằng đã yêu cầu các sở, ban, ngành, đơn vị liên quan đẩy mạnh công tác tuyên truyền bằng nhiều hình thức, vận động, khích lệ người dân sớm bàn giao mặt bằng những vị trí còn lại cho nhà đầu tư.""",
        "assignments": [("group:department", None, [])],
    },
]
R3 += [
    {
        "url": "https://vinh24h.vn/tag/cach-ly-xa-hoi-theo-chi-thi-16",
        "date": D(2020, 6, 19),
        "classes": ["group", "recipients", "press"],
        "text": """Kiểm tra, xử lý nghiêm các trường hợp không có việc cần thiết nhưng vẫn ra đường

Đó là chỉ đạo của UBND tỉnh đối với các Sở, ban, ngành, đoàn thể cấp tỉnh, các cơ quan Trung ương đóng trên địa bàn, UBND các huyện, thành phố, thị xã tại Công văn số 4079/UBND-KT ngày 19/6 về việc tiếp tục thực hiện các biện pháp cấp bách để phòng, chống dịch COVID-19 theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.""",
        "assignments": [("group:department", None, []), ("group:related", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://dongthap.gov.vn/chien-luoc-dh-kh-phat-trien/-/asset_publisher/1fOV6mJvdIPn/content/id/3707512?_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_1fOV6mJvdIPn_redirect=https%3A%2F%2Fdongthap.gov.vn%2Fchien-luoc-dh-kh-phat-trien%3Fp_p_id%3Dcom_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_1fOV6mJvdIPn%26p_p_lifecycle%3D0%26p_p_state%3Dnormal%26p_p_mode%3Dview%26_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_1fOV6mJvdIPn_cur%3D0%26p_r_p_resetCur%3Dfalse%26_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_1fOV6mJvdIPn_assetEntryId%3D3707512",
        "date": D(2018, 9, 10),
        "classes": ["giao", "line_breaks"],
        "text": """Xét đề nghị của Sở Kế hoạch và Đầu tư tại Công văn số 2008/SKHĐT-TH 
ngày 04/9/2018  về việc  thẩm định đề cương, nhiệm vụ quy hoạch và dự toán 
kinh phí lập Điều chỉnh quy hoạch phát triển sự nghiệp chăm sóc và bảo vệ sức 
khoẻ nhân dân đến năm 2020, định hướng đến năm 2030 (đã gửi đơn vị); Uỷ ban 
nhân dân tỉnh có ý kiến như sau: 
1. Không thực hiện  lập Điều chỉnh quy hoạch phát triển sự nghiệp chăm 
sóc và bảo vệ sức khoẻ nhân dân đến năm 2020, định hướng đến năm 2030 theo 
đề nghị của Sở Kế hoạch và Đầu tư tại Công văn nêu trên.  
2. Giao Sở Y tế tham mưu, đề xuất UBND tỉnh  ban hành  các chương 
trình, đề án ngành Y tế để triển khai thực hiện nhằm đảm bảo công bằng và 
hiệu quả trong việc chăm sóc, bảo vệ và nâng cao sức khỏe nhân dân góp 
phần thực hiện mục tiêu phát triển bền vững địa phương.""",
        "assignments": [("Sở Y tế", None, [])],
    },
]
# -- round 3, second search (h-reader4): 16 more excerpts, annotated before the reader was run on
# them. Where the page gives no day (or no year) the date is the nearest one the page allows, said
# in a comment; it only matters for a deadline without a year.
R3 += [
    {
        "url": "https://taichinhvatieudung.vn/s/sai+ph%E1%BA%A1m+t%E1%BA%A1i+c%C3%A1c+chung+c%C6%B0.htm",
        # after the 10th session of the 15th National Assembly (closed 11/12/2025): the deadline
        # "10/2" is 10/2/2026; the letter's day is not on the page
        "date": D(2025, 12, 20),
        "classes": ["recipients", "group", "press", "next_sentence_deadline"],
        "text": """TP.HCM rà soát hàng loạt kiến nghị cử tri liên quan sai phạm tại các chung cư
UBND TP.HCM vừa có văn bản gửi các sở, ngành và đơn vị liên quan yêu cầu khẩn trương rà soát, giải quyết các kiến nghị của cử tri sau kỳ họp thứ 10, Quốc hội khóa XV. Đồng thời tổng hợp, báo cáo kết quả thực hiện về Hội đồng nhân dân TP trước ngày 10/2 theo quy định.""",
        "assignments": [("group:department", D(2026, 2, 10), []), ("group:related", D(2026, 2, 10), [])],
    },
    {
        "url": "https://vietbao.vn/clip-canh-sat-danh-nam-sinh-chu-tich-soc-trang-chi-dao-lam-toi-noi-toi-chon-385964.html",
        "date": D(2022, 9, 28),
        "classes": ["press", "subject_verb", "names"],
        "text": """Liên quan clip cảnh sát dùng dùi cui, nón bảo hiểm đánh 1 thiếu niên, tối 28/9, trả lời VTC News, Chủ tịch UBND tỉnh Sóc Trăng - Trần Văn Lâu cho biết, hiện lãnh đạo tỉnh đã nắm được vụ việc và chỉ đạo Công an tỉnh trong sáng mai (29/9) phải có báo cáo gửi UBND tỉnh.

"Hiện Công an tỉnh đang điều tra và trong sáng ngày mai sẽ báo cáo bằng văn bản gửi Tỉnh uỷ, UBND và cả Bộ Công an nữa. UBND tỉnh đã chỉ đạo công an làm tới nơi tới chốn", ông Lâu nói.""",
        "assignments": [("Công an tỉnh", D(2022, 9, 29), [])],
    },
    {
        "url": "https://thanhnien.vn/thoi-su/dieu-tra-vu-doanh-nghiep-bi-khung-bo-1216364.html",
        # "Ngày 26.4": the year is not in the excerpt (thanhnien.vn numbering of 2020)
        "date": D(2020, 4, 26),
        "classes": ["giao", "press", "names"],
        "text": """Ngày 26.4, Văn phòng UBND tỉnh Bình Định cho biết, Chủ tịch UBND tỉnh này đã có ý kiến chỉ đạo, giao Công an tỉnh chỉ đạo Công an TP.Quy Nhơn phối hợp kiểm tra, xác minh nội dung thông tin một doanh nghiệp liên tiếp bị “khủng bố” , khẩn trương làm rõ trách nhiệm và xử lý theo thẩm quyền đối với các tập thể, cá nhân có liên quan (nếu có).

Thiếu tướng Nguyễn Bá Nhiên, Giám đốc Công an tỉnh Bình Định, cũng yêu cầu Công an TP.Quy Nhơn triển khai lực lượng, biện pháp điều tra, xác minh làm rõ nội dung nêu trên, xử lý nghiêm, đúng quy định của pháp luật đối với hành vi vi phạm, kiên quyết không để tội phạm hoạt động lộng hành, thách thức pháp luật. Thiếu tướng Nhiên cũng giao Thủ trưởng Cơ quan CSĐT Công an tỉnh này theo dõi, chỉ đạo Công an TP.Quy Nhơn tổ chức điều tra, xác minh, xử lý, báo cáo tình hình, tiến độ cho Công an tỉnh.""",
        # the second paragraph is the police's own chain of command, not the committee's
        "assignments": [("Công an tỉnh", None, [])],
    },
    {
        "url": "https://thanhnien.vn/thoi-su/ubnd-tinh-binh-dinh-chi-dao-cong-an-dieu-tra-vu-pha-rung-thuong-son-1257839.html",
        "date": D(2020, 7, 30),
        "classes": ["giao", "press", "names"],
        "text": """Ngày 30.7, Văn phòng UBND tỉnh Bình Định cho biết trước đó ông Trần Châu, Phó chủ tịch UBND tỉnh, đã có ý kiến bằng văn bản, giao Công an tỉnh Bình Định chỉ đạo Công an H.Tây Sơn điều tra, xử lý nghiêm các nghi can phá rừng tại tiểu khu 235, thuộc thôn Thượng Sơn, xã Tây Thuận (H.Tây Sơn, Bình Định).""",
        "assignments": [("Công an tỉnh", None, [])],
    },
    {
        "url": "https://vietbao.vn/thuoc-dau-ptag.html",
        # the shortage of medicines of 2023; the day is not on the page
        "date": D(2023, 3, 1),
        "classes": ["press", "subject_verb", "names"],
        "text": """Ninh Bình - Liên quan đến việc một số bệnh viện, cơ sở khám chữa bệnh công lập trên địa bàn tỉnh Ninh Bình thiếu thuốc, vật tư, trang thiết bị y tế, gây ảnh hưởng không nhỏ đến công tác khám chữa bệnh, ông Phạm Quang Ngọc - Chủ tịch UBND tỉnh Ninh Bình yêu cầu Sở Y tế tỉnh này thực hiện rà soát, đánh giá thực trạng thiếu hụt thuốc, vật tư y tế và tìm ra vướng mắc để tháo gỡ.""",
        "assignments": [("Sở Y tế", None, [])],
    },
    {
        "url": "https://skhdt.binhdinh.gov.vn/vi/news/quan-ly-dat-dai/binh-dinh-to-chuc-hoi-nghi-danh-gia-tinh-hinh-kinh-te-xa-hoi-thang-02-va-nhiem-vu-trong-tam-thang-3-nam-2023-tren-dia-ban-tinh-binh-dinh-568.html",
        # the meeting on February 2023, held early in March
        "date": D(2023, 3, 3),
        "classes": ["group", "press"],
        "text": """Đồng chí Nguyễn Thành Hải, Giám đốc Sở Kế hoạch và Đầu tư báo cáo tóm tắt tình hình kinh tế - xã hội tháng 02, nhiệm vụ trọng tâm tháng 3 năm 2023. Theo đó tình hình kinh tế - xã hội của tình duy trì ổn định, các địa phương đã tập trung công tác chuyển đổi cơ cấu cây trồng cây trồng, bước đầu đạt kết quả tích cực. Chỉ số sản xuất công nghiệp tháng tăng 1,59% so tháng trước và tăng 5,74% so cùng kỳ; thương mại, dịch vụ tiếp tục phát triển; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng 19% so cùng kỳ (lũy kế 2 tháng tăng 14%); lượng khách du lịch đến tỉnh đạt 478.600 lượt, tăng 31,8% so với cùng kỳ (lũy kế 2 tháng tăng 37,6%); Chỉ số giá tiêu dùng và tăng 3,25% so với cùng kỳ (lũy kế 2 tháng tăng 3,41%). Tổng thu ngân sách nhà nước 2 tháng đầu năm là 1.573,1 tỷ đồng, đạt 11,5% dự toán năm và giảm 42,3% so với cùng kỳ,…Các hoạt động văn hoá - xã hội tiếp tục có chuyển biến tích cực; an sinh xã hội được bảo đảm; đời sống của đại bộ phận Nhân dân trong tỉnh cơ bản ổn định. Tình hình thực hiện nhiệm vụ công tác trọng tâm và công tác cải cách hành chính, nâng cao hiệu lực, hiệu quả hoạt động bộ máy chính quyền các cấp được quan tâm đẩy mạnh, triển khai quyết liệt. Quốc phòng - an ninh được giữ vững; chủ động triển khai các giải pháp đảm bảo giữ vững an ninh chính trị, trật tự an toàn xã hội, phòng chống cháy, nổ, giảm thiểu tai nạn giao thông.
Sau khi ý kiến tham gia của các Phó Chủ tịch UBND tỉnh và thành viên dự họp, Chủ tịch UBND tỉnh đã chỉ đạo các sở, ban, ngành và địa phương tập trung r""",
        # "các sở, ban, ngành và địa phương": the departments and the districts (before 7/2025)
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://baonghean.vn/chu-tich-ubnd-tinh-nguyen-duc-trung-lam-viec-voi-cong-an-tinh-267413.html",
        # a working session: the year is not in the excerpt (the officials named held office in 2022)
        "date": D(2022, 5, 14),
        "classes": ["none", "press"],
        "text": """Chiều 14/5, đồng chí Nguyễn Đức Trung - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh có buổi làm việc với Công an tỉnh. Tham dự buổi làm việc có đồng chí Lê Hồng Vinh - Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; Nguyễn Thị Thu Hường - Ủy viên BTV Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy cùng lãnh đạo các sở, ban, ngành. Về phía Công an tỉnh có đồng chí Thiếu tướng Nguyễn Hữu Cầu - Ủy viên BTV Tỉnh ủy, Giám đốc Công an tỉnh. Ảnh: Phạm Bằng""",
        "assignments": [],
    },
    {
        "url": "https://baonghean.vn/chu-tich-ubnd-tinh-thai-thanh-quy-nhung-viec-dan-dong-tinh-ung-ho-can-deo-bam-thuc-hien-den-cung-259603.html",
        # December 2019; the day is not on the page
        "date": D(2019, 12, 1),
        "classes": ["group", "press"],
        "text": """Phát biểu kết luận cuộc họp, Chủ tịch UBND tỉnh Thái Thanh Quý đánh giá: Năm 2019, mặc dù gặp nhiều khó khăn, thách thức như thiên tai, hạn hán dịch bệnh tác động sâu sắc đến đời sống kinh tế - xã hội, với sự nỗ lực của toàn hệ thống chính trị và nhân dân, tỉnh đạt được nhiều kết quả tích cực trên các lĩnh vực.

Quang cảnh cuộc họp trực tuyến của UBND tỉnh với các huyện, thành phố, thị xã. Ảnh Thanh Lê

Theo Chủ tịch UBND tỉnh, quý I/2020 là thời điểm Tết dương lịch, Tết Nguyên đán, vì vậy các ngành, địa phương cần phối hợp chặt chẽ kiểm soát chặt chẽ hàng giả, hàng nhái, hàng kém chất lượng; bình ổn giá cả; nêu cao trách nhiệm của các cấp, ngành, địa phương đối với công tác đảm bảo vệ sinh an toàn thực phẩm; xử lý nghiêm các hành vi tàng trữ, vận chuyển, buôn bán pháo nổ, đảm bảo tốt an ninh trật tự, an toàn xã hội.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "http://baoquangnam.vn/chinh-tri/tap-trung-phong-chong-dich-benh-va-thao-go-kho-khan-cho-doanh-nghiep-85082.html",
        "date": D(2020, 3, 3),
        "classes": ["group", "press"],
        "text": """Đó là yêu cầu của Chủ tịch UBND tỉnh Lê Trí Thanh tại phiên họp UBND tỉnh thường kỳ tháng 2 tổ chức vào chiều qua 2.3. Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Phan Việt Cường tham dự cuộc họp.

Theo UBND tỉnh, trừ nông nghiệp, các ngành khác đều bị suy giảm nghiêm trọng do tác động của dịch Covid-19. Hai tháng qua, chỉ số sản xuất công nghiệp giảm hơn 18% so cùng kỳ năm trước. Thu ngân sách giảm 27,2% so cùng kỳ. Thu nội địa 3.090 tỷ đồng (bằng 15% dự toán năm, giảm 26,2%) và thu xuất nhập khẩu giảm hơn 30% so cùng kỳ (905 tỷ đồng)... Dự báo khó khăn sẽ còn kéo dài.

Bí thư Tỉnh ủy Phan Việt Cường yêu cầu các ngành, địa phương tạo điều kiện đưa các dự án đi vào hoạt động, tính toán giải pháp hỗ trợ tìm kiếm nguồn nguyên liệu thay thế, bảo đảm duy trì sản xuất, thúc đẩy các dự án trọng điểm, dự án đầu tư công. Chủ tịch UBND tỉnh Lê Trí Thanh khẳng định diễn biến dịch Covid-19 đang tạo ra vô vàn khó khăn, thách thức với địa phương. Nhiệm vụ cấp bách, đặc biệt quan trọng hiện nay là tập trung toàn lực phòng chống dịch bệnh (kể cả sốt xuất huyết và dịch bệnh trên vật nuôi), tìm các giải pháp giải quyết tốt việc xử lý rác thải, không để xảy ra ách tắc, tháo gỡ khó khăn cho doanh nghiệp, thúc đẩy cải cách thủ tục hành chính, cải thiện môi trường đầu tư, xây dựng đề án chống thất thu thuế…, bảo đảm hoàn thành kế hoạch năm 2020.""",
        # the Party secretary's request, at the committee's meeting: a clerk files it for the
        # departments and the districts; the chairman's "nhiệm vụ cấp bách" names no one
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "http://hiephoa.bacgiang.gov.vn/tin-tuc-su-kien/tang-cuong-cong-tac-kiem-tra-ngan-chan-vi-pham-phap-luat-ve-dat-dai-moi-truong-khoang-san-de-dieu-tren-dia-ban-huyen-trong-dip-tet-nguyen-dan.htm",
        # before Tết Kỷ Hợi (5/2/2019); the day is not on the page
        "date": D(2019, 1, 15),
        "classes": ["group", "subject_verb"],
        "text": """Tăng cường công tác kiểm tra, ngăn chặn vi phạm pháp luật về đất đai, môi trường, khoáng sản, đê điều trên địa bàn huyện trong dịp tết nguyên đán

Để kịp thời ngăn chặn, xử lý nghiêm vi phạm đất đai, môi trường, khoáng sản, đê điều và tăng cường thực hiện vệ sinh môi trường trên địa bàn huyện trong thời gian trước, trong và sau tết Nguyên đán Kỷ Hợi năm 2019, Chủ tịch UBND huyện vừa có công văn chỉ đạo tăng cường công tác kiểm tra, ngăn chặn vi phạm pháp luật về đất đai, môi trường, khoáng sản, đê điều trên địa bàn huyện.

Theo đó, UBND các xã, thị trấn, các cơ quan liên quan tăng cường công tác tuyên truyền sâu rộng trong các tầng lớp nhân dân đĩa CD về các quy định của pháp luật đất đai, môi trường, các quy định quản lý khoáng sản, đê điều; kiên quyết không để phát sinh vi phạm về đất đai, đê điều, khai thác, vận chuyển khoáng sản trái phép và xử lý triệt để các tụ điểm tồn lưu rác thải không đúng nơi quy định; tổ chức tham gia thực hiện ngày chủ nhật xanh vệ sinh môi trường, thu gom, xử lý rác thải...

Xem chi tiết Văn bản tại đây!

BBT""",
        "assignments": [("group:commune", None, []), ("group:related", None, [])],
    },
    {
        "url": "https://thuvienphapluat.vn/bulletin/document.aspx?bid=309084c4-62d1-4f0f-ac23-418894c3eea6&key=e88QfHXufWPsW4LXSHWFGw%3D%3D",
        "date": D(2023, 6, 1),
        "classes": ["none"],
        "text": """CHỈ THỊ
VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ ĐẤT ĐAI TRÊN ĐỊA BÀN TỈNH
VĨNH PHÚC
Trong những năm qua, Công tác
quản lý đất đai trên địa bàn tỉnh luôn được Tỉnh ủy, UBND tỉnh quan tâm lãnh đạo,
chỉ đạo kịp thời. Ban Thường vụ Tỉnh ủy đã ban hành các văn bản: Chỉ thị số
32-CT/TU ngày 16/3/2020 về tăng cường công tác phòng ngừa, ngăn chặn và xử lý
vi phạm đất đai trên địa bàn tỉnh Vĩnh Phúc; Nghị quyết số 02-NQ/TU ngày
26/12/2021 về lãnh đạo thực hiện các biện pháp đẩy nhanh công tác giải phóng mặt
bằng để thực hiện các dự án phát triển kinh tế-xã hội trên địa bàn tỉnh Vĩnh
Phúc; UBND tỉnh Vĩnh Phúc đã ban hành nhiều văn bản quy phạm pháp luật theo
phân cấp để triển khai thi hành Luật Đất đai đồng thời ban hành các văn bản để
lãnh đạo, chỉ đạo nhằm tăng cường công tác quản lý đất đai như: Đề án phòng ngừa
ngăn chặn, chống lấn chiếm và xử lý vi phạm pháp luật về đất đai tại Quyết định
số 1695/QĐ-UBND ngày 11/7/2019; Kế hoạch số 54/KH-UBND ngày 16/3/2020 về hiện
Chỉ thị số 32-CT/TU ngày 12/9/2019 của Ban Thường vụ Tỉnh ủy; Kế hoạch số
290/KH-UBND ngày 25/11/2021 về Kê khai, đăng ký đất đai bắt buộc. Các chủ
trương lãnh đạo của Tỉnh ủy, chỉ đạo của UBND tỉnh nêu trên đã được các cấp,
các ngành thực hiện và từng bước đi vào cuộc sống, góp phần quan trọng vào việc
phát triển kinh tế - xã hội, giữ vững ổn định chính trị và trật tự an """,
        "assignments": [],
    },
    {
        "url": "https://quangnam.gov.vn/webcenter/portal/ubnd/pages_tin-tuc/chi-tiet?dDocName=PORTAL172922",
        # the isolation camps of September 2021
        "date": D(2021, 9, 13),
        "classes": ["none", "press"],
        "text": """Khẩn trương chuẩn bị sẵn sàng các khu cách ly y tế tập trung của tỉnh

Chiều ngày 13/9, đồng chí Trần Văn Tân- Phó Chủ tịch UBND tỉnh có chuyến kiểm tra các khu cách ly y tế tập trung của tỉnh, để đảm bảo chuẩn bị tốt hơn nữa công tác phòng, chống dịch bệnh Covid-19 trên địa bàn tỉnh trong thời gian đến.""",
        "assignments": [],
    },
    {
        "url": "https://www.quangtri.gov.vn/%C4%90%E1%BB%90i-tho%E1%BA%A0i-doanh-nghi%E1%BB%86p?p_p_id=publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8&p_p_lifecycle=0&action=viewQuestionDetail&questionid=1678699447306",
        "date": D(2023, 3, 13),
        "classes": ["giao", "intro_lead", "next_sentence_deadline"],
        "text": """Insert title here
CƠ QUAN TỔ CHỨC
THÔNG TIN Ý KIẾN
Quảng Trị

Về việc bổ sung vào quy hoạch sử dụng đất

THÔNG TIN PHẢN HỒI

UBND tỉnh có ý kiến như sau:

Giao Sở Tài nguyên và Môi trường trên cơ sở các điều kiện pháp lý về quy hoạch thăm dò, khai thác, sử dụng khoáng sản và Quyết định phê duyệt kết quả trúng đấu giá quyền khai thác của UBND tỉnh, hướng dẫn UBND thị xã Quảng Trị, UBND huyện  Triệu Phong tổ chức thực hiện các bước thủ tục để đề xuất UBND tỉnh xem xét, giải quyết kiến nghị của Doanh nghiệp, làm cơ sở triển khai dự án theo đúng quy định của pháp luật. Báo cáo UBND tỉnh kết quả trước ngày 25/3/2023

(Theo Công văn 907/UBND-KT ngày 13/3/2023)""",
        # the town and the district are guided by the department, not its coordinators
        "assignments": [("Sở Tài nguyên và Môi trường", D(2023, 3, 25), [])],
    },
    {
        "url": "https://vtv.vn/trong-nuoc/quang-tri-khac-phuc-san-xuat-nong-nghiep-sau-mua-lu-20190911145836443.htm",
        "date": D(2019, 9, 11),
        "classes": ["group", "press", "names"],
        "text": """Toàn tỉnh Quảng Trị có trên 4.000 ha lúa và trên 340 ha màu bị ngập nước, trong đó có trên 2.000 ha lúa bị ngập nước và lúa đã nẩy mầm, trên 300 ha màu mất trắng. Nặng nhất là huyện Vĩnh Linh, Gio Linh, Cam Lộ, Đakrông và Hướng Hóa.
Trước thực trạng trên, tỉnh Quảng Trị đã chỉ đạo cho ngành nông nghiệp và các địa phương rà soát lại thiệt hại về cây trồng, để tỉnh có phương án hỗ trợ giống cho người dân sản xuất vụ Đông Xuân tới, bên cạnh đó, tỉnh Quảng Trị cũng huy động các lực lượng gúp dân thu hoạch lúa sớm và chỉ đạo trung tâm giống, khẩn trương thu mua lúa và sấy lúa hỗ trợ cho người dân, để giúp người dân tránh được thiệt hại nặng nề nhất do mưa lũ gây ra.
* Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình Việt Nam trên TV Online!""",
        # "ngành nông nghiệp" is the department; "trung tâm giống" is no registered agency (a clerk
        # cannot file it without asking which centre)
        "assignments": [("Sở Nông nghiệp và Phát triển nông thôn", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://kinhtenongthon.vn/Dat-nong-nghiep-bi-khai-thac-trai-phep-trong-thoi-gian-dai-sao-khong-bi-xu-ly-post55357.html",
        "date": D(2023, 3, 1),
        "classes": ["none", "press"],
        "text": """Đất nông nghiệp bị khai thác trái phép trong thời gian dài sao không bị xử lý?

Tình trạng khai thác đất nông nghiệp trái phép và vận chuyển đi nơi khác bán đang diễn ra giữa thanh thiên bạch nhật nhưng không hề bị lực lượng chức năng “tuýt còi”. Người dân có quyền đặt ra câu hỏi, có hay không sự “thờ ơ, phớt lờ” cho vi phạm từ chính quyền địa phương?

Trách nhiệm người đứng đầu địa phương đến đâu?

Liên quan đến vụ nhiều xe tải nặng vận chuyển nhiều m3 đất nông nghiệp ra khỏi nơi khai thác thuộc địa phận giáp ranh bờ sông Hồng đoạn chảy qua thôn Đông Thịnh, xã Giới Phiên, TP Yên Bái, tỉnh Yên Bái diễn ra từ hồi đầu năm 2023.""",
        "assignments": [],
    },
    {
        "url": "https://vietbao.vn/tp-hcm-kiem-dinh-chat-luong-156-chung-cu-cu-559493.html",
        "date": D(2025, 9, 9),
        "classes": ["recipients", "group", "press"],
        "text": """Sở Xây dựng TP.HCM vừa có văn bản gửi UBND các xã phường đặc khu về việc rà soát kiểm định chất lượng chung cư cũ trên địa bàn.

Theo đó, từ báo cáo đề xuất của các quận, huyện trực thuộc UBND TP.HCM trước đây và báo cáo đề xuất của UBND các phường, Sở Xây dựng đã tổng hợp danh sách đề xuất 156 chung cư cũ (gồm 193 lô) cần kiểm định.""",
        # a department's letter to the communes (after 7/2025: communes, wards, special zones)
        "assignments": [("group:commune", None, [])],
    },
]
