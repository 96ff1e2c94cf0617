# ruff: noqa: E501, W291, W293  (verbatim excerpts: sentences and blank lines as found)
"""Excerpts of REAL directives, official letters, conclusion notices and plans of provincial
People's Committees, and of the press reports that quote them (public portals and newspapers,
2007-2026), kept verbatim (typos, glued words, line breaks as found), each with its source
address and the assignments a clerk draws from it: lead agency (or group), deadline and
coordinating agencies. None was written for the reader.

Found with the stored public pages of the ``search`` tool (corpora ``pages`` and ``docs``) for
issue 28, in eight rounds.

Round 1 (r01-r81): the split was decided before any tuning: every third excerpt (number divisible
by 3) was held out and scored once, at the end of the first round. Its misses were then read, so
that part is SPENT: it cannot measure the rules honestly any more and is development material
since round 2 (:func:`spent`).

Round 2 (r82-r139, :data:`NEW_CASES`, other provinces where the search found them: Vĩnh Long,
Hải Phòng, Lâm Đồng, Bắc Giang, Quảng Ngãi, Đồng Nai, Hà Tĩnh, Kiên Giang, Bình Phước, Hải
Dương, Lào Cai, Đà Nẵng, Hậu Giang, Long An, Bình Thuận, Gia Lai, Phú Thọ …): 58 new excerpts,
none of them in round 1, each annotated BEFORE the reader was run on it. The split was fixed
before any rule of round 2 was written: every second new excerpt (r82, r84, …, even numbers) was
held out and scored once at the end of round 2; the odd ones (r83, r85, …) are round 2's dev
part. Round 2's held-out part was then read like round 1's: it is SPENT since round 3
(``spent2``), development material.

Round 3 (r140-r193, :data:`ROUND3_CASES`: Quảng Nam, Cần Thơ, Nghệ An, Đắk Nông, Đắk Lắk, Bình
Định, Cà Mau, Quảng Ninh, Bình Thuận, Gia Lai, Thừa Thiên Huế, Khánh Hòa, Sóc Trăng, Ninh Bình,
Quảng Trị, Vĩnh Phúc, Bắc Giang, TP.HCM …): 54 new excerpts, none of them in the earlier rounds,
each annotated BEFORE the reader was run on it. The split was fixed before any rule of round 3
was written: every second new excerpt (r140, r142, …, even numbers) is the HELD-OUT part, scored
once before round 3's rules (the figure of round 2's reader) and once at the end, never read to
write or tune a rule (:func:`held_out`); the odd ones (r141, r143, …) are round 3's dev part
(``dev3``). Round 3's held-out part was scored before round 3's rules (P 0.724, R 0.553) and
after them (P 0.794, R 0.711, lead recall 0.711, coordinator recall 0.944, 2 silent), then read
like the earlier ones: it is SPENT since round 4 (``spent3``), development material.

Round 4 (r194-r243, :data:`ROUND4_CASES`: Lai Châu, Bình Dương, Tuyên Quang, TP.HCM, Quảng
Nam, Thái Nguyên, Bình Định, Nghệ An, Lào Cai, Kiên Giang, Đà Nẵng, Thái Bình, Hà Tĩnh, Quảng
Ngãi, Quảng Bình, Hà Nội, Bắc Ninh, An Giang, Sơn La, Thừa Thiên Huế, Hòa Bình, Bà Rịa - Vũng
Tàu, Đồng Tháp, Long An, Phú Thọ, Hà Nam, Bến Tre, Phú Yên, Thanh Hóa, Bình Thuận, Quảng Ninh
…): 50 new excerpts, none of them in the earlier rounds (addresses and texts checked), each
annotated BEFORE the reader was run on it. The split was fixed before any rule of round 4 was
written: every second new excerpt (r194, r196, …, even numbers) is the HELD-OUT part, scored
once before round 4's rules (the figure of round 3's reader: P 0.794, R 0.659, lead recall
0.756, coordinator recall 0.556, 3 silent of 25) and once at the end, after round 4's rules
(P 0.771, R 0.659, lead recall 0.756, coordinator recall 0.556, 3 silent: nothing more found,
one wrong proposal more), never read to write or tune a rule (:func:`held_out`); the odd ones
(r195, r197, …) are round 4's dev part (``dev4``), on which alone round 4's rules were written.
Round 4's held-out part was then read like the earlier ones: it is SPENT since round 5
(``spent4``), development material.

Round 5 (r244-r294, :data:`ROUND5_CASES`: Vĩnh Long, Tiền Giang, Hà Nội, Đà Nẵng, Hà Giang,
Quảng Nam, Bà Rịa - Vũng Tàu, Bình Định, Phú Yên, Gia Lai, Yên Bái, Thái Nguyên, Quảng Bình,
Đồng Nai, Kon Tum, Hưng Yên, Thanh Hóa, Phú Thọ, Tuyên Quang, Cần Thơ, Lâm Đồng, Bạc Liêu, Sóc
Trăng, Quảng Ngãi, Ninh Thuận, Bình Thuận, An Giang, Ninh Bình, Cao Bằng, Quảng Ninh, Nghệ An
…, 2010-2026, seven of them after the two-tier reform of 7/2025): 51 new excerpts, 16 assigning
nothing, none of them in the earlier rounds (addresses and texts checked), each annotated BEFORE
the reader was run on it. The split was fixed before any rule of round 5 was written: every
second new excerpt (r244, r246, …, even numbers) is the HELD-OUT part, scored once before round
5's rules (the figure of round 4's reader: P 1.000, R 0.641, lead recall 0.641, coordinator recall
1.000, 4 silent of 26; the dev part then at P 0.900, R 0.880, its ``dev5`` at P 0.720, R 0.545, 7
silent of 25) and once at the end, after round 5's rules (P 1.000, R 0.667, lead recall 0.667,
coordinator recall 1.000, 4 silent: one pair more found, the silent excerpts unchanged), never read
to write or tune a rule (:func:`held_out`); the odd ones (r245, r247, …) are round 5's dev part
(``dev5``). Round 5's rules were written on the development parts only (``dev5`` P 0.720 → 0.867,
R 0.545 → 0.788; the whole dev part P 0.900 → 0.919, R 0.880 → 0.913, 14 silent → 7).
Round 5's held-out part was then read like the earlier ones: it is SPENT since round 6
(``spent5``), development material.

Round 6 (r295-r335, :data:`ROUND6_CASES`: Thanh Hóa, Hà Nội, Lào Cai, Hậu Giang, Hà Tĩnh, Quảng
Nam, Đắk Lắk, Đắk Nông, Phú Thọ, Vĩnh Phúc, Nghệ An, Khánh Hòa, Bắc Kạn, Tuyên Quang, TP.HCM,
Quảng Trị, Cà Mau, An Giang, Hưng Yên, Hòa Bình …, 2014-2026, 19 of them after the two-tier
reform of 7/2025): 41 new excerpts, 11 assigning nothing, none of them in the earlier rounds
(addresses and texts checked), each annotated BEFORE the reader was run on it. The split was
fixed before any rule of round 6 was written: every second new excerpt (r296, r298, …, even
numbers) is the HELD-OUT part, scored once before round 6's rules (the figure of round 5's
reader: P 0.926, R 0.806, lead recall 0.839, coordinator recall 0.500, 1 silent of 20; 25 of 31
pairs found, 27 proposed; the dev part then at P 0.919, R 0.883, lead recall 0.898, coordinator
recall 0.865, 12 silent of 315, its ``dev6`` at P 0.829, R 0.725, 1 silent of 21) and once at the
end, after round 6's rules (P 0.926, R 0.806, lead recall 0.839, coordinator recall 0.500, 1 silent:
the same 25 pairs of 31 found, 27 proposed, nothing more found and nothing lost), never read to
write or tune a rule (:func:`held_out`); the odd ones (r295, r297, …) are round 6's dev part
(``dev6``). Round 6's rules were written on the development parts only (``dev6`` P 0.829 → 0.889,
R 0.725 → 0.800; the whole dev part P 0.919 → 0.925, R 0.883 → 0.909, lead recall 0.898 → 0.922,
coordinator recall 0.865 → 0.885, 12 silent → 7).
Round 6's held-out part is SPENT since round 7 (``spent6``), development material.

Round 7 (r336-r370, :data:`ROUND7_CASES`: Nghệ An, Đắk Lắk, Phú Yên, Thanh Hóa, Thừa Thiên Huế,
Gia Lai, Đà Nẵng, Bà Rịa - Vũng Tàu, Kon Tum, Sơn La, Đồng Nai, TP.HCM, An Giang, Vĩnh Long, Tây
Ninh, Sóc Trăng, Đồng Tháp, Bình Định, Hà Nội, Thái Nguyên, Vĩnh Phúc …, 2012-2025, 12 of them
after the two-tier reform of 7/2025): 35 new excerpts, 13 assigning nothing, none of them in the
earlier rounds (addresses and texts checked), each annotated BEFORE the reader was run on it. The
split was fixed before any rule of round 7 was written: every second new excerpt (r336, r338, …,
even numbers) is the HELD-OUT part, scored once before round 7's rules (the figure of round 6's
reader: P 0.974, R 0.691, lead recall 0.691, coordinator recall 0.357, 2 silent of 18; 38 of 55
pairs found, 39 proposed; the dev part then at P 0.920, R 0.904, lead recall 0.918, coordinator
recall 0.846, 8 silent of 352, its ``dev7`` at P 0.765, R 0.929, no silent of 17) and once at the
end (P 0.974, R 0.691, lead recall 0.691, coordinator recall 0.357, 2 silent: the same reader, no
rule of round 7 was kept: the one tried on the dev parts, a first unregistered body stepped over in
a list of coordinators, changed no dev figure and was dropped), never read to write or tune a rule
(:func:`held_out`); the odd ones (r337, r339, …) are round 7's dev part (``dev7``).
A second pass of rules after round 7, written on the development parts only (the coordinator
misses of the dev parts grouped by shape: a later clause "…; (đồng thời, chủ trì,) phối hợp với
…" naming no lead of its own, "các ngành (có) liên quan" and "các cơ quan chức trách" as those
concerned, a body the registry does not know stepped over in a list of coordinators; the whole
dev part P 0.920 → 0.920, R 0.904 → 0.904, lead recall 0.918 → 0.918, coordinator recall 0.846
→ 0.897, 8 silent → 8), then scored the held-out part exactly once more, its total line only
(P 0.974, R 0.691, lead recall 0.691, coordinator recall 0.357 → 0.429, 2 silent of 18: the
same 38 of 55 pairs found, 39 proposed; coordinators found more often, nothing lost). The
held-out part has now been scored three times, never read. Round 7's held-out part is SPENT since
round 8 (``spent7``), development material.

Round 8 (r371-r400, :data:`ROUND8_CASES`: Lạng Sơn, Điện Biên, Tuyên Quang, Hưng Yên, Quảng Trị,
Lâm Đồng, Gia Lai, Bình Thuận, Phú Thọ, Cà Mau, An Giang, Khánh Hòa, Đồng Nai, Quảng Ngãi, Long
An, Tây Ninh, Hà Tĩnh, 2017-2026, 14 of them after the two-tier reform of 7/2025): 30 new
excerpts, 7 assigning nothing, none of them in the earlier rounds (addresses and texts checked;
a second paper's report of r329's instruction and a page repeating an earlier Hà Tĩnh excerpt
were dropped), each annotated BEFORE the reader was run on it. The split was fixed before any
rule of round 8 was written: every second new excerpt (r372, r374, …, even numbers) is the
HELD-OUT part (:func:`held_out`, 15 excerpts, 23 pairs); the odd ones (r371, r373, …) are round
8's dev part (``dev8``). Scored once before round 8's rules (round 7's reader: P 1.000, R 0.522,
lead recall 0.522, coordinator recall 0.000, 3 silent of 15; the CRF of ``tools/directive_tagger.py``
trained on the 385 development excerpts, alone: P 0.667, R 0.870; the combination frozen before
it, the rules and the leads the CRF is sure of where they propose nothing: P 0.867, R 0.565) and
once at the end, after round 8's rules, written on the development parts only (their recall 0.884
→ 0.896; ``spent7`` 0.691 → 0.818): P 1.000, R 0.522, lead recall 0.522, coordinator recall
0.000, 3 silent, unchanged.

:func:`dev` is every part but the held-out one.

A lead is an agency's name from :data:`AGENCIES`, or ``group:<kind>``:
``department`` ("các sở, ban, ngành"), ``district`` ("UBND các huyện, thị xã, thành phố",
before 7/2025), ``commune`` ("UBND các xã, phường, thị trấn"), ``related`` ("các cơ quan, đơn vị
liên quan"), ``boards`` ("các Ban Quản lý dự án"). A deadline is a date or ``None``.
"""

from datetime import date

from odoo.addons.task_oversight.tools.directive_reader import Agency

D = date

# The agencies the scorer matches against: a province's standard list of departments, boards and
# sectors (names of 2019-2024, those of the mergers of 2025 beside them), its districts and a few
# communes, with every name the excerpts give a task to. Written for the scorer from the names in
# the excerpts, not from the reader.
_DEPARTMENTS = [
    "Văn phòng UBND tỉnh",
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Kế hoạch và Đầu tư",
    "Sở Tài chính",
    "Sở Công Thương",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Nông nghiệp và Môi trường",
    "Sở Giao thông vận tải",
    "Sở Xây dựng",
    "Sở Quy hoạch - Kiến trúc",
    "Sở Tài nguyên và Môi trường",
    "Sở Thông tin và Truyền thông",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Văn hóa và Thể thao",
    "Sở Du lịch",
    "Sở Khoa học và Công nghệ",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Ngoại vụ",
    "Sở Dân tộc và Tôn giáo",
    "Thanh tra tỉnh",
    "Ban Dân tộc tỉnh",
    "Ban Quản lý Khu kinh tế tỉnh",
    "Ban Quản lý Khu kinh tế Đông Nam",
    "Ban Quản lý các khu công nghiệp tỉnh",
    "Ban Quản lý dự án Thủy lợi và Phòng chống thiên tai tỉnh",
    "Ban Chỉ huy Phòng chống thiên tai - Tìm kiếm cứu nạn và Phòng thủ dân sự tỉnh",
    "Văn phòng Điều phối nông thôn mới tỉnh",
    "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
    "Trung tâm Phục vụ hành chính công tỉnh",
    "Trung tâm Nghiên cứu giống cây trồng tỉnh",
    "Đài Phát thanh và Truyền hình tỉnh",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Liên đoàn Lao động tỉnh",
    "Tỉnh Đoàn",
    "Hội Liên hiệp Phụ nữ tỉnh",
    # round 2
    "Ban Quản lý các dự án trọng điểm phát triển đô thị",
    "Ban Quản lý dự án đầu tư xây dựng tỉnh",
    "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
    "Ban An toàn giao thông tỉnh",
    # round 3
    "Ban Quản lý các khu chức năng đô thị",
    "Hiệp hội Vận tải ô tô tỉnh",
    # round 6
    "Ban Quản lý dự án đầu tư xây dựng các công trình Nông nghiệp và Phát triển nông thôn tỉnh",
]
_UNITS = [
    "Công an tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh",
    "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    "Bộ Tư lệnh Thủ đô Hà Nội",
    "Cục Thuế tỉnh",
    "Cục Hải quan tỉnh",
    "Cục Thống kê tỉnh",
    "Cục Quản lý thị trường tỉnh",
    "Kho bạc Nhà nước tỉnh",
    "Bảo hiểm xã hội tỉnh",
    "Tổng Công ty Vận tải Hà Nội",
    # round 2
    "Viện Nghiên cứu phát triển Thành phố Hồ Chí Minh",
    # round 3
    "Vườn Quốc gia Yok Don",
    "Cục Dự trữ Nhà nước khu vực Bình Trị Thiên",
    # round 6
    "Đài Khí tượng thủy văn tỉnh",
    "Vườn Quốc gia Mũi Cà Mau",
    # round 7
    "Văn phòng Đăng ký đất đai tỉnh",
]
_DISTRICTS = [
    "UBND huyện Bình Sơn",
    "UBND huyện Sơn Tịnh",
    "UBND huyện Nghĩa Hành",
    "UBND thị xã Đức Phổ",
    "UBND huyện Sơn Hòa",
    "UBND huyện Sóc Sơn",
    "UBND huyện Bến Cầu",
    "UBND thành phố Cà Mau",
    "Văn phòng HĐND và UBND huyện",
    # round 2
    "UBND huyện Lâm Hà",
    "UBND thành phố Quảng Ngãi",
    "UBND huyện Triệu Phong",
    "UBND huyện Tây Trà",
    "UBND huyện Quảng Xương",
    "UBND huyện An Lão",
    "UBND huyện Vĩnh Thạnh",
    "UBND huyện Vân Canh",
    "UBND huyện Hoài Ân",
    "UBND huyện Tây Sơn",
    "UBND huyện Phù Cát",
    "UBND thành phố Lào Cai",
    "UBND quận Liên Chiểu",
    "UBND huyện Long Mỹ",
    "UBND thành phố Vị Thanh",
    "UBND huyện Phú Quý",
    # round 3
    "UBND quận Ninh Kiều",
    "UBND thành phố Huế",
    "UBND huyện Khánh Vĩnh",
    # round 4
    "UBND huyện Đức Thọ",
    "UBND huyện Hồng Ngự",
    "UBND thành phố Phan Thiết",
    # round 5
    "UBND huyện Tuy An",
    "UBND thành phố Hưng Yên",
    "UBND huyện Đơn Dương",
    "UBND huyện Ninh Hải",
    # round 6
    "UBND huyện Sơn Dương",
    "UBND huyện Ngọc Hiển",
    "UBND huyện Trần Văn Thời",
    "UBND huyện Phú Tân",
    "UBND huyện Cái Nước",
    # round 7
    "UBND huyện Thanh Bình",
    "UBND thành phố Thủ Đức",
    "UBND thành phố Phổ Yên",
    # round 8
    "UBND huyện Tràng Định",
    "UBND huyện Hữu Lũng",
    "UBND huyện Đình Lập",
    "UBND huyện Vĩnh Linh",
    "UBND huyện Năm Căn",
    "UBND huyện Đầm Dơi",
]
_COMMUNES = [
    "UBND xã Nga Điền",
    "UBND xã Vĩnh Trạch",
    "UBND phường Hải Châu",
    "UBND xã Phương Hải",
    # round 6
    "UBND xã Đại Đình",
    "UBND phường Đông Hà",
    "UBND phường Nam Đông Hà",
    # round 7
    "UBND phường Đông Cao",
    # round 8
    "UBND xã Chi Lăng",
    "UBND xã Sơn Hà",
    "UBND xã Bắc Lãng",
]
# the same agency under the names a city gives it ("thành phố" for "tỉnh")
_ALIASES = {
    "Văn phòng UBND tỉnh": ("Văn phòng UBND thành phố",),
    "Công an tỉnh": ("Công an thành phố",),
    "Thanh tra tỉnh": ("Thanh tra thành phố",),
    # round 4: the name before the market-surveillance branches became departments (2018)
    "Cục Quản lý thị trường tỉnh": ("Chi cục Quản lý thị trường tỉnh",),
    # round 6: the tax and customs bodies under their names since 2025
    "Cục Thuế tỉnh": ("Thuế tỉnh",),
    "Cục Hải quan tỉnh": ("Chi cục Hải quan khu vực",),
    # round 7: the statistics office under its name since 2025
    "Cục Thống kê tỉnh": ("Thống kê tỉnh",),
}
AGENCIES = (
    [Agency(i, name, "department", _ALIASES.get(name, ())) for i, name in enumerate(_DEPARTMENTS, start=1)]
    + [Agency(100 + i, name, "unit", _ALIASES.get(name, ())) for i, name in enumerate(_UNITS, start=1)]
    + [Agency(200 + i, name, "district") for i, name in enumerate(_DISTRICTS, start=1)]
    + [Agency(300 + i, name, "commune") for i, name in enumerate(_COMMUNES, start=1)]
)

CASES = []
# -- batch 1 ----------------------------------------------------------------------------------
CASES += [
    {
        "url": "https://www.quangtri.gov.vn/%C4%90%E1%BB%90i-tho%E1%BA%A0i-doanh-nghi%E1%BB%86p?p_p_id=publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8_action=viewQuestionDetail&questionid=1701398290308",
        "date": D(2023, 11, 23),
        "classes": ["giao"],
        "text": """UBND tỉnh có ý kiến như sau:
Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp các đơn vị, địa phương liên quan nghiên cứu, đề xuất UBND tỉnh xem xét theo quy định; hoàn thành trước ngày 10/12/2023./.
(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)""",
        "assignments": [("Sở Tài nguyên và Môi trường", D(2023, 12, 10), ["group:related"])],
    },
    {
        "url": "http://baoquangnam.vn/cai-cach-hanh-chinh/tap-trung-xu-ly-dut-diem-cac-nhiem-vu-qua-han-90184.html",
        "date": D(2020, 7, 6),
        "classes": ["group", "date_dots", "bang_van_ban"],
        "text": """Để chấn chỉnh tình trạng một số đơn vị chưa nghiêm túc thực hiện các nhiệm vụ, công việc được giao, Chủ tịch UBND tỉnh yêu cầu giám đốc các sở, ban, ngành và chủ tịch UBND các huyện, thị xã, thành phố khẩn trương rà soát, triển khai ngay các nhiệm vụ UBND tỉnh đã giao theo đúng nội dung, tiến độ, chất lượng và báo cáo kết quả về Chủ tịch UBND tỉnh bằng văn bản trước ngày 20.7.2020. Trong đó, cần tập trung cập nhật, xử lý dứt điểm các nhiệm vụ quá hạn, quá hạn trong thời gian dài.""",
        "assignments": [("group:department", D(2020, 7, 20), []), ("group:district", D(2020, 7, 20), [])],
    },
    {
        "url": "https://luatminhkhue.vn/quyet-dinh-14-2014-qd-ubnd-ve-trach-nhiem-quan-ly-nha-nuoc-ve-chat-luong-cong-trinh-xay-dung-tren-dia-ban-tinh-long-an.aspx",
        "date": D(2014, 3, 10),
        "classes": ["giao", "glued"],
        "text": """Điều 2. Giaocho Sở Xây dựng chủ trì, phối hợp các Sở, ngành tnh, Ủyban nhân dân các huyện, thị xã, thành phố tổ chức triển khai, hướng dẫn, kiểmtra, đôn đốc thực hiện Quyết định này.""",
        "assignments": [("Sở Xây dựng", None, ["group:department", "group:district"])],
    },
    {
        "url": "http://vpubnd.haiduong.gov.vn/Modules/Article/ArticlePrint.aspx?ArticleID=27835",
        "date": D(2020, 4, 16),
        "classes": ["recipients", "group"],
        "text": """Ngày 16/4/2020, UBND tỉnh ban hành công văn số 1232/UBND-VP gửi các sở, ngành trực thuộc UBND tỉnh; UBND các huyện, thành phố, thị xã về việc tổ chức trực và báo cáo tình hình trong dịp nghỉ Lễ 30/4 – 1/5.

Theo đó, thực hiện Công văn số 2964/VPCP-TH ngày 15/4/2020 của Văn phòng Chính phủ về việc tổ chức trực và báo cáo tình hình trong dịp nghỉ Lễ 30/4 – 1/5 năm 2020; Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4/2020 đến hết ngày 03/5/2020, các Đơn vị bố trí, phân công trực hợp lý; thường xuyên nắm tình hình, chủ động xử lý những vấn đề phát sinh; nếu có những vấn đề nổi cộm, đột xuất, khẩn cấp thuộc ngành, lĩnh vực, địa bàn quản lý, kịp thời báo cáo UBND tỉnh để xem xét, chỉ đạo.""",
        "assignments": [("group:department", D(2020, 5, 3), []), ("group:district", D(2020, 5, 3), [])],
    },
    {
        "url": "https://snv.binhdinh.gov.vn/vi/news/cong-tac-ton-giao/bao-dam-nep-song-van-minh-an-toan-tiet-kiem-trong-cac-hoat-dong-tin-nguong-ton-giao-dip-tet-nguyen-dan-giap-thin-va-le-hoi-xuan-2024-993.html",
        "date": D(2024, 1, 15),
        "classes": ["group", "de_nghi"],
        "text": """Theo đó, Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố triển khai thực hiện và báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) nếu có vấn đề phát sinh vượt thẩm quyền.
Xem chi tiết công văn đính kèm./.""",
        "assignments": [
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None, []),
            ("group:department", None, []),
            ("group:district", None, []),
        ],
    },
    {
        "url": "https://baotayninh.vn/thoi-su-chinh-tri/tay-ninh",
        "date": D(2020, 3, 1),
        "classes": ["group"],
        "text": """Chủ tịch Ủy ban nhân dân (UBND) tỉnh vừa ban hành chỉ thị yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố quyết liệt triển khai thực hiện nghiêm túc, có hiệu quả các nhiệm vụ nhằm ngăn chặn kịp thời việc lây lan dịch covid-19 trên địa bàn tỉnh.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://phucu.hungyen.gov.vn/portal/pages/print.aspx?p=9034",
        "date": D(2020, 4, 16),
        "classes": ["group"],
        "text": """Thực hiện chỉ đạo của Thủ tướng Chính phủ tại cuộc họp Thường trực Chính phủ ngày 15/4/2020 về phòng, chống dịch Covid-19, Chủ tịch UBND tỉnh yêu cầu các thành viên Ban chỉ đạo phòng, chống dịch Covid-19 các cấp; Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố; Chủ tịch UBND các xã, phường, thị trấn; người đứng đầu các cơ quan, đơn vị, doanh nghiệp và toàn thể Nhân dân thực hiện quyết liệt công tác phòng, chống dịch Covid-19 trên địa bàn tỉnh.""",
        "assignments": [("group:department", None, []), ("group:district", None, []), ("group:commune", None, [])],
    },
    {
        "url": "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-2862-QD-UBND-2018-kien-nghi-cua-nguoi-dan-doanh-nghiep-tren-Cong-thong-tin-Son-La-400875.aspx?tab=2",
        "date": D(2018, 11, 16),
        "classes": ["negative"],
        "text": """Điều 2. Quyết định này có hiệu lực từ ngày ký ban hành.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, ban,
ngành; Chủ tịch Ủy ban nhân dân các huyện, thành phố; Thủ trưởng các cơ quan,
đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.""",
        "assignments": [],
    },
    {
        "url": "http://113.160.144.194/detailNews.aspx?Cate=3&id=19262&lang=vi",
        "date": D(2019, 5, 21),
        "classes": ["group", "next_sentence_deadline", "giao"],
        "text": """Ngày 21/ 5, UBND tỉnh banh Công văn số 846 /UBND-TH về việc báo cáo tình hình triển khai thực hiện và giải ngân kế hoạch đầu tư công năm 2019.
Công văn nêu rõ: UBND tỉnh nhận được Công văn số 3145/BKHĐT-KTĐPLT ngày 15/5/2019 của Bộ Kế hoạch và Đầu tư về việc báo cáo tình hình triển khai thực hiện và giải ngân kế hoạch đầu tư công năm 2019, Sau khi xem xét, Uỷ ban nhân dân tỉnh có ý kiến chỉ đạo như sau:
Giao các sở, ngành tỉnh; Uỷ ban nhân dân các huyện, thành phố; Các Ban QLDA chuyên ngành tỉnh báo cáo tình hình triển khai thực hiện và giải ngân kế hoạch đầu tư công năm 2019 theo đề nghị của Bộ Kế hoạch và Đầu tư tại Công văn số 3145/BKHĐT-KTĐPLT ngày 15/5/2019 (Sao gửi Công văn kèm theo). Yêu cầu gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày 23/5/2019.
Giao Sở Kế hoạch và Đầu tư chủ trì phối hợp với các đơn vị liên quan tổng hợp chung báo cáo. Yêu cầu hoàn thiện gửi Văn phòng Uỷ ban nhân dân trước ngày 24/5/2019.""",
        "assignments": [
            ("group:department", D(2019, 5, 23), []),
            ("group:district", D(2019, 5, 23), []),
            ("group:boards", D(2019, 5, 23), []),
            ("Sở Kế hoạch và Đầu tư", D(2019, 5, 24), ["group:related"]),
        ],
    },
    {
        "url": "https://thanhtra.com.vn/phong-chong-tham-nhung/tin-tuc/bao-cao-viec-thuc-hanh-tiet-kiem-chong-lang-phi-giai-doan-2016-2021-191525.html",
        "date": D(2021, 12, 1),
        "classes": ["giao", "coordinators"],
        "text": """Văn bản nêu rõ: Thực hiện Văn bản số 7840/BKHĐT-GSTĐĐT ngày 12/11/2021 của Bộ Kế hoạch và Đầu tư về việc báo cáo đoàn giám sát của Quốc hội khoá XV về việc thực hành tiết kiệm, chống lãng phí giai đoạn 2016-2021; Chủ tịch UBND tỉnh giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan rà soát, xây dựng dự thảo Báo cáo việc thực hiện chính sách, pháp luật về thực hành tiết kiệm, chống lãng phí giai đoạn 2016-2021 trên địa bàn tỉnh theo nội dung yêu cầu  của Bộ Kế hoạch và Đầu tư tại văn bản nêu trên, báo cáo UBND tỉnh trước ngày 05/01/2022 để xem xét, báo cáo Bộ Kế hoạch và Đầu tư theo quy định.

Giám đốc Sở Kế hoạch và Đầu tư và thủ trưởng các sở, ngành liên quan phối hợp triển khai thực hiện, gửi báo cáo đảm bảo chất lượng và đúng thời gian quy định.""",
        "assignments": [("Sở Kế hoạch và Đầu tư", D(2022, 1, 5), ["group:department"])],
    },
    {
        "url": "https://baokhanhhoa.vn/chinh-tri/201906/thong-qua-noi-dung-cac-bao-cao-trinh-ky-hop-thu-8-hdnd-tinh-8118682",
        "date": D(2019, 6, 14),
        "classes": ["group", "press"],
        "text": """Kết luận cuộc họp, ông Lê Đức Vinh yêu cầu các sở, ban, ngành có liên quan khẩn trương bổ sung, hoàn chỉnh nội dung các báo cáo, tờ trình, dự thảo nghị quyết theo đúng trình tự, thủ tục quy định. Trong đó, lưu ý bổ sung, điều chỉnh chính xác các số liệu về tài chính; giải thích rõ nguyên nhân việc giải ngân các dự án chậm tiến độ; có đánh giá về những hạn chế, yếu kém trong việc quản lý xây dựng trên địa bàn tỉnh thời gian qua.""",
        "assignments": [("group:department", None, [])],
    },
    {
        "url": "https://thuvienphapluat.vn/van-ban/Dau-tu/Chi-thi-15-CT-UBND-2019-lap-ke-hoach-dau-tu-cong-trung-han-Thanh-Hoa-2021-2025-442230.aspx",
        "date": D(2019, 10, 10),
        "classes": ["group", "intro_lead"],
        "text": """Thực hiện Luật Đầu tư công, Luật
Ngân sách nhà nước, Chỉ thị số 20/CT-TTg ngày 29/7/2019 của Thủ tướng Chính phủ
và hướng dẫn của Bộ Kế hoạch và Đầu tư tại Công văn số 5743/SKHĐT-TH ngày
14/8/2019 về việc lập kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025, Chủ
tịch UBND tỉnh yêu cầu Giám đốc các sở, Trưởng các ban, ngành, đơn vị cấp tỉnh,
Chủ tịch UBND các huyện, thị xã, thành phố, Giám đốc các Ban Quản lý dự án
chuyên ngành, khu vực, các chủ đầu tư, triển khai việc lập kế hoạch đầu tư công
trung hạn giai đoạn 2021 - 2025, với các nội dung sau:""",
        "assignments": [("group:department", None, []), ("group:district", None, []), ("group:boards", None, [])],
    },
    {
        "url": "http://cand.com.vn/Giao-thong/Gia-han-giai-phong-mat-bang-du-an-duong-sat-do-thi-Cat-Linh-Ha-dong-364113/",
        "date": D(2015, 12, 1),
        "classes": ["subject_verb", "press"],
        "text": """Lãnh đạo TP yêu cầu Sở Xây dựng có trách nhiệm khẩn trương triển khai các thủ tục để hoàn thiện dự án theo đúng tiến độ được giao. Trong quá trình triển khai nếu có phát sinh khối lượng, điều chỉnh dự án trên, Sở Xây dựng báo cáo UBND TP xem xét quyết định theo đúng quy định hiện hành.""",
        "assignments": [("Sở Xây dựng", None, [])],
    },
    {
        "url": "https://moitruong.net.vn/tag/huyen-ba-thuoc/",
        "date": D(2023, 6, 1),
        "classes": ["group", "press"],
        "text": """Chủ tịch UBND tỉnh Thanh Hóa vừa có văn bản yêu cầu UBND các huyện, thành phố chỉ đạo các chủ đầu tư bãi tập kết cát, sỏi khẩn trương khắc phục các tồn tại, hạn chế đã được Sở Xây dựng kiểm tra, đánh giá.""",
        "assignments": [("group:district", None, [])],
    },
    {
        "url": "https://luatminhkhue.vn/quyet-dinh-44-2007-qd-ubnd-ve-quy-dinh-chinh-sach-xa-hoi-hoa-trong-linh-vuc-y-te-tren-dia-ban-tinh-lao-cai-do-uy-ban-nhan-dan-tinh-lao-cai-ban-hanh.aspx",
        "date": D(2007, 8, 3),
        "classes": ["giao", "glued", "coordinators"],
        "text": """Điều 2.Giao Sở Y tế chủ trì, phối hợp với các sở, ban, ngành liên quan, UBND cáchuyện, thành phố tổ chức hướng dẫn, triển khai Quy định này.""",
        "assignments": [("Sở Y tế", None, ["group:department", "group:district"])],
    },
    {
        "url": "https://thuvienphapluat.vn/bulletin/document.aspx?bid=aeb23e59-07f2-463f-9731-3f0d58a42c76&key=hthhopY64g2EiZ5QQ4Knfg%3D%3D",
        "date": D(2024, 2, 22),
        "classes": ["negative"],
        "text": """Điều 2.
Quyết định có hiệu lực thi hành kể từ ngày ký.
Điều 3.
Chánh Văn phòng UBND tỉnh; Giám đốc các sở, ban,
ngành cấp tỉnh; Chủ tịch UBND các huyện, thành phố, thị xã; Thủ trưởng các cơ
quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.""",
        "assignments": [],
    },
    {
        "url": "https://aiyeu.com/tintuc/vinh-phuc--thao-go-kho-khan-vuong-mac-trong-trien-khai-cac-du-an-khu-do-thi--nha-o/bao-xay-dung-325547124",
        "date": D(2023, 6, 1),
        "classes": ["group", "press"],
        "text": """(Xây dựng) – Tại hội nghị đánh giá tình hình quy hoạch, phát triển đô thị, công tác quản lý Nhà nước về dự án khu đô thị, nhà ở trên địa bàn tỉnh, Chủ tịch UBND tỉnh Vĩnh Phúc Trần Duy Đông yêu cầu các Sở, ngành tiếp tục rà soát các thủ tục để tháo gỡ khó khăn trong công tác bồi thường, giải phóng mặt bằng đẩy nhanh tiến độ dự án.""",
        "assignments": [("group:department", None, [])],
    },
]
# -- batch 2 ----------------------------------------------------------------------------------
CASES += [
    {
        "url": "https://7msportnews.org/thoi-tiet-dau-tuan-mien-bac-ret-hanh-mien-trung-co-mua-do-bao-so-9-50202120126403501-d1241851.html",
        "date": D(2025, 5, 1),
        "classes": ["factored_list", "press"],
        "text": """Phó Chủ tịch UBND tỉnh Quảng Ngãi -ông Võ Phiên yêu cầu các huyện Bình Sơn, Sơn Tịnh, Nghĩa Hành và TX Đức Phổ nghiêm túc thực hiện xây dựng và hoàn thiện dự toán thu, chi ngân sách nhà nước năm 2025 khi tổ chức lại đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền 2 cấp theo chỉ đạo của UBND tỉnh.""",
        "assignments": [
            ("UBND huyện Bình Sơn", None, []),
            ("UBND huyện Sơn Tịnh", None, []),
            ("UBND huyện Nghĩa Hành", None, []),
            ("UBND thị xã Đức Phổ", None, []),
        ],
    },
    {
        "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-1528-qd-ubnd-2021-thuc-hien-chuong-trinh-phat-trien-cong-tac-xa-hoi-binh-dinh-475208.html",
        "date": D(2021, 4, 29),
        "classes": ["giao"],
        "text": """Điều 2.
Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối
hợp với các cơ quan, đơn vị, địa phương liên quan tổ chức triển khai thực hiện
Kế hoạch này trên địa bàn tỉnh.""",
        "assignments": [("Sở Lao động - Thương binh và Xã hội", None, ["group:related"])],
    },
    {
        "url": "https://luatminhkhue.vn/quyet-dinh-2357-qd-ubnd-2015-dieu-chinh-chinh-sach-tro-giup-xa-hoi-doi-tuong-bao-tro-binh-dinh.aspx",
        "date": D(2015, 7, 2),
        "classes": ["giao", "glued", "coordinators"],
        "text": """Điều2. Giao Sở Lao động- Thương binh và Xã hội chủ trì, phối hợp với Sở Tài chính và các cơ quan, đơnvị, địa phương liên quan tổ chức triển khai thực hiện có hiệu quả các nội dungđã nêu trong Quy định kèm theo Quyết định này.""",
        "assignments": [("Sở Lao động - Thương binh và Xã hội", None, ["Sở Tài chính", "group:related"])],
    },
    {
        "url": "https://vanban123.vn/Quyet-dinh/Quyet-dinh-1563-QD-UBND-nam-2017-ve-Ke-hoach-thuc-hien-De-an-Doi-moi-phat-trien-tro-giup-xa-hoi-giai-doan-2018-2025-va-tam-nhin-den-nam-2030-tinh-Quang-Ngai-67250",
        "date": D(2017, 8, 24),
        "classes": ["negative", "factored_list"],
        "text": """Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động - Thương binh và Xã hội, Kế hoạch và Đầu tư, Tài chính, Thông tin và Truyền thông; Chủ tịch Ủy ban nhân dân các huyện, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.""",
        "assignments": [],
    },
]
# -- batch 3 ----------------------------------------------------------------------------------
CASES += [
    {
        "url": "https://backan.gov.vn/pages/ubnd-tinh-chi-dao-tong-ket-thuc-tien-nghien-cuu-ly-36aa.aspx",
        "date": D(2021, 3, 1),
        "classes": ["recipients", "group", "subject_verb"],
        "text": """Ngày 01/3/2021, UBND tỉnh ban hành Công văn số 1066/UBND-VXNV chỉ đạo các sở, ban, ngành thuộc UBND tỉnh và UBND các huyện, thành phố tổ chức tổng kết thực tiễn, nghiên cứu lý luận năm 2021.

Theo đó, UBND tỉnh yêu cầu các đơn vị, địa phương chỉ đạo, tổ chức triển khai tổng kết theo quy định và báo cáo kết quả thực hiện về Sở Kế hoạch và Đầu tư để tổng hợp trước ngày 01/11/2021.

Trên cơ sở báo cáo của các đơn vị, địa phương, Sở Kế hoạch và Đầu tư có nhiệm vụ tổng hợp báo cáo, tham mưu cho UBND tỉnh lựa chọn tổng kết thực tiễn, những cách làm hay, mô hình mới có hiệu quả trên địa bàn tỉnh thuộc các lĩnh vực phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh phù hợp với mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII đã đề ra; trình UBND tỉnh  trước ngày 15/11/2021 để tổng hợp, gửi Ban Tuyên giáo Tỉnh ủy đúng thời hạn quy định./.""",
        "assignments": [
            ("group:department", D(2021, 11, 1), []),
            ("group:district", D(2021, 11, 1), []),
            ("Sở Kế hoạch và Đầu tư", D(2021, 11, 15), []),
        ],
    },
    {
        "url": "https://184303.5707z.group/detailNews.aspx?Cate=2&id=17415&lang=vi",
        "date": D(2018, 7, 20),
        "classes": ["giao", "next_sentence_deadline"],
        "text": """Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Công Thương và Thủ trưởng các đơn vị liên quan phối hợp tổ chức triển khai thực hiện đánh giá 1 năm triển khai thực hiện Nghị định số 68/2017/NĐ-CP của Chính phủ về Quản lý, phát triển cụm công nghiệp.
Ngày 20/7/2018, Ủy ban nhân dân tỉnh nhận được Văn bản số 5658/BCT-CTĐP ngày 18/7/2018 của Bộ Công Thương về việc đánh giá kết quả 1 năm triển khai thực hiện Nghị định số 68/2017/NĐ-CP của Chính phủ .
Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:
Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan đánh giá, tổng hợp báo cáo kết quả triển khai thực hiện Nghị định số 68/2017/NĐ-CP của Chính phủ trên địa bàn tỉnh theo yêu cầu tại nội dung Văn bản số 5658/BCT-CTĐP ngày 18/7/2018 của Bộ Công Thương (Sao gửi kèm theo). Trình UBND tỉnh trước ngày 10/8/2018 để báo cáo Bộ Công Thương theo thời gian quy định.""",
        "assignments": [("Sở Công Thương", D(2018, 8, 10), ["group:related"])],
    },
    {
        "url": "https://hoabinh.gov.vn/tin-chi-tiet/-/bai-viet/cao-iem-bao-am-trat-tu-an-toan-giao-thong-tet-quy-ty-nam-2013-8201-1363.html",
        "date": D(2013, 1, 2),
        "classes": ["subject_verb", "plan"],
        "text": """Theo đó, trong thời gian từ đầu tháng 1/2013 tới ngày 15/3/2013, Công an tỉnh bố trí lực lượng thường xuyên kiểm tra, kiểm soát, điều khiển, hướng dẫn giao thông trong tất cả các ngày trước, trong và sau Tết; chỉ đạo Công an các huyện, thành phố huy động lực lượng Cảnh sát giao thông phối hợp với cảnh sát trật tự, cảnh sát hình sự tăng cường kiểm tra, xử lý các hành vi vi phạm theo chuyên đề đối với xe ô tô chở khách, xe tải và xe mô tô vi phạm…
Sở GTVT chỉ đạo lực lượng thanh tra phối hợp với Cảnh sát giao thông, cảnh sát trật tự có biện pháp ngăn chặn, xử lý kiên quyết các phương tiện chở khách, chở quá số người quy định ngay tại bến và trong suốt hành trình vận chuyển; tăng cường kiểm tra, xử lý vi phạm hành lang an toàn đường bộ, lấn chiếm lòng, lề đường; các đơn vị quản lý đường bộ tăng cường công tác tuần đường để kịp thời xử lý các điểm có nguy cơ mất ATGT tại các đoạn đường đèo dốc, rà soát, bổ sung, sửa chữa hệ thống cọc tiêu, biển báo, vạch kẻ đường.""",
        "assignments": [("Công an tỉnh", D(2013, 3, 15), []), ("Sở Giao thông vận tải", None, [])],
    },
    {
        "url": "https://ls1.hethongphapluat.com/quyet-dinh-232-qd-ubnd-nam-2019-cong-bo-danh-muc-thu-tuc-hanh-chinh-thuc-hien-theo-co-che-mot-cua-mot-cua-lien-thong-thuoc-tham-quyen-giai-quyet-cua-so-giao-duc-va-dao-tao-tinh-ninh-binh.html",
        "date": D(2019, 4, 12),
        "classes": ["subject_verb"],
        "text": """Điều 2. Sở Giáo dục và Đào tạo có trách nhiệm bổ sung quy định về việc tiếp nhận, giải quyết hồ sơ để đảm bảo các thủ tục hành chính mới được công bố bổ sung được đưa vào thực hiện theo cơ chế một cửa, một cửa liên thông.""",
        "assignments": [("Sở Giáo dục và Đào tạo", None, [])],
    },
    {
        "url": "https://baokhanhhoa.vn/xa-hoi/giao-duc/202105/thanh-lap-ban-chi-dao-ky-thi-tot-nghiep-trung-hoc-pho-thong-nam-2021-8214962/",
        "date": D(2021, 5, 3),
        "classes": ["giao", "press"],
        "text": """UBND tỉnh giao Sở Giáo dục và Đào tạo là Cơ quan Thường trực của BCĐ, có trách nhiệm tham mưu, xây dựng và tổ chức triển khai chương trình, kế hoạch công tác của BCĐ...""",
        "assignments": [("Sở Giáo dục và Đào tạo", None, [])],
    },
]
# -- batch 4 ----------------------------------------------------------------------------------
CASES += [
    {
        "url": "https://thanhtra.com.vn/khieu-nai-to-cao/lo-bao-cao-giai-quyet-don-cong-dan-so-tai-nguyen-va-moi-truong-dong-thap-bi-don-doc-185312.html",
        "date": D(2021, 4, 8),
        "classes": ["giao", "relative", "reminder"],
        "text": """Ngày 08/4/2021, Văn phòng UBND tỉnh ban hành Văn bản số 404/VPUBND-TCD-NC thông báo ý kiến chỉ đạo của Chủ tịch UBND tỉnh, giao Sở Tài nguyên và Môi trường phối hợp với Sở Công Thương trả lời đơn của bà Nguyễn Thị Thắng liên quan đến yêu cầu Nhà nước có quy hoạch vùng mỏ đất sản suất gạch nung trên địa bàn tỉnh; báo cáo UBND tỉnh trong 30 ngày làm việc.

Tuy nhiên, đến nay qua kiểm tra, rà soát Sở Tài nguyên và Môi trường chưa trình nội dung trên.

Căn cứ quy chế làm việc của UBND tỉnh ban hành kèm theo Quyết định số 03/2021/QĐ-UBND ngày 08/01/2021 của UBND tỉnh, Văn phòng UBND tỉnh đề nghị Sở Tài nguyên và Môi trường khẩn trương trình nội dung trên trước ngày 30/8/2021.""",
        # 30 working days (Monday to Friday) from Thursday 8 April 2021: Thursday 20 May 2021
        "assignments": [
            ("Sở Tài nguyên và Môi trường", D(2021, 5, 20), ["Sở Công Thương"]),
            ("Sở Tài nguyên và Môi trường", D(2021, 8, 30), []),
        ],
    },
    {
        "url": "http://113.160.144.194/detailNews.aspx?Cate=3&id=11146&lang=vi",
        "date": D(2015, 5, 26),
        "classes": ["group", "subject_verb"],
        "text": """Ngày 26/5/2015, UBND tỉnh ban hành Công văn số 703 /UBND-TN, công tác điều chỉnh quy hoạch sử dụng đất đến năm 2020 và lập kế hoạch sử dụng đất kỳ cuối (2016-2020) trên địa bàn tỉnh
Theo đó, giao các sở, ngành liên quan có trách nhiệm rà soát, xác định nhu cầu sử dụng đất và đề xuất các công trình, dự án có sử dụng đất giai đoạn 2016 – 2020 của ngành, lĩnh vực mình theo nội dung Chỉ thị số 08/CT-TTg ngày 20/5/2015, gửi báo cáo về Sở Tài nguyên và Môi trường trước ngày 28/5/2015 để tổng hợp.
Uỷ ban nhân dân thành phố và các huyện tổ chức đánh giá tình hình thực hiện kế hoạch sử dụng đất kỳ đầu (2011 – 2015); rà soát, xác định nhu cầu sử dụng đất giai đoạn 2016 – 2020 trên địa bàn theo nội dung Chỉ thị số 08/CT-TTg ngày 20/5/2015, gửi báo cáo về Sở Tài nguyên và Môi trường trước ngày 28/5/2015 để tổng hợp.
Sở Tài nguyên và Môi trường đôn đốc các sở, ngành liên quan; Uỷ ban nhân dân thành phố và các huyện khẩn trương triển khai thực hiện Chỉ thị số 08/CT-TTg ngày 20 tháng 5 năm 2015 của Thủ tướng Chính phủ; tổng hợp số liệu, báo cáo Uỷ ban nhân dân tỉnh trước ngày 29/5/2015 để xem xét, báo cáo Bộ Tài nguyên và Môi trường theo quy định.""",
        "assignments": [
            ("group:department", D(2015, 5, 28), []),
            ("group:district", D(2015, 5, 28), []),
            ("Sở Tài nguyên và Môi trường", D(2015, 5, 29), []),
        ],
    },
    {
        "url": "https://phuyen.gov.vn/wps/portal/home/trang-chu/chi-tiet/tin-tuc-su-kien/hd-lanh-dao/kiem%20tra%20thong%20tin%20bai%20bao%20dang%20tren%20bao%20thanh%20tra/",
        "date": D(2023, 11, 6),
        "classes": ["giao", "glued", "coordinators", "next_sentence_deadline"],
        "text": """Sau khi tiếp nhận phản ánh của Báo Thanh tra (www.thanhtra.com.vn) số ra ngày 01/11/2023 đăng bài “Mỏ đá Chầm Mâm có dấu hiệu tác động dòng chảy ngoài phạm vi khai thác”; UBND tỉnh giao Sở Tài nguyên và Môi trườngchủ trì, phối hợp với Sở Nông nghiệp và PTNT, UBND huyện Sơn Hòa và các cơ quan liên quan tổ chức kiểm tra, xác minh làm rõ nội dung của bài báo nêu trên; có văn bản thông tin lại BáoThanh tra; đồng thời báo cáo UBND tỉnh kết quả thực hiện. Thời gian thực hiện hoàn thành trướcngày 20/11/2023.""",
        "assignments": [
            (
                "Sở Tài nguyên và Môi trường",
                D(2023, 11, 20),
                ["Sở Nông nghiệp và Phát triển nông thôn", "UBND huyện Sơn Hòa", "group:related"],
            )
        ],
    },
    {
        "url": "https://baomoi.com/tag/Th%C3%B4ng-t%C6%B0-s%E1%BB%91-17%2F2020%2FTT_BTNMT.epi",
        "date": D(2021, 1, 1),
        "classes": ["group", "press"],
        "text": """UBND tỉnh Lạng Sơn yêu cầu các đơn vị được giao kiểm tra, giám sát hoạt động khai thác khoáng sản trên địa bàn, kiên quyết xử lý nghiêm đối với các hành vi vi phạm quy định của pháp luật về Luật khoáng sản, Luật BVMT và Luật đất đai.
UBND tỉnh Kon Tum đã yêu cầu các cơ quan chức năng, UBND các huyện và thành phố, cũng như Thủ trưởng các đơn vị có liên quan tăng cường công tác kiểm tra, thanh tra và xử lý nghiêm các trường hợp vi phạm liên quan đến hoạt động khai thác cát và sỏi trong tỉnh.""",
        "assignments": [("group:related", None, []), ("group:related", None, []), ("group:district", None, [])],
    },
    {
        "url": "http://tranvanthoi.camau.dcs.vn/kiem-tra-ra-soat-ve-quan-ly-quy-hoach-xay-dung-dat-dai-tren-dia-ban.515",
        "date": D(2019, 1, 1),
        "classes": ["group", "giao"],
        "text": """Theo đó, Chủ tịch UBND tỉnh giao UBND huyện, thành phố Cà Mau khẩn trương thực hiện nhiệm vụ tự kiểm tra, rà soát về quản lý quy hoạch, xây dựng, đất đai và các vấn đề có liên quan theo ý kiến chỉ đạo của Thường trực UBND tỉnh. Yêu cầu các địa phương thành lập Tổ kiểm tra, tiến hành kiểm tra, rà soát tại những địa bàn khó khăn, phức tạp, những địa bàn thường xảy ra nhiều sai phạm; các địa bàn còn lại, hướng dẫn UBND cấp xã phối hợp các ngành, đơn vị có liên quan chịu trách nhiệm tự kiểm tra, rà soát vào báo cáo kết quả thực hiện.""",
        "assignments": [("group:district", None, [])],
    },
    {
        "url": "https://m.baomoi.com/bo-sung-tinh-thanh-hoa-vao-quy-hoach-vung-san-xuat-lua-gao-phuc-vu-xuat-khau/c/39400835.epi",
        "date": D(2021, 6, 25),
        "classes": ["de_nghi", "date_dash"],
        "text": """UBND tỉnh Thanh Hóa vừa có văn bản về việc bổ sung tỉnh Thanh Hóa vào quy hoạch vùng sản xuất lúa gạo phục vụ xuất khẩu.

Theo đó, UBND tỉnh đề nghị Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các đơn vị liên quan, làm việc trực tiếp với Bộ Nông nghiệp và Phát triển nông thôn để xin ý kiến chỉ đạo cụ thể về điều kiện quy hoạch vùng trọng điểm sản xuất lúa gạo của cả nước phục vụ xuất khẩu; trên cơ sở đó, tham mưu đề xuất về trình tự, thủ tục để bổ sung tỉnh Thanh Hóa vào quy hoạch vùng sản xuất lúa gạo phục vụ xuất khẩu, báo cáo Chủ tịch UBND tỉnh trước ngày 15-7-2021.""",
        "assignments": [("Sở Nông nghiệp và Phát triển nông thôn", D(2021, 7, 15), ["group:related"])],
    },
    {
        "url": "https://sonnptnt.hungyen.gov.vn/portal/pages/print.aspx?p=10385",
        "date": D(2019, 5, 1),
        "classes": ["group", "de_nghi"],
        "text": """Để bản dự thảo Đề cương 02 đề án nêu trên hoàn chỉnh hơn trước khi trình UBND tỉnh, Sở Nông nghiệp và PTNT đề nghị các UBND huyện, thị xã, thành phố tham gia ý kiến đóng góp.""",
        "assignments": [("group:district", None, [])],
    },
    {
        "url": "https://tinbatdongsan.com/tin-tuc/p484.htm",
        "date": D(2015, 1, 1),
        "classes": ["giao", "coordinators", "phoi_hop_lead"],
        "text": """Mới đây, UBND Tp.HCM đã giao Sở Quy hoạch - Kiến trúc phối hợp với các sở, ngành liên quan và UBND các huyện, quận đánh giá tình hình thực hiện quy hoạch các đồ án quy hoạch phân khu tỷ lệ 1/2.000 trên địa bàn TP, báo cáo kết quả cho HĐND TP chậm nhất là cuối tháng ...""",
        "assignments": [("Sở Quy hoạch - Kiến trúc", None, ["group:department", "group:district"])],
    },
    {
        "url": "http://cand.com.vn/Xa-hoi/Ha-Noi-yeu-cau-xu-ly-dut-diem-154-truong-hop-vi-pham-xay-dung-465131/",
        "date": D(2017, 11, 6),  # the article's month (after "30-10"); the year is the article's
        "classes": ["giao", "date_dash", "group"],
        "text": """Theo đó, với các công trình sai phạm về trật tự xây dựng thuộc thẩm quyền của thành phố, giao Sở Xây dựng chủ trì phối hợp với các sở ngành chức năng và UBND các quận, huyện liên quan, thống nhất đề xuất giải quyết theo đúng quy định, báo cáo UBND TP trước ngày 15-12.

Đối với các công trình sai phạm về trật tự xây dựng thuộc thẩm quyền của UBND các quận, huyện, thị xã, theo báo cáo của Sở Xây dựng tính đến ngày 30-10 đã giảm từ 198 trường hợp xuống còn 154 trường hợp vi phạm.

UBND TP giao Chủ tịch UBND các quận, huyện, thị xã tiếp tục chỉ đạo UBND các phường, xã, thị trấn nơi có công trình vi phạm, phối hợp các phòng, ban chuyên môn tập trung lực lượng xử lý dứt điểm đối với 154 trường hợp vi phạm về quy hoạch, trật tự xây dựng, đất đai trên địa bàn.""",
        "assignments": [
            ("Sở Xây dựng", D(2017, 12, 15), ["group:department", "group:district"]),
            ("group:district", None, []),
        ],
    },
    {
        "url": "https://danviet.vn/print-7777120108.htm",
        "date": D(2012, 1, 1),
        "classes": ["passive"],
        "text": """Sở Quy hoạch - Kiến trúc cũng được giao xác định lộ trình thực hiện quy hoạch xây dựng nông thôn mới tại các xã, kết hợp điểm đặc thù giữa các xã còn đất nông nghiệp và những xã đô thị hóa hoàn toàn. Sau đó, UBND thành phố sẽ tạm ứng cho mỗi xã 500 triệu đồng để tiến hành lập quy hoạch xây dựng NTM.""",
        "assignments": [("Sở Quy hoạch - Kiến trúc", None, [])],
    },
]
# -- batch 5 ----------------------------------------------------------------------------------
CASES += [
    {
        "url": "https://baoninhbinh.org.vn/s/s%E1%BB%9F%20N%E1%BB%99i%20v%E1%BB%A5?page=8",
        "date": D(2019, 5, 1),
        "classes": ["passive", "coordinators"],
        "text": """Sở Nội vụ được UBND tỉnh giao phối hợp với Sở Tư pháp triển khai 1 trong 4 nội dung về cải cách thủ tục hành chính, đó là việc thực hiện cơ chế một cửa, cơ chế một cửa liên thông trên địa bàn tỉnh.""",
        "assignments": [("Sở Nội vụ", None, ["Sở Tư pháp"])],
    },
    {
        "url": "http://www.caobang.gov.vn/content/ubnd-t%E1%BB%89nh-y%C3%AAu-c%E1%BA%A7u-b%C3%A1o-c%C3%A1o-k%E1%BA%BFt-qu%E1%BA%A3-th%E1%BB%B1c-hi%E1%BB%87n-%C3%BD-ki%E1%BA%BFn-ki%E1%BA%BFn-ngh%E1%BB%8B-c%E1%BB%A7a-c%E1%BB%AD-tri-v%C3%A0-ch%E1%BA%A5t-v%E1%BA%A5n-c%E1%BB%A7a-%C4%91%E1%BA%A1i",
        "date": D(2017, 5, 24),
        "classes": ["group", "next_sentence_deadline"],
        "text": """Theo đó, để thực hiện đôn đốc kết quả thực hiện ý kiến kiến nghị của cử tri và chất vấn của Đại biểu HĐND tỉnh tại kỳ họp thứ 4 HĐND tỉnh khóa XVI được chủ động, kịp thời nhằm giải quyết và tháo gỡ khó khăn, đáp ứng nguyện vọng của cử tri và chất vấn của Đại biểu HĐND tỉnh; Chủ tịch UBND tỉnh yêu cầu lãnh đạo các sở, ban, ngành thuộc tỉnh, Chủ tịch UBND các huyện, thành phố, thủ trưởng các đơn vị có liên quan khẩn trương đôn đốc các bộ phận chuyên môn tổng hợp báo cáo kết quả thực hiện gửi UBND tỉnh để báo cáo HĐND tỉnh phục vụ kỳ họp giữa năm 2017.

Báo cáo hoàn thành của các cơ quan, đơn vị gửi bằng văn bản và file điện tử về Ủy ban nhân dân tỉnh Cao Bằng trước ngày 05/6/2017.""",
        "assignments": [
            ("group:department", D(2017, 6, 5), []),
            ("group:district", D(2017, 6, 5), []),
            ("group:related", D(2017, 6, 5), []),
        ],
    },
    {
        "url": "https://daknong.gov.vn/tin-noi-bat1/-/view_content/70226217-chu-dong-ung-pho-voi-con-bao-so-6.html?_101_idStr=62589765%2C68370770%2C",
        "date": D(2019, 11, 9),
        "classes": ["group", "intro_lead"],
        "text": """Ngày 9/11, UBND tỉnh ban hành văn bản yêu cầu các sở, ban, ngành, UBND các huyện, thị xã, các đơn vị quản lý hồ chứa thủy điện, thủy lợi và các đơn vị có liên quan chủ động ứng phó với cơn bão số 6 nnăm 2019:

1. Khẩn trương triển khai thực hiện nghiêm, kịp thời các nội dung chỉ đạo của Thủ tướng Chính phủ tại Công điện số 1512/CĐ-TTg ngày 08/11/2019.

2. Theo dõi chặt chẽ diễn biến cơn bão, chủ động chỉ đạo, triển khai các biện pháp, các nội dung UBND tỉnh đã chỉ đạo tại Công văn số 4486/UBND-KTN ngày 18/9/2019, Công văn số 3790/UBND-KTN ngày 08/8/2019, Công văn số 3794/UBND-KTN ngày 09/8/2019; Chỉ thị số 06/CT-UBND ngày 03/7/2019; Công văn số 248/PCTT ngày 31 tháng 10 năm 2019 của Ban Chỉ huy phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh và các văn bản khác có liên quan để đảm bảo an toàn tuyệt đối về người và tài sản trong mọi tình huống./.""",
        "assignments": [("group:department", None, []), ("group:district", None, []), ("group:related", None, [])],
    },
    {
        "url": "https://moitruong.net.vn/hoa-hoan-ptag.html",
        "date": D(2022, 9, 26),
        "classes": ["group", "press"],
        "text": """Chủ tịch UBND tỉnh Thanh Hóa vừa ban hành công điện 10/CĐ-UBND về việc tập trung ứng phó khẩn cấp với bão số 4 năm 2022. Theo đó, yêu cầu Chủ tịch UBND các huyện, thị xã, thành phố đình hoãn các cuộc họp không thực sự cấp bách để tập trung chỉ đạo, triển khai công tác ứng phó với bão.""",
        "assignments": [("group:district", None, [])],
    },
    {
        "url": "https://kinhtemoitruong.vn./ung-pho-voi-mua-lu-126520.tag",
        "date": D(2022, 9, 1),
        "classes": ["group", "press"],
        "text": """UBND tỉnh Nghệ An mới ban hành công điện yêu cầu Ban Chỉ huy phòng chống thiên tai – Tìm kiếm cứu nạn và phòng thủ dân sự, các sở, ngành và địa phương tổ chức theo dõi chặt chẽ diễn biến thời tiết, không để bị động, bất ngờ trong ứng phó với thiên tai""",
        "assignments": [
            ("Ban Chỉ huy Phòng chống thiên tai - Tìm kiếm cứu nạn và Phòng thủ dân sự tỉnh", None, []),
            ("group:department", None, []),
            ("group:district", None, []),
        ],
    },
    {
        "url": "https://www.quangtri.gov.vn/chi-tiet-tin/-/view-article/1/1580782110354/1596362020119",
        "date": D(2020, 8, 2),
        "classes": ["giao", "other_verbs"],
        "text": """Ngày 2/8/2020, UBND tỉnh đã ban hành Công văn số 3483/UBND-VX gửi Sở Y tế và Sở Tài chính về việc mua test xét nghiệm nhanh vi rút SARS-CoV-2.

Theo đó, UBND tỉnh đồng ý chủ trương bố trí 2,1 tỷ đồng để mua test xét nghiệm nhanh vi rút SARS-CoV-2 phục vụ công tác phòng, chống dịch COVID-19 như đề nghị của Sở Y tế tại Tờ trình số 255/TTr-SYT ngày 1/8/2020.

UBND tỉnh giao Sở Tài chính thẩm định, trình UBND tỉnh xem xét, quyết định (xem chi tiết).""",
        "assignments": [("Sở Tài chính", None, [])],
    },
    {
        "url": "https://daknong.gov.vn/tin-tuc-su-kien-/-/view_content/80160075-bao-cao-ket-qua-cong-tac-phong-chong-dich-covid-19.html",
        "date": D(2020, 4, 22),
        "classes": ["group", "next_sentence_deadline", "hour"],
        "text": """Nhằm đánh giá kết quả thực công tác phòng, chống dịch Covid-19 trong thời gian qua, đề xuất các giải pháp phòng, chống dịch trong giai đoạn tiếp theo; Ủy ban nhân dân tỉnh vừa ban hành Công văn số 1974/UBND-KGVX chỉ đạo các sở, ngành, UBND các huyện, thành phố và các đơn vị có liên quan báo cáo kết quả công tác phòng, chống dịch Covid-19; cụ thể:

UBND tỉnh yêu cầu các Sở, Ban, ngành, các hội, đoàn thể, đơn vị lực lượng vũ trang  cấp tỉnh, Ủy ban nhân dân các huyện, thành phố theo chức năng, nhiệm vụ tiến hành rà soát đánh giá, báo cáo kết quả thực hiện công tác phòng, chống dịch Covid-19 của đơn vị, địa phương từ ngày 30/01/2020 đến ngày 24/4/2020  (theo Đề cương báo cáo đính kèm).

Báo cáo gửi về Ủy ban nhân dân tỉnh (thông qua Sở Y tế) và gửi qua địa chỉ email: khnvsytdaknong@gmail.com chậm nhất 10h00' ngày 27/4/2020.

Giao Sở Y tế chịu trách nhiệm đôn đốc các đơn vị, địa phương, tổng hợp báo cáo gửi về UBND tỉnh trước 14h00 ngày 28/4/2020.""",
        "assignments": [
            ("group:department", D(2020, 4, 27), []),
            ("group:district", D(2020, 4, 27), []),
            ("Sở Y tế", D(2020, 4, 28), []),
        ],
    },
    {
        "url": "http://danvan.hungyen.dcs.vn/cong-van-hoa-toc-ve-viec-chu-dong-ung-pho-voi-bao-so-9-ragasa-c227564.html",
        "date": D(2025, 9, 24),
        "classes": ["group", "typo"],
        "text": """Ngày 24/9/2025, Ban Thường vụ Tỉnh ủy ban hành Công văn hỏa tốc về việc chủ động ứng phó với Bão số 9 (RAGASA). Ban Thường vụ Tỉnh ủy yêu cầu cấp ủy, tổ chức đảng, chính quyền các cấp, các sở, ban, ngành, Mặt trận Tố quốc Việt Nam, các tổ chức chính trị - xã hội tỉnh, lực lượng vũ trang và các địa phương trong tỉnh khẩn trương triển khai thực hiện tốt các nhiệm vụ trọng tâm trong Công văn.""",
        "assignments": [
            ("group:department", None, []),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None, []),
            ("group:commune", None, []),
        ],
    },
    {
        "url": "http://www.giadinhvietnam.com/tin-tuc/p3",
        "date": D(2018, 7, 18),
        "classes": ["group", "press"],
        "text": """Để đối phó với cơn bão số 3, Chủ tịch UBND tỉnh Thanh Hóa đã có công điện khẩn chỉ đạo các ban ngành, địa phương hoãn các cuộc họp để tập trung chống bão và mưa lũ.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
]
# -- batch 6 ----------------------------------------------------------------------------------
CASES += [
    {
        "url": "https://tayninh.gov.vn/vi/news/dua-nghi/ubnd-t-nh-ch--o-c-c-d--n--u-t-t-i-khu-kinh-t-c-a-kh-u-m-c-b-i-22719.html",
        "date": D(2013, 8, 5),
        "classes": ["giao", "subject_verb", "group"],
        "text": """Giao Ban Quản lý Khu kinh tế tiếp tục theo dõi, hỗ trợ, hướng dẫn các Nhà đầu tư triển khai thực hiện các dự án theo như tiến độ cam kết của nhà đầu tư để nhanh chóng triển khai thực hiện dự án; theo chức năng nhiệm vụ của mình giải quyết các vướng mắc của nhà đầu tư, nội dung nào vượt thẩm quyền báo cáo UBND tỉnh xem xét cho ý kiến.
UBND huyện Bến Cầu chỉ đạo Trung tâm Phát triển Quỹ đất huyện và các đơn vị trực thuộc có liên quan khẩn trương thực hiện công tác bồi thường, hỗ trợ và tái định cư của các Nhà đầu tư trong Khu kinh tế Cửa khẩu Mộc Bài.
Giao các sở, ngành tùy theo chức năng, nhiệm vụ của ngành mình hỗ trợ Nhà đầu tư để đẩy nhanh tiến độ thực hiện các dự án trong Khu kinh tế Cửa khẩu Mộc Bài và thực hiện đúng theo văn bản chỉ đạo số 3235/VP-KTTC ngày 05/8/2013 của UBND tỉnh Thông báo kết luận của đồng chí Chủ tịch UBND tỉnh tại cuộc họp cho ý kiến tháo gỡ khó khăn, vướng mắc của các nhà đầu tư đang triển khai thực hiện dự án tại Khu kinh tế Cửa khẩu Mộc Bài.""",
        "assignments": [
            ("Ban Quản lý Khu kinh tế tỉnh", None, []),
            ("UBND huyện Bến Cầu", None, []),
            ("group:department", None, []),
        ],
    },
    {
        "url": "https://nguoiquansat.vn/quy-hoach-khu-kinh-te-ptag.html",
        "date": D(2023, 1, 1),
        "classes": ["giao", "coordinators"],
        "text": """UBND tỉnh Nghệ An giao Ban Quản lý khu kinh tế Đông Nam chủ trì và phối hợp với các sở, ngành và địa phương triển khai kế hoạch, theo dõi và đôn đốc thực hiện.""",
        "assignments": [("Ban Quản lý Khu kinh tế Đông Nam", None, ["group:department", "group:district"])],
    },
    {
        "url": "http://www.phuyen.gov.vn/wps/portal/home/trang-chu/chi-tiet/tin-tuc-su-kien/chi-dao-dieu-hanh/tap+trung+chi+dao+duy+tri%2C+nang+cao+cac+tieu+chi+xa+dat+chuan+nong+thon+moi",
        "date": D(2018, 5, 31),
        "classes": ["group", "milestone", "glued"],
        "text": """Ngày 31/5, UBND tỉnh ban hành Văn bản chỉ đạo các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố tập trung chỉ đạo duy trì, nâng cao các Tiêu chí xã đạt chuẩn Nông thôn mới.

Theo đó, UBND tỉnh yêu cầu UBND các huyện, thị xã thành phố tập trung cao hơn nữa trong kiểm tra giám sát và xử lý tồn tại, hạn chế việc thực hiện Chương trình MTQG xây dựng nông thôn mới tại các xã đã đạt chuẩn, phấn đấu đến cuối năm 2018 có 100% số xã đã đạt chuẩn nông thôn mới giữ vững 19/19 tiêu chí; thường xuyên quan tâm, chỉ đạo, có giải pháp và thời gian cụ thể để đạt được các chỉ tiêu, tiêu chí không giữ vững. Đồng thời, xây dựng kế hoạch giữ vững và nâng cao chất lượng các tiêu chí, chỉ tiêu nông thôn mới nhằm xây dựng xã đạt chuẩn nông thôn mới nâng cao theo Quyết định số 530 của UBND tỉnh ban hành tiêu chí, chỉ tiêu xã đạt chuẩn nông thôn mới nâng cao giai đoạn 2018-2020 tỉnh.

Các sở, ngành được phân công phụ trách các chỉ tiêu, tiêu chíVăn phòng Điều phối nông thôn mới tỉnh thường xuyên hướng dẫn, kiểm tra, giải quyết các khó khăn vướng mắc của địa phương trong quá trình thực hiện Chương trình của các địa phương trong phạm vi đơn vị mình phụ trách.""",
        "assignments": [
            ("group:district", D(2018, 12, 31), []),
            ("group:department", None, []),
            ("Văn phòng Điều phối nông thôn mới tỉnh", None, []),
        ],
    },
    {
        "url": "https://hethongphapluat.vn/chi-thi-06-ct-ubnd-ve-tap-trung-thuc-hien-giai-phap-dam-bao-hoan-thanh-vuot-muc-du-toan-thu-ngan-sach-nha-nuoc-nam-2019-va-nhung-nam-toi-do-tinh-thanh-hoa-ban-hanh.html",
        "date": D(2019, 5, 2),
        "classes": ["heading_items"],
        "text": """Để đảm bảo hoàn thành vượt mức dự toán thu NSNN năm 2019 và những năm tới, Chủ tịch UBND tỉnh yêu cầu các cấp, các ngành tập trung lãnh đạo, chỉ đạo quyết liệt một số giải pháp sau đây:
1. Tập trung rà soát, xác định chính xác, đầy đủ, khách quan các đối tượng phải kê khai nộp thuế, doanh thu, cơ sở tính thuế, mức thuế phải nộp; không bỏ sót đối tượng, thất thoát nguồn thu.
a) Cục Thuế có trách nhiệm:
- Xác định chính xác, trung thực, khách quan đối tượng nộp thuế, doanh thu và mức thuế phải nộp, trong""",
        "assignments": [("Cục Thuế tỉnh", None, [])],
    },
    {
        "url": "https://baobinhdinh.vn/viewer.aspx?mabb=138142&macm=5&macmp=5",
        "date": D(2020, 1, 10),
        "classes": ["press", "names"],
        "text": """(BĐ) - Kết luận tại cuộc họp trực tuyến mới đây về triển khai Nghị quyết của Chính phủ và HĐND tỉnh về kế hoạch phát triển KT-XH và ngân sách nhà nước năm 2020, Chủ tịch UBND tỉnh Hồ Quốc Dũng chỉ đạo ngành Thuế tỉnh tập trung vào nhiệm vụ thu ngân sách năm 2020 phấn đấu bằng hoặc vượt kết quả thu của năm 2019; tập trung vào thu thuế công thương nghiệp - ngoài quốc doanh.
Kết thúc năm 2019, ngành Thuế tỉnh thu ngân sách nhà nước hơn 13.345 tỷ đồng, trong đó thu thuế lĩnh vực công thương nghiệp - ngoài quốc doanh là 2.085 tỷ đồng, đạt 95% kế hoạch dự toán năm. Đến nay, Bình Định liên tục 6 năm chưa hoàn thành dự toán thu trong lĩnh vực công thương nghiệp - ngoài quốc doanh. Do đó, Chủ tịch UBND tỉnh nhấn mạnh Cục Thuế tỉnh phải đôn đốc các địa phương thực hiện tốt các khoản thu, sắc thuế; tăng cường công tác phối hợp liên ngành để kết quả thu ngân sách đạt hiệu quả.""",
        "assignments": [("Cục Thuế tỉnh", None, []), ("Cục Thuế tỉnh", None, [])],
    },
]
# -- batch 7 ----------------------------------------------------------------------------------
CASES += [
    {
        "url": "http://dnls.langson.gov.vn/node/125",
        "date": D(2017, 10, 23),
        "classes": ["giao", "coordinators"],
        "text": """Thực hiện Công văn số 11034/VPCP-KGVX ngày 17/10/2017 của Văn phòng Chính phủ về “tình hình ô nhiễm môi trường do chất thải tại khu vực nông thôn”, đồng chí Lý Vinh Quang, Phó Chủ tịch UBND tỉnh có ý kiến như sau:

Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Nông nghiệp và Phát triển Nông thôn, UBND các huyện, thành phố và các cơ quan có liên quan chủ động thực hiện các nội dung và trực tiếp báo cáo Bộ Tài nguyên và Môi trường theo yêu cầu và hướng dẫn tại Công văn trên.

(Công văn số 11034/VPCP-KGVX ngày 17/10/2017 của Văn phòng Chính phủ gửi qua eOffice).

Văn phòng UBND tỉnh thông báo để Sở Tài nguyên và Môi trường, các cơ quan liên quan thực hiện./.""",
        "assignments": [
            (
                "Sở Tài nguyên và Môi trường",
                None,
                ["Sở Nông nghiệp và Phát triển nông thôn", "group:district", "group:related"],
            )
        ],
    },
    {
        "url": "https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh/quyet-dinh-11-2014-qd-ubnd-tiep-nhan-xu-ly-phan-anh-kien-nghi-quy-dinh-hanh-chinh-ha-tinh-224801.aspx",
        "date": D(2014, 3, 24),
        "classes": ["giao"],
        "text": """Điều 2. Giao Sở Tư pháp tổ chức triển khai, theo dõi, hướng dẫn, kiểm
tra và báo cáo tình hình tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ
chức theo quy định tại Quy chế này.""",
        "assignments": [("Sở Tư pháp", None, [])],
    },
    {
        "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-2177-QD-UBND-2014-Quy-che-phoi-hop-giai-quyet-nuoi-con-nuoi-co-yeu-to-nuoc-ngoai-Quang-Tri-257942.aspx?tab=7",
        "date": D(2014, 10, 13),
        "classes": ["negative", "factored_list"],
        "text": """Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Chánh Văn phòng UBND tỉnh, Giám đốc các Sở,
ngành: Tư pháp, Lao động, Thương binh và Xã hội, Y tế, Tài chính, Công an tỉnh,
Đài Phát thanh Truyền hình tỉnh, Báo Quảng Trị và Thủ trưởng các cơ quan có
liên quan chịu trách nhiệm thi hành Quyết định này.""",
        "assignments": [],
    },
    {
        "url": "http://truyenhinhdaknong.vn/tin-tuc/ubnd-tinh-dak-nong-chi-dao-dung-han-cac-le-hoi-chua-khai-mac-va-giam-han-quy-mo-cac-le-hoi-dang-dien-ra-tai-cac-dia-phuong-tren-dia-ban-tinh-6460.html",
        "date": D(2020, 2, 10),
        "classes": ["giao", "coordinators", "subject_verb", "names"],
        "text": """Theo đó UBND tỉnh yêu cầu Sở văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các Sở, Ban, ngành liên quan, UBND các huyện, thành phố tăng cường việc kiểm tra thực hiện dừng hẳn các lễ hội chưa khai mạc và giảm hẳn quy mô các lễ hội đang diễn ra tại các địa phương trên địa bàn tỉnh.

Sở Văn hóa, Thể thao và Du lịch, UBND các huyện, thành phố theo chức năng, thẩm quyền chỉ đạo, hướng dẫn các di tích lịch sử - văn hóa, danh lam thắng cảnh trên địa bàn tỉnh hoạt động bình thường và phải đảm bảo các yêu cầu về phòng, chống dịch bệnh.""",
        "assignments": [
            ("Sở Văn hóa, Thể thao và Du lịch", None, ["group:department", "group:district"]),
            ("Sở Văn hóa, Thể thao và Du lịch", None, []),
            ("group:district", None, []),
        ],
    },
    {
        "url": "https://thanhtra.com.vn/thanh-tra/hoat-dong-nganh/Thanh-tra-toan-dien-viec-quan-ly-su-dung-dat-rung-con-lai-tai-Soc-Son-142497.html",
        "date": D(2018, 12, 10),
        "classes": ["giao", "factored_list", "coordinators"],
        "text": """UBND TP Hà Nội cũng giao cho Thanh tra TP chủ trì cùng các Sở: Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường, Quy hoạch Kiến trúc, Xây dựng và UBND huyện Sóc Sơn rà soát, tổng hợp kết quả thực hiện xử lý sau thanh tra đất rừng huyện Sóc Sơn. Trong đó, yêu cầu làm rõ nội dung phải thực hiện; đã thực hiện; còn tồn tại; giải pháp từ đó đề xuất, báo cáo UBND TP để báo cáo Phó Thủ tướng Thường trực Chính phủ.""",
        "assignments": [
            (
                "Thanh tra tỉnh",
                None,
                [
                    "Sở Nông nghiệp và Phát triển nông thôn",
                    "Sở Tài nguyên và Môi trường",
                    "Sở Quy hoạch - Kiến trúc",
                    "Sở Xây dựng",
                    "UBND huyện Sóc Sơn",
                ],
            )
        ],
    },
    {
        "url": "https://kinhtedothi.vn/chan-chinh-hoat-dong-trong-giu-xe-tai-cac-khu-tai-dinh-cu.html",
        "date": D(2019, 5, 28),  # "ngày 28/5": the article's year
        "classes": ["giao", "factored_list", "coordinators"],
        "text": """Trước đề xuất trên, ngày 28/5, UBND TP đã có công văn giao Sở GTVT chủ trì phối hợp với các sở QHKT, Xây dựng, Tổng Công ty Vận tải Hà Nội và các đơn vị liên quan kiểm tra, rà soát báo cáo UBND TP trước ngày 10/6.""",
        "assignments": [
            (
                "Sở Giao thông vận tải",
                D(2019, 6, 10),
                ["Sở Quy hoạch - Kiến trúc", "Sở Xây dựng", "Tổng Công ty Vận tải Hà Nội", "group:related"],
            )
        ],
    },
    {
        "url": "http://tnmtnd.hanoi.gov.vn/index.php?option=com_content&view=article&id=14753&catid=10&Itemid=130",
        "date": D(2018, 10, 2),
        "classes": ["giao", "group"],
        "text": """Giao Bộ Tư lệnh Thủ đô Hà Nội, Công an thành phố Hà Nội có trách nhiệm lập, điều chỉnh Quy hoạch sử dụng đất đến năm 2020 và kế hoạch sử dụng đất cho mục đích an ninh, quốc phòng trên địa bàn thành phố Hà Nội, trình cấp có thẩm quyền phê duyệt theo quy định. UBND các quận, huyện, thị xã có trách nhiệm lập, điều chỉnh Quy hoạch sử dụng đất đến năm 2020 và kế hoạch sử dụng đất hàng năm cấp huyện, báo cáo Hội đồng thẩm định Thành phố thẩm định, trình UBND Thành phố phê duyệt theo quy định./.""",
        "assignments": [
            ("Bộ Tư lệnh Thủ đô Hà Nội", None, []),
            ("Công an tỉnh", None, []),
            ("group:district", None, []),
        ],
    },
    {
        "url": "http://tamlongvang.laodong.com.vn/bat-dong-san/sap-don-luc-tong-kiem-tra-cong-tac-quan-ly-trat-tu-xay-dung-575159.bld",
        "date": D(2016, 7, 20),
        "classes": ["giao"],
        "text": """Theo đó, UBND TP Hà Nội giao Sở Xây dựng chủ trì, tham mưu thành lập đoàn kiểm tra liên ngành, gồm 5 tổ công tác kiểm tra, xử lý các vi phạm trong công tác quản lý trật tự xây dựng và công tác quản lý đất đai, quy hoạch kiến trúc liên quan đến trật tự xây dựng trên địa bàn các quận, huyện trên.""",
        "assignments": [("Sở Xây dựng", None, [])],
    },
    {
        "url": "https://vietnamfdi.vn/News/Search?words=+%C4%91o%C3%A0n+ki%E1%BB%83m+tra+li%C3%AAn+ng%C3%A0nh",
        "date": D(2019, 1, 1),
        "classes": ["subject_verb", "phoi_hop_lead"],
        "text": """Theo kế hoạch, Sở Xây dựng sẽ phối hợp với Sở Tài nguyên và Môi trường thành lập đoàn kiểm tra liên ngành, kiểm tra, đôn đốc, đề xuất xử lý với các dự án có vi phạm, chưa khắc phục dứt điểm....""",
        "assignments": [("Sở Xây dựng", None, ["Sở Tài nguyên và Môi trường"])],
    },
    {
        "url": "http://www.baomoi.com/day-nhanh-tien-do-3-du-an-tai-huyen-thach-that/c/4933570.epi",
        "date": D(2010, 9, 20),
        "classes": ["group", "subject_verb", "coordinators"],
        "text": """l UBND TP Hà Nội cũng vừa ban hành kế hoạch tổng kết công tác thi hành Luật Đất đai năm 2003 trên địa bàn. Theo đó, UBND TP yêu cầu các sở, ban, ngành phối hợp với Sở TN&MT báo cáo tổng kết và đánh giá kết quả thực hiện công tác quản lý đất đai, hoàn thành trước ngày 5/10; các quận, huyện, thị xã triển khai và hoàn thành báo cáo tổng kết trước ngày 15/10;... Đồng thời, Sở TN&MT phải hoàn thiện báo cáo chung tổng kết thi hành Luật Đất đai trình UBND TP báo cáo Bộ TN&MT trước ngày 15/12/2010. Nguyễn Cao""",
        "assignments": [
            ("group:department", D(2010, 10, 5), ["Sở Tài nguyên và Môi trường"]),
            ("group:district", D(2010, 10, 15), []),
            ("Sở Tài nguyên và Môi trường", D(2010, 12, 15), []),
        ],
    },
    {
        "url": "http://www.daibieunhandan.vn/ha-noi-ra-soat-ket-qua-kiem-ke-dat-dai-nam-2019",
        "date": D(2020, 8, 10),
        "classes": ["group", "date_dots"],
        "text": """Theo đó, Ban Chỉ đạo Kiểm kê đất đai, lập bản đồ hiện trạng 2019 thành phố yêu cầu UBND các quận, huyện, thị xã chỉ đạo Phòng Tài nguyên và Môi trường, các phòng chức năng có liên quan, UBND các xã, phường, thị trấn khẩn trương tổ chức rà soát kết quả kiểm kê đất đai năm 2019 trên địa bàn; đồng thời ký duyệt sản phẩm kiểm kê đất đai năm 2019 theo quy định. UBND các quận, huyện, thị xã khẩn trương nhập dữ liệu lên phần mềm TK-Online và duyệt số liệu cấp huyện. Việc giao nộp sản phẩm của các địa phương ngoài các hồ sơ (bản giấy và bản số) theo quy định, còn phải gửi trên hệ thống phần mềm TK-Online.

Trước đó, UBND thành phố cũng đã có Văn bản số 3260/UBND-ĐT về việc đôn đốc thực hiện công tác kiểm kê đất đai, lập bản đồ hiện trạng sử dụng đất năm 2019 thành phố Hà Nội, yêu cầu UBND các quận, huyện, thị xã nộp báo cáo kết quả kiểm kê đất đai cấp huyện trước ngày 30.7.2020. Tuy nhiên, đến nay mới chỉ có một số quận, huyện nộp hồ sơ về Sở Tài nguyên và Môi trường.""",
        "assignments": [
            ("group:district", None, []),
            ("group:district", None, []),
            ("group:district", D(2020, 7, 30), []),
        ],
    },
]
# -- batch 8 ----------------------------------------------------------------------------------
CASES += [
    {
        "url": "https://baodongkhoi.vn/day-nhanh-tien-do-thuc-hien-du-an-chinh-trang-va-phat-trien-do-thi-moi-khu-vuc-tay-bac-tp-ben-tre-18062021-a87397.html",
        "date": D(2021, 6, 18),
        "classes": ["giao", "subject_verb", "press"],
        "text": """Thống nhất dự thảo kế hoạch triển khai dự án, Phó chủ tịch Thường trực UBND tỉnh Nguyễn Trúc Sơn chỉ đạo khẩn trương hoàn thành các thủ tục pháp lý để đưa dự án khởi động vào cuối năm 2021. Giao Sở Xây dựng chịu trách nhiệm thẩm định, tham mưu UBND tỉnh phê duyệt đồ án quy hoạch, chỉ tiêu quy hoạch kiến trúc. Sở Kế hoạch và Đầu tư, Sở Xây dựng phối hợp đơn vị tư vấn hoàn thành các thủ tục để trình Trung ương chấp thuận chủ trương đầu tư.
“Sở Xây dựng chủ trì theo dõi toàn bộ tiến độ dự án; thống nhất đề xuất họp Ban Chỉ đạo định kỳ hàng tháng để nghe báo cáo tiến độ thực hiện. Đề nghị các đồng chí Ban Chỉ đạo với tinh thần trách nhiệm cao nhất, bám sát, tập trung thực hiện theo nhiệm vụ được phân công, đảm bảo triển khai dự án theo đúng tiến độ đã đề ra”, Phó chủ tịch Thường trực UBND tỉnh nhấn mạnh.""",
        "assignments": [
            ("Sở Xây dựng", None, []),
            ("Sở Kế hoạch và Đầu tư", None, []),
            ("Sở Xây dựng", None, []),
            ("Sở Xây dựng", None, []),
        ],
    },
    {
        "url": "http://daihop1.tuky.haiduong.gov.vn/Article/altSwW7a9PA@/thanh-toán-trực-tuyến-phí-lệ-phí-và-các-nghĩa-vụ-tài-chính-trong-thực-hiện-thủ-tục-hành-chính.html",
        "date": D(2021, 1, 1),
        "classes": ["subject_verb", "group", "names"],
        "text": """Văn phòng HĐND&UBND huyện có trách nhiệm đôn đốc, tổng hợp danh sách các đơn vị gửi Văn phòng UBND tỉnh, để phối hợp, hướng dẫn triển khai thực hiện. Yêu cầu UBND các xã, thị trấn phối hợp và tổ chức thực hiện. Nếu có khó khăn, vướng mắc trong quá trình thực hiện, chủ động thông tin về Văn phòng HĐND&UBND huyện, để hỗ trợ tháo gỡ kịp thời.""",
        "assignments": [("Văn phòng HĐND và UBND huyện", None, []), ("group:commune", None, [])],
    },
    {
        "url": "https://luatminhkhue.vn/quyet-dinh-55-2007-qd-ubnd-ve-ke-hoach-hanh-dong-vi-su-tien-bo-phu-nu-tinh-ninh-thuan-giai-doan-2006---2010.aspx",
        "date": D(2007, 3, 5),
        "classes": ["heading_items", "glued"],
        "text": """Điều 2. Các cơ quan, đơnvị sau đây chịu trách nhiệm quản lý và tổ chức thực hiện Kế hoạch hành động vìsự tiến bộ phụ nữ tỉnh Ninh Thuận giai đoạn 2006 - 2010:

1. Sở Kế hoạch và Đầu tư - cơquan thường trực Ban vì sự tiến bộ phụ nữ tỉnh giúp Ban vì sự tiến bộ phụ nữtham mưu Ủy ban nhân dân tỉnh chỉ đạo tổ chức triển khai Kế hoạch hành động; tổchức sơ kết hằng năm, sơ kết giữa kỳ vào năm 2008 và tổng kết vào năm 2010 việcthực hiện Kế hoạch hành động.""",
        "assignments": [("Sở Kế hoạch và Đầu tư", None, [])],
    },
    {
        "url": "https://thuvienphapluat.vn/van-ban/Giao-thong-Van-tai/Ke-hoach-29-KH-UBND-2024-thuc-hien-Quyet-dinh-trat-tu-an-toan-giao-thong-hoc-sinh-Binh-Dinh-599935.aspx?tab=3",
        "date": D(2024, 2, 22),
        "classes": ["group", "plan"],
        "text": """2. Yêu cầu
- Các sở, ban, ngành, UBND các
huyện, thị xã, thành phố theo chức năng, nhiệm vụ được giao triển khai thực hiện
nghiêm túc, hiệu quả các chủ trương, chỉ đạo của Đảng, Nhà nước về bảo đảm trật
tự, an toàn giao""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://thuviennhadat.vn/vbpl/ke-hoach-165-kh-ubnd-2018-dinh-huong-phan-luong-hoc-sinh-trong-giao-duc-pho-thong-quang-ninh-403496.html",
        "date": D(2018, 10, 30),
        "classes": ["negative"],
        "text": """2. Kế hoạch là căn cứ để các sở, ban,
ngành, địa phương xây dựng kế hoạch triển khai, tổ chức thực hiện; là cơ sở để Ủy
ban nhân dân tỉnh kiểm tra, giám sát, đánh giá việc thực hiện Quyết định số
522/QĐ-TTg của""",
        "assignments": [],
    },
    {
        "url": "https://quangnam.gov.vn/print/22693.html",
        "date": D(2022, 11, 22),
        "classes": ["negative"],
        "text": """Ngày 22/11/2022, tại UBND tỉnh, Phó Chủ tịch UBND tỉnh Hồ Quang Bửu đã chủ trì Hội nghị trực tuyến tổng kết, đánh giá kết quả thực hiện Kế hoạch phát triển ngành nông nghiệp, nông thôn năm 2022 và triển khai Kế hoạch năm 2022, trước mắt là vụ sản xuất Đông Xuân 2022-2023.
Sau khi nghe Sở Nông nghiệp và PTNT báo cáo tổng kết thực hiện Kế hoạch phát triển ngành nông nghiệp, nông thôn năm 2022 và triển khai Kế hoạch năm 2023, ý kiến phát biểu của các thành viên dự Hội nghị; Phó Chủ tịch UBND tỉnh Hồ Quang Bửu kết luận như sau:""",
        "assignments": [],
    },
    {
        "url": "http://vpubnd.laichau.gov.vn/detailNews.aspx?id=7907&lang=vi",
        "date": D(2013, 10, 25),
        "classes": ["giao", "recurring", "coordinators"],
        "text": """Thực hiện Công văn số 3723/BNN-BVTV ngày 16 tháng 10 năm 2013 của Bộ Nông nghiệp và Phát triển nông thôn về việc tổng kiểm tra toàn quốc việc kinh doanh thuốc BVTV; Chủ tịch Uỷ ban nhân dân tỉnh chỉ đạo:
 
Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì phối hợp với sở, ngành chức năng, Uỷ ban nhân dân các huyện, thị xã tiến hành tổng kiểm tra trên diện rộng toàn bộ các cơ sở kinh doanh thuốc BVTV trên địa bàn toàn tỉnh theo nội dung Công văn số 3723/BNN-BVTV ngày 16 tháng 10 năm 2013, tổng hợp kết quả kiểm tra báo cáo Uỷ ban nhân dân tỉnh trước ngày 20 hàng tháng để xem xét, báo cáo Bộ Nông nghiệp và Phát triển nông thôn.""",
        # monthly before the 20th: the first one after the letter of 25/10/2013
        "assignments": [
            ("Sở Nông nghiệp và Phát triển nông thôn", D(2013, 11, 20), ["group:department", "group:district"])
        ],
    },
    {
        "url": "http://baoquangnam.vn/thoi-su-kinh-te/tap-trung-chi-dao-san-xuat-vu-dong-xuan-2013-2014-14803.html",
        "date": D(2013, 11, 20),
        "classes": ["group", "press"],
        "text": """UBND tỉnh vừa có Chỉ thị số 20/CT-UBND yêu cầu chủ tịch UBND các huyện, thành phố, giám đốc các sở, ban, ngành và thủ trưởng các cơ quan liên quan phối hợp triển khai nhiệm vụ để bảo đảm thực hiện thắng lợi vụ sản xuất đông xuân 2013 - 2014.

Chỉ thị yêu cầu UBND các huyện, thành phố chỉ đạo các đơn vị quản lý công trình thủy lợi, các địa phương tổ chức sửa chữa các công trình bị hư hỏng, nạo vét, tu bổ kênh mương, bể hút trạm bơm phù hợp với tình hình thời tiết và điều kiện cụ thể của địa phương để kịp phục vụ tưới vụ đông xuân. Đồng thời chỉ đạo các cơ quan chuyên môn và chính quyền cấp xã kiểm tra các điều kiện bảo đảm và xây dựng các giải pháp chỉ đạo triển khai sản xuất vụ đông xuân 2013 - 2014 ở địa phương. UBND các huyện có trách nhiệm tổ tuyên truyền, phát động phong trào, ấn định thời gian đồng loạt ra quân diệt chuột, ốc bươu vàng và thành lập đoàn kiểm tra cấp huyện, thành phố để chủ động kiểm tra tình hình kinh doanh vật tư nông nghiệp trên địa bàn; phối hợp với các sở, ngành liên quan kiểm tra chất lượng và vệ sinh an toàn thực phẩm các loại nông - lâm - thủy sản tại địa phương…""",
        "assignments": [
            ("group:district", None, []),
            ("group:department", None, []),
            ("group:related", None, []),
            ("group:district", None, []),
            ("group:district", None, []),
        ],
    },
    {
        "url": "https://baochinhphu.vn/gia-lai-tiep-nhan-va-phan-bo-hat-giong-cay-trong-do-trung-uong-ho-tro-10245265.htm",
        "date": D(2010, 11, 2),
        "classes": ["subject_verb", "names"],
        "text": """Ngày 02/11/2010 UBND tỉnh đã có công văn số 3459/UBND-NL chỉ đạo Trung tâm nghiên cứu giống cây trồng tỉnh triển liên hệ tiếp nhận 20 tấn giống Ngô LVN10, 100 tấn giống lúa Khang dân 18NC, 05 tấn rau các loại do Trung ương hổ trợ để bàn giao cho UBND các huyện, thị xã, thành phố kịp thời cấp hỗ trợ giống cây trồng đến tận tay nông dân có diện tích cây trồng bị thiệt hại do khô hạn gây ra trong năm 2010 để gieo trồng theo đúng thời vụ (đảm bảo cấp hỗ trợ giống cây trồng đúng đối tượng hưởng lợi, công bằng và dân chủ).
Sở Nông nghiệp và PTNT có trách nhiệm đôn đốc, kiểm tra, giám sát việc tiếp nhận, phân bổ, cấp hỗ trợ giống cây trồng, đảm bảo đúng đối tượng hưởng lợi.""",
        "assignments": [
            ("Trung tâm Nghiên cứu giống cây trồng tỉnh", None, []),
            ("Sở Nông nghiệp và Phát triển nông thôn", None, []),
        ],
    },
    {
        "url": "https://baocamau.vn/ubnd-tinh-chi-dao-cham-lo-gia-dinh-chinh-sach-nguoi-co-cong-va-ho-ngheo-don-tet-a99613.html",
        "date": D(2015, 12, 20),
        "classes": ["giao", "names", "holiday_deadline"],
        "text": """Theo đó, các đơn vị hữu quan sẽ tổ chức đoàn thăm, tặng quà tết cho các đối tượng tại các địa phương trong tỉnh. Các huyện, thị xã và thành phố có kế hoạch tăng cường vận động doanh nghiệp, tổ chức và cá nhân tặng thêm quà tết. Công tác này cần đảm bảo thực hiện đúng phương châm “tất cả các hộ gia đình chính sách, hộ nghèo, cận nghèo trên địa bàn tỉnh có đủ điều kiện vui xuân - đón tết”.
Ngoài ra, UBND tỉnh cũng giao Sở LĐ-TB&XH đẩy nhanh tiến độ xây dựng nhà ở chính sách theo Quyết định số 22/2013/QĐ-TTg của Thủ tướng Chính phủ, giai đoạn I là 1.170 căn, hoàn thiện, bàn giao và đưa vào sử dụng trước Tết Nguyên đán 2016.""",
        # Tết Bính Thân: Monday 8 February 2016, the clerk writes the day before
        "assignments": [
            ("group:related", None, []),
            ("group:district", None, []),
            ("Sở Lao động - Thương binh và Xã hội", D(2016, 2, 7), []),
        ],
    },
    {
        "url": "https://hieuluat.vn/dau-tu/quyet-dinh-39-2017-qd-ubnd-uy-ban-nhan-dan-tinh-ha-tinh-1c73d.html",
        "date": D(2017, 8, 14),
        "classes": ["negative"],
        "text": """Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh, Chủ tịch UBND các huyện, thành phố, thị xã, Thủ trưởng các cơ quan, đơn vị và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.""",
        "assignments": [],
    },
]
# -- batch 9 ----------------------------------------------------------------------------------
CASES += [
    {
        "url": "https://www.xosobinhdinh.org/print/khan-cap-xu-ly-sat-lo-o-xom-ro-545809.htm",
        "date": D(2013, 4, 29),
        "classes": ["giao", "month_dash", "names"],
        "text": """Theo đó, chủ tịch UBND tỉnh Phú Yên giao Ban quản lý dự án thủy lợi và phòng chống thiên tai tỉnh Phú Yên khẩn trương lập phương án và hồ sơ xử lý khẩn cấp tình hình sạt lở nêu trên ngay trong tháng 5-2013, nhằm sớm thi công hoàn thành trước mùa mưa lũ năm nay. Trước mắt phải đảm bảo hạn chế đến mức tối đa nước biển xâm thực, lấn thêm vào đất liền.""",
        "assignments": [("Ban Quản lý dự án Thủy lợi và Phòng chống thiên tai tỉnh", D(2013, 5, 31), [])],
    },
    {
        "url": "https://baolaocai.vn/km47-tag25196.html",
        "date": D(2023, 6, 1),
        "classes": ["negative"],
        "text": """UBND tỉnh vừa có Văn bản số 2496/UBND-XD về việc điều chuyển 5 đoạn, tuyến đường tỉnh cho các huyện, thành phố thực hiện công tác quản lý, khai thác và bảo trì, với tổng chiều dài các đoạn, tuyến 40,5 km.""",
        "assignments": [],
    },
    {
        "url": "https://88tysobongda.com/tags/sụn.htm",
        "date": D(2023, 4, 18),
        "classes": ["negative"],
        "text": """Liên quan đến sự việc tuyến đê sông Càn (đoạn qua xã Nga Điền, huyện Nga Sơn) đang thi công bất ngờ bị sụn lút, gây sạt trượt mặt đê, chiều 18/4, Phó Chủ tịch UBND tỉnh Thanh Hóa Lê Đức Giang cùng các sở, ngành liên quan đã trực tiếp có mặt để kiểm tra, tìm nguyên nhân và giải pháp khắc phục sự cố.""",
        "assignments": [],
    },
    {
        "url": "http://plo.vn/thoi-su/bo-song-lam-sat-lo-de-doa-duong-sat-bac-nam-478267.html",
        "date": D(2017, 3, 1),
        "classes": ["negative"],
        "text": """Trao đổi vớiVnExpress, Giám đốc Sở giao thông vận tải Nghệ An, ông Nguyễn Hồng Kỳ cho biết, Sở đã nhiều lần trực tiếp kiểm tra tình trạng sạt lở này và coi ở mức đángbáo động. "Sở và tỉnh chuẩn bị vật dụng, trang thiết để tiến hành kè tạm bảo vệ điểm sạt lở. Còn về lâu dài, Sở đã tham mưu với UBND tỉnh gửi báo cáo lên Ủy ban An toàn giao thông quốc gia và Bộ Giao thông xin hỗ trợ 70 tỷ đồng cho Nghệ An khắc phục tình trạng này", ông Kỳ nói.""",
        "assignments": [],
    },
    {
        "url": "https://ttytbaria-soyte.baria-vungtau.gov.vn/1-thong-bao-Thong-tin-chi-dao-dieu-hanh-4-1.html",
        "date": D(2024, 8, 26),
        "classes": ["group"],
        "text": """UBND tỉnh yêu cầu các sở, ban, ngành, UBND huyện, thị xã, thành phố tổ chức thực hiện Công văn số 4847/BYT-DP ngày 19/8/2024 về việc chủ động triển khai phòng, chống dịch mùa tựu trường, Công văn số 4992/BYT-DP ngày 23/8/2024 về việc triển khai tiêm chủng vắc xin phòng bệnh sởi và các hướng dẫn, khuyến cáo về phòng, chống dịch bệnh sởi và các văn bản nêu trên của UBND tỉnh.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "http://soyte.baria-vungtau.gov.vn/tin-tuc-su-kien?p_p_id=101&p_p_lifecycle=0&p_p_col_id=column-2&p_p_col_count=1&p_r_p_564233524_categoryId=228712",
        "date": D(2021, 7, 1),
        "classes": ["group", "subject_verb"],
        "text": """UBND các huyện, thị xã, thành phố chủ trì tổng hợp danh sách đối tượng tiêm chủng theo quy định tại Nghị Quyết 21/NQ-CP và Quyết định số 3355/QĐ-BYT. Theo đó các cơ quan, đơn vị liên quan tổng hợp danh sách đối tượng tiêm chủng gửi về Phòng Y tế huyện, thị xã, thành phố trực thuộc UBND để tổng hợp theo quy định.""",
        "assignments": [("group:district", None, []), ("group:related", None, [])],
    },
    {
        "url": "https://baoquangnam.vn/dam-bao-chien-dich-tiem-vac-xin-soi-rubella-3117181.html",
        "date": D(2014, 9, 1),
        "classes": ["press", "group", "names"],
        "text": """(QNO) - UBND tỉnh vừa có công văn yêu cầu Sở Y tế xây dựng kế hoạch triển khai chiến dịch tiêm vắc xin sởi/rubella năm 2014 - 2015 trên địa bàn tỉnh, trên cơ sở kế hoạch của Bộ Y tế và hướng dẫn của dự án tiêm chủng mở rộng quốc gia. Song song đó, các Sở, ban, ngành, đoàn thể và các địa phương phối hợp với ngành y tế tăng cường tuyên truyền, vận động người dân đưa con em đi tiêm chủng đầy đủ, đúng lịch và theo dõi chặt chẽ để xử lý kịp thời các phản ứng sau tiêm chủng, tổ chức các đoàn giám sát, hỗ trợ thực hiện chiến dịch. UBND tỉnh cũng chỉ đạo Sở tài chính tham mưu để bổ sung kinh phí cho hoạt động triển khai chiến dịch tiêm vắc xin sởi/rubella năm 2014 - 2015 đạt mục tiêu đề ra.""",
        "assignments": [
            ("Sở Y tế", None, []),
            ("group:department", None, []),
            ("group:district", None, []),
            ("Sở Tài chính", None, []),
        ],
    },
    {
        "url": "https://thuviennhadat.vn/vbpl/quyet-dinh-15-2009-qd-ubnd-chuc-nang-nhiem-vu-quyen-han-co-cau-so-tnmt-tay-ninh-191768.html",
        "date": D(2009, 3, 1),
        "classes": ["negative"],
        "text": """Điều 1. Vị trí và chức năng
1. Sở Tài nguyên và Môi
trưòng là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh có chức năng tham mưu,
giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về lĩnh vực tài
nguyên và môi trường, bao gồm: Đất đai, tài nguyên nước, tài nguyên khoáng sản,
địa chất, môi trường, khí tượng thủy văn, đo đạc và bản đồ; thực hiện các dịch
vụ công trong các lĩnh vực thuộc phạm vi quản lý của sở.""",
        "assignments": [],
    },
    {
        "url": "https://thainguyentv.vn/thai-nguyen-trien-khai-chien-dich-tiem-chung-vac-xin-phong-covid-19-cho-tre-tu-12-17-tuoi-87414.html",
        "date": D(2021, 11, 1),
        "classes": ["negative"],
        "text": """Theo đó, mục tiêu đặt ra là:

- Trên 95% trẻ từ 12-17 tuổi trên địa bàn tỉnh được tiêm đủ liều vắc xin phòng COVID-19.

- Hoạt động tiêm chủng đảm bảo an toàn, hiệu quả, đúng đối tượng, đúng tiến độ; sử dụng 100% số liều vắc xin phòng COVID-19 được cấp để tiêm miễn phí cho trẻ theo qui định.""",
        "assignments": [],
    },
]


# -- round 2: new excerpts, split fixed before any rule of round 2 -----------------------------
NEW_CASES = []
NEW_CASES += [
    {
        "url": "http://113.160.144.194/detailNewsPrint.aspx?id=17931",
        "date": D(2018, 9, 20),
        "classes": ["giao", "next_sentence_deadline"],
        "text": """UBND tỉnh chỉ đạo về việc tham gia ý kiến dự thảo Chỉ thị của TTCP về phát triển bền vững.
UBND tỉnh nhận được Công văn số 6544/BKHĐT-KHGDTNMT ngày 18/9/2018 của Bộ Kế hoạch và Đầu tư về việc xin ý kiến dự thảo Chỉ thị của TTCP về phát triển bền vững.
Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:
Giao Sở Kế hoạch và Đầu tư chủ trì phối hợp với các đơn vị liên quan tham gia ý kiến vào dự thảo Chỉ thị của Thủ tướng Chính phủ về phát triển bền vững theo đề nghị của Bộ Kế hoạch và Đầu tư tại Công văn số 6544/BKHĐT-KHGDTNMT ngày 18/9/2018 (Sao gửi Công văn kèm theo). Yêu cầu hoàn thiện gửi ý kiến tham gia về Bộ Kế hoạch và Đầu tư trước ngày 28/9/2018. Căn cứ nội dung này, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Kế hoạch và Đầu tư triển khai thực hiện.""",
        "assignments": [("Sở Kế hoạch và Đầu tư", D(2018, 9, 28), ["group:related"])],
    },
    {
        "url": "https://thuvienphapluat.vn/van-ban/Linh-vuc-khac/Quyet-dinh-1121-QD-UBND-2022-thuc-hien-Chien-luoc-phat-trien-nong-nghiep-va-nong-thon-Vinh-Long-517606.aspx?ac=emails",
        "date": D(2022, 6, 9),
        "classes": ["giao", "coordinators", "group"],
        "text": """Điều 2.
Giao Giám đốc Sở Nông nghiệp và Phát triển nông thôn
chủ trì, phối hợp với Thủ trưởng các sở, ngành tỉnh liên quan, Chủ tịch Ủy ban
nhân dân các huyện, thị xã triển khai thực hiện Kế hoạch này theo đúng quy định.
Điều 3.
Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nông nghiệp và
Phát triển nông thôn; Thủ trưởng các sở, ngành tỉnh; Chủ tịch UBND các huyện,
thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành
Quyết định này.""",
        "assignments": [("Sở Nông nghiệp và Phát triển nông thôn", None, ["group:department", "group:district"])],
    },
    {
        "url": "https://thanhphohaiphong.gov.vn/cac-dia-phuong-thuc-hien-nghiem-che-do-bao-cao-hang-ngay-ve-tinh-hinh-di-bien-dong-dan-cu.html",
        "date": D(2021, 2, 23),
        "classes": ["group", "recipients", "press"],
        "text": """UBND thành phố vừa có Văn bản số 1086/UBND-KTGS1 ngày 23/2/2021 gửi UBND các quận, huyện yêu cầu báo cáo hàng ngày về công tác phòng, chống dịch bệnh COVID-19.

Theo đó, thực hiện Chỉ thị số 26/CT-UBND ngày 26/2/2020 của Ban Thường vụ Thành ủy và Chỉ thị số 09/CT-UBND ngày 22/2/2021 của UBND thành phố về thực hiện các biện pháp cấp bách phòng, chống dịch bệnh COVID-19 và giãn cách xã hội trên địa bàn thành phố, UBND thành phố yêu cầu UBND các quận, huyện chỉ đạo các Tổ kiểm soát dịch bệnh COVID-19 tại các Thôn, Tổ dân phố tập trung kiểm soát địa bàn theo phương châm “đi từng ngõ, gõ từng nhà, rà từng đối tượng” để nắm rõ tình hình di biến động dân cư trên địa bàn. Kịp thời phát hiện các công dân ra, vào địa bàn; đồng thời thực hiện các nhiệm vụ khác quy định tại Chỉ thị số 09/CT-UBND.""",
        "assignments": [("group:district", None, [])],
    },
    {
        "url": "https://vpubnd.daknong.gov.vn/web/guest/thong-tin-chi-dao-dieu-hanh-ubnd-tinh/-/view_content/116557040-to-chuc-truc-va-bao-cao-tinh-hinh-trong-dip-tet-nguyen-dan-nham-dan-2022.html",
        "date": D(2022, 1, 28),
        "classes": ["group", "press"],
        "text": """UBND tỉnh vừa ban hành văn bản yêu cầu các cơ quan, đơn vị, địa phương tổ chức trực và báo cáo tình hình các ngày nghỉ tết Nguyên đán Nhâm Dần 2022, cụ thể như sau:""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "http://cand.com.vn/Xa-hoi/Khan-truong-dua-vao-su-dung-cac-cau-vuot-bo-hanh-da-hoan-thanh-188745/",
        "date": D(2013, 1, 1),
        "classes": ["press", "names", "group"],
        "text": """Theo đó, Phó Chủ tịch UBND TP Nguyễn Văn Khôi yêu cầu Sở Giao thông vận tải tổ chức tiếp nhận, quản lý ngay để duy tu, duy trì, đảm bảo vệ sinh môi trường và đảm bảo ATGT theo quy định. Cùng với đó, BQL các dự án trọng điểm phát triển đô thị khẩn trương hoàn chỉnh hồ sơ, thủ tục theo quy định để bàn giao hồ sơ hoàn công và các tài liệu có liên quan cho Sở GTVT""",
        "assignments": [
            ("Sở Giao thông vận tải", None, []),
            ("Ban Quản lý các dự án trọng điểm phát triển đô thị", None, []),
        ],
    },
    {
        "url": "http://cand.com.vn/Xa-hoi/Ha-Noi-Khong-dat-bien-quang-cao-tai-tuyen-duong-hai-dau-cau-Nhat-Tan-270899/",
        "date": D(2014, 9, 1),
        "classes": ["giao", "coordinators", "group", "names"],
        "text": """Lãnh đạo thành phố cũng giao Sở Văn hóa, Thể thao và Du lịch chủ trì phối hợp với Sở GTVT, Ban Quản lý dự án 85 - Bộ GTVT, UBND các quận, huyện có tuyến đường đi qua, trước ngày 15/9, phải kiểm tra, xử lý dứt điểm và giải tỏa các trường hợp vi phạm""",
        "assignments": [
            ("Sở Văn hóa, Thể thao và Du lịch", D(2014, 9, 15), ["Sở Giao thông vận tải", "group:district"])
        ],
    },
    {
        "url": "https://kinhtedothi.vn/tang-cuong-su-lanh-dao-cua-dang-trong-dam-bao-trat-tu-an-toan-giao-thong.html",
        "date": D(2023, 1, 1),
        "classes": ["group", "subject_verb"],
        "text": """Các sở, ban, ngành liên quan có trách nhiệm phối hợp chặt chẽ, kịp thời với Sở GTVT để tham mưu xây dựng Dự thảo Kế hoạch của UBND TP và chủ động triển khai thực hiện kế hoạch trong các lĩnh vực được phân công theo dõi, phụ trách. UBND các quận, huyện, thị xã chủ động nghiên cứu nội dung chương trình hành động của Chính phủ, Chỉ thị của Ban Thường vụ Thành ủy để xây dựng kế hoạch, phân công tổ chức thực hiện trên địa bàn.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "http://cand.com.vn/Giao-thong/Dam-bao-tien-do-du-an-mo-rong-duong-vanh-dai-3-Mai-Dich-cau-Thang-Long-543457/",
        "date": D(2019, 3, 1),
        "classes": ["giao", "group"],
        "text": """Giao các Ban quản lý dự án Thành phố khẩn trương lập và hoàn thiện các hồ sơ để tổ chức đấu thầu đưa các dự án vào vận hành, đảm bảo đẩy nhanh tiến độ, tăng tỷ lệ giải ngân vốn đầu tư xây dựng cơ bản năm 2019 của Thành phố.""",
        "assignments": [("group:boards", None, [])],
    },
    {
        "url": "http://mt.gov.vn/khcn/tin-tuc/9184/ha-noi---lap-danh-sach-bai-do-xe-giao-cho-cac-quan--huyen-quan-ly--.aspx",
        "date": D(2011, 12, 1),
        "classes": ["press", "month_deadline", "coordinators"],
        "text": """Phó Chủ tịch UBND TP. Hà Nội Nguyễn Văn Sửu vừa yêu cầu Sở Giao thông Vận tải thống nhất với các quận, huyện trong tháng 12/2011 trình UBND TP danh mục các tuyến đường giao thông quan trọng, các tuyến vành đai, các trục hướng tâm mà TP thống nhất quản lý cả đường và hè; lập danh sách các bãi đỗ xe, điểm đỗ xe giao cho các quận, huyện quản lý.""",
        "assignments": [("Sở Giao thông vận tải", D(2011, 12, 31), ["group:district"])],
    },
    {
        "url": "https://nongthonvaphattrien.vn/tag/lam-dong-khan-truong-dieu-tra-xu-ly-vu-pha-rung-phong-ho-o-huyen-duc-trong.html",
        "date": D(2022, 1, 1),
        "classes": ["group", "press"],
        "text": """Ủy ban nhân dân tỉnh Lâm Đồng vừa có văn bản hỏa tốc chỉ đạo các đơn vị, địa phương có liên quan khẩn trương điều tra, xử lý nghiêm vụ phá rừng trái pháp luật tại tiểu khu 366, xã Ninh Loan, huyện Đức Trọng.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://baomoi.net.vn/tag/UBND-x%C3%A3-%C4%90%E1%BA%A1-Oai.epi",
        "date": D(2022, 1, 1),
        "classes": ["press", "names", "coordinators"],
        "text": """UBND tỉnh Lâm Đồng yêu cầu công an và các đơn vị liên quan kiểm tra thông tin phản ánh tình trạng khai thác trái phép cát, cuội, sỏi tại khu vực đã được UBND tỉnh cấp giấy phép cho doanh nghiệp.""",
        "assignments": [("Công an tỉnh", None, ["group:related"])],
    },
    {
        "url": "https://baodautu.vn/tag/xa-dong-thanh/",
        "date": D(2023, 1, 1),
        "classes": ["de_nghi", "press"],
        "text": """Lâm Đồng: Đề nghị báo cáo tình hình sụt lún gần Dự án Hồ chứa nước Đông Thanh
Sở Nông nghiệp và Phát triển nông thôn tỉnh Lâm Đồng cũng đề nghị UBND huyện Lâm Hà báo cáo diễn biến tình hình sụt lún, sạt trượt đất tại thôn Đông Anh, xã Đông Thanh (gần khu vực thi công Dự án hồ chứa nước Đông Thanh).""",
        "assignments": [("UBND huyện Lâm Hà", None, [])],
    },
    {
        "url": "https://baomoi.net.vn/tag/C%C3%B4ng-ty-C%E1%BB%95-ph%E1%BA%A7n-BPH.epi",
        "date": D(2023, 1, 1),
        "classes": ["group", "press"],
        "text": """Lâm Đồng: Phát hiện nhiều vi phạm, 4 mỏ đá bị đình chỉ khẩn cấp

UBND TP. Bảo Lộc vừa yêu cầu các cơ quan chức năng kiểm tra và giám sát việc tuân thủ quyết định đình chỉ hoạt động khai thác khoáng sản tại 4 mỏ đá.""",
        "assignments": [("group:related", None, [])],
    },
]
NEW_CASES += [
    {
        "url": "https://vanban123.vn/Chi-thi/Chi-thi-6-CT-UBND-nam-2022-trien-khai-nhiem-vu-giao-duc-dao-tao-nam-hoc-2022-2023-tren-dia-ban-tinh-Bac-Giang-596790",
        "date": D(2022, 8, 28),
        "classes": ["group", "names"],
        "text": """Thực hiện Chỉ thị số 1122/CT-BGDĐT ngày 19/8/2022 của Bộ trưởng Bộ Giáo dục và Đào tạo (GD&ĐT) về thực hiện nhiệm vụ trọng tâm năm học 2022-2023; Nghị quyết Đại hội Đảng bộ tỉnh Bắc Giang lần thứ XIX; Chủ tịch UBND tỉnh yêu cầu giám đốc sở, thủ trưởng cơ quan, đơn vị có liên quan, Chủ tịch UBND huyện, thành phố xây dựng kế hoạch, triển khai và tổ chức thực hiện tốt các nhiệm vụ, giải pháp về GD&ĐT; quyết tâm thực hiện thắng lợi chủ đề năm học 2022-2023: “Đoàn kết, sáng tạo, ra sức phấn đấu hoàn thành tốt các nhiệm vụ và mục tiêu đổi mới, củng cố và nâng cao chất lượng giáo dục và đào tạo”; trong đó, tập trung thực hiện tốt một số nội dung sau:""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "http://login.truyenhinhthanhhoa.vn/quoc-phong-an-ninh/202110/dam-bao-antt-khu-vuc-bien-gioi-ven-bien-truoc-dien-bien-phuc-tap-cua-dich-benh-covid-19-8366350/",
        "date": D(2021, 10, 4),
        "classes": ["giao", "group", "press"],
        "text": """(TTV) - UBND tỉnh vừa ban hành văn bản về việc tăng cường lãnh đạo, chỉ đạo công tác đảm bảo ANTT khu vực biên giới ven biển trước diễn biến phức tạp của tỉnh hình dịch bệnh Covid-19. 

 
Cán bộ, chiến sĩ BĐBP Điện Biên tuần tra bảo vệ biên giới.

Theo đó, UBND tỉnh giao các sở, ban, ngành, đoàn thể, đơn vị cấp tỉnh và UBND các huyện, thị xã, thành phố căn cứ nội dung chỉ đạo của Ban Thường vụ Tỉnh ủy, theo chức năng nhiệm vụ được giao nghiên cứu vận dụng linh hoạt triển khai quyết liệt, đồng bộ, hiệu quả các giải pháp nhằm tăng cường lãnh đạo, chỉ đạo công tác đảm bảo ANTT khu vực biên giới, ven biển trước diễn biến phức tạp của tỉnh hình dịch bệnh Covid-19 trên địa bàn, lĩnh vực quản lý; báo cáo Chủ tịch UBND tỉnh theo quy định.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://tienphong.vn/hinh-hai-duong-cao-toc-tphcm-di-tay-nguyen-sau-gan-1-nam-khoi-cong-post1802722.tpo",
        "date": D(2025, 12, 8),
        "classes": ["group", "milestone", "quarter", "press"],
        "text": """UBND tỉnh Đồng Nai vừa ban hành Kế hoạch số 197 về phát động phong trào "Thi đua hoàn thành tiến độ thực hiện công tác bồi thường, giải phóng mặt bằng các dự án" trên địa bàn tỉnh. Đối với dự án đường cao tốc TPHCM - Thủ Dầu Một - Chơn Thành, tỉnh Đồng Nai đề nghị các đơn vị, địa phương phải hoàn thành công tác giải phóng mặt bằng trong năm 2025 là 70% và 100% trong quý I/2026 để dự án thi công kịp tiến độ đề ra.""",
        "assignments": [("group:department", D(2026, 3, 31), []), ("group:commune", D(2026, 3, 31), [])],
    },
    {
        "url": "https://soha.vn/can-canh-dai-cong-truong-doan-cao-toc-bac-nam-nghin-ty-noi-nghe-an-thanh-hoa-20220315230112679.htm",
        "date": D(2022, 3, 15),
        "classes": ["negative"],
        "text": """Liên quan đến việc giải phóng mặt bằng cho dự án, Phó Chủ tịch Thường trực UBND tỉnh Nghệ An Lê Hồng Vinh vừa có công văn phê bình lãnh đạo 4 huyện thị xã gồm: thị xã Hoàng Mai, Diễn Châu, Yên Thành, Hưng Nguyên do không thực hiện nghiêm chỉ đạo về công tác giải phóng mặt bằng làm chậm tiến độ dự án đường bộ cao tốc Bắc - Nam phía Đông, giai đoạn 2017 - 2020, đoạn qua địa bàn tỉnh Nghệ An.""",
        "assignments": [],
    },
]
NEW_CASES += [
    {
        "url": "https://www.quangtri.gov.vn/%C4%90%E1%BB%90i-tho%E1%BA%A0i-doanh-nghi%E1%BB%86p?p_p_id=publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8&p_p_lifecycle=0&action=viewQuestionDetail&questionid=1712199494255",
        "date": D(2024, 4, 3),
        "classes": ["giao", "intro_lead", "names"],
        "text": """Ủy ban nhân dân tỉnh giao Ban Quản lý dự án đầu tư xây dựng tỉnh:

1. Khẩn trương đẩy nhanh tiến độ thực hiện, hoàn thành việc phê duyệt hồ sơ thiết kế điều chỉnh trước ngày 15/4/2024 để thực hiện và giải ngân nguồn vốn đầu tư của Dự án.

2. Phối hợp chặt chẽ với Văn phòng Ủy ban nhân dân tỉnh tổ chức bàn giao mặt bằng cụ thể để bảo đảm thi công công trình đúng tiến độ./.

(Theo Công văn số 1598/UBND-TH, ngày 3/4/2024)""",
        "assignments": [
            ("Ban Quản lý dự án đầu tư xây dựng tỉnh", D(2024, 4, 15), []),
            ("Ban Quản lý dự án đầu tư xây dựng tỉnh", None, ["Văn phòng UBND tỉnh"]),
        ],
    },
    {
        "url": "https://yeshouse.com.vn/tag/du-an-ba-ria/",
        "date": D(2020, 1, 1),
        "classes": ["giao", "group", "press"],
        "text": """Bà Rịa Vũng Tàu lên kế hoạch sớm khởi công 34 dự án trọng điểm

UBND tỉnh Bà Rịa Vũng Tàu vừa giao các cơ quan ban ngành trong tỉnh xây dựng lộ trình thực hiện nhằm sớm khởi công 34 dự án trọng điểm trên địa bàn tỉnh.""",
        "assignments": [("group:department", None, [])],
    },
    {
        "url": "https://vietnam.vn/hatinh/ha-tinh-chu-dong-ung-pho-nguy-co-han-han-thieu-nuoc-xam-nhap-man",
        "date": D(2024, 1, 20),
        "classes": ["group", "press"],
        "text": """Hà Tĩnh chủ động ứng phó nguy cơ hạn hán, thiếu nước, xâm nhập mặn

Chủ tịch UBND tỉnh Hà Tĩnh chỉ đạo các địa phương, các tổ chức thủy lợi bố trí đủ người để mở nước, nhận nước, điều tiết nước nội đồng kịp thời trong thời gian mở nước phục vụ vụ Xuân 2024, tuyệt đối không để xảy ra tình trạng thất thoát, lãng phí.""",
        "assignments": [("group:district", None, [])],
    },
    {
        "url": "https://hatinh24h.com.vn/tag/phong-chong-sat-lo",
        "date": D(2023, 1, 1),
        "classes": ["group", "press"],
        "text": """Hà Tĩnh: Tiếp tục triển khai thực hiện Đề án phòng, chống sạt lở bờ sông, bờ biển đến năm 2030
Thực hiện Văn bản số 4341/BNN-ĐĐ của Bộ Nông nghiệp và Phát triển nông thôn về việc tập trung chỉ đạo thực hiện Đề án phòng, chống sạt lở bờ sông, bờ biển đến năm 2030, UBND tỉnh Hà Tĩnh vừa ban hành văn bản yêu cầu các địa phương, đơn vị tiếp tục triển khai thực hiện nghiêm túc, đầy đủ, hiệu quả các nhiệm vụ của Đề án.""",
        "assignments": [("group:district", None, []), ("group:department", None, [])],
    },
    {
        "url": "http://vov1.vov.gov.vn/Search.aspx?key=m%E1%BA%A5t+tr%E1%BA%AFng",
        "date": D(2020, 6, 28),
        "classes": ["negative"],
        "text": """Nắng nóng kéo dài, nông dân Hà Tĩnh đang “căng mình” chống hạn cứu các loại cây trồng. Dự báo, đợt nắng nóng ở Hà Tĩnh có thể kéo dài đến ngày 2/7 tới, nguy cơ hạn hán xảy ra trên diện rộng, đặc biệt trên cây ăn quả có múi, cây trồng cạn, chè. UBND tỉnh Hà Tĩnh vừa ban hành Công điện số 12 và nêu rõ Chủ tịch UBND các huyện, thành phố, thị xã nào thiếu quyết liệt trong công tác chỉ đạo chống hạn, phòng chống, cháy rừng, để thiệt hại xảy ra đối với sản xuất phải chịu trách nhiệm trước Chủ tịch UBND tỉnh.""",
        "assignments": [],
    },
]
NEW_CASES += [
    {
        "url": "http://www.quangngai.gov.vn/Pages/qnp--qnpprint-52180-qnpnc-90-qnptype-1-qnpsite-1.html",
        "date": D(2019, 11, 27),
        "classes": ["subject_verb", "coordinators", "names"],
        "text": """Chủ tịch UBND tỉnh vừa có ý kiến thống nhất cập nhật bản đồ điều chỉnh Quy hoạch sử dụng đất đến năm 2020 của thành phố Quảng Ngãi để đảm bảo thống nhất với bản đồ quy hoạch chi tiết 1/500, báo cáo thuyết minh Phương án quy hoạch sử dụng đất trong Điều chỉnh Quy hoạch sử dụng đất đến năm 2020 của thành phố Quảng Ngãi.

UBND thành phố Quảng Ngãi chịu trách nhiệm tổ chức thực hiện việc cập nhật bản đồ Điều chỉnh Quy hoạch sử dụng đất đến năm 2020 của thành phố Quảng Ngãi; phối hợp với Sở Tài nguyên và Môi trường rà soát các bất cập, vướng mắc trong việc lập bản đồ Điều chỉnh Quy hoạch sử dụng đất đến năm 2020 của thành phố Quảng Ngãi để cập nhật cho phù hợp.

Sở Tài nguyên và Môi trường chủ trì, phối hợp với UBND thành phố Quảng Ngãi và các đơn vị có liên quan kiểm tra, rà soát việc cập nhật và tham mưu, trình UBND tỉnh phê duyệt bản đồ Điều chỉnh Quy hoạch sử dụng đất đến năm 2020 của thành phố Quảng Ngãi theo quy định.""",
        "assignments": [
            ("UBND thành phố Quảng Ngãi", None, ["Sở Tài nguyên và Môi trường"]),
            ("Sở Tài nguyên và Môi trường", None, ["UBND thành phố Quảng Ngãi", "group:related"]),
        ],
    },
    {
        "url": "https://www.quangtri.gov.vn/%C4%90%E1%BB%90i-tho%E1%BA%A0i-doanh-nghi%E1%BB%86p?p_p_id=publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8_action=viewQuestionDetail&questionid=1700444034357",
        "date": D(2023, 11, 14),
        # the year of the deadline is the letter's typo (2022 for 2023): a clerk types what is written
        "classes": ["giao", "coordinators", "typo"],
        "text": """UBND tỉnh có ý kiến như sau:

Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Tài nguyên và Môi trường nghiên cứu, tham mưu UBND tỉnh giải quyết theo đúng quy định; hoàn thành trước ngày 21/11/2022.

(Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)""",
        "assignments": [("Sở Nông nghiệp và Phát triển nông thôn", D(2022, 11, 21), ["Sở Tài nguyên và Môi trường"])],
    },
    {
        "url": "https://www.quangtri.gov.vn/%C4%90%E1%BB%90i-tho%E1%BA%A0i-doanh-nghi%E1%BB%86p?p_p_id=publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8_action=viewQuestionDetail&questionid=1714097196267",
        "date": D(2024, 4, 25),
        "classes": ["giao", "coordinators", "names"],
        "text": """UBND tỉnh có ý kiến như sau:

Giao UBND huyện Triệu Phong chủ trì, phối hợp với Sở Tài nguyên và Môi trường, Sở Giao thông vận tải và các đơn vị liên quan kiểm tra, đánh giá hiện trạng, sự cần thiết để đề xuất UBND tỉnh xem xét theo quy định của pháp luật; hoàn thành trước ngày 20/5/2024./.

(Theo Công văn số 1962/UBND-KT, ngày 25/4/2024)""",
        "assignments": [
            (
                "UBND huyện Triệu Phong",
                D(2024, 5, 20),
                ["Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải", "group:related"],
            )
        ],
    },
    {
        "url": "https://beta.baoquangngai.vn/siet-chat-quan-ly-hoat-dong-khai-thac-cat-soi-trai-phep-53169.htm",
        "date": D(2025, 5, 31),
        "classes": ["group", "press"],
        "text": """(Baoquangngai.vn)- Trước tình trạng khai thác khoáng sản trái phép, đặc biệt là cát, sỏi trên địa bàn tỉnh vẫn còn diễn biến phức tạp, gây mất an ninh trật tự và thất thoát tài nguyên, Chủ tịch UBND tỉnh Quảng Ngãi vừa có văn bản yêu cầu các sở, ngành, địa phương tăng cường công tác quản lý nhà nước trong lĩnh vực này.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://cafeland.vn/tin-tuc/den-luot-quang-ngai-siet-chat-viec-mua-dat-nong-nghiep-mo-duong-roi-chuyen-sang-dat-o-105353.html",
        "date": D(2022, 6, 1),
        "classes": ["group", "press"],
        "text": """Theo đó, Chủ tịch UBND tỉnh Quảng Ngãi yêu cầu Sở Tài nguyên và Môi trường, UBND các huyện, thị xã, thành phố quản lý chặt chẽ việc chuyển mục đích sử dụng đất của hộ gia đình, cá nhân trên địa bàn tỉnh.
Đặc biệt là tình trạng mua đất nông nghiệp chừa đường đi rồi thực hiện thủ tục chuyển mục đích đất nông nghiệp sang đất ở, tạo ra các điểm dân cư nhỏ, lẻ trên địa bàn không phù hợp với quy hoạch xây dựng, quy hoạch nông thôn mới được duyệt.
Chủ tịch UBND tỉnh Quảng Ngãi cũng nhấn mạnh, Sở Tài nguyên và Môi trường, UBND các huyện, thị xã, thành phố chịu trách nhiệm trước UBND tỉnh, Chủ tịch UBND tỉnh nếu để xảy ra việc chuyển mục đích sử dụng đất hộ gia đình, cá nhân không phù hợp với quy hoạch xây dựng, quy hoạch nông thôn mới; quy hoạch, kế hoạch sử dụng đất được duyệt và không đảm bảo theo quy định của Luật Đất đai năm 2013.""",
        "assignments": [("Sở Tài nguyên và Môi trường", None, []), ("group:district", None, [])],
    },
    {
        "url": "http://moc.gov.vn/vn/tin-tuc/1184/65501/cong-tac-bao-ve-moi-truong-nganh-xay-dung-tren-dia-ban-tinh-quang-ngai.aspx",
        "date": D(2020, 12, 1),
        "classes": ["factored_list", "typo", "group", "subject_verb", "names"],
        "text": """Chủ tịch UBND tỉnh Quảng Ngãi vừa có văn bản chỉ đạo sác Sở: Xây dựng, Tài nguyên và Môi trường, Công an tỉnh, Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi, UBND các huyện, thị xã, thành phố theo chức năng, nhiệm vụ được giao tăng cường công tác kiểm tra, thanh tra công tác bảo vệ môi trường của các cơ sở sản xuất vật liệu xây dựng trên địa bàn về việc chấp hành các quy định về bảo vệ môi trường và báo cáo công tác bảo vệ môi trường.
Sở Xây dựng chủ trì, thông báo cho các cơ sở sản xuất vật liệu xây dựng trên địa bàn tỉnh báo cáo công tác bảo vệ môi trường năm 2020 trước ngày 31/12/2020; trên cơ sở đó, tổng hợp, xây dựng báo cáo công tác bảo vệ môi trường theo quy định tại Thông tư số 02/2018/TT-BXD ngày 06/02/2018 của Bộ trưởng Bộ Xây dựng.""",
        "assignments": [
            ("Sở Xây dựng", None, []),
            ("Sở Tài nguyên và Môi trường", None, []),
            ("Công an tỉnh", None, []),
            ("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi", None, []),
            ("group:district", None, []),
            ("Sở Xây dựng", D(2020, 12, 31), []),
        ],
    },
    {
        "url": "https://nld.com.vn/thoi-su-trong-nuoc/xu-ly-dut-diem-viec-khai-thac-vang-trai-phep-20120323095855696.htm",
        "date": D(2012, 3, 23),
        "classes": ["subject_verb", "date_dash", "names"],
        "text": """Ngoài công tác tuyên truyền, UBND huyện Tây Trà phải tăng cường lực lượng phối hợp với các cơ quan chức năng, đơn vị liên quan tổ chức truy quét, xử lý dứt điểm tình trạng khai thác vàng sa khoáng trái phép hiện nay trên địa bàn huyện, báo cáo kết quả cho UBND tỉnh trước ngày 10-4.""",
        "assignments": [("UBND huyện Tây Trà", D(2012, 4, 10), ["group:related"])],
    },
    {
        "url": "https://thanhtra.com.vn/dieu-tra/hoi-am/TP-Ho-Chi-Minh-Giao-Thanh-tra-tinh-kiem-tra-de-xuat-huong-giai-quyet-don-cua-ong-Thang-156254.html",
        "date": D(2019, 6, 1),
        "classes": ["giao", "press"],
        "text": """Sau khi nhận được đơn do Báo chuyển, UBND tỉnh Long An có văn bản cho biết, Chủ tịch UBND tỉnh đã giao Thanh tra tỉnh kiểm tra nội dung đơn, đề xuất Chủ tịch UBND tỉnh giải quyết theo quy định của pháp luật, thông báo kết quả cho Báo Thanh tra để thông tin tới bạn đọc.""",
        "assignments": [("Thanh tra tỉnh", None, [])],
    },
    {
        "url": "https://baokiengiang.vn/trong-tinh/tap-trung-thu-ngan-sach-va-giai-ngan-von-dau-tu-cong-9665.html",
        "date": D(2022, 9, 7),
        "classes": ["press", "group", "subject_verb", "coordinators", "de_nghi"],
        "text": """Liên quan đến giải ngân vốn đầu tư công, Chủ tịch UBND tỉnh Kiên Giang đề nghị chủ tịch UBND cấp huyện tập trung chỉ đạo đẩy nhanh giải phóng mặt bằng, nhất là các công trình trọng điểm. Sở Kế hoạch và Đầu tư tăng cường kiểm tra, đôn đốc và tháo gỡ khó khăn, vướng mắc đối với các sở, ngành và địa phương trong thực hiện giải ngân vốn đầu tư công.
Các chủ đầu tư, ban quản lý dự án quyết liệt đẩy nhanh tiến độ thực hiện và giải ngân đầu tư công, nhất là sở, ngành, địa phương có nguồn vốn lớn như TP. Phú Quốc, TP. Rạch Giá, huyện Kiên Lương, huyện Châu Thành, y tế, giao thông vận tải...
Về thu ngân sách, đồng chí Lâm Minh Thành giao Cục Thuế tỉnh Kiên Giang phối hợp Sở Tài chính làm việc các nhà đầu tư, đồng thời rà soát các nguồn thu để khai thác thu vào ngân sách Nhà nước.
Đại biểu dự cuộc họp thường kỳ tháng 8-2022 của Ủy ban nhân dân tỉnh Kiên Giang, sáng 7-9.
Ở lĩnh vực y tế, Chủ tịch UBND tỉnh Kiên Giang cũng yêu cầu đẩy nhanh tiến độ tiêm vaccine phòng COVID-19 theo hướng dẫn của Bộ Y tế và chỉ đạo của UBND tỉnh.
Sở Y tế chuẩn bị sẵn sàng các kịch bản, tình huống để phòng, chống các biến chủng mới, chuẩn bị đầy đủ nhân lực, thuốc, trang thiết bị, vật tư y tế, bảo đảm người dân tiếp cận dịch vụ y tế nhanh nhất, sớm nhất, ngay tại cơ sở. Đồng thời, tăng cường hỗ trợ các địa phương triển khai hiệu quả hơn giải pháp ngăn chặn, kéo giảm bệnh sốt xuất huyết, tay chân miệng.""",
        "assignments": [
            ("group:district", None, []),
            ("Sở Kế hoạch và Đầu tư", None, []),
            ("group:boards", None, []),
            ("Cục Thuế tỉnh", None, ["Sở Tài chính"]),
            ("Sở Y tế", None, []),
        ],
    },
]
NEW_CASES += [
    {
        "url": "https://thanhnien.vn/thoi-su/tphcm-doi-ten-de-an-chuyen-mot-so-huyen-thanh-quan-1367651.html",
        "date": D(2021, 4, 15),
        "classes": ["giao", "press", "names", "quarter", "relative"],
        "text": """Cụ thể, ông Hoan giao Sở Nội vụ điều chỉnh, thay đổi tên Đề án chuyển một số huyện thành quận hoặc thành phố giai đoạn 2021-2030 thành Đề án về đầu tư - xây dựng các huyện thành quận hoặc thành phố giai đoạn 2021 – 2030.

Sở Nội vụ làm chủ nhiệm đề án, phối hợp các sở, ngành chuyên môn tổ chức nghiên cứu, xây dựng các đề án nhánh, bao gồm: Kinh tế đô thị do Sở KH-ĐT chủ trì, Văn hóa đô thị do Sở VH-TT chủ trì, Hạ tầng đô thị do Sở QH-KT chủ trì, Con người đô thị do Viện Nghiên cứu phát triển TP.HCM chủ trì và Quản lý nhà nước do Sở Nội vụ chủ trì. TP.HCM yêu cầu 5 đề án nhánh nêu trên hoàn thành trong quý 3/2021.""",
        "assignments": [
            ("Sở Nội vụ", None, []),
            ("Sở Nội vụ", D(2021, 9, 30), ["group:department"]),
            ("Sở Kế hoạch và Đầu tư", D(2021, 9, 30), []),
            ("Sở Văn hóa và Thể thao", D(2021, 9, 30), []),
            ("Sở Quy hoạch - Kiến trúc", D(2021, 9, 30), []),
            ("Viện Nghiên cứu phát triển Thành phố Hồ Chí Minh", D(2021, 9, 30), []),
        ],
    },
    {
        "url": "https://123docz.net/document/10413565-cvdi-2021-2639-1.htm",
        "date": D(2021, 7, 21),
        "classes": ["giao", "recipients", "hour", "names", "typo"],
        "text": """ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số:2639 /UBND-VP Hải Dương, ngày 21 tháng năm 2021 V/v xây dựng kịch việc đảm bảo cung cấp lưu thông hàng hóa, nhu yếu phẩm, lương thực thực phẩm để ứng phó với tình dịch bệnh COVID-19 Độc lập - Tự - Hạnh phúc Kính gửi: Các sở: Công thương, Giao thông vận tải, Nông nghiệp phát triển nông thôn Trên sở nội dung Công điện số 03/CĐ-UBND ngày 19/7/2021 Chủ tịch UBND tỉnh Hải Dương việc triển khai biện pháp cấp bách phòng, chống dịch COVID-19; Chủ tịch UBND tỉnh tiếp tục đạo sau: Giao Sở Công thương, Sở Nông nghiệp Phát triển nông thôn, Sở Giao thông vận tải chức năng, nhiệm vụ xây dựng kịch chi tiết việc đảm bảo cung cấp lưu thơng hàng hóa, nhu yếu phẩm, lương thực, thực phẩm để ứng phó với dịch bệnh COVID-19 địa bàn theo cấp độ (trong kịch có xây dựng phương án chi viện cho địa phương khác trường hợp cấp thiết); báo cáo UBND tỉnh trước 12h00 ngày 22/7/2021 Chủ tịch UBND tỉnh yêu cầu đơn vị giao nhiệm vụ khẩn trương thực hiện./""",
        "assignments": [
            ("Sở Công Thương", D(2021, 7, 22), []),
            ("Sở Nông nghiệp và Phát triển nông thôn", D(2021, 7, 22), []),
            ("Sở Giao thông vận tải", D(2021, 7, 22), []),
        ],
    },
    {
        "url": "https://hiephoidoanhnghieptuyenquang.com/2020/08/12/ubnd-tinh-chi-dao-tang-cuong-cac-bien-phap-phong-chong-dich-nhat-la-tai-cac-khu-do-thi-khu-vuc-tap-trung-dong-nguoi-khu-cong-nghiep/",
        "date": D(2020, 8, 11),
        "classes": ["group", "intro_lead"],
        "text": """Ngày 11/8/2020, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Thế Giang đã ký ban hành văn bản số 2508/UBND-KGVX, chỉ đạo các sở, ban, ngành, cơ quan, đơn vị thuộc tỉnh; UBND các huyện, thành phố tăng cường các biện pháp phòng, chống dịch, nhất là tại các khu đô thị, khu vực tập trung đông người, khu công nghiệp. Nội dung văn bản chỉ đạo như sau:""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
]
NEW_CASES += [
    {
        "url": "https://sggp.org.vn/du-an-duong-cao-toc-gia-nghia-chon-thanh-xay-dung-6-khu-tai-dinh-cu-post786767.html",
        "date": D(2025, 4, 20),
        "classes": ["group", "factored_list", "press", "coordinators", "names"],
        "text": """UBND tỉnh Bình Phước yêu cầu các sở, ban ngành liên quan tập trung toàn lực để hoàn thành đúng tiến độ công tác lập, thẩm định phê duyệt dự án thành phần 5 với trọng tâm là bồi thường, hỗ trợ tái định cư cho người dân trong vùng dự án; các địa phương có dự án đi qua cần chú trọng công tác dân vận, tạo sự đồng thuận, thống nhất cao trong nhân dân theo tinh thần khẩn trương, hợp lệ, hợp lý. Các sở Xây dựng, Nông nghiệp và Môi trường, Tài chính, Công thương, Ban Quản lý dự án đầu tư xây dựng tỉnh... chung tay phối hợp với các địa phương để tập trung giải quyết vướng mắc; kịp thời tháo gỡ những ách tắc trong thực hiện các phần việc được phân công.""",
        "assignments": [
            ("group:department", None, []),
            ("group:district", None, []),
            ("Sở Xây dựng", None, ["group:district"]),
            ("Sở Nông nghiệp và Môi trường", None, ["group:district"]),
            ("Sở Tài chính", None, ["group:district"]),
            ("Sở Công Thương", None, ["group:district"]),
            ("Ban Quản lý dự án đầu tư xây dựng tỉnh", None, ["group:district"]),
        ],
    },
]
NEW_CASES += [
    {
        "url": "http://baoquangnam.vn/tin-an-ninh-trat-tu/tang-cuong-cong-tac-bao-dam-trat-tu-an-toan-giao-thong-duong-thuy-noi-dia-88913.html",
        "date": D(2020, 6, 1),
        "classes": ["giao", "press", "group", "names", "subject_verb"],
        "text": """UBND tỉnh vừa ban hành công văn (số 3018/UBND-KTN) yêu cầu các ngành, địa phương triển khai thực hiện yêu cầu của Ủy ban An toàn giao thông quốc gia về việc tăng cường công tác bảo đảm trật tự ATGT đường thủy nội địa.

Theo đó, UBND tỉnh giao Ban An toàn giao thông tỉnh, Công an tỉnh, Sở Giao thông vận tải, Sở NN&PTNT và UBND, ban an toàn giao thông các huyện, thị xã, thành phố theo chức năng, nhiệm vụ khẩn trương xây dựng kế hoạch chi tiết để triển khai thực hiện các nội dung theo chỉ đạo của Ủy ban An toàn giao thông Quốc gia tại văn bản nêu trên và chỉ đạo của UBND tỉnh tại Công văn số 2724/UBND-KTN ngày 20.5.2020 về việc tăng cường công tác quản lý, đảm bảo trật tự an toàn giao thông đường thủy trên địa bàn tỉnh. Ban An toàn giao thông tỉnh thường xuyên báo cáo tình hình triển khai thực hiện của các ngành, địa phương cho UBND tỉnh để theo dõi, kịp thời chỉ đạo.""",
        # the lede names the same agencies as the details: a clerk draws the details
        "assignments": [
            ("Ban An toàn giao thông tỉnh", None, []),
            ("Công an tỉnh", None, []),
            ("Sở Giao thông vận tải", None, []),
            ("Sở Nông nghiệp và Phát triển nông thôn", None, []),
            ("group:district", None, []),
            ("Ban An toàn giao thông tỉnh", None, []),
        ],
    },
    {
        "url": "https://sogtvt.ninhthuan.gov.vn/portal/pages/print.aspx?p=28349",
        "date": D(2021, 9, 13),
        "classes": ["recipients", "group", "de_nghi"],
        "text": """Thực hiện ý kiến chỉ đạo của Chủ tịch Ủy ban nhân dân tỉnh tại văn bản số 4830/UBND-KTTH ngày 12/9/2021 về việc đề xuất biện pháp, giải pháp quản lý, giám sát lái xe, phụ xe vận tải liên tỉnh.

Sở Giao thông vận tải đã dự thảo Quyết định của Ủy ban nhân dân tỉnh, đề nghị quý cơ quan góp ý cho văn bản triển khai công tác quản lý, giám sát lái xe, phụ xe vận tải liên tỉnh trong phòng dịch Covid-19, về Sở chậm nhất đến ngày 14/9/2021 để tổng hợp, hoàn thiện trước khi trình Ủy ban nhân dân tỉnh xem xét, quyết định.

Đề nghị quý Sở, ngành, địa phương và cơ quan liên quan quan tâm phối hợp.""",
        "assignments": [("group:department", D(2021, 9, 14), []), ("group:district", D(2021, 9, 14), [])],
    },
    {
        "url": "http://phongthuythanhhoa.vn/vi/dieu-chinh-quy-hoach-1-500-tien-trang-quang-xuong/",
        "date": D(2021, 9, 25),
        "classes": ["names", "subject_verb"],
        "text": """Ủy ban nhân dân tỉnh nhận được Công văn số 6870/SXD-PTĐT ngày
20/9/2021 của Sở Xây dựng về việc Công ty TNHH SOTO đề nghị điều chỉnh
cục bộ Quy hoạch chi tiết xây dựng tỷ lệ 1/500 Đô thị du lịch sinh thái biển
Tiên Trang tại xã Quảng Lợi, huyện Quảng Xương. Phó Chủ tịch UBND tỉnh
Mai Xuân Liêm có ý kiến chỉ đạo như sau:

Yêu cầu Sở Xây dựng, Sở Tài nguyên và Môi trường, UBND huyện
Quảng Xương tập trung thực hiện nhiệm vụ được giao tại Công văn số
12818/UBND-CN ngày 23/8/2021 về việc tham mưu chủ trương điều chỉnh
cục bộ Quy hoạch chi tiết tỷ lệ 1/500 Đô thị du lịch sinh thái biển Tiên Trang,
huyện Quảng Xương, báo cáo Chủ tịch UBND tỉnh trước ngày 05/10/2021./.""",
        "assignments": [
            ("Sở Xây dựng", D(2021, 10, 5), []),
            ("Sở Tài nguyên và Môi trường", D(2021, 10, 5), []),
            ("UBND huyện Quảng Xương", D(2021, 10, 5), []),
        ],
    },
    {
        "url": "https://kygui-batdongsan.net/2023/03/29/lap-do-an-dieu-chinh-quy-hoach-chung-do-thi/",
        "date": D(2023, 3, 29),
        "classes": ["giao", "coordinators", "subject_verb", "press"],
        "text": """Chủ tịch UBND tỉnh Quảng Ngãi vừa có văn bản thống nhất về chủ trương việc UBND thị xã Đức Phổ tổ chức lập đồ án Điều chỉnh Quy hoạch chung đô thị Đức Phổ, tỉnh Quảng Ngãi đến năm 2045 như đề xuất của UBND thị xã Đức Phổ và Sở Xây dựng.

 

Chủ tịch UBND tỉnh giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư và các cơ quan, đơn vị, địa phương rà soát, tham mưu UBND tỉnh xem xét, hỗ trợ kinh phí để lập đồ án quy hoạch nêu trên theo quy định.

UBND thị xã Đức Phổ chịu trách nhiệm tổ chức lập Điều chỉnh Quy hoạch chung đô thị Đức Phổ, tỉnh Quảng Ngãi đến năm 2045, trình cấp thẩm quyền thẩm định, phê duyệt theo đúng quy định. Chủ động bố trí nguồn kinh phí còn lại để thực hiện lập đồ án quy hoạch nêu trên theo quy định.""",
        "assignments": [
            ("Sở Tài chính", None, ["Sở Kế hoạch và Đầu tư", "group:related"]),
            ("UBND thị xã Đức Phổ", None, []),
        ],
    },
    {
        "url": "https://luatminhkhue.vn/quyet-dinh-715-qd-ubnd-nam-2011-ban-hanh-ke-hoach-thuc-hien-de-an-bao-ton--phat-trien-van-hoa-cac-dan-toc-thieu-so-viet-nam-den-nam-2020-tren-dia-ban-tinh-binh-dinh.aspx",
        "date": D(2011, 12, 29),
        "classes": ["giao", "glued", "coordinators", "factored_list"],
        "text": """Điều 2. Giao Giám đốc Sở Văn hóa, Thể thao và Du lịch chủ trì,phối hợp với thủ trưởng các sở, ngành, đoàn thể liên quan và Chủ tịch UBND cáchuyện An Lão, Vĩnh Thạnh, Vân Canh, Hoài Ân, Tây Sơn, Phù Cát triển khai thựchiện.""",
        "assignments": [
            (
                "Sở Văn hóa, Thể thao và Du lịch",
                None,
                [
                    "group:department",
                    "UBND huyện An Lão",
                    "UBND huyện Vĩnh Thạnh",
                    "UBND huyện Vân Canh",
                    "UBND huyện Hoài Ân",
                    "UBND huyện Tây Sơn",
                    "UBND huyện Phù Cát",
                ],
            )
        ],
    },
    {
        "url": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-24-2021-QD-UBND-su-dung-va-quan-ly-vien-chuc-tinh-Bac-Lieu-482546.aspx",
        "date": D(2021, 7, 15),
        "classes": ["giao", "coordinators", "group"],
        "text": """Điều 2. Giao Giám đốc Sở Nội vụ
chủ trì, phối hợp với Giám đốc các Sở và tương đương cấp tỉnh; Chủ tịch Ủy ban
nhân dân cấp huyện tổ chức triển khai thực hiện nội dung Quyết định này.
Điều 3. Chánh Văn phòng Ủy ban
nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc các Sở và tương đương cấp tỉnh; Chủ
tịch Ủy ban nhân dân cấp huyện chịu trách nhiệm thi hà""",
        "assignments": [("Sở Nội vụ", None, ["group:department", "group:district"])],
    },
]
NEW_CASES += [
    {
        "url": "https://baovemoitruong.org.vn/lao-cai-kiem-tra-xu-ly-khai-thac-tap-ket-cat-trai-phep-khu-vuc-xa-van-hoa/",
        "date": D(2017, 10, 10),
        "classes": ["giao", "next_sentence_deadline", "names", "typo"],
        "text": """BVR&MT – UBND tỉnh Lào Cai vừa ban hành văn bản số 5971/UBND-KT về việc kiểm tra, xử lý khai thác, tập kết cát trái phép khu vực xã Vạn Hòa, TP.Lào Cai

Xét đề nghị của Sở Tài nguyên và Môi trường tại văn bản số 2481/STNMT-KS ngày 04/10/2017 về việc kiểm tra, xử lý tình trạng khai thác, tập kết cát trái phép trên sông Hồng thuộc địa bàn thôn Sơn Mãn, xã Vạn Hòa, TP. Lào Cai. UBND tỉnh có ý kiến:

Giao UBND thành phố Lào Cai chỉ đạo tổ chức kiểm tra, xử lý, đình chỉ theo quy định đối với các tổ chức, cá nhân khai thác, tập kết cát trái phép trên địa bàn, đặc biệt giải tỏa ngay khu vực thôn Sơn Mãn, xã Vạn Hòa, thành phố Lào Cai.

UBND tỉnh Lào Cai yêu cầu khắc phục hậu quả do khai thác trái phép gây ra; tuyên truyền, vận động nhân dân địa phương tích cực ngăn chặn và không tham gia hoặc cho các đối tượng khác đến khai thác cát trái phép; kiểm điểm làm rõ trách nhiệm chính quyền cấp xã, đơn vị liên quan. Những trường hợp vượt thẩm quyền thì lập hồ sơ trình Chủ tịch UBND tỉnh xử lý nghiêm theo quy định; báo các kết quả thực hiện gửi UBND tỉnh trước ngày 25/12/2017.""",
        "assignments": [("UBND thành phố Lào Cai", D(2017, 12, 25), [])],
    },
    {
        "url": "https://invest.com.vn/chan-chinh-hoat-dong-giao-dich-kinh-doanh-bat-dong-san-tai-da-nang-vd8256.html",
        "date": D(2018, 3, 1),
        "classes": ["giao", "press"],
        "text": """UBND TP. Đà Nẵng giao Sở Tài nguyên và Môi trường, Sở Xây dựng công bố công khai và thường xuyên cập nhật đến UBND các quận, huyện và các phương tiện thông tin đại chúng thông tin về các dự án phát triển đô thị, nhà ở đã được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà và tài sản gắn liền với đất, các dự án phát triển nhà ở đã có đủ điều kiện được bán, cho thuê, cho thuê mua.""",
        "assignments": [("Sở Tài nguyên và Môi trường", None, []), ("Sở Xây dựng", None, [])],
    },
    {
        "url": "https://baodanang.vn/channel/5428/202107/xu-ly-tinh-trang-rac-tran-long-duong-3884643/",
        "date": D(2021, 7, 1),
        "classes": ["de_nghi", "names", "coordinators"],
        "text": """Báo Đà Nẵng số ra ngày 10-6-2021 đăng thông tin “Rác tràn lòng đường” phản ánh tình trạng rác tràn lòng đường tại tuyến đường chưa có tên từ đường Nguyễn Sinh Sắc dọc bờ kênh giáp với đường Nguyễn Xí (phường Hòa Minh, quận Liên Chiểu).

Văn phòng UBND thành phố Đà Nẵng vừa có Công văn số 1817/VP-ĐTĐT đề nghị UBND quận Liên Chiểu chủ trì, phối hợp với các đơn vị liên quan kiểm tra, xử lý và trả lời nội dung phản ánh của Báo Đà Nẵng, báo cáo kết quả thực hiện về UBND thành phố.""",
        "assignments": [("UBND quận Liên Chiểu", None, ["group:related"])],
    },
    {
        "url": "https://dvt.vn/c/dau-tu?page=10",
        "date": D(2021, 3, 15),
        "classes": ["negative"],
        "text": """Đà Nẵng: Uỷ ban ra hạn cuối, sở Xây dựng vẫn chậm chạp

Ông Lê Quang Nam đề nghị khởi công 1/3 nhưng đến nay, các đơn vị vẫn chưa có báo cáo, khiến nhiều dự án chậm tiến độ.""",
        "assignments": [],
    },
]
NEW_CASES += [
    {
        "url": "http://socongthuong.phutho.gov.vn/Chuyen-muc-tin/Chi-tiet-tin/title/3138/ctitle/140",
        "date": D(2025, 10, 19),
        "classes": ["group", "de_nghi", "heading_items"],
        "text": """Ngày 19/10/2025, Ủy ban nhân dân tỉnh Phú Thọ ban hành Quyết định số 64/2025/QĐ-UBND về việc ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Phú Thọ; để đảm bảo sự phối hợp thống nhất, triển khai chặt chẽ, hiệu quả giữa các Sở, Ngành, Ủy ban nhân dân các xã, phường trong công tác quản lý nhà nước về Quản lý cụm công nghiệp trên địa bàn tỉnh Phú Thọ, Sở Công Thương đề nghị:
1. Các Sở, Ngành, Ủy ban nhân dân các xã, phường chủ động triển khai thực hiện đầy đủ các nội dung, nhiệm vụ được giao quy định tại Quy chế.
2. Các Chủ đầu tư xây dựng và kinh doanh hạ tầng kỹ thuật cụm công nghiệp thực hiện đầy đủ các nội dung, nhiệm vụ quy định tại Quy chế, đồng thời triển khai đến các Cơ sở sản xuất, kinh doanh trong cụm công nghiệp thuộc đơn vị mình quản lý được biết và thực hiện.""",
        "assignments": [("group:department", None, []), ("group:commune", None, [])],
    },
    {
        "url": "https://www.medioq.com/VN/Hanoi/100102559452941/QUY-HO%E1%BA%A0CH-QU%E1%BB%90C-GIA",
        "date": D(2025, 10, 9),
        "classes": ["negative"],
        "text": """KẾ HOẠCH Tổ chức lập điều chỉnh Quy hoạch tỉnh Phú Thọ thời kỳ 2021 - 2030, tầm nhìn đến năm 2050
Thời gian thực hiện lập điều chỉnh quy hoạch tỉnh Phú Thọ thời kỳ 2021-2030, tầm nhìn đến năm 2050: Thực hiện trong 4 tháng, bắt đầu từ tháng 9/2025; kết thúc vào 31/12/2025. Tiến độ thực hiện cụ thể như sau:
1. Phê duyệt nội dung điều chỉnh quy hoạch tỉnh; Xây dựng và trình thẩm định, phê duyệt dự toán lập điều chỉnh quy hoạch tỉnh.
2. Tổ chức lựa chọn nhà thầu tư vấn lập điều chỉnh Quy hoạch tỉnh: Hoàn thành trước ngày 30/10/2025.
3. Thu thập dữ liệu; lập báo cáo điều chỉnh quy hoạch tỉnh và xin ý kiến các cơ quan, ban ngành tại địa phương: Hoàn thành trước ngày 25/11/2025.""",
        "assignments": [],
    },
    {
        "url": "http://cand.com.vn/Xa-hoi/Hau-Giang-Cong-bo-thien-tai-tren-dia-ban-huyen-Long-My-va-TP-Vi-Thanh-389902/",
        "date": D(2016, 3, 15),
        "classes": ["giao", "coordinators", "names"],
        "text": """Theo đó, UBND tỉnh Hậu Giang giao Sở NN&PTNT (Thường trực Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh) chủ trì, phối hợp với các sở, ban ngành, đơn vị có liên quan và UBND huyện Long Mỹ, TP Vị Thanh triển khai thực hiện các biện pháp cần thiết nhằm hạn chế, khắc phục thiệt hại do xâm nhập mặn, tập trung quyết liệt thực hiện công tác phòng, chống xâm nhập mặn bảo vệ diện tích sản xuất nông nghiệp và đảm bảo nước sinh hoạt cho người dân vùng bị hạn, mặn. Giao Giám đốc Sở NN&PTNT, Sở Tài chính; thành viên Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh, Chủ tịch UBND huyện Long Mỹ và TP Vị Thanh; Thủ trưởng cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này kể từ ngày ký…""",
        "assignments": [
            (
                "Sở Nông nghiệp và Phát triển nông thôn",
                None,
                ["group:department", "UBND huyện Long Mỹ", "UBND thành phố Vị Thanh"],
            )
        ],
    },
    {
        "url": "https://thanhnien.vn/tai-chinh-kinh-doanh/han-man-khoc-liet-uy-hiep-dbscl-1162896.html",
        "date": D(2019, 12, 23),
        "classes": ["press", "group", "subject_verb", "coordinators", "names"],
        "text": """Tiền Giang và Long An cấp bách chống mặn Ngày 23.12, ông Trần Văn Cần, Chủ tịch UBND tỉnh Long An, cho biết đã ký công văn khẩn yêu cầu các sở ngành, UBND các huyện triển khai nhanh các giải pháp ứng phó xâm nhập mặn. Sở NN-PTNT phối hợp với Sở TN-MT thường xuyên kiểm tra, xử lý nghiêm các trường hợp xả thải vào công trình thủy lợi gây ô nhiễm nguồn nước. Sở NN-PTNT tăng cường phối hợp đơn vị quản lý khai thác hồ Dầu Tiếng - Phước Hòa để đề nghị tăng lưu lượng xả nước xuống sông Vàm Cỏ Đông khi độ mặn lên cao để kịp thời đẩy mặn, lấy ngọt.""",
        "assignments": [
            ("group:department", None, []),
            ("group:district", None, []),
            ("Sở Nông nghiệp và Phát triển nông thôn", None, ["Sở Tài nguyên và Môi trường"]),
            ("Sở Nông nghiệp và Phát triển nông thôn", None, []),
        ],
    },
    {
        "url": "https://kinhtemoitruong.vn./phong-chong-han-17916.tag",
        "date": D(2019, 12, 20),
        "classes": ["group", "press"],
        "text": """Thực hiện ý kiến chỉ đạo của Phó Thủ tướng Trịnh Đình Dũng tại hội nghị Phòng, chống hạn hán, xâm nhập mặn, đảm bảo sản xuất nông nghiệp và dân sinh khu vực Đồng bằng sông Cửu Long (ĐBSCL) năm 2019-2020 và để chủ động ứng phó với tình hình, UBND tỉnh An Giang đã có công văn yêu cầu các sở, ban, ngành triển khai ngay một số biện pháp phòng, chống hạn, xâm nhập mặn trên địa bàn tỉnh.""",
        "assignments": [("group:department", None, [])],
    },
]
NEW_CASES += [
    {
        "url": "https://hethongphapluat.vn/quyet-dinh-1984-qd-ubnd-nam-2016-phuong-an-dieu-tra-cung-cau-lao-dong-tinh-quang-nam.html",
        "date": D(2016, 6, 9),
        "classes": ["subject_verb", "coordinators", "group"],
        "text": """Điều 1. Ban hành Phương án điều tra cung - cầu lao động tỉnh Quảng Nam năm 2016 (Có Phương án kèm theo).
Điều 2. Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các Sở, ngành có liên quan, UBND huyện, thị xã, thành phố tổ chức triển khai thực hiện Phương án điều tra cung – cầu lao động tỉnh Quảng Nam năm 2016 theo đúng hướng dẫn của Bộ Lao động - Thương binh và Xã hội, đạt mục đích, yêu cầu đề ra.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Lao động - Thương binh và Xã hội, Thủ trưởng các cơ quan, đơn vị liên quan; Chủ tịch UBND huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.""",
        "assignments": [("Sở Lao động - Thương binh và Xã hội", None, ["group:department", "group:district"])],
    },
    {
        "url": "https://vietbao.vn/ung-pho-bao-so-1-cac-tinh-san-sang-cam-bien-so-tan-dan-khoi-vung-nguy-hiem-437158.html",
        "date": D(2018, 7, 16),
        "classes": ["subject_verb", "press", "coordinators", "names"],
        "text": """Bộ Chỉ huy Quân sự, Bộ Chỉ huy Bộ đội Biên phòng và Công an tỉnh sẵn sàng lực lượng, phương tiện hiệp đồng với các địa phương, đơn vị đảm bảo an ninh trật tự, an toàn giao thông và triển khai cứu hộ khi có yêu cầu. Căn cứ vào diễn biến của bão, Bộ đội Biên phòng sẵn sàng bắn pháo hiệu báo bão theo quy định.

Sở GTVT tỉnh chỉ đạo Cảng vụ nội địa rà soát lại số lượng tàu du lịch và khách du lịch tuyến biển, chỉ đạo doanh nghiệp vận tải thủy bố trí đủ phương tiện để phục vụ việc đưa khách có nhu cầu về đất liền, sẵn sàng cấm biển khi có yêu cầu. Chỉ đạo các đơn vị quản lý đường bộ sẵn sàng phương án đảm bảo giao thông trong tình huống gió mạnh, mưa lớn do bão.

Sở Du lịch tỉnh chỉ đạo các địa phương, doanh nghiệp du lịch thông tin đến du khách về tình hình bão để du khách chủ động lịch trình tham quan, sẵn sàng phương án đón khách ở lại chu đáo.""",
        "assignments": [
            ("Bộ Chỉ huy Quân sự tỉnh", None, ["group:district"]),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", None, ["group:district"]),
            ("Công an tỉnh", None, ["group:district"]),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", None, []),
            ("Sở Giao thông vận tải", None, []),
            ("Sở Du lịch", None, []),
        ],
    },
    {
        "url": "https://baobinhthuan.com.vn/de-ung-pho-bao-rai-cam-tau-thuyen-hoat-dong-tu-6-gio-sang-ngay-18-12-84687.html",
        "date": D(2021, 12, 17),
        "classes": ["group", "press", "names", "hour"],
        "text": """Cụ thể, Phó Chủ tịch UBND tỉnh yêu cầu các địa phương, cơ quan, đơn vị liên quan không chủ quan, lơ là trong mọi tình huống. Đồng thời, khẩn trương triển khai nghiêm việc cấm tàu thuyền, phương tiện vận tải hoạt động và đánh bắt hải sản trên biển từ 6 giờ sáng ngày 18/12. Tổ chức kiểm đếm, hướng dẫn các chủ phương tiện, kêu gọi các tàu đang hoạt động trên biển vào bờ hoặc tìm nơi trú ẩn an toàn, không đi vào vùng nguy hiểm của bão. Hướng dẫn neo đậu, sắp xếp tàu thuyền tại các bến bãi đảm bảo an toàn cho người và phương tiện. Các tàu nhỏ công suất dưới 30CV nên kéo lên bờ để bảo đảm an toàn khi bão đổ bộ trực tiếp.
Riêng các địa phương khẩn trương tổ chức kiểm tra các vùng trọng điểm, vùng thường xuyên bị sạt lở khi bão đổ bộ ngay trong ngày 18/12. Triển khai ngay kế hoạch sơ tán dân ra khỏi các vùng nguy hiểm ven biển, cửa sông nguy cơ bị sóng biển, triều cường gây nước dâng cao ở các vùng trũng, ngập lụt. Cắt tỉa cây xanh, chằng chống nhà cửa, kho tàng, trường học, công sở, các khu vực có lồng, bè nuôi trồng thủy sản trên biển nhất là huyện Phú Quý, Tuy Phong. Đồng thời, có biện pháp gia cố chắc chắn, giảm tối đa thiệt hại có thể xảy ra khi bão đổ bộ vào đất liền, phải đảm bảo công tác phòng chống dịch Covid-19 theo quy định. Đặc biệt, UBND huyện Phú Quý cần chủ động trong mọi tình huống, không để bị động khi bị cô lập, nhất là tình huống khi bị chia cắt giữa đảo với đất liền khi bão vào biển Đông ảnh hưởng trực tiếp.""",
        # "từ 6 giờ sáng ngày 18/12" is when the ban starts, not a deadline
        "assignments": [
            ("group:district", None, []),
            ("group:related", None, []),
            ("group:district", D(2021, 12, 18), []),
            ("UBND huyện Phú Quý", None, []),
        ],
    },
    {
        "url": "https://m.baophapluat.vn/quang-ninh-yeu-cau-cac-co-quan-don-vi-chu-dong-phong-chong-bao-so-7-post366934.amp",
        "date": D(2020, 10, 13),
        "classes": ["group", "factored_list", "press", "names"],
        "text": """Theo đó, UBND tỉnh Quảng Ninh yêu cầu các đơn vị, địa phương tổ chức thông tin cho nhân dân biết về diễn biến của bão; chỉ đạo gia cố lại các lồng bè nuôi trồng thủy sản, nắm lại số người đang có mặt trên các vùng nuôi trồng thủy sản để sẵn sàng sơ tán khi có tình huống xảy ra; rà soát, sẵn sàng phương án di chuyển dân về nơi an toàn khi cần; thông báo cho các khu vui chơi, công trình đang xây dựng trên địa bàn biết thông tin bão để có các giải pháp ứng phó thích hợp; điều tiết, vận hành an toàn công trình thủy lợi khi mưa lớn kéo dài. Đặc biệt, tổ chức trực canh 24/24 giờ, nhất là tại các ngầm tràn, đường giao thông bị ngập lụt, sạt lở, kiên quyết không cho người, phương tiện qua lại khi có lũ.
Các sở, ngành liên quan như: Sở Nông nghiệp và Phát triển nông thôn, Giao thông vận tải, Bộ CHQS tỉnh, BĐBP tỉnh, Công an tỉnh, Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam, Tổng Công ty Đông Bắc…, theo dõi chặt chẽ diễn biến của bão, thông báo cho chủ các phương tiện đang hoạt động trên biển biết về bão để chủ động phòng tránh; quản lý hồ chứa chủ động theo dõi mực nước hồ, thực hiện điều tiết đảm bảo an toàn; rà soát, nắm bắt số lượng tàu du lịch, sẵn sàng thực hiện cấm biển khi có yêu cầu.""",
        "assignments": [
            ("group:department", None, []),
            ("group:district", None, []),
            ("Sở Nông nghiệp và Phát triển nông thôn", None, []),
            ("Sở Giao thông vận tải", None, []),
            ("Bộ Chỉ huy Quân sự tỉnh", None, []),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", None, []),
            ("Công an tỉnh", None, []),
        ],
    },
    {
        "url": "https://sggp.org.vn/ninh-thuan-va-binh-thuan-nghiem-cam-tau-thuyen-ra-khoi-post614854.html",
        "date": D(2020, 10, 26),
        "classes": ["giao", "group", "coordinators", "press"],
        "text": """Chủ tịch UBND tỉnh Bình Thuận cũng giao Bộ Chỉ huy Bộ đội Biên phòng tỉnh có trách nhiệm chủ trì, phối hợp với các đơn vị, địa phương liên quan khẩn trương kêu gọi các tàu đang hoạt động trên biển vào bờ hoặc tìm nơi trú, tránh bão an toàn, không đi vào vùng ảnh hưởng nguy hiểm của áp thấp nhiệt đới, bão; hướng dẫn neo đậu, sắp xếp tàu thuyền đảm bảo an toàn cho người và phương tiện.
Riêng các tàu nhỏ công suất dưới 30CV nên được kéo lên bờ để bảo đảm an toàn khi áp thấp nhiệt đới, dự báo mạnh lên thành bão đổ bộ trực tiếp.
Trước đó, ngày 25-10, UBND tỉnh Bình Thuận cũng đã có công điện yêu cầu các địa phương, đơn vị khẩn trương tổ chức trực ban nghiêm túc 24/24 giờ để theo dõi, cập nhật tình hình thời tiết, khí tượng thủy văn, không chủ quan, lơ là trong mọi tình huống, nhằm chủ động trong công tác chỉ đạo, điều hành phòng, chống bão, mưa, lũ, ngập lụt, nhất là hiện các hồ thủy lợi, thủy điện đang tăng lưu lượng xả qua tràn.
Đồng thời, các địa phương cần rà soát các phương án phòng, chống thiên tai của địa phương để chủ động triển khai các phương án sơ tán người dân ra khỏi nơi nguy hiểm, không bảo đảm an toàn trước khi bão, áp thấp nhiệt đới đổ bộ, nhất là người ở trên các lồng bè nuôi trồng thủy sản trên biển,...""",
        "assignments": [
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", None, ["group:related"]),
            ("group:district", None, []),
            ("group:department", None, []),
            ("group:district", None, []),
        ],
    },
    {
        "url": "https://baogialai.com.vn/gia-lai-chu-dong-ung-pho-voi-gio-manh-song-lon-tren-bien-post574775.html",
        "date": D(2025, 12, 12),
        "classes": ["recipients", "de_nghi", "group", "names"],
        "text": """(GLO)- Ngày 12-12, Ban Chỉ huy Phòng thủ dân sự tỉnh có Công văn số 163/BCH-PCTT gửi Bộ Chỉ huy Quân sự tỉnh, UBND các xã, phường ven biển về việc chủ động ứng phó với gió mạnh, sóng lớn trên biển.

Để chủ động ứng phó với gió mạnh, sóng lớn trên biển, Ban Chỉ huy Phòng thủ dân sự tỉnh đề nghị Bộ chỉ huy Quân sự tỉnh, UBND các xã, phường ven biển theo dõi chặt chẽ bản tin cảnh báo, dự báo và diễn biến của gió mạnh, sóng lớn trên biển; thông báo cho thuyền trưởng, chủ các phương tiện, tàu thuyền đang hoạt động trên biển biết để chủ động phòng tránh và có kế hoạch sản xuất phù hợp; đảm bảo an toàn về người và tài sản. Đồng thời, duy trì thông tin liên lạc nhằm xử lý kịp thời các tình huống xấu có thể xảy ra.""",
        "assignments": [("Bộ Chỉ huy Quân sự tỉnh", None, []), ("group:commune", None, [])],
    },
    {
        "url": "http://cand.com.vn/Xa-hoi/Thanh-Hoa-San-sang-di-doi-1800-ho-tranh-con-bao-so-3-24997/",
        "date": D(2012, 8, 15),
        "classes": ["negative"],
        "text": """Trong đó, đặc biệt chú trọng đến việc kêu gọi các ngư dân đang đánh bắt hải sản, khẩn trương đưa phương tiện vào bờ. Để đối phó với cơn bão số 3, tại 6 huyện, thị xã ven biển, 11 huyện miền núi của tỉnh nhanh chóng triển khai các phương án phòng chống lụt bão với tinh thần cao nhất.

Riêng 43 xã miền núi đã có phương án di dân với tổng số trên 1.800 hộ gồm 7.845 khẩu nếu như có dấu hiệu lũ quét, sạt lở đất. Việc xây kè, lát mái 6km đê biển xung yếu hiện đã đạt 90% khối lượng công trình, có thể chịu được bão cấp 9, cấp 10""",
        "assignments": [],
    },
    {
        "url": "https://realsv.qdnd.vn/xa-hoi/tin-tuc/quang-ninh-to-chuc-thong-tin-cho-nguoi-dan-khach-du-lich-biet-ve-dien-bien-con-bao-so-5-549346",
        "date": D(2018, 8, 15),
        "classes": ["group", "factored_list", "press", "subject_verb"],
        "text": """UBND các địa phương tổ chức thông tin cho người dân, khách du lịch biết về diễn biến cơn bão, rà soát từng địa bàn dân cư cụ thể để có phương án phòng tránh, di chuyển dân về nơi an toàn; tổ chức gia cố các lồng bè nuôi trồng thủy sản, nắm lại số người đang có mặt tại các điểm nuôi trồng thủy sản để sẵn sàng sơ tán khi có yêu cầu.

Các ngành Du lịch, Giao thông Vận tải sẵn sàng các phương án di dời khách du lịch, cấm biển khi có yêu cầu; chuẩn bị các phương án đảm bảo an toàn tại các ngầm, tràn giao thông.""",
        "assignments": [("group:district", None, []), ("Sở Du lịch", None, []), ("Sở Giao thông vận tải", None, [])],
    },
]


# -- round 3: new excerpts, split fixed before any rule of round 3 -----------------------------
# 54 excerpts: 38 found first (one more of that search was already r19 of round 1 and was
# dropped), then 16; each annotated before the reader was run on it.
ROUND3_CASES = []
ROUND3_CASES += [
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
ROUND3_CASES += [
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
ROUND3_CASES += [
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
ROUND3_CASES += [
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
ROUND3_CASES += [
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
ROUND3_CASES += [
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
ROUND3_CASES += [
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
ROUND3_CASES += [
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
ROUND3_CASES += [
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
# round 3, second search: 16 more excerpts, annotated before the reader was run on
# them. Where the page gives no day (or no year) the date is the nearest one the page allows, said
# in a comment; it only matters for a deadline without a year.
ROUND3_CASES += [
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


# -- round 4 ------------------------------------------------------------------------------------
# collected and annotated before the reader was run on any of them; the split (even numbers held
# out) was fixed before any rule of round 4 was written
ROUND4_CASES = []
ROUND4_CASES += [
    {
        "url": "http://vpubnd.laichau.gov.vn/detailNews.aspx?id=12962&lang=vi",
        # the page is dated 27/1/2022; the letter's own dates are of April 2016
        "date": D(2016, 4, 12),
        "classes": ["group", "names", "hour", "recurring", "line_breaks"],
        "text": """Thực hiện chỉ đạo của Chủ tịch UBND tỉnh về đảm bảo thông tin thông suốt phục vụ sự chỉ đạo, điều hành của UBND tỉnh. Văn phòng UBND tỉnh đề nghị các sở, ban, ngành tỉnh, UBND các huyện, thành phố tổ chức trực và báo cáo tình hình trong dịp nghỉ lễ Giỗ tổ Hùng Vương, ngày Chiến thắng 30/4 và Quốc tế Lao động 01/5.
Nội dung như sau:
 
1. Về việc trực trong dịp nghỉ lễ:
 
Bố trí nghỉ hợp lý; phân công công chức, viên chức, người lao động trực trong ngày nghỉ để giải quyết công việc, phục vụ tốt nhu cầu của Nhân dân và tổ chức.
 
Lập danh sách lãnh đạo trực nghỉ lễ (theo mẫu kèm theo), gửi Văn phòng UBND tỉnh trước ngày 16/4/2016.
 
2. Chế độ báo cáo trong dịp nghỉ lễ:
 
Công an tỉnh, BCH Quân sự tỉnh, BCH Bộ đội Biên phòng, Văn phòng Ban An toàn giao thông báo cáo nhanh tình hình từng ngày trong dịp nghỉ lễ Giỗ tổ Hùng Vương (từ ngày 16 đến ngày 18/4/2016) và dịp kỷ niệm Chiến thắng 30/4 và Quốc tế Lao động 01/5 (từ ngay 30/4 đến ngày 03/5/2016), gửi hỏa tốc đến Văn phòng UBND tỉnh trước 16h00’ hàng ngày.
 
Tất cả các sở, ngành, huyện, thành phố thường xuyên nắm tình hình, kịp thời báo cáo về những vấn đề nổi cộm, đột xuất phát sinh xảy ra thuộc ngành, lĩnh vực, địa bàn quản lý gửi Văn phòng UBND tỉnh.""",
        # the duty list by 16/4; the daily reports of the four units (every day, no single date);
        # the standing reports of every department and district
        "assignments": [
            ("group:department", D(2016, 4, 16), []),
            ("group:district", D(2016, 4, 16), []),
            ("Công an tỉnh", None, []),
            ("Bộ Chỉ huy Quân sự tỉnh", None, []),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", None, []),
            ("Ban An toàn giao thông tỉnh", None, []),
        ],
    },
    {
        "url": "https://binhduong.gov.vn:443/dau-tu-thong-tin-can-biet/2024/12/861-hoan-tiep-cong-dan-dinh-ky-thang-12-2024-cua-chu-tich-ubnd-tin",
        "date": D(2024, 12, 17),
        "classes": ["negative"],
        "text": """Theo Lịch tiếp công dân, vào ngày 17/12/2024, Chủ tịch UBND tỉnh chủ trì cùng lãnh đạo các ngành, đơn vị chức năng tiếp công dân định kỳ tại Trụ sở Tiếp công dân tỉnh; tuy nhiên, do phát sinh chương trình công tác đột xuất, nên việc tiếp công dân định kỳ tháng 12/2024 không thể diễn ra theo kế hoạch.
Văn phòng UBND tỉnh thông báo đến quý cơ quan, đơn vị, tổ chức và công dân biết và mong được thông cảm.""",
        "assignments": [],
    },
    {
        "url": "https://baobinhduong.vn/chu-tich-ubnd-tinh-le-thanh-cung-khan-truong-hoan-chinh-cac-to-trinh-du-thao-nghi-quyet-phu-hop-thuc-te-dia-phuong-a75869.html",
        # the by-election of Bàu Bàng and Bắc Tân Uyên was held in 2014
        "date": D(2014, 6, 1),
        "classes": ["press", "names", "coordinators", "subject_verb"],
        "text": """Phát biểu kết luận cuộc họp, Chủ tịch UBND tỉnh cho rằng công tác bầu cử bổ sung đại biểu HĐND huyện Bàu Bàng và huyện Bắc Tân Uyên đã được thực hiện đúng quy trình, đúng luật, đạt kết quả cao, thể hiện qua số cử tri đi bầu đạt trên 99,98%. Đối với các tờ trình và dự thảo nghị quyết, Chủ tịch UBND tỉnh Lê Thanh Cung yêu cầu Sở Nội vụ và các sở, ngành liên quan khẩn trương hoàn chỉnh các tờ trình và dự thảo nghị quyết theo hướng bảo đảm đúng mục đích, ý nghĩa, tính pháp lý, phù hợp với nhu cầu và tình hình thực tế của địa phương.
TRÍ DŨNG""",
        # "các sở, ngành liên quan": the departments, as the kind is named (group:related until
        # round 6, against r10, r28, r34, r132, r135, r220)
        "assignments": [("Sở Nội vụ", None, ["group:department"])],
    },
    {
        "url": "http://tnmttuyenquang.gov.vn/tin-tuc/chinh-tri-xa-hoi/trang-784.html",
        "date": D(2015, 10, 28),
        "classes": ["negative", "press"],
        "text": """UBND tỉnh họp phiên thường kỳ tháng 10

Ngày 28-10, UBND tỉnh đã tổ chức họp thường kỳ tháng 10-2015. Đồng chí Phạm Minh Huấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp. Dự họp có Thường trực HĐND, lãnh đạo UBND tỉnh; lãnh đạo các sở, ban, ngành của tỉnh và UBND các huyện, thành phố.""",
        "assignments": [],
    },
    {
        "url": "https://vietbao.vn/khach-san-mo-dich-vu-con-tra-hinh-tphcm-ra-chi-dao-khan-435569.html",
        "date": D(2023, 7, 1),
        "classes": ["press", "group", "names"],
        "text": """Qua báo cáo trên, UBND TPHCM đã thống nhất giao Công an thành phố chỉ đạo kiểm tra, chấn chỉnh và xử lý theo quy định về công tác phối hợp, xử lý vi phạm hành chính, không để xảy ra vụ việc tương tự. Công an TP Thủ Đức, các quận, huyện cần tăng cường phối hợp, hỗ trợ kiểm tra, xử lý cá nhân, tổ chức hoạt động kinh doanh dịch vụ có vi phạm pháp luật, tiềm ẩn tệ nạn xã hội.

Đồng thời, chính quyền các địa phương chỉ đạo các lực lượng chức năng kiểm tra, phối hợp các bên liên quan để xử lý tổ chức, cá nhân hoạt động kinh doanh dịch vụ có vi phạm pháp luật, tiềm ẩn tệ nạn xã hội.""",
        # the district police are units of the city police (its task); the local governments are
        # the districts' People's Committees
        "assignments": [("Công an tỉnh", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://baoquangnam.vn/quoc-phong-an-ninh/phoi-hop-dam-bao-an-ninh-chinh-tri-trat-tu-an-toan-xa-hoi-tren-dia-ban-quang-nam-150033.html",
        "date": D(2023, 10, 19),
        "classes": ["negative", "press"],
        "text": """(QNO) - Chiều nay 19/10, Bộ đội Biên phòng tỉnh, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh và Bộ Tư lệnh Vùng Cảnh sát biển 2 tổ chức hội nghị giao ban quy chế phối hợp thực hiện Nghị định số 03 ngày 5/9/2022 của Chính phủ trong quý III/2023.

Quang cảnh hội nghị. Ảnh: HUỲNH CHÍN

Quý III/2023, 4 lực lượng công an - quân sự - biên phòng - cảnh sát biển tiếp tục phối hợp thực hiện tốt nhiệm vụ bảo vệ an ninh quốc gia, bảo đảm trật tự an toàn xã hội, đấu tranh phòng chống tội phạm và nhiệm vụ quốc phòng trên địa bàn tỉnh.""",
        "assignments": [],
    },
    {
        "url": "https://congdongdansinh.vn/bai-viet/thai-nguyen-quy-trach-nhiem-cho-lanh-dao-dia-phuong-de-chan-chinh-tinh-trang-xay-dung-trai-phep-lan-chiem-sai-quy-hoach-48332.htm",
        # undated on the page: within Mr Trịnh Việt Hùng's term as chairman (2020-2024)
        "date": D(2021, 1, 1),
        "classes": ["press", "factored_list", "group"],
        "text": """Thái Nguyên: “Quy trách nhiệm” cho lãnh đạo địa phương để chấn chỉnh tình trạng xây dựng trái phép, lấn chiếm, sai quy hoạch

Trước hoạt động xây dựng công trình trái phép, lấn chiếm, sai quy hoạch còn diễn ra tại một số nơi, ông Trịnh Việt Hùng - Chủ tịch UBND tỉnh Thái Nguyên đã giao trách nhiệm cho các ngành: Xây dựng, Tài nguyên và Môi trường và Chủ tịch UBND các huyện...""",
        "assignments": [
            ("Sở Xây dựng", None, []),
            ("Sở Tài nguyên và Môi trường", None, []),
            ("group:district", None, []),
        ],
    },
    {
        "url": "https://baophapluat.vn/bds/pham-anh-tuan-tag102828.html",
        # undated on the page (a tag page): within Mr Phạm Anh Tuấn's term as chairman
        "date": D(2021, 1, 1),
        "classes": ["press", "group"],
        "text": """Bình Định tăng cường công tác quản lý xây dựng nhà ở
(PLVN) - Nhằm chấn chỉnh, tăng cường công tác quản lý đô thị, trật tự xây dựng đối với các dự án đầu tư xây dựng cho phép người dân tự xây dựng nhà ở trên địa bàn, Chủ tịch UBND tỉnh Bình Định vừa yêu cầu ngành chức năng và các địa phương tăng cường công tác quản lý xây dựng nhà ở.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://vinh24h.vn/tag/tu-kiem-tra",
        "date": D(2023, 8, 7),
        "classes": ["press", "group"],
        "text": """Tại Công văn số 6486/UBND-KSTT của UBND tỉnh Nghệ An ban hành ngày 7/8/2023, Chủ tịch UBND tỉnh Nguyễn Đức Trung yêu cầu các đơn vị tăng cường công tác tự kiểm tra công vụ và xử lý nghiêm cán bộ, công chức, viên chức có hành vi nhũng nhiễu, tiêu cực.""",
        "assignments": [("group:related", None, [])],
    },
    {
        "url": "https://suckhoedoisong.vn/cham-giai-phong-mat-bang-cao-toc-4-chu-tich-huyen-bi-phe-binh-169220315163608782.htm",
        "date": D(2022, 3, 15),
        "classes": ["press", "group", "subject_verb"],
        "text": """Ngày 15/3, UBND tỉnh Nghệ An cho biết, vừa phê bình 4 chủ tịch của 3 UBND huyện và 1 thị xã do không thực hiện nghiêm chỉ đạo của UBND tỉnh về công tác giải phóng mặt bằng tuyến cao tốc Bắc-Nam trong thời gian vừa qua, làm chậm tiến độ dự án.
Chủ tịch các huyện bị phê bình gồm: huyện Diễn Châu, Yên Thành, Hưng Nguyên và thị xã Hoàng Mai.
Trong thời gian qua, UBND tỉnh Nghệ An đã trực tiếp chỉ đạo các sở, ngành, địa phương có tuyến đường này đi qua phải tập trung giải quyết các khó khăn vướng mắc, đẩy nhanh công tác giải phóng mặt bằng để bàn giao theo đúng tiến độ yêu cầu. Tuy nhiên, 4 địa phương nói trên vẫn chưa quyết liệt, chưa giải quyết các khó khăn vướng mắc, không lập kế hoạch chi tiết theo yêu cầu, làm chậm tiến độ thực hiện dự án.
UBND tỉnh cũng yêu cầu các huyện chỉ đạo quyết liệt, hoàn thành công tác giải phóng mặt bằng, bàn giao toàn bộ mặt bằng cho Ban quản lý dự án 6, Bộ Giao thông vận tải trước ngày 25/3.
Sau thời gian trên, địa phương nào không hoàn thành, Chủ tịch UBND các huyện, thị xã sẽ phải chịu trách nhiệm.""",
        # the earlier instruction (past) is not a new task
        "assignments": [("group:district", D(2022, 3, 25), [])],
    },
    {
        "url": "https://baolaocai.vn/phieu-lay-y-kien-tag33502.html",
        "date": D(2025, 4, 22),
        "classes": ["negative", "press"],
        "text": """8/9 địa phương hoàn thành lấy ý kiến Nhân dân về sắp xếp đơn vị hành chính các cấp
Theo báo cáo nhanh của Sở Nội vụ, tính đến 9 giờ ngày 22/4 có 8/9 địa phương hoàn thành lấy ý kiến Nhân dân về sắp xếp đơn vị hành chính các cấp, chỉ còn thành phố Lào Cai đang tiếp tục tổng hợp.""",
        "assignments": [],
    },
    {
        "url": "https://thanhnien.vn/pages/20140104/kiem-tra-xu-ly-vu-viec-bao-thanh-nien-phan-anh.aspx",
        "date": D(2014, 1, 4),
        "classes": ["press", "names", "date_dots", "subject_verb"],
        "text": """Kiểm tra xử lý vụ việc Báo Thanh Niên phản ánh

04/01/2014 09:19 GMT+7

(TNO) Phó chủ tịch UBND tỉnh Kiên Giang Lâm Hoàng Sa vừa yêu cầu Giám đốc Sở TN-MT kiểm tra và cương quyết xử lý những trường hợp vi phạm, gây ô nhiễm môi trường tại các cơ sở, đơn vị chế biến thủy sản, khai thác đá... trên địa bàn như báo chí đã nêu; chậm nhất đến ngày 10.1 phải có báo cáo cho thường trực UBND tỉnh và cung cấp thông tin cho cơ quan báo chí.""",
        "assignments": [("Sở Tài nguyên và Môi trường", D(2014, 1, 10), [])],
    },
    {
        "url": "https://thanhnien.vn/thoi-su/gan-1400-nguoi-lam-viec-tai-trung-tam-hanh-chinh-da-nang-xet-nghiem-covid-19-1380736.html",
        "date": D(2021, 5, 1),
        "classes": ["press", "group"],
        "text": """Trước đó, do diễn biến các ca mắc Covid-19 trong cộng đồng rất phức tạp, Chủ tịch UBND TP Đà Nẵng, ông Lê Trung Chinh (Trưởng ban Chỉ đạo phòng, chống dịch Covid-19 TP.Đà Nẵng) đã yêu cầu các sở, ban, ngành, địa phương, đơn vị và cả hệ thống chính trị thành phố tập trung triển khai quyết liệt hơn nữa công tác phòng, chống dịch Covid-19; bảo đảm vừa phòng, chống dịch có hiệu quả cao nhất, vừa đảm bảo an ninh trật tự, an toàn, an sinh xã hội, vừa tổ chức thành công bầu cử đại biểu Quốc hội, HĐND các cấp.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "http://www.baomoi.com/chan-chinh-cong-chuc-bo-gio-lam-di-hoc/c/1555262.epi",
        # undated on the page: Mr Trần Văn Minh was chairman of Đà Nẵng until 2011
        "date": D(2010, 1, 1),
        "classes": ["press", "group"],
        "text": """Chủ tịch UBND TP Đà Nẵng Trần Văn Minh vừa ban hành Chỉ thị 09 yêu cầu các đơn vị trên địa bàn TP chấn chỉnh việc cán bộ, công chức, viên chức bỏ giờ làm đi học.""",
        "assignments": [("group:related", None, [])],
    },
    {
        "url": "https://socongthuong.thaibinh.gov.vn/danh-muc/dau-tu-cong",
        "date": D(2020, 7, 16),
        "classes": ["negative", "press"],
        "text": """Chiều 16-7, đồng chí Đặng Trọng Thăng - Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì cuộc họp thảo luận về tình hình thực hiện kế hoạch và nhu cầu vốn đầu tư công cấp tỉnh do 3 Ban Quản lý dự án làm chủ đầu tư.""",
        "assignments": [],
    },
    {
        "url": "https://baomoi.net.vn/tag/V%C4%83n-b%E1%BA%A3n-s%E1%BB%91-10194%2FVPCP_KGVX.epi",
        # undated on the page (a tag page): the border schools were begun in November 2025
        "date": D(2025, 11, 1),
        "classes": ["press", "group", "de_nghi"],
        "text": """Chuẩn bị chu đáo cho lễ khởi công các trường học vùng biên Hà Tĩnh vào ngày 9/11

Lãnh đạo UBND tỉnh Hà Tĩnh đề nghị các đơn vị liên quan đề cao tinh thần trách nhiệm, chủ động xử lý các vấn đề phát sinh, đảm bảo lễ khởi công diễn ra trang trọng, an toàn, tiết kiệm.""",
        # the ceremony of 9/11 is an event, not a deadline of the task
        "assignments": [("group:related", None, [])],
    },
    {
        "url": "https://dangcongsan.vn/ha-tinh-doi-moi-sang-tao-phat-trien/tin-tuc/p/5",
        "date": D(2023, 3, 17),
        "classes": ["press", "group"],
        "text": """Đẩy nhanh tiến độ dự án cao tốc Bắc - Nam đoạn qua Hà Tĩnh
17/03/2023 17:21
(ĐCSVN) - Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải yêu cầu các địa phương trên địa bàn tỉnh Hà Tĩnh cần tiếp tục huy động nhân lực, tập trung cao hơn nữa cho công tác giải phóng mặt bằng, sớm đẩy nhanh tiến độ bàn giao mặt bằng phục vụ dự án đường bộ cao tốc Bắc - Nam, đoạn qua Hà Tĩnh.""",
        "assignments": [("group:district", None, [])],
    },
    {
        "url": "https://xaydungtoday.vn/chuyen-muc/doi-song-xa-hoi/page/75",
        # undated on the page (a list page): the visit was in 2024
        "date": D(2024, 6, 1),
        "classes": ["press", "month_deadline"],
        "text": """Hà Tĩnh: Đẩy nhanh tiến độ các công trình, đưa huyện Đức Thọ về đích nông thôn mới nâng cao cuối năm 2024
(Xây dựng) - Trong buổi kiểm tra, làm việc với huyện Đức Thọ về tiến độ xây dựng nông thôn mới và đô thị văn minh, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải yêu cầu tập trung cao nhất để đạt chuẩn nông thôn mới nâng cao trong năm 2024.""",
        # the district worked with is the one asked; "in 2024" (the end of the year, as the title says)
        "assignments": [("UBND huyện Đức Thọ", D(2024, 12, 31), [])],
    },
    {
        "url": "http://baoquangngai.vn/channel/2024/201806/khan-truong-bao-cao-tinh-hinh-sat-lo-bo-song-bo-bien-2899532/",
        "date": D(2018, 6, 25),
        "classes": ["press", "group", "names", "coordinators"],
        "text": """Khẩn trương báo cáo tình hình sạt lở bờ sông, bờ biển


(Baoquangngai.vn)- Chủ tịch UBND tỉnh vừa có công văn giao UBND các huyện, thành phố nghiên cứu nội dung Công văn số 4714/BNN-PCTT ngày 20/6/2018 của Bộ Nông nghiệp và Phát triển nông thôn, tổ chức kiểm tra, rà soát, tổng hợp báo cáo tình hình sạt lở bờ sông, bờ biển, bồi lấp cửa sông đảm bảo đầy đủ, chính xác; gửi Sở Nông nghiệp và Phát triển nông thôn trước ngày 29/6/2018.
 
Theo chức năng, nhiệm vụ được giao, chủ động triển khai thực hiện các nội dung Công văn nêu trên nhằm đảm bảo an toàn tính mạng, tài sản của nhân dân tại các khu vực bị ảnh hưởng. Đối với các nội dung vượt thẩm quyền, chủ động phối hợp với Sở Nông nghiệp và Phát triển nông thôn, các Sở, ngành chức năng để tham mưu UBND tỉnh xem xét, giải quyết kịp thời.
 
Sở Nông nghiệp và Phát triển nông thôn đôn đốc, kiểm tra việc thực hiện của các địa phương; phối hợp với các Sở, ngành chức năng tổng hợp, tham mưu đề xuất, trình UBND tỉnh xem xét, báo cáo Bộ Nông nghiệp và Phát triển nông thôn trước ngày 05/7/2018.
 
PV""",
        "assignments": [
            ("group:district", D(2018, 6, 29), []),
            ("Sở Nông nghiệp và Phát triển nông thôn", D(2018, 7, 5), ["group:department"]),
        ],
    },
    {
        "url": "https://stttt.quangbinh.gov.vn/3cms/so-tai-nguyen-va-moi-truong-bao-cao-tinh-hinh-cap-phep-va-khai-thac-cat-soi-tren-song-dinh.htm",
        "date": D(2017, 6, 1),
        "classes": ["negative", "press"],
        "text": """Sở Tài nguyên và Môi trường báo cáo tình hình cấp phép và khai thác cát, sỏi trên sông Dinh 

Ngày 17/5/2017, báo điện tử Gia đình Việt Nam có đăng bài Quảng Bình: Nạn khai thác cát tràn lan “bức tử” sông Dinh của tác giả Trần Cường phản ánh tình trạng khai thác cát trái phép một cách công khai, rầm rộ trên sông Dinh thuộc địa bàn huyện Bố Trạch.

Thực hiện ý kiến chỉ đạo của Lãnh đạo UBND tỉnh Quảng Bình, Sở Tài nguyên và Môi trường đã phối hợp với Phòng Tài nguyên và Môi trường huyện Bố Trạch, UBND xã Nam Trạch tổ chức kiểm tra, xác minh thông tin và báo cáo UBND tỉnh bằng Văn bản số 989/STNMT-TTr ngày 01/6/2017.

Kính thông tin với các cơ quan báo chí và bạn đọc!""",
        # a task already done and reported: nothing left to assign
        "assignments": [],
    },
    {
        "url": "http://khuyennonghanoi.gov.vn/Pages/ha-noi-chu-dong-phan-bo-chi-ngan-sach-va-muc-chi-ho-tro-thuc-hien-cuoc-van-dong--.aspx",
        "date": D(2018, 7, 20),
        "classes": ["press", "group"],
        "text": """Để triển khai thực hiện các nghị quyết nêu trên, UBND thành phố yêu cầu các sở, ban, ngành, UBND quận, huyện, thị xã tổ chức triển khai thực hiện các Nghị quyết; xây dựng và phân bổ dự toán chi thường xuyên ngân sách từ năm 2019 cho các cơ quan, đơn vị theo quy định tại các Nghị quyết nêu trên. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc vượt thẩm quyền, các đơn vị kịp thời phản ánh về Sở Tài chính để tổng hợp, đề xuất, báo cáo UBND thành phố thống nhất Thường trực HĐND thành phố xem xét, giải quyết hoặc báo cáo HĐND thành phố tại kỳ họp gần nhất./.
TT (Theo Cổng GTĐT Hà Nội)""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://skhcn.bacninh.gov.vn/web/so-thong-tin-va-truyen-thong",
        "date": D(2022, 8, 8),
        "classes": ["negative"],
        "text": """Ngày 8 tháng 8 năm 2022

Để chủ động kiểm soát, phòng, chống dịch bệnh COVID-19, sốt xuất huyết, đậu mùa khỉ và các bệnh truyền nhiễm khác, không để xảy ra dịch chồng dịch, Chủ tịch UBND tỉnh đề nghị người dân thực hiện nghiêm các biện pháp phòng, chống dịch.""",
        # a request to the public, not to an agency
        "assignments": [],
    },
    {
        "url": "https://hethongphapluat.com/chi-thi-15-ct-ubnd-nam-2018-ve-chan-chinh-tang-cuong-ky-luat-ky-cuong-trong-viec-chap-hanh-phap-luat-ve-ngan-sach-nha-nuoc-do-thanh-pho-ha-noi-ban-hanh.html",
        "date": D(2018, 12, 25),
        "classes": ["group", "heading_items", "coordinators"],
        "text": """CHỈ THỊ
VỀ VIỆC CHẤN CHỈNH, TĂNG CƯỜNG KỶ LUẬT, KỶ CƯƠNG TRONG VIỆC CHẤP HÀNH PHÁP LUẬT VỀ NGÂN SÁCH NHÀ NƯỚC
Triển khai thực hiện Chỉ thị số 31/CT-TTg ngày 08/11/2018 của Thủ tướng Chính phủ về việc chấn chỉnh, tăng cường kỷ luật, kỷ cương trong việc chấp hành pháp luật về ngân sách nhà nước; để nâng cao hiệu lực, hiệu quả quản lý nhà nước về tài chính - ngân sách trên địa bàn Thành phố, Chủ tịch UBND Thành phố yêu cầu Thủ trưởng các sở, ban, ngành, đơn vị thuộc Thành phố và Chủ tịch UBND các quận, huyện, thị xã chỉ đạo, hướng dẫn, kiểm tra các cơ quan, đơn vị và cấp dưới trực thuộc thực hiện nghiêm các quy định của pháp luật, chấn chỉnh, tăng cường kỷ luật, kỷ cương trong quản lý, sử dụng ngân sách nhà nước, Chỉ thị số 33/2008/CT-TTg ngày 20/11/2008 của Thủ tướng Chính phủ về việc thực hiện nghiêm chính sách tài khóa và các kết luận, kiến nghị của cơ quan kiểm toán, thanh tra (Chỉ thị số 33/2008/CT-TTg), trong đó tập trung thực hiện tốt các nhiệm vụ trọng tâm sau:
1. Về việc tham mưu phối hợp với các đơn vị của Trung ương hoàn thiện thể chế:
a) Sở Kế hoạch và Đầu tư chủ trì, cùng các đơn vị có liên quan kịp thời tham mưu UBND Thành phố phối hợp với Bộ Kế hoạch và Đầu tư và các cơ quan trung ương trong việc rà soát, xây dựng, hoàn thiện""",
        "assignments": [
            ("group:department", None, []),
            ("group:district", None, []),
            ("Sở Kế hoạch và Đầu tư", None, ["group:related"]),
        ],
    },
    {
        "url": "https://ls1.hethongphapluat.com/chi-thi-04-ct-ubnd-nam-2017-ve-tang-cuong-quan-ly-nang-cao-hieu-qua-su-dung-tai-san-cong-do-thanh-pho-ha-noi-ban-hanh.html",
        "date": D(2017, 3, 16),
        "classes": ["group", "heading_items"],
        "text": """CHỈ THỊ

VỀ VIỆC TĂNG CƯỜNG QUẢN LÝ, NÂNG CAO HIỆU QUẢ SỬ DỤNG TÀI SẢN CÔNG

Thực hiện Chỉ thị số 31/CT-TTg ngày 02/11/2016 của Thủ tướng Chính phủ về tăng cường quản lý, nâng cao hiệu quả sử dụng tài sản công, Công văn số 17731/BTC-QLCS ngày 14/12/2016 của Bộ Tài chính về việc triển khai Chỉ thị số 31/CT-TTg; đồng thời nhằm tiếp tục nâng cao hiệu quả quản lý, sử dụng và khai thác tài sản công; chấp hành các quy định về tiêu chuẩn, định mức, chế độ sử dụng trụ sở làm việc, xe ô tô công, máy móc, thiết bị; tăng cường việc khai thác, huy động nguồn lực từ tài sản công; hạn chế thất thoát, lãng phí, nhất là đối với các tài sản là đất đai, trụ sở làm việc, xe ô tô công tại các cơ quan nhà nước, đơn vị sự nghiệp công lập, tổ chức chính trị, tổ chức chính trị-xã hội, tổ chức chính trị xã hội - nghề nghiệp, tổ chức xã hội, tổ chức xã hội - nghề nghiệp thuộc phạm vi quản lý của Thành phố (sau đây gọi tắt là các cơ quan, đơn vị ), Chủ tịch UBND Thành phố yêu cầu Thủ trưởng các cơ quan, đơn vị tập trung chỉ đạo, tổ chức thực hiện có hiệu quả các nhiệm vụ sau:

1. Về tăng cường quản lý, sử dụng nhà, đất, trụ sở làm việc, cơ sở hoạt động sự nghiệp:

a) Các cơ quan, đơn vị có trách nhiệm:

- Thực hiện nghiêm Chỉ thị số 27/CT-T""",
        "assignments": [("group:related", None, [])],
    },
    {
        "url": "https://thanhnien.vn/du-lich/dung-ngay-hoi-mam-an-giang-vi-virus-corona-1178642.html",
        "date": D(2020, 2, 4),
        "classes": ["negative", "press"],
        "text": """Chiều ngày 4.2, theo thông tin từ UBND tỉnh An Giang, Phó Chủ UBND tỉnh An Giang Lê Văn Phước đã ký quyết định tạm dừng tổ chức Ngày hội "Mắm An Giang - Nam Bộ" tại TP.Châu Đốc để tăng cường phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của virus corona gây ra, theo chỉ đạo từ Công điện số 165/CĐ-TTg ngày 2.2.2020 của Thủ tướng Chính phủ.""",
        "assignments": [],
    },
    {
        "url": "https://demotsht.don.vn/ban-can-biet/trang-87.html",
        "date": D(2019, 3, 13),
        "classes": ["press", "group"],
        "text": """CÔNG ĐIỆN KHẨN: Thực hiện các biện pháp cấp bách khống chế dịch tả lợn châu Phi
UBND tỉnh vừa ban hành Công điện số 02/CĐ-UBND ngày 13/3/2019, về việc thực hiện các biện pháp cấp bách nhằm khống chế dịch bệnh tả lợn châu Phi. Nội dung Công điện nêu rõ: Tính đến ngày 13/3/2019, trên địa bàn cả nước đã có 16 tỉnh phát hiện bệnh dịch tả lợn châu Phi, làm trên 16.000 con lợn nhiễm bệnh. Tỉnh ta đã phát hiện 1 ổ dịch tại bản Huổi Ái, xã Mường É, huyện Thuận Châu. Để chủ động phòng, chống bệnh dịch tả lợn châu Phi, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thành phố tập trung triển khai đồng bộ, có hiệu quả một số nhiệm vụ:""",
        "assignments": [("group:district", None, [])],
    },
    {
        "url": "https://sao.baophapluat.vn/tin-tuc/?q=ch%E1%BB%91ng+b%E1%BB%87nh+d%E1%BB%8Bch+t%E1%BA%A3+l%E1%BB%A3n+ch%C3%A2u+Phi",
        # a search page: the year of the letter of 15/6 is not given
        "date": D(2020, 6, 15),
        "classes": ["press", "group"],
        "text": """Chủ động phòng, chống bệnh dịch tả lợn châu Phi phát sinh

Trong nội dung Công văn số 4913/VP-KT, ban hành ngày 15/6, UBND thành phố Hà Nội yêu cầu các sở, ngành liên quan, UBND các quận, huyện, thị xã chủ động phòng, chống bệnh dịch tả lợn châu Phi phát sinh, lây lan trên diện rộng.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://sgtvtxd.laocai.gov.vn/tin-tuyen-truyen/chi-thi-so-05-ct-ubnd-ngay-06-03-2019-cua-ubnd-tinh-lao-cai-ve-viec-trien-khai-dong-bo-cac-giai--358068",
        "date": D(2019, 3, 6),
        "classes": ["negative"],
        "text": """Chỉ thị số 05/CT-UBND ngày 06/03/2019 của UBND tỉnh Lào Cai về việc triển khai đồng bộ các giải pháp cấp bách phòng chống bệnh Dịch tả lợn Châu Phi
Tại Việt Nam, tính đến ngày 05/03/2019 bệnh Dịch tả lợn Châu Phi đã xẩy ra tại 34 xã, 15 huyện của 8 tỉnh, thành phố (Hưng Yên, Thái Bình, Thanh Hóa, Hà Nam, Hải Dương, Hải Phòng, Hòa Bình và TP Hà Nội)
Thực hiện Chỉ thị số 04/CT-TTg ngày 20/02/2019 của Thủ tướng Chính phủ và các văn bản chỉ đạo của Bộ Nông nghiệp và Phát triển nông thôn và triển khai đồng bộ các giải pháp cấp bách khống chế bệnh Dịch tả lợn Châu Phi, để chủ động ngăn chặn và ứng phó kịp thời bệnh Dịch tả lợn Châu Phi trên địa bàn tỉnh Lào Cai, Chủ tịch UBND tỉnh yêu cầu một số nội dung như sau:
Chi tiết văn bản xem tại đây: CT05UBND""",
        # the tasks are in the attached text: the excerpt names no agency
        "assignments": [],
    },
    {
        "url": "https://baotayninh.vn/music/nghe-audio/ta-p-trung-trie-n-khai-quye-t-lie-t-do-ng-bo-ca-c-gia-i-pha-p-pho-ng-cho-ng-be-nh-di-ch-ta-heo-chau-phi.1416.html",
        "date": D(2021, 12, 7),
        "classes": ["press", "coordinators", "subject_verb"],
        "text": """Tập trung triển khai quyết liệt, đồng bộ các giải pháp phòng, chống bệnh Dịch tả heo Châu Phi

Audio thời sự 07-12-2021
“Sở Nông nghiệp và Phát triển nông thôn phối hợp với UBND cấp huyện và các ngành có liên quan tập trung chỉ đạo, tổ chức hướng dẫn, đôn đốc, kiểm tra việc phòng, chống dịch bệnh dịch tả heo châu Phi; chủ động giám sát chặt chẽ tình hình dịch bệnh, bảo đảm phát hiện sớm, cảnh báo và chỉ đạo xử lý triệt để ổ dịch, không để dịch bệnh lây lan diện rộng”. Đó là chỉ đạo của UBND tỉnh đối với Sở NN&PTNT nhằm tăng cường phòng chống dịch tả heo châu Phi.""",
        "assignments": [("Sở Nông nghiệp và Phát triển nông thôn", None, ["group:district", "group:related"])],
    },
    {
        "url": "https://baothuathienhue.vn/amp.aspx?newid=25702",
        "date": D(2012, 1, 1),
        "classes": ["press", "group"],
        "text": """Sở NN&PTNT yêu cầu chính quyền cơ sở tập trung lãnh chỉ đạo và phối hợp với các cơ quan chức năng, tuyên truyền, vận động nhân dân thực hiện đồng bộ các giải pháp phòng, chống dịch tai xanh ở heo. Địa phương nào không thực hiện tiêm phòng đầy đủ, chậm phát hiện, không xử lý kịp thời để dịch xảy ra trên địa bàn, người đứng đầu phải chịu trách nhiệm.

Hà Nguyên""",
        # undated on the page (an old article id); a department's request to the communes
        "assignments": [("group:commune", None, [])],
    },
    {
        "url": "https://moitruong.net.vn/chua-chay-rung-ptag.html",
        "date": D(2024, 1, 1),
        "classes": ["press", "group"],
        "text": """chữa cháy rừng

Nghệ An: Tăng cường các biện pháp phòng cháy, chữa cháy rừng
UBND tỉnh Nghệ An đã ban hành Chỉ thị số 04/CT-UBND yêu cầu các sở, ban, ngành cấp tỉnh, UBND các huyện, thành, thị và các chủ rừng tăng cường các biện pháp phòng cháy, chữa cháy rừng.""",
        # undated on the page (a tag page); the forest owners are not agencies of the register
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://baohoabinh.com.vn/28/124577/Tang-cuong-bao-ve-va-phong-chay,-chua-chay-rung-mua-kho-2018-2019.htm",
        # undated in the excerpt: the dry season 2018-2019 (the title)
        "date": D(2018, 11, 1),
        "classes": ["press", "names", "coordinators", "subject_verb", "group"],
        "text": """Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các huyện, thành phố khẩn trương chỉ đạo, tổ chức triển khai thực hiện các nội dung sau:
Sở NN&PTNT tham mưu giúp UBND tỉnh chỉ đạo việc triển khai các hoạt động của Ban chỉ đạo về chương trình, mục tiêu phát triển lâm nghiệp bền vững; chủ trì phối hợp với các ngành liên quan và UBND cấp huyện tổ chức quản lý, bảo vệ, phát triển rừng và PCCCR. Chỉ đạo lực lượng kiểm lâm các cấp thường xuyên kiểm tra, đôn đốc các địa phương, chủ rừng thực hiện nghiêm các biện pháp PCCCR; tổ chức lực lượng, phương tiện sẵn sàng ứng cứu khi có cháy rừng quy mô lớn; xử lý nghiêm các tổ chức, cá nhân, chủ rừng có hành vi vi phạm các quy định về BVR, PCCCR...
Công an tỉnh, Bộ CHQS tỉnh phối hợp với lực lượng kiểm lâm thực hiện tốt quy chế phối hợp trong hoạt động giữ gìn an ninh chính trị, trật tự xã hội, BVR&PCCCR. Chỉ đạo các đơn vị trực thuộc phối hợp chặt chẽ với lực lượng kiểm lâm, chính quyền địa phương ngăn chặn, xử lý các điểm nóng về xâm hại tài nguyên rừng; chuẩn bị lực lượng, phương tiện, trang thiết bị PCCCR đảm bảo kịp thời xử lý các tình huống về cháy rừng.
Các sở, ngành liên quan theo chức năng, nhiệm vụ được giao, phối hợp với Sở NN&PTNT thực hiện tốt công tác tuyên truyền, phổ biến pháp luật về bảo vệ, phát triển rừng và PCCCR; thông tin kịp thời về diễn biến thời tiết làm cơ sở dự báo cấp cháy rừng cho từng địa phương trong tỉnh...
UBND các huyện, thành phố rà soát, kiện toàn Ban chỉ đạo về Chương trình """,
        # the opening names who the items below are for; each item is a task
        "assignments": [
            ("Sở Nông nghiệp và Phát triển nông thôn", None, ["group:related", "group:district"]),
            ("Công an tỉnh", None, []),
            ("Bộ Chỉ huy Quân sự tỉnh", None, []),
            # "Các sở, ngành liên quan": the departments (group:related until round 6, against r10,
            # r28, r34, r132, r135, r220); "các ngành liên quan" above stays the bodies concerned
            ("group:department", None, ["Sở Nông nghiệp và Phát triển nông thôn"]),
            ("group:district", None, []),
        ],
    },
    {
        "url": "https://doanhnghiepkinhtexanh.vn/tag/chi-thi-phong-chay-rung.html",
        "date": D(2025, 1, 1),
        "classes": ["press", "group"],
        "text": """chỉ thị phòng cháy rừng
Nghệ An chủ động phòng ngừa và nâng cao ý thức để giảm thiểu tối đa số vụ cháy rừng trong năm 2025
Để chủ động phòng ngừa thực hiện tốt các biện pháp quản lý, bảo vệ rừng, phòng cháy, chữa cháy rừng (QLBVR & PCCCR), nhằm giảm đến mức thấp nhất số vụ cháy và diện tích rừng bị cháy trong năm 2025, UBND tỉnh Nghệ An vừa có Chỉ thị yêu cầu các Sở, ban, ngành, UBND các huyện, thành phố, thị xã và các đơn vị chủ rừng tăng cường quản lý QLBVR & PCCCR trên địa bàn tỉnh.""",
        # undated on the page (a tag page): early 2025, before the districts were dissolved
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://moitruong.net.vn/moi-truong-tai-nguyen/tai-nguyen-va-phat-trien",
        "date": D(2024, 4, 1),
        "classes": ["press", "group"],
        "text": """Kiên Giang: Người đứng đầu chịu trách nhiệm nếu để cháy rừng lớn, vi phạm lấn chiếm rừng
Nắng nóng kèm theo thiếu hụt lượng mưa, nguy cơ xảy ra cháy rừng rất cao. UBND tỉnh Kiên Giang yêu cầu các sở ngành, chính quyền địa phương có rừng thường xuyên kiểm tra, giám sát, không được chủ quan, lơ là. Nếu để xảy ra cháy rừng lớn, nghiêm trọng, người đứng đầu đơn vị chịu trách nhiệm.""",
        # undated on the page (a section page)
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://vanban123.vn/Chi-thi/chi-thi-10-ct-ubnd-nam-2017-ve-tang-cuong-cong-tac-quan-ly-bao-ve-rung-va-phong-chay-chua-chay-rung-do-tinh-ba-ria-vung-tau-ban-hanh-463625",
        "date": D(2017, 3, 15),
        "classes": ["negative"],
        "text": """CHỈ THỊ
VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ, BẢO VỆ RỪNG VÀ PHÒNG CHÁY, CHỮA CHÁY RỪNG TRÊN ĐỊA BÀN TỈNH BÀ RỊA - VŨNG TÀU
Trong thời gian qua, các cấp, các ngành của tỉnh đã có nhiều nỗ lực trong công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng; các giải pháp quản lý, bảo vệ rừng được triển khai thực hiện, đã phát hiện, ngăn chặn, xử lý kịp thời các hành vi vi phạm Luật Bảo vệ và phát triển rừng các hoạt động gây ảnh hưởng đến tài nguyên rừng; đã triển khai thực hiện tốt phương án phòng cháy, chữa cháy rừng mùa khô năm 2015-2016, ngăn ngừa, giảm thiểu đến mức thấp nhất các thiệt hại do cháy rừng gây ra, góp phần bảo vệ rừng và đất lâm nghiệp hiện có trên địa bàn tỉnh.""",
        "assignments": [],
    },
    {
        "url": "https://thuvienphapluat.vn/van-ban/linh-vuc-khac/quyet-dinh-25-2019-qd-ubnd-chinh-sach-ho-tro-phat-trien-nganh-nghe-nong-thon-tinh-dong-thap-427004.aspx",
        "date": D(2019, 10, 16),
        "classes": ["giao", "line_breaks", "names"],
        "text": """Điều 2. Quyết
định này có hiệu lực thi hành từ ngày 01/11/2019 và thay thế Quyết định số
60/2016/QĐ-UBND ngày 13/12/2016 của Ủy ban nhân dân Tỉnh ban hành Quy định về
công nhận và quản lý nghề truyền thống, làng nghề, làng nghề truyền thống trên
địa bàn tỉnh Đồng Tháp.
Giao Sở Nông
nghiệp và Phát triển nông thôn chủ trì tổ chức triển khai, hướng dẫn, đôn đốc
kiểm tra việc thực hiện Quyết định này.
Điều 3. Chánh Văn phòng Ủy ban nhân dân Tỉnh;
Giám đốc các Sở: Nông nghiệp và Phát triển nông thôn, Công Thương, Tài chính, Kế
hoạch và Đầu tư, Tài nguyên và Môi trường, Văn hóa - Thể thao và Du lịch, Khoa
học và Công nghệ, Lao động - Thương binh và Xã hội; Chủ tịch Ủy ban nhân dân
huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm
thi hành Quyết định này./.""",
        # the article of execution (Điều 3) names who carries the decision out, not a task
        "assignments": [("Sở Nông nghiệp và Phát triển nông thôn", None, [])],
    },
    {
        "url": "https://thanhtra.com.vn/xa-hoi/moi-truong/ap-dung-bien-phap-khan-cap-khac-phuc-sat-lo-bo-song-cai-vung-168193.html",
        # undated in the excerpt
        "date": D(2020, 1, 1),
        "classes": ["press", "names", "coordinators", "subject_verb", "giao"],
        "text": """Chủ tịch UBND tỉnh giao UBND huyện Hồng Ngự cắm biển báo vành đai sạt lở, cảnh báo sạt lở; thông báo rộng rãi trên các phương tiện thông tin đại chúng về tình trạng sạt lở tại khu vực.

Đồng thời, theo dõi sát diễn biến sạt lở, có các phương án sẵn sàn ứng cứu, hỗ trợ người dân di dời khi sạt lở xảy ra, đảm bảo tuyệt đối an toàn tính mạng và tài sản của người dân.

Làm chủ đầu tư, tiến hành thuê tư vấn có kinh nghiệm khảo sát, đầu tư khẩn cấp tuyến dân cư kênh 17 để di dời khẩn cấp 108 hộ dân có nhà sát mép sông đến nơi an toàn.

Sở Nông nghiệp và Phát triển nông thôn có trách nhiệm chủ trì phối hợp với Sở Tài nguyên và Môi trường theo dõi, tổng hợp tình hình sạt lở, kịp thời báo cáo UBND tỉnh để có chỉ đạo xử lý.

Sở Giao thông Vận tải phối hợp với Công an tỉnh, cơ quan quản lý đường thủy nội địa, đường bộ để kiểm tra, lắp đặt các biển báo hạn chế tốc độ, tải trọng các phương tiện lưu thông qua khu vực sạt lở.

Cảnh Nhật""",
        # the district's three paragraphs are one task (the district is their subject)
        "assignments": [
            ("UBND huyện Hồng Ngự", None, []),
            ("Sở Nông nghiệp và Phát triển nông thôn", None, ["Sở Tài nguyên và Môi trường"]),
            ("Sở Giao thông vận tải", None, ["Công an tỉnh"]),
        ],
    },
    {
        "url": "http://wwwiso.com/long-an-chu-dong-theo-doi-kiem-tra-va-co-giai-phap-xu-ly-kip-thoi-tinh-hinh-sat-lo-bo-song-a234696.html",
        # undated on the page: September 2023 (the market news beside it)
        "date": D(2023, 9, 19),
        "classes": ["press", "group", "names"],
        "text": """Long An chủ động theo dõi, kiểm tra và có giải pháp xử lý kịp thời tình hình sạt lở bờ sông
UBND tỉnh Long An đã ký ban hành văn bản yêu cầu Sở Nông nghiệp và Phát triển nông thôn, UBND các huyện, thị xã, thành phố theo chức năng, nhiệm vụ được giao có trách nhiệm thường xuyên, chủ động theo dõi, kiểm tra và có giải pháp xử lý kịp thời tình hình sạt lở bờ sông, không để ảnh hưởng đến tài sản, tính mạng của người dân và nhà nước.
Theo đó, UBND tỉnh yêu cầu thực hiện tốt công tác dự báo, cảnh báo thiên tai, bám sát địa bàn, kịp thời phát hiện, ngăn chặn và xử lý các hành vi vi phạm quy định về bảo vệ lòng, bờ sông; đặc biệt là việc xây dựng nhà ở, công trình ven sông, trên sông và khai thác đất, cát trái phép làm gia tăng nguy cơ sạt lở bờ sông.
Khi diễn ra sạt lở phải rà soát thật kỹ cơ sở pháp lý, trình tự thủ tục, điều kiện công bố tình huống khẩn cấp theo đúng quy định của pháp luật; tránh tình trạng tiêu cực xảy ra trong quá trình công bố tình huống khẩn cấp cũng như khi thực hiện các dự án xử lý sạt lở.
Đồng thời, trường hợp để xảy ra thiếu sót, tiêu cực, Sở Nông nghiệp và Phát triển nông thôn, UBND các huyện, thị xã, thành phố hoàn toàn chịu trách nhiệm trước pháp luật, UBND tỉnh.
Theo nội dung trên, Sở Nông nghiệp và Phát triển nông thôn, UBND các huyện, thị xã, thành phố, các cơ quan liên quan tập trung triển khai thực hiện.
Thuận Yến (t/h)""",
        "assignments": [
            ("Sở Nông nghiệp và Phát triển nông thôn", None, []),
            ("group:district", None, []),
        ],
    },
    {
        "url": "https://baophutho.vn/chu-dong-ung-pho-voi-mua-lon-lu-ngap-lut-lu-quet-sat-lo-dat-238576.htm",
        "date": D(2025, 8, 26),
        "classes": ["press", "group", "de_nghi"],
        "text": """Nhằm chủ động ứng phó với mưa lớn, lũ, ngập lụt, lũ quét, sạt lở đất trên địa bàn tỉnh, tại Văn bản số 2945/UBND- NNMT, ngày 22/8/2025, UBND tỉnh đề nghị các đồng chí thành viên Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh, các cơ quan, đơn vị, cá nhân theo chức năng, nhiệm vụ, thẩm quyền tiếp tục thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ, Bộ Nông nghiệp và Môi trường, UBND tỉnh, Chủ tịch UBND tỉnh. Trong đó, tập trung vào một số nhiệm vụ trọng tâm: Theo dõi chặt chẽ bản tin dự báo, cảnh báo về mưa lớn, nguy cơ lũ, ngập lụt, lũ quét, sạt lở đất và thông tin kịp thời, đầy đủ cho các cơ quan, đơn vị, tổ chức và người dân để chủ động phòng tránh.""",
        # the members of the command board are persons: the task goes to the bodies concerned
        "assignments": [("group:related", None, [])],
    },
    {
        "url": "https://baophutho.vn/chu-dong-ung-pho-voi-nguy-co-lu-ong-lu-quet-sat-lo-dat-237018.htm",
        "date": D(2025, 7, 29),
        "classes": ["press", "group", "names"],
        "text": """Chủ động ứng phó với nguy cơ lũ ống, lũ quét, sạt lở đất

Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 123/CĐ- TTg ngày 27/7/2025 về việc tập trung khắc phục hậu quả lũ quét, sạt lở đất tại tỉnh Sơn La và chủ động ứng phó thiên tai trong thời gian tới, UBND tỉnh đã ban hành văn bản số: 1169 /UBND-NN8 ngày 28/7 về việc tăng cường chủ động ứng phó với nguy cơ lũ ống, lũ quét, sạt lở đất trên địa bàn tỉnh.

Theo tổng hợp của Bộ Nông nghiệp và Môi trường đêm ngày 26/7, rạng sáng ngày 27/7 trên địa bàn các xã: Sông Mã, Sốp Cộp, Huổi Một, Chiềng Sơ tỉnh Sơn La đã xảy ra mưa lớn, gây lũ quét, sạt lở đất làm ít nhất 2 người chết, 4 người mất tích. Nguy cơ thiệt hại do lũ quét, sạt lở đất tại các khu vực đồi núi, trung du có thể xảy ra bất cứ lúc nào và gây thiệt hại lớn về người và tài sản của Nhân dân.

UBND tỉnh yêu cầu Sở Nông nghiệp và Môi trường, UBND các xã, phường thực hiện nghiêm các nội dung đã chỉ đạo của UBND tỉnh, Chủ tịch UBND tỉnh về ứng phó với nguy cơ lũ ống, lũ quét, sạt lở đất trên địa bàn tỉnh.

Theo chức năng, nhiệm vụ tăng cường chủ động rà soát, kiểm tra, phát hiện sớm, khoanh vùng những khu vực có nguy cơ xảy ra sạt lở, lũ quét để chủ động sơ tán, di dời, bảo đảm an toàn tính mạng cho người dân, đặc biệt là khi xảy ra mưa lớn.

Sở Nông nghiệp và Môi trường chủ trì, phối hợp""",
        # the last sentence is cut off in the excerpt: the department's own task is the one above
        "assignments": [
            ("Sở Nông nghiệp và Môi trường", None, []),
            ("group:commune", None, []),
        ],
    },
    {
        "url": "https://ttt.hanam.gov.vn/Pages/ve-viec-kiem-tra-ra-soat-giai-quyet-vu-viec-khieu-nai-to-cao-dong-nguoi-phuc-tap-keo-dai.aspx",
        "date": D(2023, 5, 5),
        "classes": ["giao", "coordinators", "group"],
        "text": """Căn cứ Kế hoạch số 363/KH-TTCP ngày 20/3/2019 của Thanh tra Chính phủ, ngày 17/11/2022 UBND tỉnh ban hành Quyết định số 2145/QĐ-UBND thành lập Tổ công tác và Kế hoạch số 51/KH-TCT ngày 29/11/2022 về việc kiểm tra, rà soát, giải quyết vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài; ngày 29/11/2022 Chánh Thanh tra tỉnh ban hành Quyết định số 105/QĐ-TTr thành lập Tổ giúp việc cho Tổ công tác. Tổ giúp việc đã tham mưu cho Lãnh đạo Thanh tra tỉnh có Báo cáo số 43/BC-TTr ngày 31/03/2023 báo cáo Tổ công tác của UBND tỉnh.
Thực hiện Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại Hội nghị ngày 26/04/2023 nghe báo cáo kết quả rà soát một số vụ việc khiếu nại tố cáo phức tạp, kéo dài trên địa bàn tỉnh (do Văn phòng UBND tỉnh truyền đạt tại Thông báo số 1527/TB-VPUB ngày 05/05/2023). Giao Thanh tra tỉnh chủ trì, phối hợp với các cơ quan, đơn vị liên quan hoàn thiện hồ sơ các vụ việc, tham mưu UBND Thông báo chấm dứt xem xét theo quy định của pháp luật; dự thảo báo cáo của Ban cán sự Đảng. Ngày 05/5/2023 Thanh tra tỉnh đã có Tờ trình số 312/TTr-TTr về việc dự thảo báo cáo, thông báo chấm dứt các vụ việc theo Kế hoạch số 363/KH-TTCP ngày 20/3/2019 của Thanh tra Chính phủ.""",
        "assignments": [("Thanh tra tỉnh", None, ["group:related"])],
    },
    {
        "url": "https://baodongkhoi.vn/giai-quyet-25-don-khieu-nai-kien-nghi-cua-cong-dan-05092021-a90682.html",
        "date": D(2021, 9, 5),
        "classes": ["negative", "press"],
        "text": """Giải quyết 25 đơn khiếu nại, kiến nghị của công dân

05/09/2021 - 18:35

Tháng 8-2021, ngành thanh tra tỉnh tiếp nhận 66 đơn của công dân. Trong đó, đã chuyển 41 đơn đến cơ quan có thẩm quyền, thụ lý giải quyết 25 đơn.

Thanh tra tỉnh đã giải quyết và đã có quyết định giải quyết 5/13 đơn khiếu nại, còn 8 đơn đang tiếp tục xác minh; giải quyết xong 1 đơn tố cáo; giải quyết xong 19 đơn kiến nghị và đã có văn bản ban hành giải quyết.""",
        "assignments": [],
    },
    {
        "url": "http://cand.com.vn/dia-oc/Phu-Yen-Yeu-cau-day-nhanh-tien-do-ban-giao-mat-bang-du-an-mo-rong-QL1A-truoc-ngay-1010-274558/",
        "date": D(2014, 9, 25),
        "classes": ["press", "group"],
        "text": """Chủ tịch UBND tỉnh Phú Yên yêu cầu Chủ tịch UBND các huyện, thị xã, thành phố có đường QL1A đi qua khẩn trương phối hợp với các cơ quan chức trách triển khai các biện pháp đẩy nhanh tiến độ, giải quyết dứt điểm những tồn tại, vướng mắc để bàn giao toàn bộ mặt bằng cho chủ đầu tư dự án mở rộng QLA trước ngày 10/10/2014

PV""",
        "assignments": [("group:district", D(2014, 10, 10), ["group:related"])],
    },
    {
        "url": "https://plo.vn/kinh-te/quan-ly/ban-xang-dau-gian-lan-se-bi-tom-516439.html",
        # undated in the excerpt
        "date": D(2014, 1, 1),
        "classes": ["press", "names", "coordinators", "giao"],
        "text": """Đó là nội dung chính của văn bản chỉ đạo về việc kiểm tra, ngăn chặn hành vi gian lận trong kinh doanh xăng dầu trên địa bàn tỉnh Quảng Ngãi do chủ tịch UBND tỉnh ký.

Theo đó, chủ tịch UBND tỉnh Quảng Ngãi giao Sở Khoa học và Công nghệ phối hợp với Sở Công Thương, công an tỉnh, Chi cục Quản lý thị trường tỉnh Quảng Ngãi và các cơ quan, đơn vị chức năng liên quan khẩn trương thành lập đoàn công tác kiểm tra liên ngành, tăng cường công tác thanh tra, kiểm tra các tổ chức, cá nhân Quảng Ngãi kinh doanh xăng dầu trên địa bàn tỉnh.

Trên địa bàn tỉnh hiện có 150 cửa hàng kinh doanh xăng dầu, trong đó Công ty TNHH MTV Xăng dầu Quảng Ngãi có 69 cửa hàng và Công ty Cổ phần Xăng dầu Dầu khí PV Oil miền Trung có 81 cửa hàng.

LUẬN NGỮ""",
        "assignments": [
            (
                "Sở Khoa học và Công nghệ",
                None,
                ["Sở Công Thương", "Công an tỉnh", "Cục Quản lý thị trường tỉnh", "group:related"],
            )
        ],
    },
    {
        "url": "https://thuonghieuvaphapluat.vn/thanh-hoa-tang-cuong-kiem-tra-kiem-soat-hoat-dong-kinh-doanh-xang-dau-d80021.html",
        "date": D(2026, 3, 9),
        "classes": ["press", "group", "names", "passive"],
        "text": """Thanh Hóa: Tăng cường kiểm tra, kiểm soát hoạt động kinh doanh xăng dầu
Trước những biến động phức tạp của tình hình quốc tế có thể ảnh hưởng đến nguồn cung năng lượng, UBND tỉnh Thanh Hóa yêu cầu các sở, ngành, địa phương và doanh nghiệp tăng cường kiểm tra, kiểm soát hoạt động kinh doanh xăng dầu nhằm bảo đảm nguồn cung ổn định, tránh xảy ra tình trạng đầu cơ, găm hàng và gián đoạn thị trường.

Ngày 9/3/2026, Phó Chủ tịch Thường trực UBND tỉnh Thanh Hóa Mai Xuân Liêm ký ban hành Văn bản số 3927/UBND-KTTC, yêu cầu các sở, ngành và địa phương trên địa bàn tỉnh tăng cường quản lý, kiểm tra hoạt động kinh doanh xăng dầu trong bối cảnh thị trường năng lượng thế giới có nhiều diễn biến khó lường.
Theo chỉ đạo của UBND tỉnh, Sở Công Thương được giao chủ trì đẩy mạnh tuyên truyền, hướng dẫn các doanh nghiệp kinh doanh và sản xuất xăng dầu thực hiện nghiêm các quy định của pháp luật, nâng cao trách nhiệm trong bảo đảm nguồn cung cho thị trường.
Các cửa hàng bán lẻ xăng dầu phải duy trì hoạt động bán hàng theo đúng thời gian đã đăng ký. Trường hợp tạm dừng bán do sửa chữa, hết hàng, sự cố kỹ thuật hoặc lý do bất khả kháng phải báo cáo cơ quan có thẩm quyền theo quy định, không được tự ý đóng cửa kéo dài gây gián đoạn nguồn cung.
Bên cạnh đó, Sở Công Thương chủ động theo dõi sát tình hình cung – cầu tại từng khu vực, kịp thời tham mưu giải pháp điều tiết nguồn cung, nhất là tại những địa bàn có nguy cơ thiếu hàng cục bộ, nhằm bảo đảm hoạt động sản xuất, kinh doanh và nhu cầu đi lại của người dân không b""",
        # after 7/2025 the localities are communes and wards; the shops are not agencies
        "assignments": [
            ("group:department", None, []),
            ("group:commune", None, []),
            ("Sở Công Thương", None, []),
            ("Sở Công Thương", None, []),
        ],
    },
    {
        "url": "https://nghean24h.vn/chu-tich-ubnd-uy-quyen-cho-giam-doc-so-xay-dung-cong-bo-gia-xay-dung-tren-dia-ban-tinh-a761928.html",
        "date": D(2025, 9, 25),
        "classes": ["press", "giao", "names", "coordinators", "subject_verb"],
        "text": """Theo đó, Chủ tịch UBND tỉnh uỷ quyền cho Giám đốc Sở Xây dựng công bố giá các loại vật liệu xây dựng, thiết bị công trình; đơn giá nhân công xây dựng, giá ca máy và thiết bị thi công, giá thuê máy và thiết bị thi công xây dựng; chỉ số giá xây dựng trên địa bàn tỉnh.

Thời hạn uỷ quyền từ ngày Quyết định này có hiệu lực thi hành đến hết ngày 28/2/2027. Trong quá trình triển khai thực hiện, nếu có sự thay đổi quy định của pháp luật, Giám đốc Sở Xây dựng báo cáo UBND tỉnh để điều chỉnh cho phù hợp.

UBND tỉnh giao Sở Xây dựng chủ trì, phối hợp với các đơn vị có liên quan tổ chức xác định hoặc thuê đơn vị tư vấn có năng lực xác định các thông tin về giá xây dựng tại Quyết định này trình người có thẩm quyền công bố theo quy định. Giám đốc Sở Xây dựng chịu trách nhiệm trước pháp luật và UBND tỉnh về việc thực hiện các nhiệm vụ được uỷ quyền.

Sở Tài chính thẩm định, tham mưu bố trí kinh phí hàng năm để Sở Xây dựng tổ chức thực hiện nhiệm vụ trên theo đúng quy định.""",
        # the term of the delegation (28/2/2027) bounds a power, it is not the deadline of a task
        "assignments": [
            ("Sở Xây dựng", None, ["group:related"]),
            ("Sở Tài chính", None, []),
        ],
    },
    {
        "url": "https://baobinhthuan.com.vn/kiem-tra-gio-giac-lam-viec-theo-chi-thi-27-3506.html",
        # undated in the excerpt
        "date": D(2014, 1, 1),
        "classes": ["press", "names", "subject_verb"],
        "text": """Qua kiểm tra cho thấy vẫn còn một số trường hợp vắng mặt không có lý do trong giờ hành chính, tuy nhiên chủ yếu là người hoạt động không chuyên trách cấp xã, do vậy Sở Nội vụ yêu cầu Chủ tịch UBND thành phố Phan Thiết có văn bản chấn chỉnh. Đối với đội ngũ công chức trong cơ quan, địa phương đã chấp hành nội quy, quy chế làm việc, thực hiện nghiêm túc thời gian, giờ giấc theo tinh thần Chỉ thị 27.
Đ.QUỐC""",
        "assignments": [("UBND thành phố Phan Thiết", None, [])],
    },
    {
        "url": "https://www.tienphong.vn/xa-hoi/phe-binh-chu-tich-xa-vang-mat-tai-tru-so-va-bao-cao-khong-trung-thuc-li-do-1796465.tpo",
        "date": D(2021, 1, 1),
        "classes": ["negative", "press"],
        "text": """Phê bình Chủ tịch xã vắng mặt tại trụ sở và báo cáo không trung thực lí do

TPO - Kiểm tra đột xuất, lãnh đạo thành phố Vinh (Nghệ An) phát hiện hai chủ tịch xã vắng mặt tại trụ sở mà không có lí do và sau đó báo cáo giải trình không trung thực lý do vắng mặt cá nhân.""",
        # undated in the excerpt
        "assignments": [],
    },
    {
        "url": "https://nhansu.vn/van-ban-phap-luat/Chi-thi-18-CT-UBND-2025-tang-cuong-ky-cuong-ky-luat-hanh-chinh-Hue-687410.html",
        "date": D(2025, 12, 29),
        "classes": ["negative"],
        "text": """CHỈ THỊ
TĂNG CƯỜNG KỶ CƯƠNG, KỶ LUẬT HÀNH CHÍNH; NÂNG CAO HIỆU QUẢ, HIỆU LỰC HOẠT ĐỘNG BỘ MÁY QUẢN LÝ NHÀ NƯỚC TRÊN ĐỊA BÀN THÀNH PHỐ
Thành phố Huế chính thức trở thành thành phố trực thuộc Trung ương từ ngày 01/01/2025 và áp dụng mô hình chính quyền địa phương hai cấp từ ngày 01/7/2025. Sự thay đổi lớn về tổ chức bộ máy đòi hỏi hệ thống chính quyền thành phố nhanh chóng thích ứng, nâng cao hiệu lực, hiệu quả hoạt động để phục vụ nhân dân và doanh nghiệp tốt hơn. Trong thời gian qua, các cơ quan, đơn vị và địa phương đã tích cực chấn chỉnh kỷ cương, kỷ luật hành chính; bộ máy hành chính từng bước kiện toàn, tinh giản; ý thức trách nhiệm và tinh thần phục vụ của cán bộ, công chức, viên chức có chuyển biến tích cực.
Tuy nhiên, kỷ cương, kỷ luật hành chính vẫn còn một số hạn chế: việc chấp hành giờ giấc, hiệu quả làm việc ở một số cơ quan, đơn vị, địa phương chưa nghiêm; thực hiện chỉ đạo cấp trên còn chậm; công tác kiểm tra, giám sát chưa thường xuyên, xử lý vi phạm chưa kịp thời. Một bộ phận cán bộ, công chức, viên chức còn gây phiền""",
        # the preamble of a directive: the tasks come after the excerpt
        "assignments": [],
    },
    {
        "url": "https://kinhtedothi.vn/tag/3-du-an-giao-thong-trong-diem",
        "date": D(2023, 12, 22),
        "classes": ["negative", "press"],
        "text": """Quảng Ninh kiểm tra công tác hoàn thiện 3 dự án giao thông trọng điểm trước ngày khánh thành
Kinhtedothi - Để chuẩn bị cho sự kiện khánh thành 3 dự án hạ tầng giao thông trọng điểm trên địa bàn tỉnh Quảng Ninh, dự kiến diễn ra vào ngày 30/12 tới, sáng 22/12, ông Nguyễn Đức Long, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã đi kiểm tra tiến độ hoàn thiện các dự án.""",
        "assignments": [],
    },
]


# -- round 5 (r244-r294): new excerpts, annotated before the reader ran on them ------------------
# Found with the search tool's stored pages, none of them in the earlier rounds (addresses and a
# sentence of each checked). Where the page gives no day (or no year) the date is the nearest one
# the page allows, said in a comment; it only matters for a deadline without a year and for the
# districts (abolished on 1/7/2025).
ROUND5_CASES = []
ROUND5_CASES += [
    {
        "url": "https://thuvienphapluat.vn/van-ban/Tai-nguyen-Moi-truong/Chi-thi-07-CT-UBND-2015-tang-cuong-cong-tac-phong-chong-thien-tai-tim-kiem-cuu-nan-Vinh-Long-273700.aspx",
        "date": D(2015, 3, 30),
        "classes": ["group", "line_breaks", "heading_items"],
        "text": """Vì vậy, để chủ động phòng, tránh, ứng phó kịp thời,
khắc phục hiệu quả và hạn chế đến mức thấp nhất về thiệt hại do thiên tai gây
ra trên địa bàn tỉnh trong năm 2015, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:
I. Nhiệm vụ chung
Ban Chỉ huy Phòng, chống
thiên tai và Tìm kiếm cứu nạn các ngành, các cấp, Thủ trưởng
các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã và thành phố tập trung thực hiện một số công việc sau:
- Khẩn trương hoàn thành tổng kết
công tác chỉ đạo, chỉ huy phòng chống thiên tai, tìm kiếm cứu nạn năm
2014 trước ngày 20/4/2015; đánh giá, phát huy những ưu điểm, những công việc
mang lại hiệu quả thiết thực, đồng thời làm rõ nguyên nhân của những hạn chế,
yếu kém để có giải pháp chấn chỉnh, khắc phục.""",
        # the command boards "of every sector and level" are those of the departments and districts
        "assignments": [("group:department", D(2015, 4, 20), []), ("group:district", D(2015, 4, 20), [])],
    },
    {
        "url": "https://thuvienphapluat.vn/van-ban/Tai-nguyen-Moi-truong/Chi-thi-06-CT-UBND-2022-cong-tac-phong-chong-thien-tai-va-tim-kiem-cuu-nan-Tien-Giang-510270.aspx?tab=7",
        "date": D(2022, 3, 23),
        "classes": ["negative", "line_breaks"],
        "text": """Thời gian qua, công tác dự báo, cảnh
báo và tổ chức phòng ngừa, ứng phó thiên tai được triển khai thực hiện kịp
thời, hiệu quả. Việc huy động lực lượng, vật tư, phương tiện, kinh phí để khắc
phục, giảm thiểu thiệt hại do thiên tai gây ra được thực hiện trong thời gian
sớm nhất nhằm giúp nhân dân ổn định đời sống và sản xuất. Bên cạnh những mặt
tích cực, vẫn còn một số tồn tại, hạn chế như: công tác chỉ đạo của một số cơ
quan, đơn vị chưa quyết liệt, công tác phối hợp giữa các đơn vị đôi khi còn
chậm, chưa kịp thời.""",
        # the preamble of a directive: the tasks come after the excerpt
        "assignments": [],
    },
    {
        "url": "https://vietbao.vn/chu-tich-ha-noi-khuyen-cao-nguoi-dan-han-che-ra-duong-khi-sieu-bao-ragasa-do-bo-562781.html",
        "date": D(2025, 9, 24),
        "classes": ["press", "group"],
        "text": """Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh vừa ký ban hành Công điện số 14/CĐ-UBND yêu cầu giám đốc, thủ trưởng các sở, ban, ngành thành phố và chủ tịch UBND các phường, xã chủ động ứng phó với siêu bão, mưa lớn, dông, lốc và các nguy cơ xảy ra lũ ống, lũ quét, sạt lở đất, ngập lụt.

Chủ tịch Trần Sỹ Thanh yêu cầu giám đốc, thủ trưởng các sở, ban, ngành thành phố, chủ tịch UBND các phường, xã tập trung theo dõi, cập nhật, nắm chắc tình hình, chủ động, kịp thời chỉ đạo, triển khai các biện pháp ứng phó thiên tai, lường trước kịch bản xấu nhất đặt mục tiêu bảo đảm an toàn tính mạng người dân.""",
        # a press lead restated with its details in the next paragraph: one task each
        "assignments": [("group:department", None, []), ("group:commune", None, [])],
    },
    {
        "url": "https://danang.gov.vn/web/guest/chinh-quyen/chi-tiet?id=48215",
        "date": D(2022, 4, 19),
        "classes": ["group", "press"],
        "text": """Chủ tịch UBND thành phố Lê Trung Chinh vừa ký ban hành Chỉ thị số 04/CT-UBND ngày 19-4-2022 về công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2022, nhằm chủ động phòng, chống, ứng phó có hiệu quả với thiên tai và các tình huống tai nạn, thảm họa do thiên tai gây ra trong năm 2022.
Theo đó, UBND thành phố giao các sở, ban, ngành, UBND các quận, huyện theo chức năng, nhiệm vụ tổ chức tổng kết, đánh giá, rút kinh nghiệm về công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2021; phát huy những việc làm tốt, phân tích rõ những nguyên nhân, những mặt còn hạn chế, yếu kém để có giải pháp khắc phục và ứng phó hiệu quả với các loại hình thiên tai trong năm 2022. Tiếp tục kiện toàn Ban Chỉ huy Phòng, chống thiến tai, tìm kiếm cứu nạn và Phòng thủ dân sự các cấp, các ngành đồng bộ từ cấp thành phố đến các phường, xã, các đơn vị cơ sở, xây dựng quy chế làm việc và phân công nhiệm vụ, trách nhiệm cụ thể cho từng thành viên để nâng cao hiệu quả việc tham mưu, chỉ đạo, chỉ huy điều hành thực hiện nhiệm vụ.
Các sở, ban, ngành, UBND các quận, huyện chủ động xây dựng, lồng ghép kế hoạch phòng, chống thiên tai, thích ứng với biến đổi khí hậu vào trong các chiến lược, quy hoạch phát triển kỉnh tế - xã hội và các chương trình dự án đang thực hiện của từng ngành, lĩnh vực, địa phương một cách có hiệu quả; tăng cường ứng dụng khoa học công nghệ và hợp tác quốc tế trong công tác phòng, chống thiên tai.""",
        "assignments": [
            ("group:department", None, []),
            ("group:district", None, []),
            ("group:department", None, []),
            ("group:district", None, []),
        ],
    },
    {
        "url": "http://baohagiang.vn/phong-chong-thien-tai-va-dich-benh/202105/tang-cuong-cac-bien-phap-phong-chong-to-loc-mua-to-776175/",
        "date": D(2021, 5, 18),
        "classes": ["press", "group", "names", "date_dots"],
        "text": """Để đảm bảo an toàn tính mạng cho người và tài sản, hạn chế thấp nhất thiệt hại do thiên tai gây ra, ngày 18.5, Chủ tịch UBND tỉnh có Công điện số 1510, về việc tăng cường các biện pháp phòng, chống tố lốc, mưa to.

Chủ tịch UBND tỉnh chỉ đạo Ban chỉ huy PCTT và TKCN các huyện, thành phố thực hiện ngay một nội dung sau: Cảnh báo cho nhân dân và các cơ quan, đơn vị trên địa bàn chủ động triển khai các biện pháp đề phòng với tố lốc, sét, mưa to; rà soát ngay nhà ở của người dân và các trụ sở thôn, trường học, công sở có phần mái phải thực hiện các biện pháp phòng, chống tốc mái theo hướng dẫn của ngành chuyên môn; đặc biệt là tại các điểm bỏ phiếu bầu cử Đại biểu quốc hội khóa XV và HĐND các cấp, nhiệm kỳ 2021 – 2026 ; rà soát các lán trại, các công trường đang thi công; đặc biệt là các vị trí gần sông, suối và taluy dương để đề phòng sạt lở, lũ cục bộ đầu mùa, đảm bảo an toàn cho người và tài sản.

Chủ tịch UBND tỉnh giao Sở Công thương chỉ đạo kiểm tra ngay các hồ thủy điện trên địa bàn, yêu cầu các chủ hồ (Công ty thủy điện) thực hiện đúng quy trình vận hành để thực hiện đón lũ, xả lũ đảm tuy""",
        # the districts' command boards: the districts' task; the dam owners are companies
        "assignments": [("group:district", None, []), ("Sở Công Thương", None, [])],
    },
    {
        "url": "https://snnptnt.quangnam.gov.vn/webcenter/portal/sonnvptnt/pages_tin-tuc/chi-tiet?dDocName=PORTAL189517",
        # undated in the excerpt: just after the letter of 16/9/2020 it recalls
        "date": D(2020, 9, 17),
        "classes": ["group", "names", "heading_items"],
        "text": """CÔNG ĐIỆN Chủ động ứng phó Bão số 5 và tình hình mưa lũ

Để tập trung ứng phó bão số 5 và mưa lũ, Chủ tịch UBND tỉnh yêu cầu:
 1. Các địa phương, cơ quan, đơn vị tiếp tục tập trung chỉ đạo triển khai thực hiện nghiêm túc Công văn số 5433/UBND-KTN ngày 16/9/2020 của UBND tỉnh về chủ động ứng phó bão số 05 (Noul) và tổ chức theo dõi chặt chẽ diễn biến của bão, tình hình mưa lũ trên các phương tiện thông tin đại chúng để chủ động ứng phó kịp thời các tình huống xấu có thể xảy ra.
 
2. Chủ tịch UBND các huyện, thị xã, thành phố chỉ đạo:
 - Tổ chức công tác tuyền thông, thông tin kịp thời đến Nhân dân biết về bão số 5 và tình hình mưa lũ để chủ động các biện pháp phòng tránh; 
- Rà soát, sẵn sàng phương án sơ tán dân cư khỏi các khu vực nguy hiểm khi có tình huống xấu do ảnh hưởng của bão. 

3. Đài Phát thanh: Truyền hình Quảng Nam tăng cường thời lượng, thường xuyên đưa tin về diễn biến của bão số 5, mưa lũ và công tác chỉ đạo, chỉ huy ứng phó của các cấp chính quyền địa phương để Nhân dân, các cơ quan thông tin đại chúng biết, chủ động phòng tránh.
 
4. Các lực lượng cứu nạn, cứu hộ duy trì lực lượng và phương tiện, sẵn sàng ứng phó khi có yêu cầu. 5. Ban Chỉ huy PCTT và TKCN tỉnh, Ban Chỉ huy PCTT và TKCN các ngành, địa phương, đơn vị tổ chức trực ban 24/24, theo dõi chặt chẽ diễn biến của thời tiết để kịp thời chỉ đạo công tác ứng phó, khắc phục; thường xuyên báo cáo về UBND tỉnh, Ban Chỉ huy PCTT và TKCN tỉnh theo dõi, chỉ đạo./.

Tải Công điện tại đây Congdien04.CTUBNDtinh.pdf""",
        # "the localities, bodies and units": the districts and the departments; the rescue forces
        # are no agency; the command boards of the sectors and localities: the departments and
        # districts
        "assignments": [
            ("group:district", None, []),
            ("group:department", None, []),
            ("group:district", None, []),
            ("Đài Phát thanh và Truyền hình tỉnh", None, []),
            ("Ban Chỉ huy Phòng chống thiên tai - Tìm kiếm cứu nạn và Phòng thủ dân sự tỉnh", None, []),
            ("group:department", None, []),
            ("group:district", None, []),
        ],
    },
    {
        "url": "https://baobariavungtau.com.vn/phap-luat/202210/tong-ra-soat-kiem-tra-an-toan-ve-pccc-va-cnch-962741/",
        "date": D(2022, 10, 20),
        "classes": ["press", "group", "names", "coordinators", "subject_verb"],
        "text": """Ngày 20/10, UBND tỉnh có văn bản số 13080/UBND-VP yêu cầu các sở, ngành, địa phương triển khai tổng rà soát, kiểm tra an toàn về PCCC và CNCH trên địa bàn tỉnh.

UBND tỉnh giao Công an tỉnh chủ trì phối hợp với các đơn vị liên quan tiếp tục tham mưu UBND tỉnh chỉ đạo các đơn vị, địa phương triển khai thực hiện có hiệu quả nhiệm vụ quản lý nhà nước về PCCC và CNCH. Đồng thời nghiên cứu, tham mưu phát huy vai trò trách nhiệm của các cấp, các đơn vị và người dân trong công tác PCCC và CNCH tại địa bàn cơ sở, kết hợp tổng kiểm tra, rà soát với tăng cường tuyên truyền nâng cao ý thức, kỹ năng của người dân về PCCC và CNCH. Kiện toàn củng cố lực lượng tại chỗ làm công tác PCCC và CNCH tại khu dân cư, cơ sở đáp ứng phương châm “4 tại chỗ” bảo đảm thực chất, hiệu quả.

Tổ chức xây dựng và nhân rộng các mô hình an toàn về PCCC tại địa bàn, cơ sở. Tham mưu UBND tỉnh thành lập đoàn kiểm tra, hướng dẫn sở, ngành, UBND các địa phương thực hiện đợt tổng rà soát, kiểm tra an toàn về PCCC và CNCH trên phạm vi toàn tỉnh.

Sở Xây dựng phối hợp với Công an tỉnh rà soát, lập danh sách, kiểm tra các công trình hạ tầng kỹ thuật có liên quan đến PCCC của khu vực đô thị, các khu chức năng chưa thẩm duyệt thiết kế, nghiệm thu về PCCC.

Các sở, ngành có liên quan chủ động phối hợp với Công an tỉnh rà soát, kiểm tra về an toàn PCCC đối với các cơ sở thuộc diện quản lý.""",
        # the police's further tasks (third paragraph) go on its assignment
        "assignments": [
            ("group:department", None, []),
            ("group:district", None, []),
            ("Công an tỉnh", None, ["group:related"]),
            ("Sở Xây dựng", None, ["Công an tỉnh"]),
            ("group:department", None, ["Công an tỉnh"]),
        ],
    },
    {
        "url": "https://baobariavungtau.com.vn/phap-luat/202501/can-trong-ba-hoa-nhung-ngay-cuoi-nam-1032226/",
        "date": D(2025, 1, 15),
        "classes": ["press", "names", "coordinators", "subject_verb", "group"],
        "text": """Trước đó, UBND tỉnh đã ban hành kế hoạch kiểm tra an toàn phòng cháy, chữa cháy mùa hanh khô, Tết Nguyên đán Ất Tỵ năm 2025. Theo đó, Công an tỉnh phối hợp với các sở, ngành, UBND cấp huyện tổng kiểm tra, rà soát, đánh giá thực trạng việc thực hiện các quy định của pháp luật về an toàn PCCC đối với các cơ sở sản xuất kinh doanh, kho hàng hóa, chợ, trung tâm thương mại, siêu thị, khu vui chơi giải trí, điểm du lịch tập trung đông người…; công tác bảo đảm an toàn về phòng, chống cháy nổ đối với các cơ sở sản xuất, kinh doanh pháo hoa, sử dụng vật liệu nổ công nghiệp. Qua công tác kiểm tra phát hiện những tồn tại, hạn chế trong công tác đảm bảo an toàn PCCC để kịp thời chỉ đạo, hướng dẫn khắc phục; chủ động trong công tác phòng ngừa, kịp thời xử lý khi có cháy nổ xảy ra, hạn chế đến mức thấp nhất thiệt hại về người và tài sản. Kiên quyết xử lý nghiêm đối với các trường hợp vi phạm quy định về an toàn PCCC.""",
        # the page is of January 2025 (its address); the plan's day is not given
        "assignments": [("Công an tỉnh", None, ["group:department", "group:district"])],
    },
    {
        "url": "https://congan.binhdinh.gov.vn/vi/news/van-ban-moi/tang-cuong-cac-bien-phap-dam-bao-an-toan-phong-chay-chua-chay-va-cuu-nan-cuu-ho-tren-dia-ban-tinh-6271.html",
        # undated in the excerpt: after the Prime Minister's directive of 24/6/2024, before 7/2025
        "date": D(2024, 8, 1),
        "classes": ["group", "names", "subject_verb"],
        "text": """Theo đó, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã, thành phố tiếp tục tổ chức thực hiện nghiêm túc, hiệu quả các Chỉ thị, Kết luận, Nghị quyết, Quyết định của Trung ương Đảng, Quốc hội, Chính phủ và văn bản chỉ đạo của Tỉnh ủy, UBND tỉnh đã ban hành về công tác PCCC và CNCH. Thủ trưởng các cơ quan, đơn vị, địa phương có trách nhiệm chỉ đạo, quán triệt thực hiện công tác PCCC và CNCH theo chức năng, nhiệm vụ, lĩnh vực được giao và chịu trách nhiệm nếu để xảy ra tình hình cháy, nổ phức tạp, gây hậu quả nghiêm trọng về người và tài sản.
Công an tỉnh tiếp tục chỉ đạo thực hiện nghiêm túc, quyết liệt theo các văn bản chỉ đạo của Ban Bí thư, Quốc hội, Chính phủ, Thủ tướng Chính phủ, Bộ Công an, Tỉnh ủy, UBND tỉnh về công tác PCCC; nhất là các nội dung trọng tâm nêu trong Chỉ thị số 47-CT/TW ngày 25/6/2015 và Kết luận số 02-KL/TW ngày 18/5/2021 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác PCCC; Chỉ thị số 01/CT-TTg ngày 03/01/2023 của Thủ tướng Chính phủ về tăng cường công tác PCCC trong tình hình mới; Chỉ thị số 19/CT-TTg ngày 24/6/2024 của Thủ tướng Chính phủ về tăng cường công tác PCCC đối với nhà ở nhiều tầng, nhiều căn hộ, nhà ở riêng lẻ kết hợp sản xuất, kinh doanh.
Bên cạnh đó, Công an tỉnh tổ chức nắm tình hình, kịp thời tham mưu cấp ủy, chính quyền địa phương tăng cường thực hiện các giải pháp nâng cao sự lãnh đạo của Đảng trong lãnh đạo, chỉ đạo công tác PCCC và CNCH; thể hiện vai trò, trách nhiệm của cấp cơ sở trong côn""",
        # the heads "of the bodies, units and localities": the departments and the districts again
        "assignments": [
            ("group:department", None, []),
            ("group:district", None, []),
            ("group:department", None, []),
            ("group:district", None, []),
            ("Công an tỉnh", None, []),
            ("Công an tỉnh", None, []),
        ],
    },
    {
        "url": "https://phuyen.gov.vn/wps/portal/home/trang-chu/chi-tiet/tin-tuc-su-kien/tra-loi-cong-dan/b3afa0804d05b789bc30fdca891c7138",
        # undated in the excerpt (a reply to a citizen, before the districts were abolished)
        "date": D(2018, 1, 1),
        "classes": ["names", "subject_verb"],
        "text": """Trước đó, UBND tỉnh nhận được đơn của ông Mai Văn Dũng. Nội dung đơn khiếu nại việc UBND huyện Tuy An không thực hiện cấp giấy chứng nhận quyền sử dụng đất cho gia đình ông với diện tích 350m2.
Về việc này, UBND tỉnh yêu cầu UBND huyện Tuy An kiểm tra, giải quyết đơn của ông Mai Văn Dũng theo quy định của pháp luật, trả lời cho công dân và báo cáo kết quả cho UBND tỉnh.""",
        "assignments": [("UBND huyện Tuy An", None, [])],
    },
    {
        "url": "https://phuyen.gov.vn/wps/portal/home/trang-chu/chi-tiet/tin-tuc-su-kien/noi-bat/e1a7790044c61815a8e8bd9ad490675d",
        "date": D(2010, 11, 19),
        "classes": ["group", "press"],
        "text": """Khẩn trương hoàn thành cấp giấy chứng nhận quyền sử dụng đất lâm nghiệp trước ngày 20/12/2010
Tin tức nổi bật
Khẩn trương hoàn thành cấp giấy chứng nhận quyền sử dụng đất lâm nghiệp trước ngày 20/12/2010 (22/11/2010)
Theo văn bản 2642/UBND-KT ngày 19/11/2010, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thị xã, thành phố rà soát lại công việc, có biện pháp quyết liệt để giải quyết kịp thời, chấm dứt tình trạng tồn đọng hồ sơ và phải hoàn thành cấp giấy chứng nhận quyền sử dụng đất lâm nghiệp trước ngày 20/12/2010.

Được biết đến nay một số địa phương đã cơ bản hoàn thành việc cấp giấy chứng nhận quyền sử dụng đất lâm nghiệp, tuy nhiên nhiều địa phương tồn đọng số lượng lớn hồ sơ tại UBND xã, Văn phòng Đăng ký quyền sử dụng đất, Phòng Tài nguyên và Môi trường huyện chưa được tập trung giai quyết.""",
        # the title restates the task
        "assignments": [("group:district", D(2010, 12, 20), [])],
    },
    {
        "url": "http://baogialai.com.vn/channel/721/201705/day-nhanh-tien-do-cap-giay-chung-nhan-quyen-su-dung-dat-lan-dau-5532248/",
        "date": D(2017, 5, 6),
        "classes": ["press", "group", "names", "coordinators"],
        "text": """(GLO)- Nhằm đẩy nhanh tiến độ cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho nhân dân, đảm bảo thời gian giải quyết thủ tục hành chính và lập hồ sơ quản lý theo quy định, Ủy ban Nhân dân tỉnh có Công văn số 1604/UBND-CNXD yêu cầu UBND các huyện, thị xã, thành phố khẩn trương hoàn thành các công trình đo đạc, lập bản đồ địa chính, cấp Giấy chứng nhận quyền sử dụng đất theo chỉ đạo của UBND tỉnh. Trong trường hợp khó khăn vướng mắc thì báo cáo, đề xuất UBND tỉnh (thông qua Sở Tài nguyên và Môi trường) để được hướng dẫn.
 

Giải quyết thủ tục hành chính cấp giấy chứng nhận quyền sử dụng đất lần đầu cho nhân dân. Ảnh: T.N
Giải quyết thủ tục hành chính cấp giấy chứng nhận quyền sử dụng đất lần đầu cho nhân dân. Ảnh: T.N

Bên cạnh đó UBND tỉnh yêu cầu Sở Tài nguyên và Môi trường chủ trì, phối hợp với các cơ quan liên quan hướng dẫn đôn đốc UBND các huyện, thị xã, thành phố thực hiện chỉ đạo của UBND tỉnh. Đồng thời tổng hợp các địa phương chậm trễ, hoặc không thực hiện nhiệm vụ, đề xuất UBND tỉnh xử lý theo quy định.""",
        # the districts are whom the department urges, not its coordinators
        "assignments": [("group:district", None, []), ("Sở Tài nguyên và Môi trường", None, ["group:related"])],
    },
    {
        "url": "https://yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=21044&l=Tintrongtinh++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++&lv=9",
        # undated in the excerpt: the mid-year conference of 2019
        "date": D(2019, 7, 10),
        "classes": ["press", "group"],
        "text": """1. Chủ động, linh hoạt để hoàn thành tốt 32 chỉ tiêu chủ yếu phát triển kinh tế - xã hội năm 2019
Hội nghị đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm; triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2019, đồng chí Đỗ Đức Duy - Chủ tịch UBND tỉnh nhấn mạnh các sở, ngành, địa phương bám sát chương trình hành động của Tỉnh ủy, UBND tỉnh để chỉ đạo, điều hành chủ động, linh hoạt, thực hiện hiệu quả các mục tiêu, nhiệm vụ đã nêu; phấn đấu hoàn thành 32/32 chỉ tiêu chủ yếu phát triển kinh tế - xã hội theo nghị quyết của HĐND tỉnh. Tiếp tục đổi mới phương thức chỉ đạo, điều hành, nâng cao hiệu lực, hiệu quả hoạt động của chính quyền các cấp; tăng cường kỷ luật, kỷ cương hành chính. Xác định rõ trách nhiệm cá nhân của người đứng đầu cơ quan, đơn vị, địa phương trong tham mưu, chỉ đạo và tổ chức thực hiện các mục tiêu, nhiệm vụ được giao 6 tháng cuối năm 2019.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://thuvienphapluat.vn/van-ban/Tai-chinh-nha-nuoc/Quyet-dinh-2191-QD-UBND-2017-Chuong-trinh-thuc-hanh-tiet-kiem-chong-lang-phi-Thai-Nguyen-365568.aspx?ac=emails",
        "date": D(2017, 7, 21),
        "classes": ["negative", "line_breaks"],
        "text": """Điều 1. Ban hành kèm theo Quyết định này Chương trình thực
hành tiết kiệm, chống lãng phí tỉnh Thái Nguyên giai đoạn 2016-2020.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh; Thủ trưởng các sở,
ban, ngành, thuộc tỉnh; Chủ tịch UBND các huyện, thành phố, thị xã; Giám đốc
các doanh nghiệp Nhà nước thuộc tỉnh và các tổ chức, cá nhân có liên quan chịu
trách nhiệm hành Quyết định này./.""",
        "assignments": [],
    },
    {
        "url": "https://thuvienphapluat.vn/van-ban/Tai-chinh-nha-nuoc/Chi-thi-08-CT-UBND-2015-tang-cuong-thuc-hien-nhiem-vu-tai-chinh-ngan-sach-Quang-Binh-284521.aspx",
        "date": D(2015, 5, 25),
        "classes": ["negative", "line_breaks"],
        "text": """Nhờ sự chủ động, tích cực của
các cấp, các ngành, cộng đồng doanh nghiệp và nhân dân, tình hình kinh tế - xã
hội của tỉnh những tháng đầu năm tiếp tục duy trì ổn định, một số khoản thu đạt
cao so với dự toán, tạo đà phát triển cho các tháng tiếp theo. Tuy nhiên, khó
khăn, thách thức vẫn còn nhiều, số thu từ các doanh nghiệp chiếm tỷ trọng lớn
nhưng chưa đạt tiến độ đề ra, một số khoản thu chưa bền vững, nợ đọng thuế vẫn ở
mức cao v.v...""",
        "assignments": [],
    },
    {
        "url": "https://ubmttq.yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?l=Tinhoatdong++++++++&lv=9&page=3",
        # undated in the excerpt: just after the Steering Committee's telegram of 5/5/2021
        "date": D(2021, 5, 6),
        "classes": ["press", "group", "intro_lead"],
        "text": """Thực hiện Công điện số 570/CĐ-TTg ngày 02/5/2021 của Thủ tướng Chính phủ về việc chấn chỉnh, nâng cao hiệu quả công tác phòng, chống dịch COVID-19; Công điện số 600/CĐ-BCĐ ngày 05/5/2021 của Ban Chỉ đạo quốc gia phòng, chống dịch bệnh COVID-19; Chỉ thị số 12-CT/TU ngày 05/5/2021 của Ban Thường vụ Tỉnh ủy về việc thực hiện các biện pháp cấp bách phòng, chống dịch bệnh COVID-19 gắn với các nhiệm vụ chính trị năm 2021; các văn bản chỉ đạo có liên quan của Trung ương, Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 tỉnh vừa ban hành Công văn số 1246/UBND-VX về tăng cường, nâng cao hiệu quả công tác phòng, chống dịch bệnh COVID-19 yêu cầu Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 các huyện, thị xã, thành phố thực hiện một số nhiệm vụ cụ thể như sau:""",
        # the districts' steering committees: the districts' task
        "assignments": [("group:district", None, [])],
    },
    {
        "url": "https://new.dongnai.gov.vn/vi/news/thong-tin-chi-dao-dieu-hanh/van-tiep-tuc-thuc-hien-cac-giai-phap-phong-chong-dich-covid-19-61019.html",
        "date": D(2020, 4, 22),
        "classes": ["group", "press", "hour"],
        "text": """Theo thông báo của UBND tỉnh vừa được ban hành, trên địa bàn tỉnh tiếp tục thực hiện các giải pháp phòng chống dịch Covid-19.
Theo đó, trong thời gian chờ Thủ tướng Chính phủ ban hành chỉ đạo triển khai các giải pháp phòng, chống dịch Covid-19, Chủ tịch UBND tỉnh đề nghị Nhân dân và yêu cầu các sở, ban, ngành, cơ quan đơn vị đoàn thể, các cơ quan Trung ương đóng chân trên địa bàn tỉnh và UBND các huyện, thành phố tiếp tục duy trì thực hiện các giải pháp cấp bách phòng, chống dịch Covid-19 trên địa bàn theo chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị 16/CT-TTg ngày 31/3/2020 và chỉ đạo của Chủ tịch UBND tỉnh tại Chỉ thị số 09/CT-UBND ngày 31/3/2020. Thời gian thực hiện kể từ 00 giờ ngày 23/4/2020 cho đến khi UBND tỉnh có thông báo mới.
Quốc Khánh""",
        # "from 0:00 on 23/4 until further notice" is a period, not a deadline
        "assignments": [("group:department", None, []), ("group:related", None, []), ("group:district", None, [])],
    },
    {
        "url": "http://vpubnd.kontum.gov.vn/NewsDetail.aspx?id=480",
        "date": D(2012, 7, 27),
        "classes": ["group", "names", "heading_items", "hour"],
        "text": """1. Hình thức cuộc họp: Trực tuyến qua hệ thống giao ban điện tử đa phương tiện của tỉnh đối với UBND các huyện và thành phố Kon Tum.
2. Phiên họp thảo luận và cho ý kiến:
a) Báo cáo tình hình kinh tế - xã hội tháng 7 và 7 tháng năm 2012; nhiệm vụ trọng tâm tháng 8 năm 2012;
b) Báo cáo công tác chỉ đạo, điều hành của Ủy ban nhân dân tỉnh tháng 7; nhiệm vụ trọng tâm tháng 8.
3. Thành phần mời tham dự:
- Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh;
- Thành viên Ủy ban nhân dân tỉnh;
- Giám đốc các sở, ban, ngành (Giám đốc các đơn vị là thành viên Ủy ban nhân dân tỉnh cử đại diện lãnh đạo đơn vị cùng tham dự);
- Chủ tịch Ủy ban nhân dân các huyện, thành phố (mời thêm các phòng, ban có liên quan cùng dự);
- Báo Kon Tum, Cổng thông tin điện tử tỉnh.
4. Thời gian: vào lúc 13h30’, ngày 31 tháng 7 năm 2012 (thứ 3).
5. Địa điểm:
- Các sở, ban, ngành dự họp tại phòng họp lớn của Ủy ban nhân dân tỉnh;
- Ủy ban nhân dân các huyện, thành phố dự họp tại phòng họp trực tuyến của các huyện, thành phố.
6. Tài liệu phiên họp: Văn phòng UBND tỉnh đã cung cấp đến địa chỉ thư công vụ của các cơ quan, địa phương (qua địa chỉ donvi@chinhphu.vn). Ý kiến tham gia, góp ý báo cáo của các cơ quan, địa phương gửi về Văn phòng UBND tỉnh trước ngày 30/7/2012 (qua địa chỉ dangquangha-kontum@chinhphu.vn) để tổng hợp, báo cáo UBND tỉnh tại phiên họp.
Thông báo này thay cho giấy mời./.""",
        # an invitation: attending is no task; the comments of "the bodies and localities" by 30/7 are
        "assignments": [("group:department", D(2012, 7, 30), []), ("group:district", D(2012, 7, 30), [])],
    },
    {
        "url": "https://www.kontum.gov.vn/pages/detail/53116/Ket-qua-giai-quyet-tra-loi-y-kien-kien-nghi-cua-cu-tri-truoc-va-sau-Ky-hop-thu-6-HDND-tinh-khoa-XII.html",
        "date": D(2024, 7, 8),
        "classes": ["press", "group"],
        "text": """Trước và sau Kỳ họp thứ 6 HĐND tỉnh Khóa XII, Thường trực HĐND tỉnh đã chuyển 84 lượt ý kiến, kiến nghị của cử tri đến UBND tỉnh để xem xét giải quyết (trong đó gồm 76 ý kiến, kiến nghị liên quan lĩnh vực kinh tế - ngân sách, 03 ý kiến, kiến nghị lĩnh vực pháp chế và 05 ý kiến, kiến nghị lĩnh vực văn hóa - xã hội). Các ý kiến, kiến nghị của cử tri chủ yếu tập trung vào các vấn đề về đầu tư, nâng cấp cơ sở hạ tầng giao thông, thủy lợi; thu hút đầu tư; giá nước sinh hoạt; chế độ, chính sách cán bộ công chức cấp xã; y tế, giáo dục và đào tạo...

 

UBND tỉnh đã chỉ đạo các sở, ban ngành, UBND các huyện, thành phố tập trung giải quyết, trả lời cử tri theo quy định của pháp luật; đối với các ý kiến, kiến nghị liên quan ngân sách nhưng chưa cân đối được nguồn lực để thực hiện (như đầu tư xây dựng cơ sở hạ tầng, sửa chữa các tuyến giao thông, thủy lợi...) có kế hoạch, lộ trình để thực hiện, đồng thời thông tin đến cử tri để biết; những n""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://dttg.baotainguyenmoitruong.vn/ben-bai-trai-phep-tren-song-hong-ptag.html",
        # undated on the page (a tag page)
        "date": D(2020, 1, 1),
        "classes": ["press", "names"],
        "text": """bến bãi trái phép trên sông Hòng

UBND tỉnh Hưng Yên chỉ đạo làm rõ phản ánh của Báo Tài nguyên và Môi trường
(TN&MT) - UBND tỉnh Hưng Yên vừa ra văn bản chỉ đạo chính quyền thành phố Hưng Yên vào cuộc làm rõ nội dung Báo Tài nguyên và Môi trường đã phản ánh tình trạng không xử lý bến bãi trái phép, làm ảnh hưởng đê điều khu vực sông Hồng chảy qua thành phố Hưng Yên.
POWERED BY ONECMS - A PRODUCT OF NEKO""",
        # the city's government is its People's Committee
        "assignments": [("UBND thành phố Hưng Yên", None, [])],
    },
    {
        "url": "https://laodong.vn/tags/uy-ban-nhan-dan-tinh-hung-yen-171499.ldo",
        # undated on the page (a tag page); the directive of the summer of 2021
        "date": D(2021, 8, 16),
        "classes": ["negative", "press"],
        "text": """Uỷ ban Nhân dân tỉnh Hưng Yên

Hưng Yên: Tuyên truyền người dân không tập trung quá 30 người nơi công cộng

Bảo Hân |

Uỷ ban nhân dân tỉnh Hưng Yên vừa có chỉ thị về việc tăng cường các biện pháp phòng, chống dịch bệnh COVID-19 trên địa bàn tỉnh Hưng Yên trong giai đoạn mới, trong đó đẩy mạnh tuyên truyền người dân không tập trung quá 30 người tại nơi công cộng trong vòng 15 ngày kể từ 16.8.

Hưng Yên: Thu hồi bằng công nhận làng nghề tái chế phế liệu Phan Bôi

Minh Hạnh |

Uỷ ban Nhân dân tỉnh Hưng Yên vừa ra Quyết định số 2826/QĐ-UBND, thu hồi bằng công nhận làng nghề nghề tái chế phế liệu Phan Bôi, phường Dị Sử, thị xã Mỹ Hào. Đây là một trong những bước để tiến tới chấm dứt tình trạng người dân phải sống chung với rác và ô nhiễm môi trường.""",
        # a directive's subject with no agency named, and a decision that is no task
        "assignments": [],
    },
    {
        "url": "https://vnews.gov.vn/video/thanh-pho-kon-tum-can-som-ban-hanh-gia-dat-cu-the-118074.htm",
        "date": D(2024, 4, 20),
        "classes": ["negative", "press"],
        "text": """Thành phố Kon Tum cần sớm ban hành giá đất cụ thể

20-04-2024, 19:37

Theo Sở Kế hoạch và Đầu tư tỉnh Kon Tum, quý I/2024, tình hình giải ngân vốn đầu tư công của tỉnh có nhiều tín hiệu khả quan, đạt khoảng 20%. Tuy nhiên, tỉnh có 4 dự án đầu tư trọng điểm do Sở Giao thông vận tải và Ban Quản lý dự án đầu tư xây dựng các công trình giao thông, dân dụng và công nghiệp tỉnh Kon Tum làm chủ đầu tư đang gặp nhiều khó khăn trong việc triển khai vì UBND thành phố Kon Tum chưa ban hành giá đất cụ thể.""",
        # a report and a headline's wish, no instruction
        "assignments": [],
    },
    {
        "url": "https://baothanhhoa.vn/bao-dam-an-toan-thuc-pham-dip-tet-nguyen-dan-binh-ngo-va-mua-le-hoi-xuan-2026-275007.htm",
        "date": D(2026, 1, 13),
        "classes": ["negative", "press"],
        "text": """Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán Bính Ngọ và mùa Lễ hội Xuân 2026

Kế hoạch được triển khai từ ngày 12/1 đến hết ngày 20/3/2026 nhằm đảm bảo quyền lợi của người tiêu dùng, hạn chế ngộ độc thực phẩm, sự cố về an toàn thực phẩm (ATTP) xảy ra trong dịp Tết Nguyên đán Bính Ngọ và mùa Lễ hội Xuân 2026.

Ảnh minh họa.

Chủ tịch UBND tỉnh Thanh Hóa vừa ban hành Kế hoạch số 09/KH-UBND ngày 13/1/2026 về việc triển khai công tác bảo đảm an toàn thực phẩm Tết Nguyên đán Bính Ngọ và mùa Lễ hội Xuân 2026 trên địa bàn tỉnh.

Việc triển khai kế hoạch nhằm đảm bảo ATTP trong sản xuất, chế biến, kinh doanh và sử dụng thực phẩm; tăng cường kiểm soát, ngăn chặn kịp thời việc sản xuất, kinh doanh thực phẩm giả, thực phẩm kém chất lượng. Đảm bảo quyền lợi người tiêu dùng, hạn chế ngộ độc thực phẩm, sự cố về ATTP xảy ra trong dịp Tết Nguyên đán Bính Ngọ và mùa Lễ hội Xuân 2026.

Chủ tịch UBND tỉnh yêu cầu huy động tối đa các kênh truyền thông nhằm phổ biến các quy định của pháp luật về ATTP cũng như các kiến thức trong lựa chọn, bảo quản, chế biến và tiêu dùng thực phẩm đến người dân.

Tăng cường công tác kiểm tra từ cấp tỉnh đến cấp xã, tập trung kiểm tra các nhóm sản phẩm tiêu thụ nhiều trong dịp Tết và lễ hội có yếu tố nguy cơ cao, các làng nghề chế biến thực phẩm, các sản phẩm thực phẩm được cung ứng từ ngoài tỉnh vào trong tỉnh.""",
        # tasks with no agency named in the excerpt; "đến hết ngày 20/3/2026" is the plan's period
        "assignments": [],
    },
    {
        "url": "https://baophutho.vn/kiem-tra-an-toan-thuc-pham-dip-tet-nguyen-dan-va-le-hoi-xuan-2026-247550.htm",
        "date": D(2026, 2, 9),
        "classes": ["negative", "press"],
        "text": """Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán và lễ hội Xuân 2026

Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh vừa ban hành Kế hoạch triển khai công tác bảo đảm an toàn thực phẩm Tết Nguyên đán Bính Ngọ và mùa lễ hội Xuân 2026 trên địa bàn tỉnh. Các Sở Y tế, Công Thương, Nông nghiệp và Môi trường đã thành lập đoàn kiểm tra về công tác bảo đảm an toàn thực phẩm.

Đoàn kiểm tra liên ngành tiến hành kiểm tra hàng hóa phục vụ Tết tại Siêu thị Phú Cường.

Tính đến ngày 30/1/2026, đoàn kiểm tra liên ngành do Sở Nông nghiệp và Môi trường chủ trì đã tiến hành kiểm tra việc triển khai công tác đảm bảo an toàn thực phẩm đối với 6 Ban Chỉ đạo liên ngành an toàn thực phẩm xã, phường, gồm: Thanh Sơn, Tam Dương, Thống Nhất, Hòa Bình, Thổ Tang, Nông Trang.""",
        # what the departments have done, no task
        "assignments": [],
    },
    {
        "url": "https://hdndtuyenquang.gov.vn/tin-hoat-dong/tin-tuc-chung/trang-302.html",
        # the year of Mr Phạm Minh Huấn's chairmanship the page lists (2015)
        "date": D(2015, 12, 19),
        "classes": ["negative", "press"],
        "text": """UBND tỉnh họp phiên thường kỳ tháng 12
Ngày 19 - 12, UBND tỉnh họp phiên thường kỳ tháng 12. Đồng chí Phạm Minh Huấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp. Dự họp có đồng chí Triệu Kim Long, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh, lãnh đạo các Ban HĐND tỉnh, Đoàn ĐBQH tỉnh, lãnh đạo Ủy ban MTTQ tỉnh, các sở, ngành, UBND các huyện, thành phố.""",
        "assignments": [],
    },
    {
        "url": "https://www.realinsider.vn/c/thi-truong",
        # undated on the page (a section page), before the districts were abolished
        "date": D(2024, 1, 1),
        "classes": ["press", "group"],
        "text": """Chủ tịch Cần Thơ chỉ đạo không để hình thành các khu dân cư tự phát mới

Chủ tịch UBND TP Cần Thơ chỉ đạo siết chặt quản lý đất đai, không để hình thành khu dân cư tự phát mới và UBND các quận, huyện chịu trách nhiệm trước chủ tịch UBND TP nếu không có biện pháp xử lý dứt điểm ngay từ khi vụ việc mới phát sinh.""",
        # the districts answer for stopping new settlements: their task
        "assignments": [("group:district", None, [])],
    },
    {
        "url": "https://tienphong.vn/cong-ty-co-phan-du-lich-song-hau-tag53941.tpo",
        # undated on the page (a tag page)
        "date": D(2020, 1, 1),
        "classes": ["press", "group"],
        "text": """Cần Thơ yêu cầu nghiêm túc khắc phục sai phạm khu ‘đất vàng’ Địa ốc TPO - UBND thành phố Cần Thơ vừa có công văn yêu cầu Công ty Cổ phần Du lịch Sông Hậu và các sở ngành thực hiện nghiêm túc kết luận thanh tra về dự án khu du lịch Sông Hậu.""",
        # the company is not an agency of the register
        "assignments": [("group:department", None, [])],
    },
    {
        "url": "https://baomoi.net.vn/tag/R%E1%BA%A1ch-T%E1%BA%A7m-Vu.epi",
        # undated on the page (a tag page), before the districts were abolished
        "date": D(2019, 7, 1),
        "classes": ["press", "group"],
        "text": """Chủ tịch Cần Thơ: Nhiều dự án chậm, cử tri cần biết có làm hay không?

Chủ tịch UBND thành phố Cần Thơ vừa chỉ đạo các sở ngành, quận huyện giải quyết kiến nghị của cử tri, báo cáo kết quả để phục vụ kỳ họp cuối năm của HĐND Thành phố, đặc biệt cần trả lời rõ dự án chậm tiến độ nhiều năm có làm hay không để cử tri được biết.""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://thuonghieucongluan.com.vn/news-tag334303/chu-tich-ubnd-tp-can-tho",
        # "08/12" on a tag page: the disbursement of 2025, in December 2025
        "date": D(2025, 12, 8),
        "classes": ["press", "group"],
        "text": """# Chủ tịch UBND TP Cần Thơ

  • Cần Thơ đẩy mạnh giải ngân vốn đầu tư công 2025

    Cần Thơ đẩy mạnh giải ngân vốn đầu tư công 2025

    05:36 08/12 Chính sách

    Chủ tịch UBND TP Cần Thơ vừa chỉ đạo các sở ngành, quận huyện và xã phường đẩy mạnh giải ngân vốn đầu tư công năm 2025, đồng thời yêu cầu xử lý nghiêm trách nhiệm đối với cán bộ, công chức, tổ chức, cá nhân gây cản trở tiến độ. Các chủ tịch UBND xã, phường phải chịu trách nhiệm toàn diện nếu bàn giao mặt bằng thi công chậm, ảnh hưởng đến tiến độ thi công và tỷ lệ giải ngân.""",
        # the text names districts although they were abolished in 7/2025: read as written; the
        # communes' answering for late handovers is no further task
        "assignments": [("group:department", None, []), ("group:district", None, []), ("group:commune", None, [])],
    },
    {
        "url": "https://nhaquanly.vn/c/bat-dong-san?page=9",
        # undated on the page (a section page)
        "date": D(2023, 1, 1),
        "classes": ["press", "giao"],
        "text": """Lâm Đồng xem xét đề nghị thu hồi dự án 33 tỷ Trung Nguyên Legend

Mới đây, UBND tỉnh Lâm Đồng đã có văn bản giao Sở Tài nguyên và Môi trường chủ trì xem xét nội dung đề nghị thu hồi, quản lý đất tại Dự án Khu thưởng lãm và trưng bày sản phẩm cà phê Trung Nguyên Legend tại xã Lộc An, huyện Bảo Lâm.""",
        "assignments": [("Sở Tài nguyên và Môi trường", None, [])],
    },
    {
        "url": "https://baophapluat.vn/khai-thac-lau-tag186541.html",
        # undated on the page (a tag page): the deadline's year is the letter's
        "date": D(2022, 11, 10),
        "classes": ["press", "names", "subject_verb"],
        "text": """Hàng loạt “mỏ” khai thác lậu đất đá ở Đơn Dương: Sở TN&MT đề nghị kiểm tra, xử lý thông tin PLVN phản ánh
(PLVN) - Sau khi PLVN có bài viết phản ánh về tình trạng khai thác, vận chuyển khoáng sản trái phép trên địa bàn huyện Đơn Dương, Sở Tài nguyên và Môi trường Lâm Đồng đã có văn bản đề nghị huyện Đơn Dương rà soát, kiểm tra, báo cáo kết quả về Sở trước ngày 23/11.""",
        # a department's letter to a district: the district's task, as in earlier rounds
        "assignments": [("UBND huyện Đơn Dương", D(2022, 11, 23), [])],
    },
    {
        "url": "https://nongnghiephuucovn.vn/tag/xay-dung-trai-phep-9452.tag",
        # undated on the page (a tag page)
        "date": D(2023, 6, 27),
        "classes": ["negative", "press"],
        "text": """Lâm Đồng: Yêu cầu xử lý dứt điểm việc lấn chiếm đất rừng phòng hộ xây dựng trái phép
Ngày 27/6, UBND huyện Đạ Huoai (Lâm Đồng) có văn bản chỉ đạo xử lý dứt điểm vụ việc, lấn chiếm đất rừng phòng hộ để xây dựng công trình trái phép tại vị trí lô 1, khoảnh 1, tiểu khu 581b (khu vực Đài Đức Mẹ An Bình, đèo Bảo Lộc).""",
        # a district's instruction with no agency named
        "assignments": [],
    },
    {
        "url": "https://tv.danviet.vn/bac-lieu-de-nghi-hau-giang-va-soc-trang-ho-tro-de-thu-hoach-lua-he-thu-2021-20210830110540521.htm",
        "date": D(2021, 8, 29),
        "classes": ["negative", "press"],
        "text": """Bạc Liêu đề nghị Hậu Giang và Sóc Trăng hỗ trợ để thu hoạch lúa Hè Thu 2021

Ngày 29/8, UBND tỉnh Bạc Liêu cho biết đã có văn bản gửi UBND tỉnh Hậu Giang và tỉnh Sóc Trăng đề nghị hỗ trợ, tạo điều kiện cho người và phương tiện từ 2 tỉnh này vào tỉnh Bạc Liêu để thu hoạch lúa Hè Thu.""",
        # a request to two other provinces: no agency of the province's register
        "assignments": [],
    },
    {
        "url": "https://baophapluat.vn/vien-khoa-hoc-thuy-loi-mien-nam-tag149432.html",
        # undated on the page (a tag page): the tides "from now to 2/2019"
        "date": D(2018, 11, 1),
        "classes": ["press", "names", "de_nghi"],
        "text": """Ám ảnh cảnh triều cường dâng cao kỷ lục ở Bạc Liêu
(PLO) - Để chủ động ứng phó triều cường dâng cao bất thường từ nay đến tháng 2/2019, Ban chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Bạc Liêu, kiến nghị Sở Nông nghiệp và Phát triển nông thôn Bạc Liêu chỉ đạo các đơn vị trực thuộc Sở khẩn trương triển khai các biện pháp phòng chống triều cường, xâm nhập mặn...""",
        # "từ nay đến tháng 2/2019" is the season of the tides, not a deadline
        "assignments": [("Sở Nông nghiệp và Phát triển nông thôn", None, [])],
    },
    {
        "url": "https://kinhtedothi.vn/tag/bac-lieu?trang=2",
        # undated on the page (a tag page): within Mr Phạm Văn Thiều's term (2021-2025)
        "date": D(2023, 1, 1),
        "classes": ["press", "group"],
        "text": """Bạc Liêu ban bố tình trạng khẩn cấp sạt lở đê biển Đông
Kinhtedothi - Chủ tịch UBND tỉnh Bạc Liêu Phạm Văn Thiều thống nhất ban bố tình trạng khẩn cấp sạt lở đê Biển Đông, đồng thời yêu cầu cơ quan chức năng phải chủ động rà soát các đoạn đê có nguy cơ sạt lở để chủ động phương án phòng chống.""",
        "assignments": [("group:related", None, [])],
    },
    {
        "url": "https://bandantoc.soctrang.gov.vn/Default.aspx?p_steering=28432&pageid=27160&sname=ubnd-stg",
        "date": D(2025, 3, 17),
        "classes": ["negative", "press"],
        "text": """Ngày 17/3/2025, đồng chí Trần Văn Lâu - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sóc Trăng tổ chức đoàn đi kiểm tra công tác phòng, chống hạn, thiếu nước xâm nhập mặn trên địa bàn tỉnh. Tham gia đoàn có đồng chí Vương Quốc Nam - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ban ngành liên quan và lãnh đạo Huyện ủy, HĐND, UBND huyện Long Phú và lãnh đạo UBND huyện Kế Sách (Sóc Trăng).""",
        "assignments": [],
    },
    {
        "url": "https://vtcnews.vn/ha-noi-chi-dao-tang-toc-trien-khai-nhiem-vu-trong-tam-dip-cuoi-nam-ar988640.html",
        "date": D(2025, 11, 19),
        "classes": ["press", "group", "month_deadline"],
        "text": """(VTC News) -

Chủ tịch UBND Thành phố Nguyễn Đức Trung vừa ký ban hành Công văn số 6166/UBND-TH ngày 19/11/2025 về việc thực hiện Nghị quyết số 86/NQ-CP ngày 4/11/2025 của Chính phủ về triển khai nhiệm vụ trọng tâm những tháng cuối năm 2025.

Theo đó, các Sở, ban, ngành, UBND các xã, phường triển khai hiệu quả các Nghị quyết, Kết luận của Trung ương, Bộ Chính trị, Ban Bí thư, Tổng Bí thư, lãnh đạo chủ chốt, của Quốc hội, Chính phủ và chỉ đạo của Thủ tướng để hoàn thành các nhiệm vụ trọng tâm từ nay đến cuối năm 2025; thực hiện thành công Kế hoạch phát triển kinh tế-xã hội năm 2025, phấn đấu đạt cao nhất các mục tiêu Kế hoạch phát triển kinh tế-xã hội 05 năm 2021 - 2025.

Công văn lưu ý phải chú ý kịp thời đánh giá tác động của thiên tai, bão lũ để rà soát kịch bản tăng trưởng, có giải pháp hiệu quả bảo đảm mục tiêu tăng trưởng của Thành phố đạt 8% trở lên trong năm 2025 và tăng trưởng hai con số trong năm 2026. Tăng cường kỷ luật, kỷ cương công tác thu ngân sách, phấn đấu tăng ít nhất 25% so với dự toán; giải ngân 100% kế hoạch vốn đầu tư công;""",
        # "to complete by the end of 2025": as in earlier rounds, the last day of the year; the notes
        # after it go on the same tasks
        "assignments": [("group:department", D(2025, 12, 31), []), ("group:commune", D(2025, 12, 31), [])],
    },
    {
        "url": "https://etime.danviet.vn/quang-ngaichu-tich-tinh-kiem-tra-go-vuong-cho-du-an-duong-co-dong-ly-son-20220805095838836.htm",
        "date": D(2022, 8, 5),
        "classes": ["press", "group", "month_deadline"],
        "text": """Quảng Ngãi: Chủ tịch tỉnh kiểm tra, gỡ vướng cho dự án đường cơ động Lý Sơn

05/08/2022 10:07 GMT+7
Qua kiểm tra hiện trường và nghe báo cáo, Chủ tịch UBND tỉnh Quảng Ngãi Đặng Văn Minh đã chỉ đạo, giao trách nhiệm cụ thể cho từng cấp ngành đơn vị liên quan, khẩn trương tháo gỡ vướng mắc GPMB, thi công và hoàn thành công trình đường cơ động phía Đông Nam đảo Lý Sơn (giai đoạn 3) trong năm 2022 này.

CHỦ TỊCH TỈNH QUẢNG NGÃI KIỂM TRA HIỆN TRƯỜNG, GỠ VƯỚNG CHO DỰ ÁN ĐƯỜNG CƠ ĐỘNG LÝ SƠN.


Công Hoàng""",
        "assignments": [("group:related", D(2022, 12, 31), [])],
    },
    {
        "url": "https://laodong.vn/tags/kiem-diem-vi-lo-la-phong-chong-dich-313505.ldo",
        "date": D(2020, 5, 26),
        "classes": ["press", "group"],
        "text": """Kiểm điểm vì lơ là phòng chống dịch

Xem xét kiểm điểm Sở Công thương Ninh Thuận vì chủ quan phòng dịch

Phương Linh |

Chiều 26.5, lãnh đạo UBND tỉnh Ninh Thuận cho biết, vừa giao các đơn vị liên quan xem xét kiểm điểm trách nhiệm của lãnh đạo Sở Công thương khi tiếp xúc với người đến từ vùng có dịch COVID-19 nhưng không báo cáo theo quy định.""",
        # the department is the one reviewed, not the one tasked
        "assignments": [("group:related", None, [])],
    },
    {
        "url": "https://www.chuyendongthitruong.vn/index.php/c/doi-song",
        # undated on the page (a section page)
        "date": D(2023, 1, 1),
        "classes": ["press", "group", "de_nghi"],
        "text": """Khu vực Cát trắng Phan Rí II bị tác động: UBND tỉnh Bình Thuận chỉ đạo gì?

UBND tỉnh đề nghị các đơn vị thực hiện trách nhiệm bảo vệ khoáng sản chưa khai thác trên địa bàn quản lý, có các biện pháp bảo vệ, quản lý.""",
        # "the units" with an area to manage: the bodies concerned
        "assignments": [("group:related", None, [])],
    },
    {
        "url": "https://dnvn247.com.vn/amp/chu-tich-ubnd-tinh-an-giang-de-nghi-cong-an-lap-chot-kiem-soat-nguon-cung-cap-cat-d123635.html",
        # undated on the page
        "date": D(2019, 1, 1),
        "classes": ["press", "group", "names", "de_nghi"],
        "text": """Chủ tịch UBND tỉnh An Giang đề nghị công an lập chốt kiểm soát nguồn cung cấp cát
Chủ tịch UBND tỉnh An Giang vừa có văn bản yêu cầu các sở, ngành, địa phương ‘siết’ quản lý việc khai thác, cung cấp cát, sau khi một số tổ chức, cá nhân sai phạm.
Nguồn
tuoitre.vn""",
        # the headline's task for the police, the lead's for the departments and districts
        "assignments": [("Công an tỉnh", None, []), ("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "http://plo.vn/thoi-su/chu-tich-tinh-chi-dao-tam-dung-san-xuat-artemia-15304.html",
        "date": D(2017, 3, 1),
        "classes": ["press", "names", "subject_verb"],
        "text": """Sau khi báo đăng, chủ tịch UBND tỉnh Ninh Thuận đã chỉ đạo huyện Ninh Hải cùng xã Phương Hải tăng cường vận động, giải thích người dân chấp hành pháp luật, không tự ý khai thác artemia trái phép gây mất an ninh trật tự địa phương. Chủ tịch tỉnh cũng yêu cầu Công ty Cổ phần Muối Ninh Thuận chỉ đạo Xí nghiệp muối Tri Hải trước mắt xem xét tạm dừng việc sản xuất artemia tại khu vực xảy ra vụ việc, đồng thời rà soát, sắp xếp kế hoạch sản xuất artemia an toàn, hiệu quả. Tỉnh cũng yêu cầu công an địa phương phối hợp với các đơn vị liên quan có phương án bảo vệ tính mạng, tài sản của người dân, các chủ nuôi artemia. Cạnh đó, khẩn trương điều tra, xử lý nghiêm các hành vi đánh người gây thương tích, xúi giục người dân khai thác artemia trái phép.

MINH TRÂN""",
        # the district and the commune together; the salt company is no agency; the local police
        # are units of the provincial police (its task)
        "assignments": [
            ("UBND huyện Ninh Hải", None, []),
            ("UBND xã Phương Hải", None, []),
            ("Công an tỉnh", None, ["group:related"]),
        ],
    },
    {
        "url": "https://1thegioi.vn/tro-hoc-ptag.html",
        # undated on the page (a tag page)
        "date": D(2019, 9, 19),
        "classes": ["negative", "press"],
        "text": """Ngày 19.9, Thanh tra tỉnh Sóc Trăng cho biết, vừa có thông báo kết luận thanh tra việc thực hiện chính sách, pháp luật về tài chính, xây dựng cơ bản tại Sở Công thương Sóc Trăng và Chi cục Quản lý thị trường (thuộc Sở Công thương) với sai phạm trên 112 triệu đồng.""",
        # an inspection's findings, no task
        "assignments": [],
    },
    {
        "url": "https://thvl.vn/thoi-su-thvl/tin-dia-phuong/d%E1%BA%A9y-nhanh-ti%E1%BA%BFn-d%E1%BB%99-thi-cong-cac-cong-trinh-nganh-gtvt/",
        # undated on the page
        "date": D(2020, 1, 1),
        "classes": ["negative", "press"],
        "text": """Thực hiện chỉ đạo của UBND tỉnh Vĩnh Long về việc đẩy nhanh tiến độ thi công và giải ngân vốn đầu tư từ ngân sách nhà nước trên địa bàn, ngành GTVT đã chủ động phối hợp với chính quyền địa phương và các ngành liên quan tháo gỡ nhiều khó khăn cho các đơn vị thi công để đẩy nhanh tiến độ.""",
        # what the sector has done under an instruction, no task given here
        "assignments": [],
    },
    {
        "url": "https://thuonghieucongluan.com.vn/ninh-binh-tang-cuong-cong-tac-quan-ly-va-to-chuc-le-hoi-a301975.html",
        # undated in the excerpt: after 7/2025 (the communes and wards, the Department of Culture
        # and Sports beside the Department of Tourism)
        "date": D(2025, 10, 1),
        "classes": ["press", "giao", "names", "coordinators", "factored_list", "group"],
        "text": """
Theo đó, lãnh đạo UBND tỉnh Ninh Bình giao Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở: Du lịch, Tài chính, Nội vụ cùng UBND các xã, phường và các đơn vị liên quan triển khai đồng bộ các nhiệm vụ trọng tâm.
Một trong những nhiệm vụ quan trọng được đặt ra là tổ chức rà soát, thống kê đầy đủ danh mục các lễ hội đang được tổ chức trên địa bàn tỉnh Ninh Bình. Nội dung rà soát bao gồm các loại hình lễ hội truyền thống, lễ hội văn hóa, lễ hội ngành nghề, cũng như các lễ hội có nguồn gốc nước ngoài.
Việc đánh giá tập trung vào các yếu tố như: nội dung lễ hội, quy mô tổ chức, cơ quan chủ trì, tần suất tổ chức, hiệu quả xã hội, văn hóa, kinh tế và nguồn kinh phí thực hiện. Trên cơ sở đó, các đơn vị cần chỉ rõ những tồn tại, bất cập trong công tác tổ chức lễ hội thời gian qua, đặc biệt là những vấn đề phát sinh trong quản lý, phối hợp, sử dụng kinh phí và bảo đảm an ninh, trật tự, văn minh lễ hội.
Kết quả rà soát, đánh giá sẽ là căn cứ quan trọng để Sở Văn hóa và Thể thao tham mưu UBND tỉnh Ninh Bình ban hành văn bản chỉ đạo thống nhất về công tác quản lý và tổ chức lễ hội trên địa bàn tỉnh, làm rõ quy mô tổ chức, đơn vị chủ trì, nguồn kinh phí và trách nhiệm của các cấp, các ngành.
Cùng với việc rà soát thực tiễn tổ chức lễ hội, UBND tỉnh Ninh Bình yêu cầu các đơn vị liên quan tiến hành rà soát toàn bộ các quy định hiện hành của tỉnh về công tác quản lý và tổ chức lễ hội. Trên cơ sở đó, nghiên cứu, tham mưu ban hành quy định mới hoặc điều chỉnh, bổ sung quy định hiện có về phân""",
        # the review and the advice after it are the department's task already given
        "assignments": [
            (
                "Sở Văn hóa và Thể thao",
                None,
                ["Sở Du lịch", "Sở Tài chính", "Sở Nội vụ", "group:commune", "group:related"],
            ),
            ("group:related", None, []),
        ],
    },
    {
        "url": "https://baoninhthuan.com.vn/news/102560p155c160/triẻn-khai-thuc-hien-nghi-dinh-so-1102018ndcp-cua-chinh-phu.htm",
        "date": D(2018, 9, 25),
        "classes": ["press", "giao", "names", "coordinators", "group"],
        "text": """Triển khai thực hiện Nghị định số 110/2018/NĐ-CP của Chính phủ

(NTO) Ngày 25-9, UBND tỉnh ban hành Công văn số 4128/UBND-VXNV triển khai thực hiện Nghị định số 110/2018/NĐ-CP ngày 29-8-2018 của Chính phủ về việc Quy định về quản lý và tổ chức lễ hội.

Theo đó, UBND tỉnh giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành, đơn vị liên quan và UBND các huyện, thành phố thực hiện kiểm kê, phân loại lễ hội, lập hồ sơ khoa học di sản văn hóa lễ hội; xây dựng đề án, đề tài nghiên cứu khoa học nhằm bảo tồn và phát huy giá trị văn hóa của lễ hội trên địa bàn tỉnh. Bảo đảm hoạt động lễ hội được tiến hành trang trọng, đúng nghi lễ truyền thống; loại bỏ hoặc thay thế những tập tục không còn phù hợp với xu thế hội nhập và phát triển. Phối hợp với các đơn vị, địa phương quản lý và tổ chức lễ hội, bảo đảm trật tự, an toàn xã hội và thực hiện nếp sống văn minh trong quá trình tổ chức lễ hội. Thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo và xử lý vi phạm trong hoạt động lễ hội theo thẩm quyền...

UBND các huyện, thành phố tiếp tục triển khai Quyết định số 507/QĐ-UBND ngày 5-12-2016 của UBND tỉnh về việc phân cấp quản lý, bảo vệ, tu bổ, phục hồi và phát huy các giá trị di tích lịch sử, văn hóa và danh lam thắng cảnh, Di sản văn hóa phi vật thể trên địa bàn tỉnh; tiếp nhận nội dung đăng ký hoặc thông báo tổ chức lễ hội quy mô các cấp và tổ chức thực hiện các quy định của pháp luật về hoạt động lễ hội tại địa phương.""",
        "assignments": [
            ("Sở Văn hóa, Thể thao và Du lịch", None, ["group:department", "group:district"]),
            ("group:district", None, []),
        ],
    },
    {
        "url": "https://nguoitaybac.vn/c/doi-song?page=79",
        # undated on the page (a section page): the motorway's works of 2024
        "date": D(2024, 10, 29),
        "classes": ["negative", "press"],
        "text": """Chủ tịch tỉnh Cao Bằng yêu cầu báo cáo hàng ngày tiến độ triển khai dự án cao tốc Đồng Đăng – Trà Lĩnh

Chiều 29/10, Chủ tịch UBND tỉnh Cao Bằng Hoàng Xuân Ánh hát dẫn đầu đoàn công tác của tỉnh kiểm tra tiến độ Dự án cao tốc Đồng Đăng – Trà Lĩnh tại huyện Thạch An.""",
        # a headline's demand with no agency named
        "assignments": [],
    },
    {
        "url": "https://tienphong.vn/tag/cao+t%e1%bb%91c+b%e1%ba%afc+k%e1%ba%a1n+cao+b%e1%ba%b1ng.tpo",
        # undated on the page (a tag page)
        "date": D(2022, 1, 1),
        "classes": ["press", "group"],
        "text": """
Khẩn trương hoàn tất thủ tục đầu tư cao tốc Bắc Kạn - Cao Bằng
TPO - Phó Chủ tịch UBND tỉnh Cao Bằng Hoàng Văn Thạch cho biết, các sở, ban, ngành của tỉnh sẽ khẩn trương hoàn thành các thủ tục, hồ sơ gửi BQL Dự án đường Hồ Chí Minh - Bộ Xây dựng để sớm hoàn thành báo cáo tiền khả thi trình Thủ tướng phê duyệt dự án đầu tư xây dựng cao tốc Bắc Kạn - Cao Bằng.""",
        # the vice-chairman's word for the departments' work: their task
        "assignments": [("group:department", None, [])],
    },
    {
        "url": "https://daihoidang.baoquangninh.vn/ubnd-tinh-hop-thuong-ky-3242719.html",
        "date": D(2023, 5, 30),
        "classes": ["negative", "press"],
        "text": """Ngày 30/5, UBND tỉnh họp phiên thường kỳ tháng 5/2023 để đánh giá kết quả thực hiện nhiệm vụ phát triển KT-XH trong tháng; triển khai phương hướng, nhiệm vụ công tác tháng tiếp theo. Đồng chí Cao Tường Huy, Quyền Chủ tịch UBND tỉnh, chủ trì phiên họp.""",
        "assignments": [],
    },
    {
        "url": "https://dongnai.gov.vn/vi/wcag/Tin-chi-dao-dieu-hanh/trien-khai-he-thong-thong-tin-giai-quyet-thu-tuc-hanh-chinh-theo-mo-hinh-tap-trung-cua-bo-xay-dung-11157.html",
        # undated in the excerpt: after the ministry's letter of 18/12/2025
        "date": D(2025, 12, 22),
        "classes": ["giao", "names", "coordinators", "group"],
        "text": """Theo đó, Chủ tịch Ủy ban nhân dân tỉnh giao Sở Xây dựng chủ trì khẩn trương tổ chức triển khai, tham mưu rà soát, thực hiện các nội dung chỉ đạo tại Công văn số 15473/BXD-TTCNTT ngày 18/12/2025 của Bộ Xây dựng; phối hợp Sở Khoa học và Công nghệ; Viễn thông Đồng Nai (VNPT Đồng Nai); Ủy ban nhân dân cấp xã và các đơn vị liên quan thực hiện các nội dung theo lộ trình thời gian chỉ đạo của Bộ Xây dựng.
Kết quả thực hiện, báo cáo trực tiếp gửi Bộ Xây dựng và Chủ tịch Ủy ban nhân dân tỉnh đảm bảo nội dung, thời gian yêu cầu (đối với nội dung cung cấp thông tin khảo sát về quy trình giải quyết thủ tục hành chính, cơ quan giải quyết thủ tục hành chính, cán bộ giải quyết thủ tục hành chính phục vụ triển khai hệ thống, thực hiện theo Phụ lục và hoàn thành đảm bảo thời gian theo chỉ đạo của Bộ Xây dựng tại Văn bản số 15473/BXD-TTCNTT ngày 18/12/2025).""",
        # the telecom company is no agency; the deadlines are the ministry's, not in the excerpt
        "assignments": [("Sở Xây dựng", None, ["Sở Khoa học và Công nghệ", "group:commune", "group:related"])],
    },
    {
        "url": "https://ls1.hethongphapluat.com/quyet-dinh-23-2017-qd-ubnd-quy-dinh-phan-cong-phan-cap-trach-nhiem-quan-ly-nha-nuoc-ve-chat-luong-cong-trinh-xay-dung-tren-dia-ban-tinh-nghe-an.html",
        "date": D(2017, 1, 20),
        "classes": ["negative"],
        "text": """QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo quyết định này Quy định phân công, phân cấp trách nhiệm quản lý nhà nước về chất lượng công trình xây dựng trên địa bàn tỉnh Nghệ An.

Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký. Thay thế Quyết định số 68/2013/QĐ-UBND ngày 27/12/2013 của UBND tỉnh Nghệ An ban hành Quy định phân công, phân cấp quản lý nhà nước về chất lượng công trình xây dựng tr""",
        "assignments": [],
    },
]


# -- round 6 (r295-r335): new excerpts, annotated before the reader ran on them ------------------
# Found with the search tool's stored pages, none of them in the earlier rounds (addresses and a
# sentence of each checked; a page repeating r34 under another address was dropped). Most are of
# the second half of 2025, after the two-tier reform (communes and wards, no districts). Where the
# page gives no day (or no year) the date is the nearest one the page allows, said in a comment.
ROUND6_CASES = []
ROUND6_CASES += [
    {
        "url": "https://baothanhhoa.vn/cong-dien-khan-cua-chu-tich-ubnd-tinh-ve-viec-tap-trung-ung-pho-bao-so-10-nam-2025-262945.htm",
        "date": D(2025, 9, 27),
        "classes": ["press", "group", "names", "intro_lead"],
        "text": """Công điện khẩn của Chủ tịch UBND tỉnh về việc tập trung ứng phó bão số 10 năm 2025

Chủ tịch UBND tỉnh vừa ban hành công điện khẩn số 24/CĐ-UBND ngày 27/9 về việc tập trung ứng phó với bão số 10 năm 2025.

Theo dự báo của Trung tâm dự báo khí tượng thủy văn quốc gia, bão số 10 sẽ tiếp tục mạnh thêm lên cấp 12-13, giật cấp 16, di chuyển rất nhanh về phía vùng biển và đất liền khu vực Bắc Trung Bộ và Bắc Bộ nước ta, càng vào gần bờ biển nước ta bão càng mạnh lên. Do ảnh hưởng của bão, tại vùng biển từ Thanh Hóa đến Quảng Ngãi từ chiều tối ngày 27 tháng 9 gió sẽ mạnh dần lên cấp 6-7, sau tăng lên cấp 8-9, vùng gần tâm bão cấp 10-13, giật cấp 16, sóng biển cao 5-7m, biển động dữ dội. Đây là cơn bão mạnh, di chuyển rất nhanh, hoàn lưu bão gây mưa lớn cho khu vực tỉnh Thanh Hóa với lượng mưa phổ biến từ 200 - 400mm, cục bộ có nơi trên 600mm, nguy cơ xảy ra lũ quét, sạt lở đất khu vực miền núi, đe dọa an toàn đê điều, hồ đập, ngập lụt tại vùng thấp trũng, nhất là ven biển, ven sông.

Thực hiện Công điện số 173/CĐ-TTg ngày 26 tháng 9 năm 2025 của Thủ tướng Chính phủ về việc tập trung ứng phó bão số 10 năm 2025; để chủ động ứng phó bão số 10, bảo đảm an toàn tính mạng của Nhân dân, giảm thiểu thiệt hại về tài sản của Nhân dân và Nhà nước, Chủ tịch UBND tỉnh yêu cầu Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh, các sở, ban, ngành, đơn vị cấp tỉnh, UBND các xã, phường, Đài Khí tượng thủy văn tỉnh, Đài Thông tin Duyên hải Thanh Hóa, Cảng vụ hàng""",
        # the coast radio station is a company; the port authority's name is cut off
        "assignments": [
            ("Bộ Chỉ huy Quân sự tỉnh", None, []),
            ("Công an tỉnh", None, []),
            ("group:department", None, []),
            ("group:commune", None, []),
            ("Đài Khí tượng thủy văn tỉnh", None, []),
        ],
    },
    {
        "url": "https://baothanhhoa.vn/cong-dien-khan-cua-chu-tich-ubnd-tinh-ve-viec-chu-dong-ung-pho-voi-sieu-bao-ragasa-262265.htm",
        "date": D(2025, 9, 22),
        "classes": ["press", "group"],
        "text": """Công điện khẩn của Chủ tịch UBND tỉnh về việc chủ động ứng phó với siêu bão RAGASA

Trước diễn biến phức tạp và nguy hiểm của siêu bão RAGASA, Chủ tịch UBND tỉnh đã ban hành Công điện khẩn số 21/CĐ-UBND ngày 22/9/2025, yêu cầu các ban, sở, ngành, địa phương chủ động, sẵn sàng triển khai ngay các biện pháp ứng phó ở mức cao nhất với tinh thần quyết liệt nhất, từ sớm, từ xa, đảm bảo an toàn tính mạng và tài sản của Nhân dân.

Hướng di chuyển của siêu bão RAGASA. (Ảnh: Hệ thống giám sát thiên tai Việt Nam)""",
        # "địa phương" after 7/2025: the communes and wards
        "assignments": [("group:department", None, []), ("group:commune", None, [])],
    },
    {
        "url": "https://baothanhhoa.vn/cong-dien-cua-chu-tich-ubnd-tinh-ve-viec-tap-trung-ung-pho-voi-bao-so-5-259147.htm",
        "date": D(2025, 8, 23),
        "classes": ["press", "group", "names", "intro_lead"],
        "text": """Công điện của Chủ tịch UBND tỉnh về việc tập trung ứng phó với bão số 5

Ngày 23/8, Chủ tịch UBND tỉnh đã ban hành Công điện số 12/CĐ-UBND chỉ đạo các sở, ban, ngành, địa phương về việc tập trung ứng phó với bão số 5 (tên quốc tế là Kajiki), năm 2025.

Các lực lượng hỗ trợ ngư dân đưa tàu thuyền về nơi tránh trú an toàn trong cơn bão số 3 năm 2025. Ảnh: Lê Hợi

Theo bản tin dự báo của Trung tâm Khí tượng thủy văn quốc gia, hồi 10 giờ ngày 23/8, vị trí tâm bão số 5 ở vào khoảng 17,4 độ Vĩ Bắc; 115,8 độ Kinh Đông, cách đặc khu Hoàng Sa khoảng 380km về phía Đông Đông Bắc. Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 8-9 (62-88km/giờ), giật cấp 11; di chuyển theo hướng Tây Tây Bắc với tốc độ khoảng 25km/h.

Do ảnh hưởng của bão, từ ngày 24 - 27/8/2025, khu vực tỉnh Thanh Hoá có khả năng xảy ra một đợt mưa vừa đến mưa to, có nơi mưa rất to, lượng mưa cả đợt ở khu vực đồng bằng ven biển và vùng núi phía Tây, Tây Nam phổ biến từ 200 - 300mm, có nơi trên 300mm, các khu vực khác phổ biến từ 100 - 200mm, nguy cơ xảy ra lũ, lũ ống, lũ quét, sạt lở đất và ngập lụt tại vùng thấp trũng, ven sông, khu đô thị.

Bản đồ dự báo quỹ đạo và cường độ bão số 5 phát lúc 11 giờ ngày 23/8/2025. Ảnh: nchmf

Thực hiện Công điện số 141/CĐ-TTg ngày 22/8/2025 của Thủ tướng Chính phủ về việc chủ động ứng phó áp thấp nhiệt đới có khả năng mạnh lên thành bão; để chủ động ứng phó thiên tai, Chủ tịch UBND tỉnh yêu cầu Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Giám đ""",
        # the lead's groups, then the telegram's first addressee (the rest is cut off)
        "assignments": [
            ("group:department", None, []),
            ("group:commune", None, []),
            ("Bộ Chỉ huy Quân sự tỉnh", None, []),
        ],
    },
    {
        "url": "https://biztoday.vn/tag/thanh-pho-vi-thanh.html",
        # undated on the page (a tag page): the city of Vị Thanh, before 7/2025
        "date": D(2024, 1, 1),
        "classes": ["press", "names", "giao"],
        "text": """thành phố Vị Thanh
Hậu Giang: Yêu cầu báo cáo kết quả hậu thanh tra dự án The Venice City
Ông Phan Vĩnh Lộc, Giám đốc Sở Xây dựng tỉnh Hậu Giang, cho biết, UBND tỉnh đã giao Thanh tra tỉnh báo cáo về các vấn đề liên quan đến kết quả thực hiện kết luận thanh tra dự án này.""",
        "assignments": [("Thanh tra tỉnh", None, [])],
    },
    {
        "url": "https://vtcnews.vn/ha-noi-ban-giao-cong-tac-quan-ly-duy-tri-ve-sinh-moi-truong-cho-cap-xa-ar988547.html",
        "date": D(2025, 11, 20),
        "classes": ["press", "names", "coordinators", "group", "factored_list", "subject_verb"],
        "text": """(VTC News) -

Theo phân cấp, ủy quyền, Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các phường, xã và các nhà thầu duy trì vệ sinh môi trường khẩn trương tổng hợp, phân khai khối lượng công tác duy trì vệ sinh môi trường trên từng địa bàn phường, xã theo các hợp đồng đã ký kết với các nhà thầu và tổ chức bàn giao nguyên trạng công tác quản lý duy trì vệ sinh môi trường cho UBND các phường, xã (thực hiện theo các nhóm phường, xã liên quan trong 30 gói thầu duy trì UBND TP Hà Nội vừa có công văn triển khai việc thực hiện phân cấp và quy định thẩm quyền quản lý Nhà nước một số lĩnh vực kinh tế - xã hội trên địa bàn thành phố. trên địa bàn 30 quận, huyện, thị xã trước đây).

Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở: Nội vụ, Tài chính và UBND các phường, xã (có đất rừng trên địa bàn), cơ quan, đơn vị có liên quan tổ chức triển khai thực hiện Đề án chuyển giao công tác quản lý, bảo vệ rừng tại Trung tâm Cứu hộ động vật hoang dã Hà Nội, thuộc Sở Nông nghiệp và Môi trường về UBND cấp xã.

Bên cạnh đó, Sở Nông nghiệp và Môi trường chỉ đạo Giám đốc Trung tâm Cứu hộ động vật hoang dã Hà Nội thống kê số lượng biên chế được giao, số lượng viên chức, người lao động hiện có, kinh phí hoạt động, các hạng mục công trình lâm nghiệp, công trình phòng cháy, chữa cháy rừng, trang thiết bị, trụ sở làm việc, hồ sơ, sổ sách, chứng từ, tài liệu, công nợ… có liên quan đến tổ chức và hoạt động của công tác quả""",
        # the contractors are companies; the rescue centre is the department's own unit (its task)
        "assignments": [
            ("Sở Nông nghiệp và Môi trường", None, ["group:commune"]),
            ("Sở Nông nghiệp và Môi trường", None, ["Sở Nội vụ", "Sở Tài chính", "group:commune", "group:related"]),
            ("Sở Nông nghiệp và Môi trường", None, []),
        ],
    },
    {
        "url": "https://tienphong.vn/tan-thay-khu-du-lich-co-hang-chuc-can-villa-rach-nat-do-bao-post1785418.tpo",
        "date": D(2025, 10, 9),
        "classes": ["negative", "press"],
        "text": """Sáng 9/10, trao đổi với báo Tiền Phong, lãnh đạo Sở Xây dựng tỉnh Hà Tĩnh cho biết, sau khi tiếp nhận đơn thư của nhiều người dân là chủ sở hữu các căn biệt thự tại Dự án Khu dịch vụ và nhà nghỉ Xuân Thành phản ánh bị thiệt hại nghiêm trọng sau bão số 10, đơn vị sẽ thành lập đoàn kiểm tra để xác định nguyên nhân.

Theo lãnh đạo Sở Xây dựng, khi có sự cố liên quan đến công trình xây dựng và nhận được phản ánh từ người dân, sở sẽ cử đoàn kiểm tra xuống hiện trường để đánh giá và làm rõ nguyên nhân sự việc. Công tác kiểm tra sẽ được tiến hành trong tuần này.""",
        # the department's own word on its own work, no task given by the People's Committee
        "assignments": [],
    },
    {
        "url": "http://113.160.144.194/detailNews.aspx?Cate=3&id=17760&lang=vi",
        # undated in the excerpt: after the board's report of 9/8/2018
        "date": D(2018, 8, 15),
        "classes": ["names", "press", "heading_items"],
        "text": """UBND tỉnh chỉ đạo yêu cầu Giám đốc Ban QLDA đầu tư xây dựng các công trình Nông nghiệp & PTNT và Thủ trưởng các đơn vị có liên quan triển khai thực hiện bổ sung một số nội dung dự án Nghĩa địa Can Hồ, khu TĐC Can Hồ.
Uỷ ban nhân dân tỉnh nhận được các Tờ trình số 992/TTr-BQLDA ngày 28/6/2018 của Ban QLDA đầu tư xây dựng các công trình Nông nghiệp và PTNT (kèm theo Báo cáo giám sát, đánh giá điều chỉnh dự án số 1187/BC-GSĐGĐT ngày 09/8/2018).
Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến:
1. Để đảm bảo an toàn cho công trình và mặt bằng khu TĐC Can Hồ, đồng ý về chủ trương bổ sung một số nội dung của dự án Nghĩa địa Can Hồ, khu TĐC Can Hồ theo đề nghị của Ban QLDA đầu tư xây dựng các công trình Nông nghiệp và PTNT tại Tờ trình số 992/TTr-BQLDA ngày 28/6/2018.
2. Ban QLDA đầu tư xây dựng các công trình Nông nghiệp và PTNT khẩn trương hoàn thiện hồ sơ điều chỉnh, bổ sung dự án theo quy định để thực hiện, đảm bảo hoàn thành công trình trong năm 2018. Chủ tịch UBND tỉnh yêu cầu Giám đốc Ban QLDA đầu tư xây dựng các công trình Nông nghiệp & PTNT và Thủ trưởng các đơn vị có liên quan triển khai thực hiện.
""",
        # one task: the press lead and the closing formula restate item 2 (the board leads, those
        # concerned take part); item 1 is an approval
        "assignments": [
            (
                "Ban Quản lý dự án đầu tư xây dựng các công trình Nông nghiệp và Phát triển nông thôn tỉnh",
                D(2018, 12, 31),
                ["group:related"],
            ),
        ],
    },
    {
        "url": "https://baothanhhoa.vn/tang-cuong-cong-tac-quan-ly-nha-nuoc-ve-an-toan-thuc-pham-tren-dia-ban-tinh-270929.htm",
        "date": D(2025, 12, 6),
        "classes": ["press", "group", "giao", "names", "coordinators", "intro_lead"],
        "text": """Tăng cường công tác quản lý nhà nước về an toàn thực phẩm trên địa bàn tỉnh

Trong thời gian qua, các cơ quan chức năng trên địa bàn tỉnh đã tích cực triển khai các biện pháp kiểm soát về an toàn thực phẩm; tổ chức thanh tra, kiểm tra, xử lý nhiều vụ việc vi phạm quy định pháp luật về an toàn thực phẩm, tạo được những chuyển biến rõ rệt, tích cực trên địa bàn tỉnh.

Nhằm tiếp tục nâng cao hiệu lực, hiệu quả trong công tác quản lý nhà nước về an toàn thực phẩm trên địa bàn tỉnh; tại công văn số 21576/QĐ-UBND ngày 04/12/2025, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, trưởng các ngành, đơn vị, Chủ tịch UBND các xã, phường, triển khai thực hiện như sau:

Các sở, ngành, địa phương, đơn vị tiếp tục thực hiện tốt công tác quản lý nhà nước về an toàn thực phẩm theo chức năng, nhiệm vụ được giao trên địa bàn quản lý; tăng cường phòng ngừa, phát hiện, xử lý vi phạm pháp luật về an toàn thực phẩm trên địa bàn tỉnh theo chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 11751/UBND-VHXH ngày 23/7/2025.

Giao Sở Y tế chủ trì, phối hợp với Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Văn hóa, Thể thao và Du lịch và các sở, ngành, UBND các xã, phường và đơn vị liên quan; căn cứ chức năng nhiệm vụ được giao và các quy định hiện hành của pháp luật, tăng cường công tác quản lý Nhà nước về an toàn thực phẩm trên địa bàn tỉnh; thực hiện nghiêm công tác hậu kiểm, thanh tra, kiểm tra và xử lý nghiêm các tổ chức, cá nhân vi phạm các quy định v""",
        # the intro's addressees are those of the first item ("địa phương" after 7/2025: the communes)
        "assignments": [
            ("group:department", None, []),
            ("group:commune", None, []),
            (
                "Sở Y tế",
                None,
                [
                    "Sở Công Thương",
                    "Sở Nông nghiệp và Môi trường",
                    "Sở Văn hóa, Thể thao và Du lịch",
                    "group:department",
                    "group:commune",
                    "group:related",
                ],
            ),
        ],
    },
    {
        "url": "http://baoquangnam.vn/video-phong-su/video-tang-cuong-cong-tac-dam-bao-an-toan-ve-sinh-thuc-pham-93278.html",
        "date": D(2020, 9, 25),
        "classes": ["negative", "press"],
        "text": """(QNO) - Nhằm đảm bảo an toàn vệ sinh thực phẩm, đặc biệt trong dịp Tết Trung thu, UBND tỉnh đã thành lập 3 đoàn thanh tra, kiểm tra liên ngành (gồm Sở Công Thương, Sở NN&PTNT, Sở Y tế, Công an tỉnh, Chi cục Quản lý thị trường) làm việc tại 9 huyện, thị xã, thành phố. Việc này nhằm tuyên truyền để người tiêu dùng hướng đến sử dụng các sản phẩm an toàn và giúp cơ sở kinh doanh, người sản xuất tiếp tục chấp hành tốt các quy định pháp luật về an toàn vệ sinh thực phẩm.""",
        # inspection teams already at work, no task given
        "assignments": [],
    },
]
ROUND6_CASES += [
    {
        "url": "https://thegioicanho.com/tin-tuc/tp-hcm-du-kien-hoan-thanh-de-an-thanh-lap-thanh-pho-phia-dong-trong-thang-10",
        "date": D(2020, 8, 7),
        "classes": ["press", "group", "giao"],
        "text": """TP HCM dự kiến hoàn thành đề án thành lập Thành phố phía Đông trong tháng 10

  •  07-08-2020

Cùng với đề án Thành lập Thành phố phía Đông, 2 đề án quan trọng khác của TP HCM là tăng tỉ lệ điều tiết ngân sách cho TP giai đoạn 2021-2030 và không thành lập HĐND quận, phường cũng dự kiến hoàn thành trong tháng 10-2020.
Văn phòng UBND TP HCM vừa có thông báo kết luận của Chủ tịch UBND TP Nguyễn Thành Phong về nhiệm vụ, giải pháp trọng tâm những tháng cuối năm 2020.

Bên cạnh yêu cầu thủ trưởng các sở - ngành, Chủ tịch UBND các quận – huyện triển khai quyết liệt; không được chủ quan, lơ là trong công tác phòng chống dịch bệnh Covid-19, Chủ tịch UBND TP HCM cũng giao nhiều đầu việc quan trọng cho các đơn vị để thực hiện "nhiệm vụ kép" - vừa chống dịch vừa phát triển kinh tế.

Theo đó, Chủ tịch UBND TP HCM giao các sở - ngành tập trung hoàn thành các nội dung, chuẩn bị phục vụ Đại hội Đại biểu Đảng bộ TP lần thứ XI, nhiệm kỳ 2020-2025 trên lĩnh vực kinh tế - xã hội, đặc biệt là các sở - ngành được phân công xây dựng, cần hoàn thành đúng tiến độ các chương trình, đề án thành phần trong 3 chương trình đột phá và 1 chương trình trọng điểm phát triển TP.

Trong đó, tập trung phối hợp với các bộ, ngành trung ương triển khai những bước của 3 đề án: tăng tỉ lệ điều tiết ngân sách cho TP HCM giai đoạn 2021-2030; không thành lập HĐND quận, phường trên địa bàn TP; thành lập Thành phố phía Đông. TP HCM dự kiến hoàn thành 3 đề án này trong tháng 10-2020.

Theo Phan Anh

Người lao động""",
        # the city's expectation for the three schemes is no deadline given to the departments
        "assignments": [("group:department", None, []), ("group:district", None, []), ("group:department", None, [])],
    },
    {
        "url": "https://kinhtedothi.vn/tag/pho-bi-thu-thuong-truc-thanh-uy-nguyen-thi-tuyen-de-nghi/",
        # undated on the page (a tag page): Hà Nội with its districts, before 7/2025
        "date": D(2023, 1, 1),
        "classes": ["press", "de_nghi", "names", "coordinators", "group"],
        "text": """Tập trung tháo gỡ khó khăn đối với các dự án thành phố chỉ đạo đẩy nhanh tiến độ

Tập trung tháo gỡ khó khăn đối với các dự án thành phố chỉ đạo đẩy nhanh tiến độ

`Kinhtedothi - Phó Bí thư Thường trực Thành ủy Nguyễn Thị Tuyến đề nghị, Sở Tài chính căn cứ vào chức năng, nhiệm vụ được giao cần tiếp tục phối hợp tốt với các sở ngành liên quan, các quận, huyện kịp thời tháo gỡ khó khăn, nhất là đối với các dự án mà TP đang tập trung chỉ đạo đẩy nhanh tiến độ...""",
        "assignments": [("Sở Tài chính", None, ["group:department", "group:district"])],
    },
]
ROUND6_CASES += [
    {
        "url": "https://thuonghieucongluan.com.vn/news-tag316676/chuong-trinh-ocop-c54",
        # undated on the page (a tag page): the rain forecast for 9-10/9, after 7/2025
        "date": D(2025, 9, 8),
        "classes": ["press", "group", "names"],
        "text": """# dự báo mưa lớn

Lào Cai chủ động ứng phó với mưa lớn, ngập lụt, lũ quét, sạt lở đất
UBND tỉnh Lào Cai vừa ban hành Công văn 1924/UBND-NLN yêu cầu các Sở, ngành, cơ quan thành viên Ban Chỉ huy Phòng thủ dân sự tỉnh; UBND các xã, phường; Công ty TNHH Tân Phú và các đơn vị quản lý khai thác được giao quản lý công trình thủy lợi chủ động ứng phó với mưa lớn, lũ, ngập lụt, lũ quét, sạt lở đất dự báo có khả năng xảy ra từ ngày 9/9 đến đêm 10/9..""",
        # the company and the units running the irrigation works are no agencies; the forecast's
        # days are no deadline
        "assignments": [("group:department", None, []), ("group:commune", None, [])],
    },
    {
        "url": "https://www.vietnamplus.vn/hiem-hoa-sat-lo-rinh-rap-va-cuoc-dua-giai-cuu-nguoi-dan-vung-thien-tai-post1067430.vnp",
        "date": D(2025, 10, 1),
        "classes": ["negative", "press"],
        "text": """Trước tình hình sạt lở nghiêm trọng xảy ra tại hồ Hóc Cua (thôn Cua Chu); khu vực xóm Xẩm, thôn 9; thôn 1 và thôn 6 tại địa bàn xã Suối Hai và thôn Yên Sơn và thôn Hợp Nhất, xã Ba Vì đe dọa an toàn của nhiều hộ dân, Ủy ban Nhân dân thành phố yêu cầu áp dụng ngay các biện pháp khẩn cấp để ứng phó và khắc phục hậu quả./.
Lào Cai: Sạt lở nghiêm trọng gây ách tắc giao thông đi Mù Cang Chải
Do mưa lớn kéo dài, khu vực đèo Khau Phạ, xã Tú Lệ, tỉnh Lào Cai bị sạt lở nghiêm trọng làm chia cắt giao thông từ Nghĩa Lộ đi Mù Cang Chải và Than Uyên (Lai Châu).""",
        # a demand with no agency named
        "assignments": [],
    },
    {
        "url": "https://daklak.gov.vn/-/thanh-vien-ubnd-tinh-thong-qua-nhieu-noi-dung-thuoc-tham-quyen",
        "date": D(2025, 9, 8),
        "classes": ["negative", "press"],
        "text": """Chiều 8/9, Chủ tịch UBND tỉnh Tạ Anh Tuấn đã chủ trì phiên họp thành viên UBND tỉnh để thông qua các nội dung thuộc thẩm quyền của UBND tỉnh.
Tham dự hội nghị các các đồng chí Phó Chủ tịch UBND tỉnh; Ủy viên UBND tỉnh nhiệm kỳ 2021 - 2026.

Chủ tịch UBND tỉnh Tạ Anh Tuấn chủ trì Phiên họp
Tại phiên họp, các thành viên UBND tỉnh đã thảo luận và thông qua Dự thảo Quyết định ban hành Quy chế làm việc của UBND tỉnh Đắk Lắk. Theo đó, Quy chế làm việc của UBND tỉnh Đắk Lắk gồm IX chương, 47 điều, quy định về nguyên tắc làm việc; chế độ trách nhiệm; quan hệ công tác; phạm vi, cách thức, quy trình giải quyết công việc; chương trình công tác, các hoạt động và chế độ thông tin, báo cáo của UBND tỉnh, Chủ tịch UBND tỉnh.
Thành viên UBND tỉnh cũng đã thông qua các nội dung thuộc thẩm quyền của UBND tỉnh, bao gồm: Dự thảo Báo cáo của UBND tỉnh tình hình kinh tế - xã hội, quốc phòng - an ninh tháng 8/2025 và chương trình công tác tháng 9/2025;""",
        # drafts approved at a meeting, no task given
        "assignments": [],
    },
    {
        "url": "https://daknong.gov.vn/thong-tin-chi-dao-dieu-hanh/chi-dao-dieu-hanh-noi-bat-cua-ubnd-tinh-thang-4-2025-519925",
        "date": D(2025, 4, 3),
        "classes": ["group", "heading_items", "intro_lead"],
        "text": """Chỉ thị về việc tăng cường quản lý công tác văn thư, lưu trữ trong quá trình sắp xếp tổ chức bộ máy của hệ thống chính trị theo Kết luận số 127-KL/TW của Bộ Chính trị
Để bảo đảm công tác văn thư, lưu trữ được thông suốt, liên tục, đảm bảo an toàn tài liệu trước, trong và sau khi hoàn thành việc sắp xếp tổ chức bộ máy của hệ thống chính trị, ngày 03/04/2025, Chủ tịch UBND tỉnh ban hành Chỉ thị số 03/CT-UBND với yêu cầu như sau:
Thủ trưởng các Sở, ban, ngành; các cơ quan, tổ chức Trung ương được tổ chức theo ngành dọc tại tỉnh; các đơn vị sự nghiệp công lập thuộc UBND tỉnh; các doanh nghiệp nhà nước thuộc tỉnh; các Hội do Đảng và Nhà nước giao nhiệm vụ cấp tỉnh; Chủ tịch UBND các huyện, thành phố:
Tổ chức phổ biến, quán triệt và triển khai thực hiện nghiêm túc, đầy đủ các nội dung chỉ đạo, hướng dẫn tại Công văn số 414/BNV-VTLTNN ngày 19/3/2025 của Bộ Nội vụ về việc tăng cường quản lý công tác văn thư, lưu trữ trong quá trình sắp xếp tổ chức bộ máy của hệ thống chính trị theo Kết luận số 127- KL/TW của Bộ Chính trị.
Người đứng đầu cơ quan, đơn vị, địa phương trong phạm vi, nhiệm vụ của""",
        # the heading's addressees take the item below it: the central bodies, the public service
        # units and the associations are those concerned; state companies are no agencies; the
        # last sentence is cut before its verb
        "assignments": [("group:department", None, []), ("group:related", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://dulichgiaitri.vn/dak-lak-chuan-bi-nha-o-phuong-tien-di-lai-cho-can-bo-khi-sap-nhap-tinh-a209917.html",
        # undated in the excerpt: the preparation of the provinces' merger, before 7/2025
        "date": D(2025, 4, 15),
        "classes": ["press", "group", "de_nghi", "coordinators"],
        "text": """
Để kịp thời triển khai xây dựng Đề án sắp xếp, tổ chức lại ĐVHC cấp tỉnh theo định hướng của Trung ương và đảm bảo quy định, UBND tỉnh Đắk Lắk vừa có văn bản đề nghị các cấp ủy, tổ chức Đảng; các cơ quan, đơn vị khẩn trương, chủ động phối hợp với các sở, ban, ngành; cơ quan đơn vị liên quan của tỉnh sắp xếp, sáp nhập triển khai phương án sắp xếp tổ chức bộ máy theo ngành lĩnh vực khi thực hiện sắp xếp ĐVHC cấp tỉnh.""",
        # the party committees are no agencies; "các cơ quan, đơn vị": the bodies concerned
        "assignments": [("group:related", None, ["group:department", "group:related"])],
    },
    {
        "url": "https://www.vietnamplus.vn/som-thao-go-kho-khan-tap-trung-hoan-thanh-cac-cong-trinh-trong-diem-post1075974.vnp",
        "date": D(2025, 11, 9),
        "classes": ["negative", "press"],
        "text": """Ngày 9/11, tại Đắk Lắk, Phó Thủ tướng Chính phủ Mai Văn Chính cùng Đoàn công tác của Trung ương làm việc với lãnh đạo tỉnh về tình hình phát triển kinh tế-xã hội, vận hành chính quyền địa phương và tiến độ giải ngân vốn đầu tư công.

Phó Thủ tướng Chính phủ Mai Văn Chính đánh giá cao sự chủ động, nỗ lực của Đắk Lắk trong thực hiện nhiệm vụ phát triển kinh tế-xã hội sau sắp xếp đơn vị hành chính; biểu dương tinh thần khẩn trương của tỉnh trong phòng chống bão số 13.

Phó Thủ tướng yêu cầu tỉnh Đắk Lắk tiếp tục thống kê thiệt hại do mưa bão gây ra, huy động mọi nguồn lực tập trung khắc phục hậu quả và đề xuất Trung ương hỗ trợ thêm nguồn lực để sớm ổn định đời sống nhân dân.""",
        # the Government's demand on the province as a whole, no agency of it named
        "assignments": [],
    },
    {
        "url": "https://vneconomy.vn/thanh-hoa-day-manh-giai-ngan-von-dau-tu-cong-nhung-thang-cuoi-nam.htm",
        "date": D(2025, 10, 21),
        "classes": ["press", "group", "names"],
        "text": """Thiên Anh
21/10/2025, 15:11
Thanh Hóa vừa ban hành văn bản số 17831/UBND-KTTC do Phó Chủ tịch UBND tỉnh Mai Xuân Liêm ký yêu cầu các ngành, địa phương trong tỉnh tập trung thực hiện đồng bộ giải pháp tăng thu, kiểm soát chi ngân sách và đẩy nhanh tiến độ giải ngân vốn đầu tư công những tháng cuối năm...
Trong 9 tháng đầu năm 2025, tổng thu ngân sách nhà nước trên địa bàn Thanh Hóa đạt 44.493 tỷ đồng, bằng 97,8% dự toán, tăng 4,5% so với cùng kỳ, thuộc nhóm 10 địa phương có số thu cao nhất cả nước và đứng đầu khu vực Bắc Trung Bộ. Trong đó, thu nội địa đạt 29.025 tỷ đồng, thu từ hoạt động xuất nhập khẩu đạt 15.468 tỷ đồng.
Nếu loại trừ khoản thu từ xuất nhập khẩu và tiền sử dụng đất, thu nội địa còn lại chỉ đạt 89,9% dự toán, tăng 3,8% so với cùng kỳ, thấp hơn mức tăng chung của cả nước. Ba khoản thu chưa đạt tiến độ gồm: thu tiền thuê đất và mặt nước giảm 71%, thu thuế bảo vệ môi trường giảm 5,3% và thu thuế sử dụng đất phi nông nghiệp giảm 7,7%.
Văn bản yêu cầu Thuế tỉnh và Chi cục Hải quan khu vực tăng cường theo dõi sát diễn biến kinh tế, chủ động dự báo tác động đến từng lĩnh vực, sắc thuế; đồng thời nắm bắt tình hình sản xuất kinh doanh của các doanh nghiệp trọng điểm để kịp thời tham mưu giải pháp điều hành thu ngân sách. Các cơ quan thuế phải tập trung khai t""",
        # "Thuế tỉnh" and the regional customs branch: the tax and customs bodies under their names
        # of 2025; "các cơ quan thuế" goes on with the tax body's task
        "assignments": [
            ("group:department", None, []),
            ("group:commune", None, []),
            ("Cục Thuế tỉnh", None, []),
            ("Cục Hải quan tỉnh", None, []),
        ],
    },
    {
        "url": "https://thoibaotaichinhvietnam.vn/nhieu-don-vi-thue-tinh-thi-dua-hoan-thanh-du-toan-thu-ngan-sach-191293.html",
        "date": D(2026, 1, 26),
        "classes": ["negative", "press"],
        "text": """(TBTCO) - Nhờ thực hiện có hiệu quả các phong trào thi đua, kết quả thu ngân sách nhà nước năm 2025 của Cụm thi đua số 5 thuộc Cục Thuế đều đạt và vượt cao so với dự toán Bộ Tài chính, UBND tỉnh, Cục Thuế giao. Đáng chú ý, có địa phương số thu vượt 90% so với dự toán pháp lệnh được giao.

Cụm thi đua số 5 thuộc Cục Thuế, gồm 6 Thuế tỉnh: Quảng Ninh, Phú Thọ, Thái Nguyên, Bắc Ninh, Hưng Yên, Ninh Bình vừa tổ chức Hội nghị Tổng kết công tác thi đua, khen thưởng năm 2025 và triển khai phương hướng, nhiệm vụ công tác năm 2026.""",
        # results of a year's revenue, no task
        "assignments": [],
    },
]
ROUND6_CASES += [
    {
        "url": "http://truyenhinhdaknong.vn/tin-tuc/dak-nong-chi-dao-xu-li-thong-tin-phan-anh-cua-bao-chi-7117.html",
        # undated on the page: Đắk Nông with its districts, before 7/2025
        "date": D(2020, 1, 1),
        "classes": ["press", "group"],
        "text": """Theo UBND tỉnh, thời gian gần đây, đã xảy ra một số sự việc được báo chí tập trung phản ánh nhưng cơ quan chức năng và địa phương chưa kịp thời báo cáo cấp có thẩm quyền và chưa có biện pháp xử lí, khắc phục triệt để. Về việc này, UBND tỉnh yêu cầu các Sở, ban, ngành, UBND các huyện, thành phố thực hiện công tác thông tin, báo cáo kịp thời theo đúng quy định; đồng thời chủ động xử lí thông tin phản ánh của các cơ quan thông tấn báo chí liên quan đến chức năng, nhiệm vụ, lĩnh vực phụ trách (không chờ chỉ đạo của UBND tỉnh) và phản hồi về cơ quan thông tấn báo chí để thông tin đăng tải được chính xác, góp phần ổn định dư luận. Trường hợp vượt thẩm quyền thì tham mưu UBND tỉnh xem xét, xử lí theo quy định hiện hành./.

T/h: Vân Ánh""",
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://baophutho.vn/neu-cao-trach-nhiem-cua-nguoi-dung-dau-trong-giai-quyet-khieu-nai-to-cao-cua-cong-dan-249566.htm",
        "date": D(2026, 3, 12),
        "classes": ["negative", "press"],
        "text": """Nêu cao trách nhiệm của người đứng đầu trong giải quyết khiếu nại, tố cáo của công dân

Đó là chỉ đạo của đồng chí Trần Duy Đông - Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh trong buổi tiếp công dân định kỳ tháng 3 tại Trụ sở tiếp công dân cơ sở 2 (phường Vĩnh Phúc). Cùng dự có đại diện lãnh đạo một số Ban của HĐND tỉnh; lãnh đạo một số sở, ngành và Ban Tiếp công dân tỉnh.

Chủ tịch UBND tỉnh Trần Duy Đông phát biểu chỉ đạo tại buổi tiếp công dân định kỳ tháng 3/2026.

Tại buổi tiếp, đại diện lãnh đạo Ban Tiếp công dân tỉnh và lãnh đạo các sở, ngành báo cáo tiến độ xử lý 19 vụ việc được Chủ tịch UBND tỉnh giao tại các kỳ tiếp công dân, đến nay đã giải quyết xong 2 vụ việc so với kỳ tiếp công dân tháng 2/2026.

Đại diện lãnh đạo Ban Tiếp công dân tỉnh báo cáo tiến độ giải quyết các vụ việc thuộc thẩm quyền.

Đại diện lãnh đạo Sở Nông nghiệp và Môi trường báo cáo tiến độ giải quyết các vụ việc thuộc thẩm quyền.

Đại diện lãnh đạo Công an tỉnh báo cáo tiến độ giải quyết các vụ việc thuộc thẩm quyền.

Sau khi nghe các sở, ngành, đơn vị liên quan báo cáo tiến độ giải quyết các vụ việc, Chủ tịch UBND tỉnh Trần Duy Đông cho ý kiến chỉ đạo xử lý từng vụ việc gắn với trách nhiệm của các cơ quan, đơn vị liên quan.""",
        # reports made at a meeting and a direction whose tasks are not given here
        "assignments": [],
    },
    {
        "url": "https://baophutho.vn/chu-tich-ubnd-tinh-tran-duy-dong-tiep-cong-dan-dinh-ky-thang-11-242565.htm",
        "date": D(2025, 11, 11),
        "classes": ["press", "names", "giao"],
        "text": """Chủ tịch UBND tỉnh Trần Duy Đông tiếp công dân định kỳ tháng 11

Ngày 11/11, tại Trụ sở Tiếp công dân tỉnh Phú Thọ (Cơ sở 3 - phường Hòa Bình), đồng chí Trần Duy Đông- Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì buổi tiếp công dân định kỳ tháng 11/2025. Cùng dự có lãnh đạo một số sở, ban, ngành của tỉnh.

Buổi tiếp được kết nối trực tuyến với cơ sở 1 (phường Việt Trì), cơ sở 2 (phường Vĩnh Phúc) và các điểm cầu UBND các xã, phường trên địa bàn tỉnh.

Chủ tịch UBND tỉnh Trần Duy Đông phát biểu chỉ đạo giải quyết ý kiến, kiến nghị của công dân

Tại buổi tiếp, Chủ tịch UBND tỉnh Trần Duy Đông đã tiếp công dân Nguyễn Ngọc Thêm – Trưởng thôn Đồng Cà, xã Đại Đình, phản ánh về quy trình tiếp nhận, xử lý đơn tố cáo của UBND xã Đại Đình chưa đảm bảo đúng quy định pháp luật. Công dân cho biết trước đó đã gửi đơn tố cáo, phản ánh hành vi vi phạm pháp luật xảy ra tại địa phương liên quan đến việc chiếm đoạt tài sản, chiếm dụng đất trái phép tại thôn Đồng Cà.

Công dân Nguyễn Ngọc Thêm nêu ý kiến, kiến nghị tại buổi tiếp công dân.

Sau khi lắng nghe ý kiến trình bày của công dân, lãnh đạo UBND xã Đại Đình và ý kiến tham mưu, đề xuất của các sở, ngành, thành viên Hội đồng tư vấn tiếp công dân tỉnh, Chủ tịch UBND tỉnh Trần Duy Đông đã giao UBND xã Đại Đình khẩn trương xem xét, rà soát lại đơn thư để giải quyết dứt điểm, đảm bảo đúng quy định pháp luật, đồng thời báo cáo UBND tỉnh trước ngày 10/12/2025.""",
        "assignments": [("UBND xã Đại Đình", D(2025, 12, 10), [])],
    },
    {
        "url": "https://vinhphuc.gov.vn/ct/cms/congdan/khieunaitc/Lists/NghienCuuTraoDoi/View_Detail.aspx?ItemID=77",
        "date": D(2014, 9, 20),
        "classes": ["giao", "month_deadline", "names"],
        "text": """Trả lời đề nghị của ông Nguyễn Anh Trung ở thôn Mai Khê, xã Trung Kiên: Đề nghị UBND tỉnh sớm chỉ đạo UBND huyện Yên Lạc thanh lý 02 cây gỗ sưa bị chết ở Đình Mai Khê.

20/09/2014

Trả lời:  

UBND tỉnh giao Thanh tra tỉnh kiểm tra, rà soát lại vụ việc, báo cáo đề xuất với UBND tỉnh trong tháng 9/2014.""",
        # the citizen's request to direct the district is no task; the inspectorate's is
        "assignments": [("Thanh tra tỉnh", D(2014, 9, 30), [])],
    },
    {
        "url": "https://nghean24h.vn/tag/ky-hop-thu-14-hdnd-tinh-khoa-xviii",
        # undated on the page (a tag page): the 14th session of the 18th council, before 7/2025
        "date": D(2023, 7, 10),
        "classes": ["press", "group"],
        "text": """Kịp thời giải quyết những vấn đề bức xúc mà đại biểu và cử tri quan tâm
Báo cáo kết quả giải quyết ý kiến, kiến nghị của cử tri và Báo cáo thực hiện Thông báo Kết luận phiên chất vấn tại kỳ họp thứ 14 HĐND tỉnh khóa XVIII, Phó Chủ tịch UBND tỉnh Bùi Đình Long cho biết, với tinh thần trách nhiệm trước cử tri tỉnh nhà, UBND tỉnh đã chỉ đạo các Sở, ban, ngành, địa phương quyết liệt, chủ động nghiên cứu, tiếp thu, giải quyết và trả lời đầy đủ 100% số kiến nghị và nội dung được yêu cầu.""",
        # as r262: the direction given, reported
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://vov.vn/tag/ti%E1%BA%BFn+%C4%91%E1%BB%99",
        # undated on the page (a tag page): around the New Year of 2025
        "date": D(2025, 1, 2),
        "classes": ["press", "names"],
        "text": """VOV.VN - Giai đoạn 1 của đề án chuyển đổi Khu công nghiệp Biên Hoà 1 thành khu đô thị - thương mại - dịch vụ không đạt tiến độ di dời doanh nghiệp.
VOV.VN - UBND tỉnh Khánh Hòa vừa có văn bản phê bình và yêu cầu Giám đốc Ban Quản lý Dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh khẩn trương kiểm điểm trách nhiệm tập thể và cá nhân có liên quan đến việc Dự án Đường D30, thành phố Nha Trang chậm tiến độ.
VOV.VN - Mặc dù không được nghỉ Tết Dương lịch 2025 để sum họp cùng gia đình, hàng trăm công nhân vẫn miệt mài làm việc trên các dự án trọng điểm của tỉnh Bình Dương. Dù vất vả nhưng trên gương mặt của mỗi người vẫn ánh lên niềm tự hào khi được góp sức cho những công trình mang ý nghĩa quan trọng.
VOV.VN - Tỉnh Quảng Trị kiên quyết xử lý các dự án chậm tiến độ, yêu cầu các nhà đầu tư hoàn thành các thủ tục, hồ sơ để cấp chủ trương đầu tư theo đúng cam kết từ nay đến hết tháng 2/2025.""",
        # the investors are no agencies
        "assignments": [
            ("Ban Quản lý dự án đầu tư xây dựng các công trình Nông nghiệp và Phát triển nông thôn tỉnh", None, []),
        ],
    },
    {
        "url": "http://baobackan.com.vn/kinh-te/cong-nghiep-ha-tang/",
        "date": D(2021, 3, 1),
        "classes": ["press", "group"],
        "text": """Tập trung triển khai các dự án trọng điểm
Ngay từ những tháng đầu năm 2021, tỉnh đã chủ động chỉ đạo các sở, ngành chức năng tập trung đẩy nhanh tiến độ triển khai các dự án trọng điểm, tránh tình trạng dàn trải, manh mún, lãng phí nguồn lực đầu tư.""",
        "assignments": [("group:department", None, [])],
    },
]
ROUND6_CASES += [
    {
        "url": "https://nghean.dcs.vn/vi-vn/tin/trien-khai-nhiem-vu-cong-tac-quan-ly-nha-nuoc-ve-tin-nguong--ton-giao-nam-2024/783534-328521-263467",
        # undated in the excerpt: the conference opening the work of 2024, before 7/2025
        "date": D(2024, 1, 20),
        "classes": ["press", "group", "de_nghi"],
        "text": """Toàn cảnh hội nghị. |
Năm 2023, các cấp, ngành trong tỉnh đã tích cực, chủ động tham mưu cho Tinh ủy, UBND tỉnh ban hành các văn bản chỉ đạo. lãnh đạo triển khai thực hiện có hiệu quả các chủ trương của Đảng, chính sách pháp luật của Nhà nước về công tác tín ngưỡng, tôn giáo; Giải quyết kịp thời các nhu cầu, tháo gỡ các khó khăn, vướng mắc về công tác tôn giáo trên địa bàn.
Giám đốc Sở Nội vụ Nguyễn Viết Hưng phát biểu tại hội nghị. |
Toàn tỉnh cũng đã xây dựng và nhân rộng được hơn 1.000 mô hình “Dân vận khéo” trong đồng bào có đạo.
Đồng chí Lê Hồng Vinh - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh phát biểu chỉ đạo tại hội nghị. |
Phó Chủ tịch Thường trực UBND tỉnh đề nghị các ngành, các địa phương tiếp tục quán triệt sâu sắc và triển khai có hiệu quả các chủ trương chính sách của Đảng, pháp luật của Nhà nước, các văn bản chỉ đạo của Trung ương, của Tỉnh ủy, UBND tỉnh về chủ trương, giải pháp, biện pháp giải quyết vấn đề tôn giáo trên địa bàn tỉnh; Quan tâm chỉ đạo, hướng dẫn, đôn đốc giải quyết kịp thời các nhu cầu chính đáng của các tổ chức tôn giáo theo quy định của pháp luật; Làm tốt công tác nắm tình hình từ sớm, thực hiện tốt chế độ báo cáo, thống kê để kịp thời phát hiện các vụ việc vi phạm, qua đó chỉ đạo hướng dẫn triển khai các biện pháp phòng ngừa, ngăn chặn, xử lý có hiệu quả các vụ việc nổi lên.""",
        # what the sectors did in 2023 is no task; the vice-chairman's request is
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://vietbao.vn/tphcm-cap-phep-xay-dung-dien-tu-khong-tiep-nhan-ho-so-giay-567516.html",
        # the page is dated 1/12/2025, but its deadlines of 31/10 were set before that day
        "date": D(2025, 10, 15),
        "classes": ["press", "names", "coordinators", "group", "giao", "passive", "month_deadline"],
        "text": """Sở Xây dựng TPHCM ban hành cẩm nang hướng dẫn về thành phần hồ sơ, quy trình tiếp nhận giải quyết cấp phép xây dựng nhà ở riêng lẻ để UBND phường, xã, đặc khu triển khai thực hiện thống nhất trên toàn địa bàn. Đồng thời phổ biến trên các kênh truyền thông đại chúng để người dân biết và dễ dàng thực hiện.

Phối hợp với UBND phường, xã, đặc khu Côn Đảo và các đơn vị liên quan rà soát, tổng hợp các khó khăn vướng mắc, bất cập trong công tác giải quyết cấp phép xây dựng cho người dân, tổ chức, doanh nghiệp trên địa bàn thành phố, để đề xuất giải pháp tháo gỡ.

Ngoài ra, UBND TPHCM cũng giao Sở Xây dựng phối hợp với Sở Tư pháp khẩn trương tham mưu đề xuất trình UBND TPHCM ban hành quyết định phân cấp, ủy quyền cấp giấy phép xây dựng và quy mô, thời hạn tồn tại của công trình được cấp giấy phép xây dựng có thời hạn (giấy phép xây dựng tạm) trên địa bàn, trình UBND thành phố trước ngày 31/10.

Sở Xây dựng cũng phải khẩn trương triển khai kết luận của Ban Thường vụ Thành ủy về bố trí, sắp xếp lực lượng nhằm tăng cường quản lý trật tự xây dựng và đô thị trên địa bàn. Đồng thời chủ trì tổ chức hội nghị quản lý trật tự xây dựng và đô thị trên toàn địa bàn trong tháng 12/2025.

Sở Quy hoạch Kiến trúc cũng được UBND TPHCM giao trước ngày 31/10 trình UBND TPHCM kết quả thực hiện chỉ đạo về việc lập điều chỉnh, thay thế quyết định số 56/2021 về ban hành quy chế quản lý kiến trúc TPHCM.""",
        # the second paragraph goes on with the department's first task (no subject of its own);
        # the communes the handbook is for are not its coordinators; the conference of 12/2025 is a
        # task of its own beside the conclusion to carry out
        "assignments": [
            ("Sở Xây dựng", None, ["group:commune", "group:related"]),
            ("Sở Xây dựng", D(2025, 10, 31), ["Sở Tư pháp"]),
            ("Sở Xây dựng", None, []),
            ("Sở Xây dựng", D(2025, 12, 31), []),
            ("Sở Quy hoạch - Kiến trúc", D(2025, 10, 31), []),
        ],
    },
    {
        "url": "https://vietbao.vn/chi-dao-moi-nhat-cua-tphcm-ve-nha-o-xa-hoi-555729.html",
        "date": D(2025, 8, 13),
        "classes": ["press", "names", "passive"],
        "text": """UBND TPHCM vừa có văn bản chỉ đạo Sở Xây dựng thực hiện các nhiệm vụ trọng tâm để đảm bảo hoàn thành chỉ tiêu phát triển nhà ở xã hội năm 2025 và đạt 100.000 căn vào năm 2030.

Theo đó, Sở Xây dựng TPHCM được giao khẩn trương bố trí chủ đầu tư cho các quỹ đất phát triển nhà ở xã hội chưa triển khai hoặc đã bàn giao nhưng chưa có nhà đầu tư. Đồng thời, chủ đầu tư các dự án phải hoàn tất thủ tục và khởi công trong 12 tháng kể từ khi được giao đất.""",
        # a press lead restated in the next paragraph: one task; the goals of 2025 and 2030 are
        # targets, not deadlines; the investors are no agencies
        "assignments": [("Sở Xây dựng", None, [])],
    },
    {
        "url": "https://hdndtuyenquang.gov.vn/dai-bieu-voi-cu-tri/tra-loi-y-kien/dia-phuong/son-duong/xa-phu-luong/xem-chi-tiet-394.html",
        # undated in the excerpt: before the 4th session of the 18th council (2017)
        "date": D(2017, 7, 1),
        "classes": ["giao", "names", "coordinators"],
        "text": """Ý kiến, kiến nghị của cử tri trước kỳ họp thứ 4, HĐND tỉnh khóa XVIII
Cử tri Xã Phú Lương, huyện Sơn Dương đề nghị:

Đầu tư kinh phí xây dựng nhà bia khu di tích lịch sử Văn phòng Bộ Tài chính.

TRẢ LỜI:

Tiếp thu ý kiến cử tri, Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các cơ quan, đơn vị liên quan và Ủy ban nhân dân huyện Sơn Dương lập các thủ tục về đầu tư để báo cáo cấp có thẩm quyền xem xét, quyết định đầu tư theo quy định của pháp luật. nh làm rõ.""",
        "assignments": [("Sở Tài chính", None, ["group:related", "UBND huyện Sơn Dương"])],
    },
    {
        "url": "https://vietnammoi.vn/so-nganh.html",
        # undated on the page (a tag page)
        "date": D(2025, 1, 1),
        "classes": ["negative", "press"],
        "text": """Chánh Văn phòng UBND TP HCM cho biết, từ đầu năm đến nay, thành phố giao cho các quận, huyện, sở, ngành khoảng 800 nhiệm vụ. Tuy nhiên, các đơn vị mới hoàn thành 364 nhiệm vụ, trong đó chỉ có 75 việc đúng hạn.
Khu đô thị trung tâm Phố Cà của Liên danh Hải Vượng - Thắng Lợi Thanh Liêm dự kiến sẽ thi công xây dựng từ tháng 4/2026, chậm nhất cuối 2029 đi vào vận hành.""",
        # a count of tasks given, none of them named
        "assignments": [],
    },
    {
        "url": "http://baohoabinh.com.vn/12/197783/Tuyen-Cap-treo-Huong-Binh-Ket-noi-khong-gian-du-lich-Hoa-Binh--Ha-Noi.htm",
        "date": D(2025, 1, 21),
        "classes": ["negative", "press"],
        "text": """Ngày 21/1, Sở Tài chính tổ chức Hội nghị triển khai Công điện số 125/CĐ-TTg, ngày 01/12/2024 của Thủ tướng Chính phủ liên quan đến lĩnh vực quản lý tài sản công (TSC), thống nhất phương án xử lý TSC trên địa bàn tỉnh sau khi thực hiện sắp xếp, tinh gọn bộ máy. Tham dự có lãnh đạo, chuyên viên Sở Tài nguyên và Môi trường, Sở Xây dựng; đại diện UBND các huyện, thành phố; các đơn vị liên quan đến lĩnh vực quản lý TSC; đại diện các địa bàn có cơ sở nhà, đất dôi dư sau khi sắp xếp.""",
        # a conference held, no task
        "assignments": [],
    },
]
ROUND6_CASES += [
    {
        "url": "https://nld.com.vn/chu-tich-quang-tri-chi-dao-gi-voi-2-phuong-tung-la-trung-tam-tinh-ly-cu-196251014174927391.htm",
        "date": D(2025, 10, 14),
        "classes": ["press", "names", "de_nghi"],
        "text": """Quang cảnh buổi làm việc

Ngày 14-10, ông Trần Phong, Chủ tịch UBND tỉnh Quảng Trị, đã làm việc với 2 phường Đông Hà và Nam Đông Hà để đánh giá kết quả triển khai mô hình chính quyền hai cấp và tình hình phát triển kinh tế - xã hội.

Sau hơn 3 tháng vận hành mô hình mới, bộ máy hai phường Đông Hà và Nam Đông Hà hoạt động ổn định, thông suốt, hiệu quả quản lý được nâng cao. Các thủ tục hành chính được xử lý nhanh hơn, tạo thuận lợi cho người dân và doanh nghiệp.

9 tháng đầu năm 2025, kinh tế - xã hội của 2 phường đạt nhiều kết quả tích cực, thu ngân sách đạt hơn 80% kế hoạch, riêng Nam Đông Hà vượt 94% chỉ tiêu.

Chủ tịch UBND tỉnh Trần Phong chủ trì buổi làm việc

Bí thư Đảng ủy phường Đông Hà Lê Quang Chiến phát biểu tại buổi làm việc

Tại buổi làm việc, lãnh đạo 2 phường Đông Hà và Nam Đông Hà kiến nghị tỉnh hỗ trợ tháo gỡ khó khăn, vướng mắc trong việc thực hiện mô hình chính quyền địa phương hai cấp và một số dự án hạ tầng... Đại diện các sở, ngành đã trực tiếp phản hồi và trao đổi, làm rõ về một số kiến nghị, đề xuất của 2 phường về các vấn đề liên quan.

Ông Trần Phong ghi nhận nỗ lực của hai phường Đông Hà, Nam Đông Hà và yêu cầu kiện toàn tổ chức bộ máy, phân công rõ trách nhiệm, tránh chồng chéo, đồng thời giải quyết dứt điểm các hồ sơ hành chính tồn đọng, đảm bảo công việc đúng tiến độ.

Chủ tịch UBND tỉnh Quảng Trị cũng đề nghị 2 địa phương đẩy mạnh cải cách hành chính, chuyển đổi số""",
        # the wards' request to the province is no task; the chairman's demands and requests are
        # the two wards' (named before "yêu cầu", then "2 địa phương")
        "assignments": [
            ("UBND phường Đông Hà", None, []),
            ("UBND phường Nam Đông Hà", None, []),
            ("UBND phường Đông Hà", None, []),
            ("UBND phường Nam Đông Hà", None, []),
        ],
    },
    {
        "url": "https://quangtritv.vn/bai-viet/tu-ngay-176-quang-tri-van-hanh-thu-nghiem-9-xa-phuong-moi-36249",
        # undated in the excerpt: June 2025, before the trial of 17/6
        "date": D(2025, 6, 14),
        "classes": ["negative", "press"],
        "text": """Thực hiện kế hoạch tổ chức vận hành thử nghiệm hoạt động của chính quyền địa phương ở xã, phường khi thực hiện tổ chức chính quyền 2 cấp, tỉnh Quảng Trị sẽ vận hành thử nghiệm hoạt động của chính quyền địa phương 9 xã, phường mới sau sắp xếp tại 9 huyện, thành phố, thị xã hiện nay từ ngày 17/6.

Đài Phát thanh - Truyền hình Quảng Trị
117k người theo dõi""",
        # the province's plan, no agency given a task
        "assignments": [],
    },
    {
        "url": "https://baotintuc.vn/van-de-quan-tam/ca-mau-ban-bo-tinh-huong-khan-cap-sat-lo-bo-bien-dong-20191129131932418.htm",
        "date": D(2019, 11, 29),
        "classes": ["press", "giao", "names", "coordinators", "subject_verb"],
        "text": """Theo đó, UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn phối hợp UBND huyện Ngọc Hiển khẩn trương khoanh vùng khu vực bị sạt lở và có nguy cơ sạt lở, thiết lập hành lang an toàn. Đồng thời, Sở và huyện có trách nhiệm lựa chọn giải pháp và tổ chức khảo sát, lập các thủ tục đầu tư dự án chống sạt lở để trình cấp thẩm quyền thẩm định, phê duyệt theo quy định của Luật Đầu tư công.
Do tình huống khẩn cấp nên trước mắt UBND tỉnh Cà Mau cho chủ trương triển khai thi công xây dựng kè với chiều dài khoảng 1 km tại đoạn sạt lở nguy hiểm, từ điểm cuối của Rạch Mũi hướng về Vàm Xoáy.
Cùng với đó, Sở Kế hoạch và Đầu tư có trách nhiệm chủ trì, phối hợp các cơ quan, đơn vị có liên quan thẩm định hồ sơ, báo cáo đề xuất chủ trương đầu tư của dự án, trình cấp thẩm quyền thẩm định, quyết định chủ trương đầu tư theo Luật Đầu tư công.
Chủ tịch UBND tỉnh cũng yêu cầu UBND huyện Ngọc Hiển và Vườn Quốc gia Mũi Cà Mau vận động các hộ dân di dời tài sản ra khỏi khu vực sạt lở và khu vực có nguy cơ sạt lở nguy hiểm; nghiêm cấm mọi tác động vào rừng và đất rừng khu vực sạt lở.
Các cơ quan thông tấn, báo chí trên địa bàn được đề nghị đẩy mạnh tuyên truyền, cảnh báo kịp thời tình trạng sạt lở bờ biển Đông, đoạn từ Đất Mũi đến Vàm Xoáy để người dân trong khu vực bị sạt lở và có nguy cơ sạt lở biết rõ mức độ nguy hiểm. Đây là cách giúp người dân chủ động phòng tránh và có biện pháp phòng ngừa trong trường hợp đai rừng phòng hộ bị sóng biển phá hủy hoàn toàn.
Trước đó, Giám đốc Sở""",
        # "Đồng thời, Sở và huyện …" goes on with the department's task, the district taking part;
        # the press is no registered agency
        "assignments": [
            ("Sở Nông nghiệp và Phát triển nông thôn", None, ["UBND huyện Ngọc Hiển"]),
            ("Sở Kế hoạch và Đầu tư", None, ["group:related"]),
            ("UBND huyện Ngọc Hiển", None, []),
            ("Vườn Quốc gia Mũi Cà Mau", None, []),
        ],
    },
    {
        "url": "https://moitruong.net.vn/dao-hon-chuoi-ptag.html",
        # undated on the page (a tag page): the year is not given; before the merger of 2025
        "date": D(2020, 9, 14),
        "classes": ["press", "giao", "names", "coordinators"],
        "text": """đảo Hòn Chuối

Cà Mau: Chỉ đạo điều tra nguyên nhân cá bớp nuôi lồng bè chết ở Hòn Chuối
Ngày 14-9, Văn phòng UBND tỉnh Cà Mau cho biết Chủ tịch UBND tỉnh vừa giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp Phân viện Nghiên cứu thủy sản Nam Sông Hậu cùng các đơn vị liên quan tiếp tục theo dõi tình hình cá bớp nuôi lồng bè chết tại đảo Hòn Chuối.""",
        # the research institute is no provincial agency
        "assignments": [("Sở Nông nghiệp và Phát triển nông thôn", None, ["group:related"])],
    },
    {
        "url": "https://laodong.vn/tags/nuoi-so-huyet-78506.ldo",
        # undated on the page (a tag page): its reports of June and late 2017
        "date": D(2017, 11, 1),
        "classes": ["press", "names", "factored_list", "group"],
        "text": """Nuôi sò huyết

Hiệu lực điều hành

LÊ NHƯ GIANG |

Cách đây vài ngày, UBND tỉnh Cà Mau một lần nữa chỉ đạo kiên quyết đối với các địa phương liên quan về việc giải quyết tình hình nuôi sò huyết và xây dựng công trình trái phép trên đầm Thị Tường.

Dây dưa cho đến bao giờ?

TÂM PHÚC |

Từ cách đây hai năm, UBND tỉnh Cà Mau đã có 3 công văn chỉ đạo UBND các huyện Trần Văn Thời, Phú Tân và Cái Nước là các địa phương có mặt nước nuôi trồng thủy sản lớn, tuyên truyền, vận động, yêu cầu các tổ chức, cá nhân khẩn trương di dời sò huyết nuôi và tháo dỡ công trình xây dựng, công trình phục vụ khai thác, nuôi trồng thủy sản trái phép tại khu vực đầm Thị Tường trước tháng 12.2016; sau đó được gia hạn đến giữa tháng 10.2017.

Sau phản ánh của Báo Lao Động, Chủ tịch Cà Mau chỉ đạo chấn chỉnh việc nuôi sò tại Đầm Thị Tường

NHẬT HỒ |

Ngày 9.6, Chủ tịch UBND tỉnh Cà Mau ban hành văn bản chỉ đạo các huyện Phú Tân, Trần Văn Thời, Cái Nước rà soát, chấn chỉnh lại việc nuôi sò huyết tại Đầm Thị Tường.""",
        # "các địa phương liên quan": the districts concerned; the deadline of the three letters, as
        # extended: mid-October 2017
        "assignments": [
            ("group:district", None, []),
            ("UBND huyện Trần Văn Thời", D(2017, 10, 15), []),
            ("UBND huyện Phú Tân", D(2017, 10, 15), []),
            ("UBND huyện Cái Nước", D(2017, 10, 15), []),
            ("UBND huyện Phú Tân", None, []),
            ("UBND huyện Trần Văn Thời", None, []),
            ("UBND huyện Cái Nước", None, []),
        ],
    },
    {
        "url": "https://www.sggp.org.vn/an-giang-ra-quan-cao-diem-tan-cong-tran-ap-toi-pham-post828265.html",
        "date": D(2025, 12, 12),
        "classes": ["press", "group", "de_nghi"],
        "text": """Ông Hồ Văn Mừng, Chủ tịch UBND tỉnh An Giang tặng hoa chúc mừng, động viên lực lượng Công an tỉnh

Sáng 12-12, Công an tỉnh An Giang tổ chức Lễ ra quân thực hiện đợt cao điểm tấn công trấn áp tội phạm bảo đảm an ninh trật tự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, bầu cử đại biểu Quốc hội khóa XVI, Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031, Tết Nguyên đán Bính Ngọ 2026.

Theo Thiếu tướng Nguyễn Văn Hận, Giám đốc Công an tỉnh An Giang, mục tiêu cao nhất của đợt cao điểm lần này là: bảo vệ tuyệt đối an toàn trước, trong và sau các hoạt động kỷ niệm các ngày lễ, sự kiện chính trị - xã hội diễn ra trên địa bàn tỉnh; huy động sức mạnh tổng hợp của cả hệ thống chính trị và nhân dân tham gia, tạo khí thế mạnh mẽ, đấu tranh có hiệu quả với các hoạt động chống phá của các thế lực thù địch, phản động và các loại tội phạm.

Lực lượng công an ra quân diễu hành biểu dương lực lượng trên các tuyến đường chính thuộc phường Rạch Giá

Bên cạnh đó, tập trung lực lượng, phương tiện, tạo thế chủ động trong phòng ngừa, đấu tranh, trấn áp hiệu quả với các loại tội phạm, tệ nạn xã hội, quyết tâm bảo đảm tốt tình hình an ninh, trật tự toàn tỉnh...

Phát biểu tại buổi lễ, ông Hồ Văn Mừng, Chủ tịch UBND tỉnh An Giang đề nghị các sở, ngành, lực lượng chức năng cấp tỉnh và cấp ủy, chính quyền địa phương phải xác định công tác phòng, chống các loại tội phạm là nhiệm vụ trọng tâm, thường xuyên và cấp bách. Ki""",
        # the police's own goals, told by its director, are no task given; the party committees are
        # no agencies; "chính quyền địa phương" after 7/2025: the communes
        "assignments": [("group:department", None, []), ("group:commune", None, [])],
    },
]
ROUND6_CASES += [
    {
        "url": "https://thanhtra.com.vn/thanh-tra/hoat-dong-nganh/tam-dung-thanh-tra-hoat-dong-san-xuat-kinh-doanh-cua-doanh-nghiep-167533.html",
        # undated in the excerpt: after the inspectorate's letter of 12/6/2020
        "date": D(2020, 6, 20),
        "classes": ["press", "giao", "names"],
        "text": """Theo đó, về thanh tra hành chính, UBND tỉnh yêu cầu chỉ thực hiện việc thanh tra trong trường hợp đặc biệt được Chủ tịch UBND tỉnh giao hoặc có dấu hiệu vi phạm pháp luật rõ ràng, cụ thể. Các cuộc thanh tra đang được triển khai, cần khẩn trương rà soát về phạm vi, thời hạn, đối tượng, nội dung và thời kỳ thanh tra để đảm bảo có trọng tâm, trọng điểm; đồng thời báo cáo UBND tỉnh xem xét, quyết định việc điều chỉnh (nếu có). Tập trung chỉ đạo để sớm kết thúc thanh tra trực tiếp tại đơn vị, khẩn trương ban hành kết luận, tham mưu đề xuất hướng xử lý kết quả thanh tra theo quy định của pháp luật.

Đối với các cuộc thanh tra chuyên ngành theo kế hoạch năm 2020, cần xem xét kỹ tính chất, mức độ và phạm vi ảnh hưởng. Trường hợp cần thiết phải triển khai thanh tra thì trước khi ban hành quyết định thanh tra phải có sự đồng ý của UBND tỉnh.

Trong năm 2021, để hỗ trợ doanh nghiệp phát triển theo Nghị quyết 84/NQ-CP ngày 29/5/2020 của Chính phủ và Công văn 970/TTCP-KHTH ngày 12/6/2020 của Thanh tra Chính phủ, UBND tỉnh giao Thanh tra tỉnh bám sát chỉ đạo của Trung ương, Chính phủ, Thủ tướng Chính phủ trên các lĩnh vực để tham mưu đề xuất định hướng chương trình thanh tra đảm bảo có trọng tâm, trọng điểm, đáp ứng yêu cầu. Đồng thời giao Thanh tra tỉnh tổng hợp, 

Báo cáo kết quả thực hiện các nội dung này gửi Thanh tra Chính phủ để tổng hợp, báo cáo Chính phủ.

Xuân Thống""",
        # the rules for inspections under way name no agency; "trong năm 2021" frames the
        # inspectorate's advice, no deadline
        "assignments": [("Thanh tra tỉnh", None, []), ("Thanh tra tỉnh", None, [])],
    },
    {
        "url": "https://thanhtra.com.vn/thanh-tra/hoat-dong-nganh/theo-doi-don-doc-thuc-hien-29-ket-luan-thanh-tra-165604.html",
        # undated in the excerpt: after the report of 9/4/2020
        "date": D(2020, 4, 20),
        "classes": ["negative", "press"],
        "text": """Qua đó, phát hiện sai phạm 1.280,04 triệu đồng, kiến nghị thu hồi 1.249,65 triệu đồng; kiến nghị kiểm điểm trách nhiệm 6 tập thể, 15 cá nhân.

Thanh tra tỉnh đang theo dõi, đôn đốc, kiểm tra việc thực hiện kết luận kiến nghị sau thanh tra đối với 29 kết luận thanh tra (có 14 kết luận thanh tra của năm 2019 chuyển sang).

Về tiếp công dân, xử lý đơn thư, giải quyết khiếu nại, tố cáo, Thanh tra tỉnh tiếp dân thường xuyên 1 lượt/1 vụ/1 người (trong kỳ không có công dân đăng ký lãnh đạo tiếp dân). Tổng số đơn tiếp nhận trong kỳ là 17 đơn. Đơn thuộc thẩm quyền Chủ tịch UBND tỉnh giao Thanh tra tỉnh thụ lý, xác minh 2 đơn tố cáo; đã tham mưu UBND tỉnh giải quyết 3 đơn khiếu tố. Lũy tiến đến kỳ báo cáo, đã giải quyết 8 vụ khiếu tố, đạt 88,88%.""",
        # the inspectorate's report of its quarter: counts of work done and under way, no task given
        "assignments": [],
    },
    {
        "url": "https://uat.nhansu.vn/van-ban-phap-luat/Chi-thi-02-CT-UBND-2025-tap-trung-thuc-hien-nhiem-vu-trong-tam-sau-sap-xep-don-vi-hanh-chinh-Hung-Yen-676068.html",
        "date": D(2025, 8, 6),
        "classes": ["group", "intro_lead", "heading_items"],
        "text": """Chỉ thị 02/CT-UBND năm 2025 tập trung thực hiện nhiệm vụ trọng tâm sau sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp trên địa bàn tỉnh Hưng Yên
| Số hiệu | 02/CT-UBND |
| Ngày ban hành | 06/08/2025 |
| Ngày có hiệu lực | 06/08/2025 |
| Loại văn bản | Chỉ thị |
| Cơ quan ban hành | Tỉnh Hưng Yên |
| Người ký | Nguyễn Khắc Thận |
| Lĩnh vực | Bộ máy hành chính |
|
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM |
|
Số: 02/CT-UBND |
Hưng Yên, ngày 06 tháng 8 năm 2025 |
Trong thời gian qua tỉnh đã nỗ lực, tập trung để sắp xếp tổ chức bộ máy vận hành chính quyền địa phương 02 cấp, đã đem lại những kết quả ban đầu tích cực; thời gian tới dự báo còn nhiều khó khăn, khối lượng công việc cần phải tập trung giải quyết nhiều. Để thực hiện thắng lợi các mục các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội của tỉnh năm 2025 được Trung ương Đảng, Chính phủ, Tỉnh ủy, Hội đồng nhân dân tỉnh giao; Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các Sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường tập trung cao độ về thời gian, tâm sức để tham mưu, triển khai thực hiện tốt các nhiệm vụ trọng tâm như sau:
I. QUAN ĐIỂM, ĐỊNH HƯỚNG ĐIỀU HÀNH.
1. Quán triệt, tổ chức thực hiện đồng bộ, quyết liệt, hiệu quả các nhiệm vụ, giải pháp phát triển kinh tế - xã hội theo Kết luận của Trung ương, Bộ Chính trị, Nghị quyết của Quốc hội, Chính phủ, Thủ tướng Chính phủ, của Tỉnh ủy, Hội đồng nhân dân tỉnh về thực hiện chính quyền địa phương 2 cấp; hoàn thiện tổ chức, bộ máy cấp ủy, chính quyền các cấp;""",
        # the intro's addressees take the items below it, which name no lead of their own
        "assignments": [("group:department", None, []), ("group:commune", None, [])],
    },
]


# -- round 7 (r336-r370): new excerpts, annotated before the reader ran on them ------------------
# Found with the search tool's stored pages, none of them in the earlier rounds (addresses and a
# sentence of each checked; of two reports of the same instruction of 28/11/2025 on TP.HCM's land
# prices only one was kept). Where the page gives no day (or no year) the date is the nearest one
# the page allows, said in a comment.
ROUND7_CASES = []
ROUND7_CASES += [
    {
        "url": "https://baonghean.vn/tinh-nghe-an-ra-cong-dien-ung-pho-voi-bao-so-13-10310148.html",
        "date": D(2025, 11, 3),
        "classes": ["press", "group", "recipients", "de_nghi"],
        "text": """Tỉnh Nghệ An ra công điện ứng phó với bão số 13 Ngày 3/11, Ban Chỉ huy Phòng thủ dân sự tỉnh Nghệ An ra công điện số 35/CĐ-BCH.SNNMT về việc chủ động ứng phó với bão gần biển Đông (bão KALMAEGI).

Trưởng Ban chỉ huy Phòng thủ dân sự tỉnh Nghệ An điện: Ủy ban nhân dân các phường, xã; Các Sở: Nông nghiệp và Môi trường, Xây dựng, Công Thương, Khoa học và Công nghệ; Ban Chỉ huy Bộ đội Biên phòng tỉnh; Đài Khí tượng Thủy văn tỉnh Nghệ An; Báo và Phát thanh, Truyền hình Nghệ An; Đài Thông tin duyên hải Bến Thủy.

Đường đi của bão số 13, cập nhật lúc 14h ngày 3/11/2025. Ảnh: NCHMF

Thực hiện Công điện số 25/CĐ-BCĐ-BNNMT ngày 02/11/2025 của Ban chỉ đạo Phòng thủ dân sự Quốc gia về việc chủ động ứng phó với bão gần biển Đông.

Để chủ động ứng phó với bão và mưa lũ sau bão, Ban Chỉ huy Phòng thủ dân sự tỉnh đề nghị UBND các phường, xã và các Sở, ngành:

1. Theo dõi chặt chẽ bản tin cảnh báo, dự báo""",
        # the telegram's addressees are its recipients; the tasks go to those "đề nghị" names
        "assignments": [("group:commune", None, []), ("group:department", None, [])],
    },
    {
        "url": "https://plo.vn/dak-lak-thanh-lap-so-chi-huy-tien-phuong-ung-pho-bao-so-13-post879600.html",
        "date": D(2025, 11, 5),
        "classes": ["negative", "press"],
        "text": """Đắk Lắk thành lập Sở Chỉ huy tiền phương ứng phó bão số 13 05/11/2025 13:52

(PLO)- UBND tỉnh Đắk Lắk đã thành lập Sở Chỉ huy tiền phương nhằm ứng phó với bão số 13 (Kalmaegi).

Ngày 5-11, Chủ tịch UBND tỉnh Đắk Lắk đã ký quyết định về việc thành lập Sở Chỉ huy tiền phương, nhằm ứng phó với diễn biến của bão số 13 (Kalmaegi).

Theo đó, Sở Chỉ huy tiền phương được đặt tại trụ sở UBND tỉnh Đắk Lắk (cơ sở 2, phường Tuy Hòa), để triển khai chỉ huy phòng chống bão, công tác cứu nạn, cứu hộ.

Ông Tạ Anh Tuấn, Chủ tịch UBND tỉnh Đắk Lắk làm Chỉ huy trưởng. Ông Nguyễn Thiên Văn, Phó chủ tịch UBND tỉnh Đắk Lắk là Phó chỉ huy thường trực. Ông Đào Mỹ, Phó chủ tịch UBND tỉnh Đắk Lắk, là phó chỉ huy.

Ngoài ra, Sở Chỉ huy tiền phương tỉnh Đắk Lắk có sự tham gia của lãnh đạo các sở ngành chủ chốt như: Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ đội Biên phòng tỉnh, Sở Y tế, Sở Xây dựng… cùng với Chủ tịch UBND 12 xã, phường ven biển.""",
        # the members of a command post, no task
        "assignments": [],
    },
    {
        "url": "https://phuyen.gov.vn/wps/portal/home/trang-chu/chi-tiet/tin-tuc-su-kien/noi-bat/f1427a004d493b3da655e620177e0d0c/!ut/p/z0/04_Sj9CPykssy0xPLMnMz0vMAfIjo8zijSxdjdw9TQx9Dfwt3QwcQyx9nb0DAo0M3Mz0C7IdFQEgpvGi/p0/IZ7_29E2GI41M0O9F0AT9MCKPQ20F7=CZ6_29E2GI41M0O9F0AT9MCKPQ20F6=MEns_Z7_29E2GI41M0O9F0AT9MCKPQFB20F7_WCM_PreviousPageSize.4a2d30c0-b517-4d45-9919-0650f5693ac2!5=CTX!QCPphuQCAyenQCAportalQCPphu-yen-portalQCPtin-tuc-su-kienQCPnoi-batQCPf1427a004d493b3da655e620177e0d0c=ns_Z7_29E2GI41M0O9F0AT9MCKPQFB20F7_WCM_Page.4a2d30c0-b517-4d45-9919-0650f5693ac2!5=WCM_PI!1==/",
        # undated in the excerpt: of 2012, the year whose targets it names
        "date": D(2012, 7, 1),
        "classes": ["giao", "names", "coordinators"],
        "text": """Báo cáo tình hình thực hiện công tác xóa nhà ở tạm cho hộ nghèo, hộ gia đình chính sách từ đầu năm đến nay, trong đó cần phân tích rõ từng nguồn vốn hỗ trợ, so sánh chỉ tiêu thực hiện, nguyên nhân và những khó khăn dẫn đến khả năng không đạt chỉ tiêu kế hoạch đề ra năm 2012.
UBND tỉnh giao trách nhiệm Sở Lao động-Thương binh và Xã hội phối hợp các sở, ngành, đơn vị liên quan hướng dẫn và tăng cường công tác kiểm tra, đôn đốc việc thực hiện công tác xóa nhà ở tạm và giải quyết đất ở cho hộ nghèo không có đất ở tại các địa phương, báo cáo kịp thời cho UBND tỉnh.""",
        # the first item's addressees are above the excerpt
        "assignments": [("Sở Lao động - Thương binh và Xã hội", None, ["group:department"])],
    },
    {
        "url": "https://baothanhhoa.vn/phien-hop-chuyen-de-ubnd-tinh-thao-luan-cho-y-kien-vao-mot-so-to-trinh-ke-hoach-quan-trong-269991.htm",
        "date": D(2025, 11, 27),
        "classes": ["negative", "press"],
        "text": """Phiên họp chuyên đề UBND tỉnh: Thảo luận, cho ý kiến vào một số tờ trình, kế hoạch quan trọng

Sáng 27/11, đồng chí Nguyễn Hoài Anh, Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thanh Hóa chủ trì phiên họp chuyên đề UBND tỉnh tháng 11/2025 để nghe và cho ý kiến vào một số tờ trình, kế hoạch và nhiều nội dung quan trọng khác.

Đồng chí Nguyễn Hoài Anh, Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo phiên họp.

Tham dự phiên họp có các đồng chí Phó Chủ tịch UBND tỉnh, Ủy viên UBND tỉnh, các đơn vị, ngành chức năng của tỉnh; các ban của HĐND tỉnh.

Tại phiên họp, các đại biểu đã thảo luận, cho ý kiến vào Kế hoạch của UBND tỉnh thực hiện Nghị quyết số 282/NQ-CP ngày 15/9/2025 của Chính phủ và Chương trình hành động số 04-CTr/TU ngày 4/11/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 72-NQ/TW, ngày 9/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân.

Phó Giám đốc Sở Y tế Đỗ Thái Hòa trình bày Kế hoạch của UBND tỉnh thực hiện Nghị quyết số 282/NQ-CP ngày 15/9/2025 của Chính phủ và Chương trình hành động số 04-CTr/TU ngày 4/11/2025 của Ban Thường vụ Tỉnh ủy.""",
        "assignments": [],
    },
    {
        "url": "https://thuytan.thuathienhue.gov.vn/?gd=4&cn=97&tc=1365",
        "date": D(2019, 6, 20),
        "classes": ["group", "heading_items", "intro_lead"],
        "text": """Về việc tổ chức sơ kết Đề án “Ngày Chủ nhật Xanh”
Ngày cập nhật 20/06/2019

     Thời gian qua, việc triển khai thực hiện Đề án Ngày Chủ nhật Xanh “Hãy hành động để Hương Thủy thêm Xanh – Sạch – Sáng” trên địa bàn thị xã được các cơ quan, ban, ngành, đoàn thể, các địa phương, đơn vị và nhân dân quan tâm thực hiện và đạt được một số kết quả tích cực. Nhằm đánh giá lại những kết quả đạt được cũng như những khuyết điểm còn tồn tại, Ủy ban nhân dân thị xã yêu cầu Thủ trưởng các cơ quan, ban, ngành, đoàn thể, Chủ tịch UBND các xã, phường trên địa bàn quan tâm thực hiện công tác sơ kết, đánh giá kết quả thực hiện Đề án “Ngày Chủ nhật Xanh” của địa phương, đơn vị cụ thể như sau:

     1.  Xây dựng báo cáo sơ kết công tác thực hiện Đề án “Ngày Chủ nhật Xanh” tại địa phương, đơn vị gửi về cơ quan UBND thị xã (qua Thị Đoàn Hương Thủy) trước ngày 21/6/2019; trong đó đánh giá cụ thể các nội dung như:

     - Công tác ban hành các văn bản chỉ đạo thực hiện

     - Công tác tuyên truyền nội dung Đề án đến với nhân dân

     - Công tác thực hiện các hoạt động ra quân: (yêu cầu báo cáo rõ số liệu)

     - Công tác thông tin, báo cáo lên cấp trên

     - Các mô hình, giải pháp tiêu biểu

     - Hạn chế, tồn tại

     - Kiến nghị, đề xuất

     2. Ủy ban nhân dân các xã, phường bên cạnh việc báo cáo công tác thực hiện Đề án “Ngày Chủ nhật Xanh” trong 6 tháng đầu năm cần tổ chức Hội nghị sơ kết công t""",
        # a town's letter: its offices and sectors ("các cơ quan, ban, ngành") and its communes
        "assignments": [
            ("group:department", D(2019, 6, 21), []),
            ("group:commune", D(2019, 6, 21), []),
            ("group:commune", None, []),
        ],
    },
    {
        "url": "https://nguoihanoi.vn/trach-nhiem-nguoi-dung-dau-ptag.html",
        # undated on the page (a tag page): Võ Ngọc Thành, chairman of Gia Lai 2016-2020
        "date": D(2020, 1, 1),
        "classes": ["negative", "press", "typo"],
        "text": """NHN Online - Qua thời gian theo dõi, đánh giá cho thấy việc chấp hà nh sự chỉ đạo, điửu hà nh của UBND tỉnh tại một số cơ quan, đơn vị, địa phương chưa nghiêm; nhiửu nhiệm vụ UBND tỉnh chỉ đạo, triển khai chưa được các cơ quan, đơn vị, địa phương thực hiện đúng tiến độ, chưa đảm bảo chất lượng theo yêu cầu; tình trạng kỷ luật, kỷ cương hà nh chính nhà nước, tinh thần thái độ phục vụ nhân dân còn chậm chuyển biến...<br />Để khắc phục thực trạng nà y, ông Võ Ngọc Thà nh, Chủ tịch UBND tỉnh Gia Lai vừa ký""",
        # cut before the directive says what it asks
        "assignments": [],
    },
    {
        "url": "https://www.danang.gov.vn/chinh-quyen/chi-tiet?id=55826&_c=9",
        "date": D(2023, 9, 29),
        "classes": ["group", "giao", "recurring", "names"],
        "text": """Triển khai các nhiệm vụ cải cách thủ tục hành chính từ nay đến hết năm 2023
Đăng ngày 03-10-2023 15:23, Lượt xem: 88

Ngày 29-9, UBND thành phố có văn bản số 5333/UBND-KSTT về việc triển khai các nhiệm vụ cải cách thủ tục hành chính từ nay đến hết năm 2023.

Theo đó, Chủ tịch UBND phố giao các sở, ban, ngành thuộc UBND thành phố và UBND các quận, huyện, phường, xã tập trung triển khai thực hiện có hiệu quả, bảo đảm chất lượng và tiến độ 12 nhiệm vụ cải cách thủ tục hành chính từ nay đến hết năm 2023.

Đồng thời, các sở, ban, ngành thuộc UBND thành phố và UBND các quận, huyện, phường, xã thực hiện việc rà soát và báo cáo kết quả thực hiện nhiệm vụ gắn với báo cáo kết quả công tác cải cách thủ tục hành chính định kỳ hàng tháng (triển khai theo Công văn số 3964/UBND-KSTT ngày 28 tháng 7 năm 2023 của Chủ tịch UBND thành phố), gửi Văn phòng UBND thành phố để tổng hợp, trình UBND thành phố báo cáo Văn phòng Chính phủ theo quy định.

Văn phòng UBND thành phố có trách nhiệm hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị trong quá trình triển khai thực hiện; tổng hợp tình hình, kết quả thực hiện, khó khăn, vướng mắc của các cơ quan, đơn vị để báo cáo Chủ tịch UBND thành phố xem xét, giải quyết kịp thời.""",
        # the twelve tasks by the end of 2023; the monthly reports (no day: no single date)
        "assignments": [
            ("group:department", D(2023, 12, 31), []),
            ("group:district", D(2023, 12, 31), []),
            ("group:commune", D(2023, 12, 31), []),
            ("group:department", None, []),
            ("group:district", None, []),
            ("group:commune", None, []),
            ("Văn phòng UBND tỉnh", None, []),
        ],
    },
    {
        "url": "http://www.hethongphapluat.vn/ke-hoach-130-kh-ubnd-nam-2025-trien-khai-phong-trao-thi-dua-ca-nuoc-thi-dua-doi-moi-sang-tao-va-chuyen-doi-so-tren-dia-ban-tinh-thanh-hoa.html",
        "date": D(2025, 6, 27),
        "classes": ["negative", "plan"],
        "text": """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 130/KH-UBND | Thanh Hoá, ngày 27 tháng 6 năm 2025 |
KẾ HOẠCH
TRIỂN KHAI PHONG TRÀO THI ĐUA “CẢ NƯỚC THI ĐUA ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ” TRÊN ĐỊA BÀN TỈNH THANH HÓA
Thực hiện Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” (sau đây viết tắt là Phong trào thi đua), Ủy ban nhân dân tỉnh Thanh Hóa ban hành Kế hoạch triển khai Phong trào thi đua trên địa bàn tỉnh như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Phát huy sức mạnh của cả hệ thống chính trị, sự tham gia tích cực của các doanh nghiệp, doanh nhân, tổ chức kinh tế và Nhân dân đối với phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; chú trọng công tác tuyên truyền, nâng cao nhận thức và sự tích cực tham gia của đội ngũ cán bộ, công chức, viên chức để đồng hành cùng người dân, doanh nghiệp trong quá trình phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của tỉnh.""",
        # the plan's purposes, no task yet
        "assignments": [],
    },
    {
        "url": "https://audio.brt.vn/podcast/14/nong-nghiep",
        "date": D(2023, 11, 28),
        "classes": ["press", "group", "giao"],
        "text": """Tỉnh cũng giao các ngành địa phương tiếp tục đẩy mạnh công tác tuyên truyền cho ngư dân về chống khai thác IUU, phối hợp để xử lý triệt để với từng trường hợp vi phạm cụ thể mà qua kiểm tra Đoàn Thanh tra EC đã chỉ ra.

28/11/2023 30""",
        # "các ngành địa phương": the sectors and (before 7/2025) the districts
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://tracuuquyhoach.com/tin-tuc/tien-si-le-van-cuong-phu-trach-so-y-te-thanh-hoa-52669672",
        "date": D(2025, 7, 1),
        "classes": ["negative", "press"],
        "text": """Tiến sĩ, bác sĩ Lê Văn Cường kiểm tra tại Bệnh viện Ung bướu Thanh Hóa.
Theo đó, Chủ tịch UBND tỉnh Thanh Hóa quyết định giao ông Lê Văn Cường, Phó Bí thư Đảng ủy, Phó Giám đốc Sở Y tế tỉnh Thanh Hóa phụ trách điều hành hoạt động của Sở Y tế tỉnh Thanh Hóa, kể từ ngày 1/7/2025 cho đến khi kiện toàn chức danh Giám đốc Sở Y tế tỉnh Thanh Hóa.
Tô Hà""",
        # a post given to a person, no task
        "assignments": [],
    },
    {
        "url": "http://vpubnd.kontum.gov.vn/NewsDetail.aspx?id=3358",
        # undated in the excerpt: a plan for the people of prestige under the rules of 2018, before
        # the ethnic board and the information department were merged (2025); its yearly report is
        # due before 20/11, the first one after this date
        "date": D(2019, 3, 1),
        "classes": ["names", "coordinators", "recurring", "subject_verb", "giao"],
        "text": """Theo đó, UBND tỉnh yêu cầu: Ban Dân tộc chủ trì, phối hợp với đơn vị, địa phương có liên quan xây dựng kế hoạch (dự toán kinh phí hàng năm) và tổ chức triển khai thực hiện các nội dung, nhiệm vụ của Đề án phù hợp với điều kiện thực tế của tỉnh; theo dõi, hướng dẫn, đôn đốc, kiểm tra, và tổ chức sơ kết, tổng kết, đánh giá kết quả thực hiện Đề án. Chủ trì, phối hợp với các đơn vị liên quan hướng dẫn, kiểm tra, giám sát việc rà soát, bổ sung, thay thế danh sách người có uy tín trên địa bàn tỉnh; tổng hợp, trình UBND tỉnh phê duyệt theo đúng quy định hiện hành. Định kỳ hàng năm tổng hợp, đánh giá kết quả thực hiện Đề án, báo cáo Ủy ban Dân tộc, UBND tỉnh theo quy định (trước ngày 20/11).
Công an tỉnh tổ chức vận động, phát huy vai trò và thực hiện chế độ, chính sách đối với người có uy tín theo chức năng, nhiệm vụ được giao và quy định của ngành. Đối với các địa bàn trọng điểm, phức tạp về an ninh-trật tự, giao Công an chủ trì, xây dựng kế hoạch cụ thể để vận động người có uy tín phục vụ công tác phòng chống tội phạm, giữ gìn an ninh, chính trị và trật tự an toàn tại các vùng đồng bào dân tộc thiểu số.
Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức vận động, phát huy vai trò và thực hiện chế độ, chính sách đối với người có uy tín theo chức năng, nhiệm vụ được giao và quy định của ngành.
Sở Thông tin và Truyền thông chủ trì, phối hợp với Ban Dân tộc, các ngành, địa phương hướng dẫn các cơ quan thông tin đại chúng đẩy mạnh các hoạt động tuyên truyền, giáo d""",
        # the board's plan and its yearly report; the police's work and the plan it is given
        "assignments": [
            ("Ban Dân tộc tỉnh", None, ["group:related"]),
            ("Ban Dân tộc tỉnh", D(2019, 11, 20), []),
            ("Công an tỉnh", None, []),
            ("Công an tỉnh", None, []),
            ("Bộ Chỉ huy Quân sự tỉnh", None, []),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", None, []),
            ("Sở Thông tin và Truyền thông", None, ["Ban Dân tộc tỉnh", "group:department", "group:district"]),
        ],
    },
    {
        "url": "https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-2270-QD-UBND-2025-Ke-hoach-giai-phap-trong-tam-nganh-giao-duc-Son-La-672199.html",
        "date": D(2025, 9, 8),
        "classes": ["negative"],
        "text": """Quyết định 2270/QĐ-UBND năm 2025 về Kế hoạch nhiệm vụ, giải pháp trọng tâm năm học 2025-2026 của ngành giáo dục tỉnh Sơn La
Số hiệu | 2270/QĐ-UBND |
Ngày ban hành | 08/09/2025 |
Ngày có hiệu lực | 08/09/2025 |
Loại văn bản | Quyết định |
Cơ quan ban hành | Tỉnh Sơn La |
Người ký | Tráng Thị Xuân |
Lĩnh vực | Giáo dục |
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM |
Số: 2270/QĐ-UBND |
Sơn La, ngày 08 tháng 9 năm 2025 |
BAN HÀNH KẾ HOẠCH NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM HỌC 2025-2026 CỦA NGÀNH GIÁO DỤC TỈNH SƠN LA
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương năm 2025; Căn cứ Luật Giáo dục năm 2019;
Căn cứ Nghị định số 84/2020/NĐ-CP ngày 17 tháng 7 năm 2020 của Chính phủ quy định chi tiết một số điều của Luật Giáo dục;
Căn cứ Quyết định số 2040/QĐ-UBND ngày 14 tháng 8 năm 2025 của Chủ tịch UBND tỉnh ban hành Khung kế hoạch thời gian năm học 2025-2026 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên;
Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 271/TTr-SGDĐT ngày 04 tháng 9 năm 2025.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch nhiệm vụ, giải pháp t""",
        "assignments": [],
    },
    {
        "url": "https://baodongnai.com.vn/chinh-tri/202506/tu-ngay-1-7-se-dua-vao-van-hanh-cac-trung-tam-phuc-vu-hanh-chinh-cong-cap-xa-4b812ba",
        # undated in the excerpt: June 2025 (its address), before the centres open on 1/7/2025
        "date": D(2025, 6, 20),
        "classes": ["press", "group"],
        "text": """Theo UBND tỉnh, từ ngày 1-7-2025, tỉnh sẽ đưa vào vận hành các trung tâm phục vụ hành chính công cấp xã tại các xã, phường. Đây là một trong những nội dung trọng tâm trong mô hình chính quyền địa phương 2 cấp và nhiệm vụ sắp xếp lại đơn vị hành chính theo lộ trình đã được UBND tỉnh phê duyệt.
UBND tỉnh yêu cầu các địa phương khẩn trương rà soát, bố trí trụ sở trung tâm tại các địa điểm phù hợp (trụ sở UBND xã, nhà văn hóa...), có đầy đủ điều kiện về hạ tầng, trang thiết bị, đảm bảo tiếp nhận và trả kết quả thủ tục hành chính cho người dân thuận tiện, hiệu quả.
Uy Vũ""",
        # "các địa phương" before 7/2025: the districts (the docstring's convention)
        "assignments": [("group:district", None, [])],
    },
    {
        "url": "https://huengaynay.vn/chinh-tri-xa-hoi/theo-dong-thoi-su/khan-truong-gia-co-diem-sat-lo-dam-bao-an-toan-cho-nguoi-dan-158930.html",
        "date": D(2025, 10, 18),
        "classes": ["negative", "press"],
        "text": """Điểm sạt lở nhanh chóng được gia cố

Sáng 18/10, nhận được thông tin nhà ông Hà Văn Dũng tại thôn Thủy Yên Thượng có nguy cơ ảnh hưởng sạt lở bờ sông cách nhà gần 2 mét, lãnh đạo UBND xã đã chỉ đạo lực lượng khoảng 100 người, gồm dân quân, biên phòng, công an, cán bộ thôn và sự trợ lực lượng của Ban Chỉ huy phòng thủ khu vực 3 - Phú Lộc, đã tổ chức khắc phục bằng phương án cắm cọc, lót bạt, đắp bao cát, gia cố tạm thời, tránh nguy cơ sạt lở trước mắt.

Chủ tịch UBND xã Chân Mây - Lăng Cô Trần Văn Minh Quân cho biết, điểm sạt lở cách gia đình có hai người già hơn 70 tuổi, nên công tác ứng cứu cần khẩn trương, đảm bảo an toàn. Trong tình hình mùa mưa bão hiện nay, địa phương ưu tiên công tác rà soát, đảm bảo an toàn tính mạng và tài sản của người dân các vùng xung yếu.""",
        # a commune's own work, told after it was done
        "assignments": [],
    },
    {
        "url": "https://vietbao.vn/tp-hcm-trien-khai-uu-dai-ho-tro-doanh-nghiep-khi-xay-dung-lai-nha-chung-cu-562826.html",
        # undated in the excerpt: after the city's resolution 17/2025 and the reform of 7/2025
        # (communes, wards, special zone)
        "date": D(2025, 10, 1),
        "classes": ["press", "group", "giao", "intro_lead"],
        "text": """UBND TP.HCM vừa có chỉ đạo các Sở ngành và UBND các phường xã đặc khu về việc triển khai Nghị quyết số 17/2025 của HĐND Thành phố quy định cơ chế ưu đãi, hỗ trợ đối với chủ đầu tư khi tham gia cải tạo, xây dựng lại nhà chung cư.

Theo đó, Chủ tịch UBND Thành phố giao Sở Tài chính chủ trì, hướng dẫn Sở Xây dựng là cơ quan được bố trí dự toán kinh phí từ nguồn vốn chi thường xuyên ngân sách cấp thành phố để thực hiện cơ chế theo Nghị quyết 17/2025.""",
        # the press lead's groups; the department of construction is guided, not a coordinator
        "assignments": [
            ("group:department", None, []),
            ("group:commune", None, []),
            ("Sở Tài chính", None, []),
        ],
    },
    {
        "url": "https://plo.vn/do-thi/giao-thong/nua-mat-duong-quoc-lo-91-sat-xuong-song-hau-849479.html",
        "date": D(2019, 8, 1),
        "classes": ["negative", "press"],
        "text": """26 hộ dân nằm trong vùng cảnh báo Theo nhận định ngành chuyên môn, nguyên nhân ban đầu được xác định là do địa hình đáy sông Hậu có lạch sâu áp sát bờ, tác động dòng chảy đạp vào tạo hàm ếch và tác động của tải trọng phương tiện giao thông trên QL91 lớn nên gây sạt lở. Ngay sau khi sạt lở xảy ra, UBND huyện Châu Phú (An Giang) đã khẩn cấp tích cực khắc phục vị trí sạt lở. Theo ông Nguyễn Thanh Lâm, Phó Chủ tịch UBND huyện Châu Phú, qua khảo sát có 26 hộ dân nằm trong vùng cảnh báo. Huyện đã hỗ trợ 26/26 hộ dân di dời tài sản, vật dụng giá trị đến nơi an toàn. Đồng thời đã chủ động xây dựng phương án giải quyết cho các hộ dân khi có nhu cầu về chỗ ở.""",
        # a district's own work, told after it was done
        "assignments": [],
    },
    {
        "url": "https://sggp.org.vn/day-nhanh-tien-do-tham-dinh-gia-dat-post709960.html",
        # undated in the excerpt: before the deadline of 16/10/2023 it sets
        "date": D(2023, 10, 10),
        "classes": ["press", "group", "names", "coordinators", "giao", "date_dash"],
        "text": """Cụ thể, UBND TPHCM yêu cầu các sở, ban, ngành, UBND TP Thủ Đức và các quận, huyện đẩy nhanh tiến độ sắp xếp lại, xử lý các cơ sở nhà, đất; triển khai kiểm tra việc thực hiện phương án sắp xếp lại, xử lý nhà, đất đã được cấp có thẩm quyền phê duyệt, trong đó quan tâm kiểm tra thực hiện phương án đối với các cơ sở nhà, đất đấu giá, thu hồi… nhằm khai thác tối đa nguồn thu từ sắp xếp lại, xử lý nhà, đất công.
Sở TN-MT chủ trì, phối hợp với Sở Tài chính đẩy nhanh tiến độ trong việc thẩm định phương án giá đất để trình UBND TPHCM xem xét, quyết định nhằm khai thác nguồn thu từ nhà đất thông qua bán đấu giá các khu đất, thu nghĩa vụ tài chính.
UBND TPHCM giao Cục Thuế TPHCM tham mưu để thành phố kiện toàn Ban chỉ đạo chống thất thu, đôn đốc thu nộp ngân sách nhà nước trên địa bàn thành phố trước ngày 16-10-2023.""",
        "assignments": [
            ("group:department", None, []),
            ("UBND thành phố Thủ Đức", None, []),
            ("group:district", None, []),
            ("Sở Tài nguyên và Môi trường", None, ["Sở Tài chính"]),
            ("Cục Thuế tỉnh", D(2023, 10, 16), []),
        ],
    },
    {
        "url": "https://hethongphapluat.vn/quyet-dinh-128-2025-qd-ubnd-ve-quy-che-hoat-dong-cua-trung-tam-phuc-vu-hanh-chinh-cong-tinh-thanh-hoa.html",
        "date": D(2025, 10, 9),
        "classes": ["negative"],
        "text": """ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 128/2025/QĐ-UBND

Thanh Hóa, ngày 09 tháng 10 năm 2025

 

QUYẾT ĐỊNH

VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH THANH HÓA

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Quyết định số 58/2025/QĐ-UBND ngày 27 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh về việc tổ chức lại Trung tâm Phục vụ Hành chính công tỉnh Thanh Hóa, thuộc Văn phòng Ủy ban nhân dân tỉnh Thanh Hóa;

Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 1818/TTr-VP ngày 21 tháng 8 năm 2025 và Giám đốc Sở Nội vụ tại Văn bản số 4836/SNV-TCBC ngày 04 tháng 9 năm 2025;

Ủy ban nhân dân ban hành Quyết định về việc ban hành Quy chế hoạt động của Trung tâm Ph""",
        # the bases of a decision: the proposals of the office and the department are not tasks
        "assignments": [],
    },
    {
        "url": "https://www.sggp.org.vn/chi-dao-moi-ve-cong-tac-xay-dung-bang-gia-dat-lan-dau-tai-tphcm-post826010.html",
        "date": D(2025, 11, 28),
        "classes": ["press", "group", "names", "giao", "passive"],
        "text": """Ngày 28-11, Phó Chủ tịch UBND TPHCM Bùi Minh Thạnh ký văn bản truyền đạt ý kiến Chủ tịch UBND TPHCM chỉ đạo về công tác xây dựng Bảng giá đất lần đầu trên địa bàn TPHCM.

Một góc TPHCM. Ảnh: HOÀNG HÙNG

Theo đó, Chủ tịch UBND TPHCM giao Thủ trưởng các sở, ban ngành thành phố, Thủ trưởng Thuế TPHCM, Chủ tịch UBND 168 phường, xã, đặc khu và các cơ quan, đơn vị có liên quan nghiêm túc về cung cấp số liệu, dữ liệu để Sở NN-MT TPHCM thực hiện, tham mưu Bảng giá đất áp dụng ngày 1-1-2026.

Sở NN-MT TPHCM được giao khẩn trương tổng hợp, hoàn thiện dự thảo Bảng giá đất trên địa bàn TPHCM theo quy định tại Luật Đất đai năm 2024, đảm bảo tiến độ và thời gian đề ra.

Giám đốc Sở NN-MT TPHCM; Thủ trưởng các sở, ban ngành thành phố; Thủ trưởng Thuế TPHCM; Chủ tịch UBND 168 phường, xã, đặc khu chịu trách nhiệm trước Chủ tịch UBND TPHCM trong trường hợp chậm trễ việc thực hiện Bảng giá đất lần đầu để công bố và áp dụng từ ngày 1-1-2026.

THANH HIỀN""",
        # the 168 communes, wards and the special zone: all of them; 1-1-2026 is when the table
        # applies, no deadline of the data; the last paragraph restates who answers for it
        "assignments": [
            ("group:department", None, []),
            ("Cục Thuế tỉnh", None, []),
            ("group:commune", None, []),
            ("group:related", None, []),
            ("Sở Nông nghiệp và Môi trường", None, []),
        ],
    },
    {
        "url": "https://thvl.vn/th%E1%BB%9Di-s%E1%BB%B1-thvl/tin-dia-phuong/chu-tich-ubnd-tinh-vinh-long-chi-dao-day-nhanh-giai-ngan-von-dau-tu-cong/",
        # undated in the excerpt: of 2021, the year whose plan it names
        "date": D(2021, 6, 1),
        "classes": ["negative", "press"],
        "text": """Nhằm đẩy nhanh tiến độ thi công các công trình, đảm bảo giải ngân từ 95% trở lên nguồn vốn đầu tư công được phân bổ trong năm , Chủ tịch Ủy ban nhận dân tỉnh Vĩnh Long đã chỉ đạo việc đẩy nhanh tiến độ thực hiện và giải ngân kế hoạch vốn đầu tư công năm 2021.""",
        # an instruction without an addressee
        "assignments": [],
    },
    {
        "url": "https://www.sggp.org.vn/tphcm-ra-soat-dieu-chinh-quy-hoach-tphcm-sau-sap-nhap-post807452.html",
        "date": D(2025, 8, 8),
        "classes": ["press", "names", "coordinators", "giao", "recipients", "date_dash"],
        "text": """Vinhomes Grand Park, phường Long Bình, TPHCM. Ảnh: HOÀNG HÙNG

Phó Chủ tịch UBND TPHCM Nguyễn Lộc Hà vừa ký văn bản gửi Sở Tài chính, Viện Nghiên cứu phát triển Thành phố và các đơn vị liên quan, truyền đạt ý kiến của Chủ tịch UBND TPHCM về việc rà soát, điều chỉnh quy hoạch TPHCM sau sắp xếp.

Theo đó, Chủ tịch UBND TPHCM giao Viện Nghiên cứu phát triển Thành phố chủ trì, phối hợp với các cơ quan liên quan tham mưu xây dựng các hạng mục, nội dung cần lập hoặc điều chỉnh quy hoạch TPHCM sau sắp xếp. Đồng thời xây dựng dự toán chi phí lập, điều chỉnh quy hoạch trên cơ sở các hạng mục, nội dung lập hoặc điều chỉnh quy hoạch; hoàn thành trình UBND TPHCM trước ngày 26-8.

Chủ tịch UBND TPHCM giao Sở Tài chính tham mưu kiện toàn Ban quản lý dự án quy hoạch TPHCM thời kỳ 2021-2030, tầm nhìn đến năm 2050 theo hướng bổ sung giao nhiệm vụ là cơ quan lập điều chỉnh quy hoạch Thành phố; gửi Sở Nội vụ thẩm định trình UBND TPHCM, hoàn thành trước ngày 26-8.

Sau khi Chính phủ ban hành Nghị quyết về giải pháp tiếp tục triển khai công tác quy hoạch gắn với sắp xếp đơn vị hành chính trong thời gian chưa ban hành Luật Quy hoạch (sửa đổi), Chủ tịch UBND TPHCM giao Sở Tài chính chủ trì, phối hợp Viện Nghiên cứu phát triển và các cơ quan liên quan tham mưu, hoàn thiện Kế hoạch tổ chức lập điều chỉnh quy hoạch TPHCM sau sắp xếp.

THANH HIỀN""",
        # the letter's addressees are its recipients: the paragraphs below give each its task
        "assignments": [
            ("Viện Nghiên cứu phát triển Thành phố Hồ Chí Minh", D(2025, 8, 26), ["group:related"]),
            ("Sở Tài chính", D(2025, 8, 26), []),
            ("Sở Tài chính", None, ["Viện Nghiên cứu phát triển Thành phố Hồ Chí Minh", "group:related"]),
        ],
    },
    {
        "url": "https://baotayninh.vn/tag-video/%E1%BB%9F%20m%E1%BB%99t%20s%E1%BB%91%20%C4%91%E1%BB%8Ba%20ph%C6%B0%C6%A1ng.html",
        # undated on the page (a tag page): Nguyễn Thanh Ngọc, chairman of Tây Ninh 2020-2025
        "date": D(2022, 7, 14),
        "classes": ["negative", "press"],
        "text": """Bộ Y tế vừa có Công văn về việc tăng cường công tác phòng, chống sốt xuất huyết gửi Chủ tịch UBND các tỉnh, thành phố trực thuộc trung ương. Theo đó, trong những tuần gần đây, số mắc sốt xuất huyết có chiều hướng gia tăng ở một số địa phương và đã ghi nhận 6 trường hợp tử vong.
BTNO
Sáng 14.7, ông Nguyễn Thanh Ngọc - Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo phòng, chống dịch bệnh của tỉnh chủ trì cuộc họp trực tuyến với Ban Chỉ đạo phòng, chống dịch bệnh các huyện, thị xã, thành phố triển khai một số nhiệm vụ cấp bách nhằm ứng phó với tình hình dịch bệnh trên địa bàn tỉnh.
Nhật Quang""",
        # a ministry's letter to the provinces, then a meeting
        "assignments": [],
    },
    {
        "url": "https://vov.vn/xa-hoi/soc-trang-ban-bo-tinh-huong-khan-cap-sat-lo-bo-song-bo-bien-nguy-hiem-958188.vov",
        # the month of the page (9/2019), no day
        "date": D(2019, 9, 15),
        "classes": ["press", "names", "group", "coordinators", "subject_verb"],
        "text": """Văn phòng Ủy ban nhân dân tỉnh Sóc Trăng cho biết, Chủ tịch Ủy ban nhân dân tỉnh vừa ký ban hành quyết định công bố tình huống khẩn cấp sạt lở bờ sông nguy hiểm trên địa bàn tỉnh.

Sạt lở bờ sông tại Sóc Trăng diễn biến phức tạp.

Theo đó, Ủy ban nhân dân tỉnh Sóc Trăng công bố tình huống khẩn cấp sạt lở bờ sông nguy hiểm gồm các đoạn bờ kênh Thạnh Mỹ thuộc ấp Hòa Tần, xã Ngọc Tố, huyện Mỹ Xuyên. Sạt lở bờ sông rạch Mọp, rạch Mương Điều, rạch Củi, xã Song Phụng; sông Saintard, xã Long Đức; rạch Mây Hắt, xã Phú Hữu; rạch Vàm Thép, rạch Mây Hắt, xã Hậu Thạnh thuộc huyện Long Phú. Các đoạn sạt lở bờ sông Hậu, khu dân cư Xóm Đáy, ấp Nguyễn Tăng, xã Đại Ân 1, huyện Cù Lao Dung. Sạt lở bờ sông Mỹ Thanh, khu vực ấp Phạm Kiểu, hạ lưu cống Vàm Trà Nho, ấp Tân Tĩnh, xã Vĩnh Hiệp thuộc thị xã Vĩnh Châu.

Trên địa bàn huyện Kế Sách, các đoạn sạt lở bờ sông Cái Côn, xã Thuận Hòa; kênh An Mỹ, xã Nhơn Mỹ; kênh số 1, xã Ba Trinh, Kế An và Kế Thành; rạch Vọp thuộc xã Trinh Phú và bờ sông Hậu thuộc xã An Lạc Tây.

Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng yêu cầu sở Nông nghiệp và Phát triển nông thôn có trách nhiệm thường xuyên cập nhật, báo cáo tình hình, diễn biến sạt lở và khắc phục khẩn cấp. Các địa phương phối hợp với các ngành liên quan triển khai cắm biển báo, khoanh vùng sạt lở bờ sông để cảnh báo khu vực sạt lở nguy hiểm. Khẩn trương lập phương án xử lý cấp bách tình trạng sạt lở. Tuyên truyền, phổ biến tình trạng sạt lở""",
        # "các địa phương" before 7/2025: the districts; "các ngành liên quan" take part
        "assignments": [
            ("Sở Nông nghiệp và Phát triển nông thôn", None, []),
            ("group:district", None, ["group:department"]),
        ],
    },
    {
        "url": "https://nghean24h.vn/tag/san-xuat-vu-xuan",
        # the conference on the spring crop of 2025: 6/11/2024
        "date": D(2024, 11, 6),
        "classes": ["negative", "press"],
        "text": """Chiều 6/11, UBND tỉnh tổ chức Hội nghị triển khai đề án sản xuất trồng trọt vụ Xuân năm 2025. Các đồng chí: Nguyễn Văn Đệ - Tỉnh uỷ viên, Phó Chủ tịch UBND tỉnh; Phùng Thành Vinh – Tỉnh uỷ viên, Giám đốc Sở NN&PTNT; Võ Thị Nhung – Phó Giám đốc Sở NN&PTNT cùng chủ trì hội nghị. Tham dự hội nghị có lãnh đạo các cơ quan, đơn vị, các huyện, thành, thị.""",
        "assignments": [],
    },
    {
        "url": "https://danviet.vn/sat-lo-song-tien-khu-vuc-xa-tan-quoi-tinh-dong-thap-lap-tuc-cong-bo-tinh-huong-khan-cap-20221106184656723.htm",
        "date": D(2022, 11, 6),
        "classes": ["press", "names", "coordinators", "subject_verb", "giao"],
        "text": """Theo đó, sạt lở sông Tiền thuộc xã Tân Quới, huyện Thanh Bình diễn ra hết sức phức tạp và nghiêm trọng. Từ tháng 6/2022 đến nay, đã liên tiếp xảy ra nhiều vụ sạt lở ảnh hưởng đến đời sống và thiệt hại nhiều tài sản của người dân.

Phạm vi ảnh hưởng của sạt lở chiều dài 1.500m (từ bến đò An Long về hạ nguồn), uy hiếp an toàn tính mạng và tài sản của 351 hộ dân sinh sống tại khu vực sạt lở, trong đó có 40 hộ dân nằm sát bờ sông rất nguy hiểm cần phải di dời khẩn cấp đến nơi an toàn.



Sạt lở sông Tiền, đoạn thuộc xã Tân Quới, huyện Thanh Bình, tỉnh Đồng Tháp. (Ảnh: TTXVN)

UBND huyện Thanh Bình khẩn trương tổ chức di dời khẩn cấp 40 hộ dân nằm sát bờ sông; theo dõi sát diễn biến sạt lở, rà soát vành đai sạt lở; tiếp tục vận động các hộ dân nằm trong khu vực có nguy cơ cao sạt lở để đảm bảo tuyệt đối an toàn tính mạng, hạn chế tối đa thiệt hại tài sản của người dân; tổ chức điều chỉnh cục bộ quy hoạch chi tiết tuyến dân cư Mã Trường, xã Tân Quới, huyện Thanh Bình; đồng thời nghiên cứu bổ sung quy hoạch, đầu tư các cụm, tuyến dân cư để di dời các hộ dân trong vùng sạt lở đến nơi an toàn.

UBND tỉnh Đồng Tháp giao Sở Nông nghiệp và Phát triển nông thôn (Cơ quan Thường trực Ban Chỉ đạo Ứng phó với Biến đổi khí hậu - Phòng chống thiên tai và Tìm kiếm cứu nạn Tỉnh) chủ trì, phối hợp UBND huyện Thanh Bình rà soát, cập nhật vành đai sạt lở; phối hợp các đơn vị liên quan theo dõi, tổng hợp tình hình sạt lở, kịp th""",
        "assignments": [
            ("UBND huyện Thanh Bình", None, []),
            ("Sở Nông nghiệp và Phát triển nông thôn", None, ["UBND huyện Thanh Bình", "group:related"]),
        ],
    },
    {
        "url": "https://vinh24h.vn/tag/khai-thac-thuy-san",
        # undated on the page (a tag page): after the Prime Minister's directive 45/2017
        "date": D(2018, 1, 1),
        "classes": ["negative", "press"],
        "text": """Nghệ An nỗ lực chống khai thác thủy sản bất hợp pháp

Thực hiện Chỉ thị số 45/2017 của Thủ tướng Chính phủ và Kế hoạch số 68 của UBND tỉnh Nghệ An, ngành Thủy sản Nghệ An đã triển khai mạnh công tác thanh tra, kiểm tra, kiểm soát chống khai thác thủy sản bất hợp pháp (IUU), được các chủ tàu đồng tình cao.""",
        # work already done
        "assignments": [],
    },
    {
        "url": "http://www.baomoi.com/dong-thap-ban-bo-tinh-trang-khan-cap-sat-lo-bo-song-tien/c/22147585.epi",
        "date": D(2017, 4, 29),
        "classes": ["press", "names", "factored_list", "subject_verb"],
        "text": """Ngày 29.4, văn phòng UBND tỉnh Đồng Tháp xác nhận, Phó chủ tịch UBND tỉnh Nguyễn Thanh Hùng đã ký quyết định số 425/QĐ-UBND.HC, công bố tình trạng khẩn cấp sạt lở bờ sông Tiền đoạn đi qua xã Bình Thành (huyện Thanh Bình).

Cận cảnh một đoạn sạt lở bờ sông Tiền đe dọa quốc lộ 30. (Ảnh: L.T)

Quyết định này được ban bố sau thời gian nạn sạt lở đất bờ sông Tiền, khu vực ấp Bình Hòa, xã Bình Thành, huyện Thanh Bình diễn biến ngày càng phức tạp và đe dọa nghiêm trọng Quốc lộ 30.

Cụ thể, sạt lở đất bờ sông Tiền khu vực ấp Bình Hòa, xã Bình Thành, huyện Thanh Bình, với chiều dài khoảng 210m, từ mương Cả Lách về phía chợ Bình Thành 150m và từ mương Cả Lách về cầu Phong Mỹ (huyện Cao Lãnh) 60m.

Quyết định nêu rõ: UBND huyện Thanh Bình khẩn trương cắm biển báo vành đai sạt lở, cảnh báo sạt lở; thông báo rộng rãi trên các phương tiện thông tin đại chúng về tình trạng sạt lở khẩn cấp tại khu vực này; theo dõi sát diễn biến sạt lở, có các phương án sẵn sàng ứng cứu, hỗ trợ người dân di dời khi sạt lở xảy ra, đảm bảo tuyệt đối an toàn tính mạng và tài sản của người dân. Đồng thời tổ chức, hỗ trợ các hộ dân di dời đến nơi an toàn theo đúng quy định chính sách hiện hành, tuyên truyền vận động các hộ dân nằm trong vành đai sạt lở di dời đến nơi an toàn. Xây dựng khẩn cấp cụm dân cư sạt lở tại xã Bình Thành để bố trí các hộ trong khu vực sạt lở đến nơi an toàn.

Quyết định cũng yêu cầu các sở: NNPTNT, TNMT, GTVT và Công an tỉnh t""",
        # the four of the last sentence, whose task is cut off
        "assignments": [
            ("UBND huyện Thanh Bình", None, []),
            ("Sở Nông nghiệp và Phát triển nông thôn", None, []),
            ("Sở Tài nguyên và Môi trường", None, []),
            ("Sở Giao thông vận tải", None, []),
            ("Công an tỉnh", None, []),
        ],
    },
    {
        "url": "https://www.sggp.org.vn/binh-dinh-khan-truong-di-doi-hon-200-ho-dan-vung-sat-lo-da-nui-post713347.html",
        "date": D(2023, 11, 8),
        "classes": ["press", "names", "coordinators", "giao"],
        "text": """Bình Định: Khẩn trương di dời hơn 200 hộ dân vùng sạt lở đá núi

Ngày 8-11, ông Phạm Anh Tuấn, Chủ tịch UBND tỉnh Bình Định, đã giao Sở KH-ĐT tỉnh chủ trì phối hợp với các đơn vị liên quan xem xét đề nghị của UBND huyện An Lão (Bình Định) thực hiện dự án di dời, tái định cư vùng thiên tai, sạt lở đá ở thôn Trà Cong, xã An Hòa (huyện An Lão).""",
        # the district proposes; it is no coordinator
        "assignments": [("Sở Kế hoạch và Đầu tư", None, ["group:related"])],
    },
    {
        "url": "https://invest.com.vn/thao-go-vuong-mac-tai-13-du-an-nha-o-xa-hoi-vd37285.html",
        # undated on the page: Phan Văn Mãi, chairman of TP.HCM 2021-2025
        "date": D(2023, 6, 1),
        "classes": ["press", "group"],
        "text": """Thưa quý vị! Văn phòng UBND TP HCM vừa có thông báo kết luận chỉ đạo của Chủ tịch UBND thành phố Phan Văn Mãi tại cuộc họp nghe báo cáo về tiến độ đầu tư xây dựng nhà ở xã hội, nhà lưu trú công nhân và nhà chung cư mới thay thế chung cư cũ trên địa bàn. Theo đó, Chủ tịch UBND TP HCM yêu cầu các sở, ngành nhanh chóng tháo gỡ các vướng mắc tại 13 dự án nhà ở xã hội.""",
        "assignments": [("group:department", None, [])],
    },
    {
        "url": "https://cafef.vn/ha-noi-thuc-giai-ngan-100-ke-hoach-von-dau-tu-cong-nam-2025-188251123010902004.chn",
        "date": D(2025, 11, 23),
        "classes": ["press", "group", "names", "coordinators", "giao", "subject_verb"],
        "text": """Theo đó, căn cứ sự lãnh đạo, chỉ đạo của Bộ Chính trị và Chính phủ, UBND thành phố giao thủ trưởng các sở, ban, ngành, chủ tịch UBND các xã, phường quán triệt và tổ chức triển khai ngay các nội dung tại Kết luận số 203 KL/TƯ của Bộ Chính trị; Nghị quyết số 366/NQ-CP của Chính phủ, đặc biệt là các nhiệm vụ trọng tâm, giải pháp chủ yếu thời gian tới.

Đồng thời, các đơn vị thực hiện nghiêm nguyên tắc điều hành mới “Kỷ cương đi trước - nguồn lực đi cùng - kết quả là thước đo”; đề cao trách nhiệm người đứng đầu, phát huy tính chủ động, sáng tạo, dám nghĩ, dám làm.

Các sở, ngành, đơn vị, UBND các xã, phường phấn đấu giải ngân 100% kế hoạch vốn đầu tư công năm 2025 đã được giao. Để làm tốt việc này, Sở Tài chính chủ trì, rà soát, lựa chọn các công trình, dự án quy mô lớn, ý nghĩa, đủ điều kiện để khởi công, khánh thành chào mừng đại hội Đảng các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.

Về thúc đẩy các động lực tăng trưởng, Sở Tài chính chủ trì, phối hợp cơ quan Thống kê thành phố và các đơn vị liên quan bảo đảm mục tiêu GRDP năm 2025 trên 8%.

Sở Công Thương, Sở Du lịch tập trung làm mới các động lực tăng trưởng truyền thống nhằm đẩy mạnh các chương trình kích cầu tiêu dùng, kết nối cung cầu, hưởng ứng cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”; tăng cường liên kết du lịch với tiêu dùng sản phẩm OCOP, đặc sản địa phương; khai thác hiệu quả mùa du lịch khách""",
        # "các đơn vị" of the second paragraph are those of the first; "kế hoạch vốn … năm 2025"
        # is the year's plan, no deadline; the statistics office under its 2025 name
        "assignments": [
            ("group:department", None, []),
            ("group:commune", None, []),
            ("group:department", None, []),
            ("group:commune", None, []),
            ("Sở Tài chính", None, []),
            ("Sở Tài chính", None, ["Cục Thống kê tỉnh", "group:related"]),
            ("Sở Công Thương", None, []),
            ("Sở Du lịch", None, []),
        ],
    },
    {
        "url": "http://m.thoimoi.vn/tags/ha-tang-tram-sac",
        # undated on the page (a tag page): Nguyễn Mạnh Quyền, vice-chairman of Hà Nội 2021-2025
        "date": D(2024, 10, 1),
        "classes": ["press", "group", "giao"],
        "text": """Phó Chủ tịch UBND thành phố Hà Nội Nguyễn Mạnh Quyền vừa giao các sở, ngành, đơn vị lập phương án chuẩn bị hạ tầng...""",
        "assignments": [("group:department", None, [])],
    },
    {
        "url": "https://thainguyentv.vn/hoan-thanh-giai-quyet-kien-nghi-cua-cong-dan-truoc-3062023-96878.html",
        # undated in the excerpt: a citizens' reception before the deadline of 30/6/2023 it sets
        "date": D(2023, 6, 15),
        "classes": ["press", "names", "coordinators", "giao"],
        "text": """Hoàn thành giải quyết kiến nghị của công dân trước 30/6/2023

Tháng 6/2022, gia đình ông có nhu cầu xây dựng nhà ở trên thửa đất này, nhưng do có một số vướng mắc về ranh giới đất nên hoạt động xây dựng đã bị chính quyền địa phương tạm dừng, gia đình ông Nguyễn Văn Phương đã có đơn đề nghị Ủy ban nhân dân phường Đông Cao cắm chỉ giới đất để gia đình ông thực hiện xây dựng nhưng chưa được giải quyết. Sau khi nghe ý kiến của công dân và báo cáo giải trình của các cơ quan chức năng và địa phương, đồng chí Chủ tịch Ủy ban nhân dân tỉnh khẳng định hồ sơ pháp lý về đất của gia đình ông Nguyễn Văn Phương là hợp pháp, nguyện vọng cũng hoàn toàn chính đáng, đồng chí Chủ tịch Ủy ban nhân dân tỉnh giao thành phố Phổ Yên, phường Đông Cao phối hợp với văn phòng đăng ký đất đai của tỉnh khẩn trương giải quyết các vướng mắc, xác định và cắm chỉ giới đất cho gia đình công dân. Thời gian giải quyết hoàn thành trước ngày 30 tháng 6./.""",
        # the city and the ward lead together; the deadline's year is the reception's
        "assignments": [
            ("UBND thành phố Phổ Yên", D(2023, 6, 30), ["Văn phòng Đăng ký đất đai tỉnh"]),
            ("UBND phường Đông Cao", D(2023, 6, 30), ["Văn phòng Đăng ký đất đai tỉnh"]),
        ],
    },
    {
        "url": "http://baovinhphuc.com.vn/chuyen-muc/cat/44,187,92,164,123,189,190,191,192/xa-hoi",
        "date": D(2025, 5, 28),
        "classes": ["press", "names"],
        "text": """28/05/2025
Trước tình hình dịch bệnh truyền nhiễm diễn biến phức tạp, để chủ động triển khai các biện pháp phòng, chống dịch bệnh trên địa bàn tỉnh trong thời gian tới các bệnh sốt xuất huyết, tay chân miệng, COVID-19 và dịch bệnh có nguy cơ xảy ra trong mùa mưa bão, ngập lụt, nhất là giai đoạn cao điểm du lịch hè 2025 khi nhu cầu đi lại của người dân tăng cao, UBND tỉnh vừa ra văn bản yêu cầu Sở Y tế chỉ đạo tăng cường phối hợp giữa hệ thống y tế dự phòng và điều trị trong việc cập nhật số liệu giám sát bệnh truyền nhiễm theo Thông tư 54/2015 của Bộ Y tế, giám sát viêm phổi nặng do vi rút (SVP), giám sát dựa vào sự kiện để cung cấp kịp thời thông tin các ca bệnh truyền nhiễm, những dấu hiệu bất thường của dịch bệnh, phát hiện sớm sự gia tăng của các bệnh truyền nhiễm, nhất là các bệnh sốt xuất huyết, tay chân miệng, COVID-19 và các dịch bệnh lây truyền qua đường tiêu hóa, bệnh đau mắt đỏ sau các đợt mưa bão, ngập lụt.""",
        "assignments": [("Sở Y tế", None, [])],
    },
    {
        "url": "https://sinhvienthamdinh.com/search/307787/?page=8",
        # undated on the page (a search page): Phan Văn Mãi, chairman 2021-2025, while Thủ Đức was
        # a city of TP.HCM
        "date": D(2023, 1, 1),
        "classes": ["press", "group", "names", "giao"],
        "text": """Chủ tịch UBND TPHCM Phan Văn Mãi vừa giao các sở, ban, ngành, UBND TP Thủ Đức và các huyện trả lời kết quả giải quyết cụ thể, tiến độ các dự án cử tri kiến nghị, phản ánh. Trong đó, nhiều dự án chậm tiến độ , ảnh hưởng đến chất lượng cuộc sống của người dân.
Chủ tịch UBND TPHCM yêu cầu các đơn...""",
        # the last sentence is cut before its addressees
        "assignments": [
            ("group:department", None, []),
            ("UBND thành phố Thủ Đức", None, []),
            ("group:district", None, []),
        ],
    },
    {
        "url": "https://www.sggp.org.vn/thanh-lap-ban-chi-dao-thuc-hien-de-an-chinh-trang-do-thi-khu-vuc-nha-o-tren-va-ven-kenh-rach-post807866.html",
        "date": D(2025, 8, 11),
        "classes": ["press", "names", "group", "coordinators", "passive", "subject_verb", "date_dash"],
        "text": """Liên quan tiến độ thực hiện Đề án chỉnh trang đô thị khu vực nhà ở trên và ven kênh, rạch, Văn phòng UBND TPHCM vừa ra văn bản truyền đạt chỉ đạo của Phó Chủ tịch UBND TPHCM Bùi Xuân Cường đề nghị Đảng ủy các phường Chánh Hưng, Phú Định, Bình Đông đưa nội dung thực hiện Đề án vào báo cáo chính trị Đại hội Đảng nhiệm kỳ 2025-2030; Khẩn trương thành lập Ban chỉ đạo ở từng phường để triển khai hiệu quả, đồng thời rà soát và đề xuất phân cấp, phân quyền phù hợp.

Phó Chủ tịch UBND TPHCM Bùi Xuân Cường kiểm tra tiến độ thực hiện Đề án chỉnh trang đô thị khu vực nhà ở trên và ven kênh, rạch. Ảnh: QUỐC HÙNG

UBND các phường được giao tiếp tục rà soát, điều chỉnh tổng thể quy hoạch phân khu tỷ lệ 1/2000 so với ranh giới hành chính mới, gửi Sở Xây dựng trước ngày 15-8. Sở Nội vụ phối hợp với Sở Xây dựng và Sở Nông nghiệp và Môi trường hoàn tất bàn giao ranh giới hành chính mới cho ba phường trước ngày 25-8.

Sở Tài chính được giao chủ trì nghiên cứu các kiến nghị của ba phường, tham mưu triển khai các dự án thuộc Đề án, trong đó tập trung cho công tác bồi thường, hỗ trợ, tái định cư tại phường Bình Đông và các dự án khác theo danh mục đã phê duyệt.

Sở Xây dựng rà soát, dự báo, phân khai chi tiết các dự án nhà ở xã hội và khu tái định cư, gửi Sở Tài chính để cân đối nguồn vốn giai đoạn 2026-2030; đồng thời tham mưu ban hành kế hoạch triển khai chi tiết nhằm đảm bảo tính khả thi và hiệu quả của Đề án.""",
        # the wards' party committees are no agencies; "UBND các phường": the three named above,
        # annotated as the group written
        "assignments": [
            ("group:commune", D(2025, 8, 15), []),
            ("Sở Nội vụ", D(2025, 8, 25), ["Sở Xây dựng", "Sở Nông nghiệp và Môi trường"]),
            ("Sở Tài chính", None, []),
            ("Sở Xây dựng", None, []),
        ],
    },
]


# -- round 8 (r371-r400): new excerpts, annotated before the reader ran on them ------------------
# Found with the search tool's stored pages, none of them in the earlier rounds (addresses and a
# sentence of each checked; a second paper's report of r329's instruction on Cà Mau's coast and a
# tag page repeating an earlier Hà Tĩnh excerpt were dropped). Where the page gives no day (or no year) the date is the nearest one the page allows,
# said in a comment.
ROUND8_CASES = []
ROUND8_CASES += [
    {
        "url": "http://baokiemtoan.vn/cao-toc-chi-lang-huu-nghi-ptag.html",
        # undated on the page (a tag page): Hồ Tiến Thiệu, chairman of Lạng Sơn 2021-2025, before
        # 7/2025 (districts)
        "date": D(2023, 1, 1),
        "classes": ["press", "group"],
        "text": """CAO TỐC CHI LĂNG& HỮU NGHỊ

Lạng Sơn: Đốc thúc tiến độ triển khai một số dự án trọng điểm
(BKTO) - Chủ tịch Ủy ban nhân dân (UBND) tỉnh Lạng Sơn Hồ Tiến Thiệu yêu cầu các cơ quan liên quan và UBND các huyện, thành phố phải nêu cao tinh thần trách nhiệm, tích cực khẩn trương triển khai công tác giải phóng mặt bằng (GPMB) các dự án (DA).""",
        "assignments": [("group:related", None, []), ("group:district", None, [])],
    },
    {
        "url": "http://baokiemtoan.vn/mau-son-ptag.html",
        # undated on the page (a tag page): of 2023, the year it names
        "date": D(2023, 1, 1),
        "classes": ["press", "group"],
        "text": """mau son

Lạng Sơn: Nêu cao trách nhiệm người đứng đầu trong chỉ đạo thực hiện giải phóng mặt bằng
(BKTO) – Năm 2023, Lạng Sơn có các dự án trọng điểm cần bồi thường giải phóng mặt bằng. Để thực hiện tốt nhiệm vụ này, lãnh đạo Tỉnh ủy Lạng Sơn yêu cầu người đứng đầu các sở, ngành phải thực sự nêu cao tinh thần trách nhiệm trong công tác lãnh đạo, chỉ đạo, kiểm tra, giám sát.""",
        # the party committee's leaders ask the departments' heads (as r305's "Phó Bí thư … đề nghị")
        "assignments": [("group:department", None, [])],
    },
    {
        "url": "http://snnptnt.dienbien.gov.vn/portal/Pages/2017-9-28/Dong-chi-Mua-A-Son-Chu-tich-UBND-tinh-kiem-tra-congdgyc6.aspx",
        "date": D(2017, 9, 18),
        "classes": ["press", "names", "giao"],
        "text": """Đồng chí Mùa A Sơn, Chủ tịch UBND tỉnh kiểm tra công tác chuẩn bị cây hoa Ban trồng tại khuôn viên toàn nhà Quốc hội

Đăng ngày 28 - 09 - 2017
100%

Chiều ngày 18/9, Đoàn công tác của UBND tỉnh do đồng chí Mùa A Sơn, Chủ tịch UBND tỉnh đã đi kiểm tra công tác chuẩn bị cây hoa Ban để tỉnh trồng tại khuôn viên tòa nhà Quốc hội. Tham gia cùng đoàn có lãnh đạo Văn phòng UBND tỉnh, lãnh đạo Sở Nông nghiệp và PTNT, lãnh đạo Chi cục Lâm nghiệp.

Thực hiện ý kiến của đồng chí Nguyễn Thị Kim Ngân, Chủ tịch Quốc hội trong chuyến công tác tại tỉnh Điện Biên về chủ trương trồng cây hoa Ban tại khuôn viên tòa nhà Quốc hội, UBND tỉnh đã giao Sở Nông nghiệp và PTNT chuẩn bị số lượng 30 cây hoa Ban đảm bảo tiêu chuẩn để trồng tại khuôn viên tòa nhà Quốc hội, góp phần giới thiệu, quảng bá nét văn hóa đặc trưng của các tỉnh Tây Bắc nói chung và của tỉnh Điện Biên nói riêng.

Đồng chí Mùa A Sơn, Chủ tịch UBND tỉnh kiểm tra công tác chuẩn bị cây hoa Ban trồng tại khuôn viên toàn nhà Quốc hội

Đồng chí Mùa A Sơn, Chủ tịch UBND tỉnh cùng đoàn công tác đã kiểm tra tại thực địa kết quả chuẩn bị cây hoa Ban của Sở Nông nghiệp và PTNT. Tại buổi kiểm tra, đồng chí Mùa A Sơn đã đánh giá cao chất lượng cây hoa Ban đã chuẩn bị và yêu cầu Sở Nông nghiệp và PTNT tiếp tục chăm sóc cây trồng, chuẩn bị các điều kiện cần thiết chuẩn bị trồng.""",
        # the first task (already under way) and the chairman's demand at the visit
        "assignments": [
            ("Sở Nông nghiệp và Phát triển nông thôn", None, []),
            ("Sở Nông nghiệp và Phát triển nông thôn", None, []),
        ],
    },
    {
        "url": "https://vanphong.langson.gov.vn/vi/node/74804",
        "date": D(2023, 1, 26),
        "classes": ["names", "factored_list", "subject_verb"],
        "text": """Công nhận xã Chi Lăng, huyện Tràng Định, xã Sơn Hà, huyện Hữu Lũng và xã Bắc Lãng, huyện Đình Lập đạt chuẩn nông thôn mới nâng cao năm 2022

D:\\Desktop\\2-1.jpg

Ảnh minh họa (Nguồn baolangson.vn)

UBND tỉnh vừa công nhận xã Chi Lăng, huyện Tràng Định, xã Sơn Hà, huyện Hữu Lũng và xã Bắc Lãng, huyện Đình Lập đạt chuẩn nông thôn mới nâng cao năm 2022 theo Bộ tiêu chí xây dựng xã đạt nông thôn mới nâng cao giai đoạn 2021 - 2025 (lần lượt tại các Quyết định số: 99/QĐ-UBND, 103/QĐ-UBND, 105/QĐ-UBND, ngày 26/01/2023).

 

UBND các huyện Tràng Định, Hữu Lũng, Đình Lập và UBND các xã Chi Lăng, Sơn Hà, Bắc Lãng tiếp tục chỉ đạo, tổ chức thực hiện để duy trì và nâng cao chất lượng các tiêu chí đã đạt trong năm 2023 và các năm tiếp theo.""",
        # the picture's path as the page gives it (backslashes escaped); the factored lists of three districts and three communes; "trong năm 2023 và các năm
        # tiếp theo" is an open span, no deadline
        "assignments": [
            ("UBND huyện Tràng Định", None, []),
            ("UBND huyện Hữu Lũng", None, []),
            ("UBND huyện Đình Lập", None, []),
            ("UBND xã Chi Lăng", None, []),
            ("UBND xã Sơn Hà", None, []),
            ("UBND xã Bắc Lãng", None, []),
        ],
    },
    {
        "url": "https://baovemoitruong.org.vn/tuyen-quang-ubnd-tinh-chi-dao-phoi-hop-tuyen-truyen-voi-tap-chi-dien-tu-bao-ve-rung-va-moi-truong/",
        "date": D(2017, 12, 2),
        "classes": ["press", "recipients", "giao", "names", "coordinators", "group", "factored_list"],
        "text": """Tuyên Quang: UBND tỉnh chỉ đạo phối hợp tuyên truyền với Tạp chí điện tử Bảo vệ Rừng và Môi trường

BVR&MT – Ngày 02/12/2017 UBDN tỉnh Tuyên Quang đã ban hành Công văn số:3817/UBND-KGVX gửi các sở: Nông Nghiệp và Phát triển Nông thôn; Lao động Thương binh & Xã hội; Hiệp hội Doanh nghiệp tỉnh, UBND huyện, thành phố về việc phối hợp thực hiện tuyên truyền Chương trình MTQG giảm nghèo trên địa bàn tỉnh.

Công văn của UBND tỉnh Tuyên Quang gửi các sở về việc phối hợp tuyên truyền với Tạp chí điện tử Bảo vệ Rừng và Môi trường.

Nội dung công văn nêu rõ: Sau khi xem xét công văn số 82/CV-BVR&MT ngày 24/11/2017 của Tạp chí điện tử Bảo vệ Rừng và Môi trường, về việc phối hợp hợp tác tuyên truyền Chương trình MTQG giảm nghèo bền vững giai đoạn 2016 – 2020.

UBND tỉnh có ý kiến: Đông ý để Tạp chí điện tử Bảo vệ Rừng và Môi trường thực hiện tuyên truyền Chương trình MTQG giảm nghèo bền vững giai đoạn 2016 -2020 tại tỉnh Tuyên Quang.

Giao sở Nông nghiệp & Phát triển Nông thôn làm đầu mối, phối hợp với các sở, ngành, đơn vị, doanh nghiệp liên quan và UBND huyện, thành phố xem xét, chuẩn bị nội dung giúp Tạp chí điện tử Bảo vệ Rừng và Môi trường thực hiện tuyên truyền Chương trình MTQG giảm nghèo bền vững giai đoạn 2016 – 2020 trên địa bàn tỉnh.

Phượng Long""",
        # the letter's addressees are its recipients; the one task is the department's ("làm đầu
        # mối" as lead); the companies concerned are no agencies; the approval of the magazine's
        # work is no task; the programme's span 2016-2020 is no deadline
        "assignments": [
            (
                "Sở Nông nghiệp và Phát triển nông thôn",
                None,
                ["group:department", "group:related", "group:district"],
            ),
        ],
    },
    {
        "url": "https://tienphong.vn/thu-tuong-phe-chuan-nhan-su-pho-chu-tich-ubnd-tinh-hung-yen-post1793098.tpo",
        "date": D(2025, 11, 3),
        "classes": ["negative", "press"],
        "text": """Thủ tướng phê chuẩn nhân sự Phó Chủ tịch UBND tỉnh Hưng Yên

TPO - Ngày 3/11, UBND tỉnh Hưng Yên công bố quyết định của Thủ tướng Chính phủ phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Hưng Yên nhiệm kỳ 2021 - 2026 đối với ông Lê Quang Hòa.

Ngày 3/11, UBND tỉnh Hưng Yên tổ chức hội nghị thường kỳ tháng 10. UBND tỉnh công bố Quyết định số 2336/QĐ-TTg của Thủ tướng Chính phủ phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Hưng Yên nhiệm kỳ 2021 - 2026 đối với ông Lê Quang Hòa.

Sau khi ông Lê Quang Hòa được Thủ tướng Chính phủ phê chuẩn chức danh mới, hiện nhân sự lãnh đạo UBND tỉnh Hưng Yên gồm Chủ tịch và 5 Phó Chủ tịch UBND tỉnh. Cụ thể, Chủ tịch UBND tỉnh Hưng Yên là ông Nguyễn Khắc Thận; 5 Phó Chủ tịch là các ông: Nguyễn Lê Huy (Phó Chủ tịch Thường trực), Nguyễn Hùng Nam, Phạm Văn Nghiêm, Lại Văn Hoàn, Lê Quang Hòa.

Chủ tịch UBND tỉnh Hưng Yên Nguyễn Khắc Thận và các phó chủ tịch tặng hoa chúc mừng tân Phó Chủ tịch Lê Quang Hòa.

Tại cuộc họp, các đại biểu nghe báo cáo tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2025, kế hoạch phát triển năm 2026, kế hoạch tài chính - ngân sách giai đoạn 2026 - 2030.

Trong 10 tháng, thu ngân sách Nhà nước trên địa bàn tỉnh đạt 75.563 tỷ đồng, bằng 136,4% dự toán.""",
        # a post confirmed and a meeting's reports; cut before the chairman's demand (on "toàn hệ
        # thống", no agency)
        "assignments": [],
    },
    {
        "url": "https://vpubnd.quangtri.gov.vn/chi-tiet-tin/-/view-article/1/1464863385185/1761529527136",
        "date": D(2025, 10, 24),
        "classes": ["names", "other_verbs"],
        "text": """Xử lý thông tin báo chí phản ánh
Ngày 19/10/2025, Báo Pháp luật thành phố Hồ Chí Minh có bài viết: “Một trường tiểu học ở Quảng Trị cứ mưa là bị cảnh ao tù, nước đọng”, trong nội dung có liên quan đến việc triển khai xây dựng tuyến đường thuộc dự án “Hạ tầng cơ bản cho phát triển toàn diện các tỉnh Nghệ An, Hà Tĩnh, Quảng Bình và Quảng Trị - Tiểu dự án tỉnh Quảng Trị” (gửi kèm)
Thực hiện quy chế làm việc của UBND tỉnh nhiệm kỳ 2021-2025 được ban hành kèm theo Quyết định số 01/2025/QĐ-UBND ngày 09/7/2025 và chỉ đạo của UBND tỉnh tại Công văn số 84/UBND-TH ngày 14/7/2025 về việc chủ động giải quyết và tham mưu UBND tỉnh theo chức năng nhiệm vụ được giao; Văn phòng UBND tỉnh chuyển nội dung nêu trên đến Ban Quản lý dự án đầu tư xây dựng tỉnh để nghiên cứu, xử lý theo thẩm quyền, đảm bảo tuân thủ quy định.
Văn phòng UBND tỉnh thông báo để Ban Quản lý dự án đầu tư xây dựng tỉnh biết, thực hiện.
Công văn số 3570/VP-CTXD ngày 24/10/2025""",
        # the Office "chuyển … đến" the board to handle: the board's task; the closing formula
        # repeats it
        "assignments": [("Ban Quản lý dự án đầu tư xây dựng tỉnh", None, [])],
    },
    {
        "url": "https://www.quangtri.gov.vn/vi/%C4%90%E1%BB%90i-tho%E1%BA%A0i-doanh-nghi%E1%BB%86p?p_p_id=publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8_action=viewQuestionDetail&questionid=1710405287663",
        "date": D(2024, 3, 18),
        "classes": ["giao", "names", "month_deadline"],
        "text": """UBND tỉnh nhận được đơn kiến nghị ngày 04/3/2024 của các hộ dân (ông Nguyễn Văn Đức, Trần Văn Xuân, Nguyễn Xuân Thủy) tại thôn Lê Xá, xã Vĩnh Sơn, huyện Vĩnh Linh, tỉnh Quảng Trị về việc thi công đường bê tông. Sau khi xem xét, UBND tỉnh có ý kiến như sau:
Giao UBND huyện Vĩnh Linh căn cứ kết quả giám định chất lượng mặt đường bê tông xi măng của công trình đã được Sở Giao thông vận tải kết luận tại Thông báo số 77/TB-SGTVT ngày 11/3/2024 để xem xét, xử lý và trả lời kiến nghị của các hộ dân theo thẩm quyền, đảm bảo tuân thủ quy định pháp luật, báo cáo Ban Nội chính Tỉnh ủy, UBND tỉnh kết quả xử lý trong tháng 3/2024.


(Theo Công văn 1287/UBND-KT ngày 18/3/2024)""",
        # "trong tháng 3/2024": the month's last day; the department's conclusion is a basis, not a
        # coordination
        "assignments": [("UBND huyện Vĩnh Linh", D(2024, 3, 31), [])],
    },
    {
        "url": "https://moitruong.net.vn/lam-dong-ptag.html",
        # undated on the page (a tag page): 2/4 of a year before the merger of 7/2025; the year is
        # unsure
        "date": D(2024, 4, 2),
        "classes": ["negative", "press"],
        "text": """Lâm Đồng

Lâm Đồng: Tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng
Ngày 2/4, UBND tỉnh Lâm Đồng đã ra thông báo yêu cầu tăng cường biện pháp cấp bách phòng cháy, chữa cháy rừng. Điều này nhằm ngăn ngừa và giảm tối đa thiệt hại do cháy rừng gây ra trong bối cảnh dự báo nắng nóng gay gắt sẽ diễn ra ở nhiều địa phương.""",
        # a demand with no agency named
        "assignments": [],
    },
    {
        "url": "https://baovephapluat.vn/tim-kiem/q/l%C3%A0m-ch%E1%BA%BFt-c%C3%A2y-r%E1%BB%ABng",
        "date": D(2019, 6, 4),
        "classes": ["negative", "press"],
        "text": """Lâm Đồng ra công điện khẩn sau khi xảy ra nhiều vụ phá rừng nghiêm trọng
Lâm Đồng ra công điện khẩn sau khi xảy ra nhiều vụ phá rừng nghiêm trọng04/06/2019 15:14

Lâm Đồng ra công điện khẩn sau khi xảy ra nhiều vụ phá rừng nghiêm trọng

(BVPL) – Thực hiện quyết liệt các biện pháp kiểm tra, ngăn chặn, xử lý tình trạng hủy hoại rừng, lấn chiếm đất lâm nghiệp xảy ra trên địa bàn. Đó là nội dung công điện của Chủ tịch UBND tỉnh Lâm Đồng, sau khi tại địa phương liên tục xảy ra các vụ xâm hại rừng nghiêm trọng.""",
        # the telegram's content without its addressees
        "assignments": [],
    },
    {
        "url": "https://dantocmiennui.baotintuc.vn/region/gia-lai/93.html",
        # undated on the page (a region page): before 7/2025 (the district of Chư Păh, the city of
        # Pleiku)
        "date": D(2024, 1, 1),
        "classes": ["press", "group"],
        "text": """Gia Lai chỉ đạo xử lý vụ khai thác đất trái phép tại khu vực giáp ranh Chư Đang Ya – Biển Hồ
Sau phản ánh của TTXVN và người dân về tình trạng khai thác đất trái phép tại khu vực giáp ranh giữa xã Chư Đang Ya (huyện Chư Păh) và xã Biển Hồ (thành phố Pleiku), UBND tỉnh Gia Lai đã chỉ đạo quyết liệt các cơ quan liên quan vào cuộc kiểm tra, làm rõ và xử lý nghiêm theo quy định pháp luật.""",
        "assignments": [("group:related", None, [])],
    },
    {
        "url": "https://baobinhthuan.com.vn/dong-vat-ptag.html",
        # undated on the page (a tag page): after the Prime Minister's telegram of 31/1/2024
        "date": D(2024, 2, 5),
        "classes": ["press", "group"],
        "text": """Phó Chủ tịch UBND tỉnh Nguyễn Hồng Hải vừa có công văn chỉ đạo đến một số sở, ngành liên quan và UBND các huyện, thị xã, thành phố yêu cầu khẩn trương triển khai thực hiện Công điện số 12/CĐ-TTg ngày 31/1/2024 của Thủ tướng Chính phủ về việc tăng cường ngăn chặn, xử lý nghiêm các trường hợp buôn lậu, vận chuyển trái phép động vật, sản phẩm động vật, giống vật nuôi và thủy sản qua biên giới vào Việt Nam.""",
        # "một số sở, ngành liên quan": the departments concerned
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://baophutho.vn/benh-dich-ta-lon-chau-phi-da-xay-ra-tai-29-xa-phuong-236262.htm",
        "date": D(2025, 7, 16),
        "classes": ["press", "group", "subject_verb", "coordinators"],
        "text": """Ngày 16/7, Sở Nông nghiệp và Môi trường (NN&MT) cho biết, hiện tại, bệnh dịch tả lợn châu Phi (DTLCP) đã xảy ra tại 29 địa phương trên toàn tỉnh.
Tình hình bệnh dịch tả lợn châu Phi trên địa bàn tỉnh đang có diễn biến phức tạp.
Trước tình hình dịch bệnh đang có diễn biến phức tạp, Chi cục Chăn nuôi, Thú y và Thủy sản đã tham mưu cho UBND tỉnh, Sở NN&MT ban hành đồng bộ các văn bản chỉ đạo triển khai phòng chống dịch, đề nghị các xã đăng ký nhu cầu hóa chất khử trùng để chống dịch, hiện đã cấp 168 lít hóa chất khử trùng cho các xã chống dịch.
Dự báo trong thời gian tới, bệnh dịch tả lợn châu Phi có chiều hướng tiếp tục phát sinh, lây lan trên địa bàn, nhất là tại các hộ chăn nuôi nhỏ lẻ, không áp dụng các biện pháp chăn nuôi an toàn sinh học. Để tổ chức hiệu quả công tác phòng, chống bệnh DTLCP, Sở NN&MT khuyến cáo người dân chỉ tái đàn lợn khi đảm bảo an toàn dịch bệnh và đáp ứng được các biện pháp cách ly, an toàn sinh học; thực hiện kê khai chăn nuôi theo quy định.
UBND các xã, phường chỉ đạo các lực lượng chức năng phối hợp với các ban ngành liên quan tổ chức kiểm soát chặt chẽ hoạt động chăn nuôi, buôn bán, vận chuyển, giết mổ lợn; xử lý nghiêm các trường hợp vi phạm theo quy định; chỉ đạo tăng cường giám sát, phát hiện sớm dịch bệnh để xử lý kịp thời, không để dịch bệnh phát sinh, lây lan rộng.""",
        # the department's advice to the people is no task; the communes' measures are (the
        # coordinators are the communes' own forces and boards, not the province's); the request
        # to the communes for disinfectant is work already done
        "assignments": [("group:commune", None, [])],
    },
    {
        "url": "https://thuonghieuquocgia.nhandan.vn/khan-truong-ung-pho-sat-lo-dat-vung-ven-song-ven-bien-ca-mau-post894362.html",
        "date": D(2025, 7, 17),
        "classes": ["press", "names", "coordinators", "group", "passive", "subject_verb"],
        "text": """Chiều 17/7, Phó Chủ tịch Ủy ban nhân dân tỉnh Cà Mau Lê Văn Sử cho biết, Chủ tịch Ủy ban nhân dân tỉnh vừa có văn bản chỉ đạo Sở Nông nghiệp và Môi trường, trên cơ sở phương án ứng phó với sạt lở, sụt lún đất theo cấp độ rủi ro thiên tai đã được phê duyệt, hướng dẫn chính quyền cấp xã (mới) rà soát, khoanh vùng khu vực sạt lở, thiết lập hành lang an toàn; theo dõi diễn biến hiện trường, kịp thời ứng cứu, xử lý tình hình sạt lở đất vùng ven sông, ven biển.

Sở Xây dựng tỉnh Cà Mau được yêu cầu chủ trì, phối hợp với các địa phương cùng các đơn vị có liên quan rà soát hệ thống công trình giao thông theo phân cấp; kịp thời phát hiện, cảnh báo các công trình có nguy cơ sạt lở, sụt lún.
Chính quyền các địa phương trong tỉnh có nhiệm vụ rà soát, thống kê các điểm có nguy cơ để kịp thời phát cảnh báo vùng nguy hiểm...

Theo Ủy ban nhân dân tỉnh Cà Mau, từ đầu năm đến nay, tình hình thiên tai trên địa bàn tỉnh diễn biến phức tạp, khó lường, với tổng thiệt hại về tài sản hơn 16 tỷ đồng.""",
        # the communes the department guides are no coordinators of its task; "các địa phương"
        # after 7/2025: the communes and wards
        "assignments": [
            ("Sở Nông nghiệp và Môi trường", None, []),
            ("Sở Xây dựng", None, ["group:commune", "group:related"]),
            ("group:commune", None, []),
        ],
    },
    {
        "url": "https://kinhtexanh.vn/sat-lo-uy-hiep-de-bien-ca-mau-ban-bo-tinh-huong-khan-cap-9547.html",
        # undated in the excerpt: the emergency declared in September 2019 (after the dyke broke in
        # early August 2019)
        "date": D(2019, 9, 24),
        "classes": ["press", "giao", "names", "coordinators", "group", "factored_list", "subject_verb"],
        "text": """Theo đó, trên địa bàn tỉnh Cà Mau hiện có hơn 25 km cửa biển, bờ biển và hơn 1,2 km bờ sông sạt lở cần khẩn cấp xử lý. Vị trí sạt lở tập trung ở các xã: Đất Mũi, Viên An, Viên An Đông, Tam Giang Tây, thị trấn Rạch Gốc thuộc huyện Ngọc Hiển; xã Nguyễn Huân thuộc huyện Đầm Dơi; xã Tam Giang Đông, thị trấn Năm Căn thuộc huyện Năm Căn.
Những vị trí sạt lở đặc biệt nguy hiểm, gây ảnh hưởng trực tiếp đến các khu dân cư, các khu hành chính, công trình giáo dục, y tế, QL1... và đai rừng phòng hộ, ảnh hưởng trực tiếp đến đời sống sinh hoạt của người dân, đặc biệt là vào mùa mưa bão.
Một đoạn đê biển Tây ở Cà Mau bị sóng đánh vỡ vào đầu tháng 8/2019, được cơ quan chức năng và người dân gia cố. Ảnh: TTXVN |
Để thực hiện tình huống khẩn cấp, ông Nguyễn Tiến Hải, Chủ tịch UBND tỉnh Cà Mau giao Sở Nông nghiệp - Phát triển nông thôn phối hợp với UBND các huyện bị ảnh hưởng khoanh vùng khu vực bị sạt lở và có nguy cơ sạt lở, thiết lập hành lang an toàn. Ngoài ra, phải lựa chọn giải pháp và tổ chức khảo sát, lập các thủ tục đầu tư các dự án chống sạt lở trình cấp thẩm quyền thẩm định, phê duyệt theo quy định tình huống khẩn cấp.
Chủ tịch UBND tỉnh Cà Mau giao Sở Kế hoạch - Đầu tư chủ trì, phối hợp với các sở, ban, ngành liên quan thẩm định, đề xuất chủ trương đầu tư các dự án, trình cấp thẩm quyền thâm quyết định chủ trương đầu tư. UBND các huyện: Năm Căn, Ngọc Hiển và Đầm Dơi có trách nhiệm vận động nhân dân di dời tài sản ra khỏi khu vực sạt lở và khu vực có nguy cơ sạt lở nguy hiểm; bố trí l""",
        # "Ngoài ra, phải …" goes on with the department's task (as r329's "Đồng thời, Sở và huyện
        # …"); "UBND các huyện bị ảnh hưởng": the three named below, annotated as the group written;
        # the factored list of three districts
        "assignments": [
            ("Sở Nông nghiệp và Phát triển nông thôn", None, ["group:district"]),
            ("Sở Kế hoạch và Đầu tư", None, ["group:department"]),
            ("UBND huyện Năm Căn", None, []),
            ("UBND huyện Ngọc Hiển", None, []),
            ("UBND huyện Đầm Dơi", None, []),
        ],
    },
    {
        "url": "http://chaudoc.angiang.gov.vn/wps/portal/Home/trang-chu/cdp-xem/!ut/p/z0/fYzLDoMgFES_xiW5YEVgadKmLz9A2RgUH1RzqRGafn5NV111M5kzORnQUIFG83KjCc6jWXaudd4odbzSe8bK86kQtLiUIi25YlQKuIH-L-wP7rGuugDdeQz9O0C1uLbpJhOt7xK6GfLbg8MQuy3OrsfvMHkTrMcxtmgnizaheS65HFJJDoJxkknDScuHfo9UDoqpjFEOz1nXHx8jGlE!/",
        "date": D(2020, 4, 15),
        "classes": ["press", "recipients", "group"],
        "text": """An Giang tiếp tục kéo dài thời gian thực hiện các biện pháp cấp bách phòng chống dịch Covid-19 cho đến khi có thông báo mới của Chủ tịch UBND tỉnh
(Cổng TTĐT AG) - Tối ngày 15/4, UBND tỉnh An Giang vừa có công văn 388 /UBND-KGVX, gửi Thủ trưởng các Sở, ban ngành, đoàn thể tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố.

Theo đó, trong khi chờ Thông báo Kết luận của Thủ tướng Chính phủ Nguyễn Xuân Phúc tại cuộc họp Thường trực Chính phủ về phòng chống dịch Covid-19 vào chiều ngày 15/4/2020, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở, ban ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố căn cứ chức năng, nhiệm vụ tập trung chỉ đạo tiếp tục kéo dài thời gian thực hiện các biện pháp cấp bách phòng chống dịch Covid-19 tại địa phương theo Chỉ thị số 682/CT-UBND ngày 29 tháng 3 năm 2020 và Chỉ thị số 726/CT-UBND ngày 31 tháng 3 năm 2020  của Chủ tịch UBND tỉnh nhằm thực hiện theo Chỉ thị 15/CT-TTg ngày 27/3/2020 và Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19, cho đến khi có thông báo mới của Chủ tịch UBND tỉnh./.""",
        # the letter's addressees are its recipients, the same as those asked; "cho đến khi có
        # thông báo mới" is no deadline
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://plo.vn/chu-tich-an-giang-phe-binh-cac-co-quan-cham-phan-hoi-kien-nghi-cua-doanh-nghiep-post898866.html",
        "date": D(2026, 3, 10),
        "classes": ["press", "giao", "names"],
        "text": """Chủ tịch An Giang phê bình các cơ quan chậm phản hồi kiến nghị của doanh nghiệp 10/03/2026 17:20

(PLO)- Chủ tịch UBND tỉnh An Giang giao Sở Nội vụ lập tổ kiểm tra chuyên đề, quán triệt nguyên tắc cái gì không được phải trả lời rõ, cái gì được phải giải quyết ngay cho doanh nghiệp.

Ngày 10-3, ông Hồ Văn Mừng, Chủ tịch UBND tỉnh An Giang, chủ trì Hội nghị triển khai kịch bản tăng trưởng kinh tế khu vực II (công nghiệp - Xây dựng) và khu vực III (dịch vụ).

Năm 2026, An Giang đề ra mục tiêu tăng trưởng từ 10,71% và phấn đấu trên 11%. Cụ thể, tỉnh phấn đấu khu vực II tăng 21,52% và khu vực III tăng 11,25%. Trong đó, phấn đấu ngành xây dựng đột phá với mục tiêu tăng 38,43%, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ cả năm gần 380.000 tỉ đồng. An Giang cũng phấn đấu xuất khẩu đạt kim ngạch 2,67 tỉ USD và mở rộng sang Trung Đông, Nam Mỹ.""",
        # the province's targets for 2026 are no task of an agency
        "assignments": [("Sở Nội vụ", None, [])],
    },
    {
        "url": "https://dantri.com.vn/bat-dong-san/khanh-hoa-tiep-nhan-47-co-so-nha-dat-tu-bo-tai-chinh-20260124165704258.htm",
        "date": D(2026, 1, 24),
        "classes": ["press", "group"],
        "text": """Ngày 24/1, lãnh đạo Trung tâm Phát triển quỹ đất tỉnh Khánh Hòa cho biết đơn vị đang chờ Kho bạc Nhà nước khu vực XIV bàn giao các cơ sở nhà, đất theo quyết định của Bộ Tài chính.

Theo lãnh đạo trung tâm này, hầu hết các cơ sở nhà, đất do Bộ Tài chính chuyển giao đã được UBND tỉnh Khánh Hòa phân cấp cho các đơn vị hành chính tại địa phương tiếp nhận, quản lý và sử dụng theo quy định.

Khánh Hòa tiếp nhận 47 cơ sở nhà đất từ Bộ Tài chính sau sắp xếp lại tổ chức, bộ máy (Ảnh: Trung Thi).

Căn cứ quyết định của Bộ Tài chính, 47 cơ sở nhà, đất được chuyển giao cho UBND tỉnh Khánh Hòa là các trụ sở cơ quan thuộc ngành thuế và kho bạc không còn nhu cầu sử dụng sau khi sắp xếp lại tổ chức, bộ máy.

Trong số các cơ sở được bàn giao, nhiều khu nhà, đất có diện tích lớn, tổng diện tích đất và diện tích sàn xây dựng lên đến hàng nghìn mét vuông.

UBND tỉnh Khánh Hòa yêu cầu các xã, phường sau khi tiếp nhận nhà, đất từ các cơ quan thuế, kho bạc phải quản lý, xử lý theo đúng quy định của pháp luật về đất đai; rà soát, bố trí làm trụ sở làm việc, cơ sở hoạt động sự nghiệp mới thành lập, cơ sở y tế, giáo dục, thiết chế văn hóa, thể thao và các mục đích công cộng khác.""",
        # the treasury's hand-over is the ministry's decision, no task of the province; "các xã,
        # phường": the communes and wards
        "assignments": [("group:commune", None, [])],
    },
    {
        "url": "https://vneconomy.vn/khanh-hoa-yeu-cau-day-nhanh-tien-do-xay-dung-he-so-dieu-chinh-gia-dat-nam-2022.htm",
        "date": D(2022, 4, 19),
        "classes": ["press", "recipients", "group", "giao", "names", "coordinators"],
        "text": """Khánh Hòa yêu cầu đẩy nhanh tiến độ xây dựng hệ số điều chỉnh giá đất năm 2022

Thanh Xuân -

UBND tỉnh Khánh Hòa vừa có văn bản gửi Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh; các sở, ban, ngành thuộc tỉnh; UBND các huyện, thị xã, thành phố; Trung tâm phát triển quỹ đất tỉnh yêu cầu đẩy nhanh tiến độ xây dựng hệ số điều chỉnh giá đất năm 2022 trên địa bàn tỉnh...

Ảnh minh họa.
Ảnh minh họa.

Trong đó, yêu cầu các sở, ban, ngành, địa phương cần khẩn trương có ý kiến theo đề nghị của Sở Tài chính để Sở tham mưu UBND tỉnh đúng quy định. UBND tỉnh giao Sở Tài chính tổng hợp, lấy ý kiến thẩm định của Sở Tư pháp, hoàn chỉnh và trình UBND tỉnh trước ngày 22/4; tổng hợp ý kiến của các thành viên UBND tỉnh và dự thảo văn bản cho UBND tỉnh trình Thường trực HĐND tỉnh xem xét, chỉ đạo.

Trước đó, thực hiện ý kiến chỉ đạo của UBND tỉnh tại Công văn số 2459/UBNDXDNĐ ngày 21/3/2022 về việc tiến độ xây dựng hệ số điều chỉnh giá đất năm 2022 trên địa bàn tỉnh Khánh Hòa. Đồng thời căn cứ theo quy định của phát luật, ngày 28/3/2022, Sở Tài chính đã có Công văn số 974/STC-QLG về việc đề nghị tham gia ý kiến về hệ số điều chỉnh giá đất năm 2022 trên địa bàn tỉnh Khánh Hòa.""",
        # the letter's addressees are its recipients; "các sở, ban, ngành, địa phương" (before
        # 7/2025: the districts); the justice department's appraisal is its part in the finance
        # department's task; the later "tổng hợp …" goes on with the same task
        "assignments": [
            ("group:department", None, []),
            ("group:district", None, []),
            ("Sở Tài chính", D(2022, 4, 22), ["Sở Tư pháp"]),
        ],
    },
    {
        "url": "https://www.thitruonghanghoa.com/tin-tuc/dong-nai-phai-giai-ngan-gan-9000-ti-dong-von-dau-tu-cong-trong-2-thang-cuoi-nam-2025-291010.html",
        "date": D(2025, 11, 3),
        "classes": ["negative", "press"],
        "text": """Đồng Nai phải giải ngân gần 9.000 tỉ đồng vốn đầu tư công trong 2 tháng cuối năm 2025

03/11/2025 11:33
Để đạt 100% kế hoạch vốn được giao của năm 2025, trong những tháng còn lại tỉnh Đồng Nai cần phải giải ngân 8.826 tỉ đồng

Ngày 3-11, Sở Tài chính tỉnh Đồng Nai đã báo cáo UBND tỉnh về tình hình giải ngân kế hoạch đầu tư công năm 2025.

Kế hoạch đầu tư công năm 2025, Thủ tướng Chính phủ giao cho tỉnh Đồng Nai là hơn 31.926 tỉ đồng. Đến ngày 28-10, số giải ngân kế hoạch năm 2025 là 13.867 tỉ đồng, đạt tỉ lệ 43,43% kế hoạch.

Đồng Nai phải giải ngân gần 9.000 tỉ đồng vốn đầu tư công trong 2 tháng cuối năm 2025 - Ảnh 1

Đồng Nai phấn đấu giải ngân 100% vốn đầu tư công trước ngày 31-12-2025

Trường hợp không tính số kế hoạch vốn là 9.236 tỉ đồng (gồm 8.036 tỉ đồng của dự án đường cao tốc Bắc - Nam phía Tây đoạn Gia Nghĩa - Chơn Thành được Quốc hội cho phép kéo dài thời gian giải ngân đến hết năm 2026 và số kế hoạch mới giao bổ sung là 1.200 tỉ đồng), thì kế hoạch vốn Thủ tướng Chính phủ giao là 22.690 tỉ đồng.

Vì vậy, tỉ lệ giải ngân đến ngày 28-10 là 61,11% (13.867/22.690 tỉ đồng), cao hơn tỉ lệ giải ngân cả nước.

Trong đó, tỉ lệ giải ngân Trung tâm Phát triển quỹ đất chi nhánh Biên Hòa đạt 89%, Sở Xây dựng đạt 51%, Sở Công Thương đạt 1,6%, Trung tâm phát triển quỹ đất chi nhánh Cẩm Mỹ đạt 2%, Trung tâm phát triển quỹ đất tỉnh Đồng Nai đạt 6%...""",
        # a department's report of figures; the province's aim (before 31-12-2025) is given to no
        # agency
        "assignments": [],
    },
    {
        "url": "https://nld.com.vn/lap-bieu-do-giai-ngan-von-cong-196250811210017482.htm",
        "date": D(2025, 8, 12),
        "classes": ["negative", "press", "milestone"],
        "text": """Theo đó, tỉnh đề ra mục tiêu phấn đấu đến ngày 31-12-2025 sẽ hoàn thành giải ngân 100% nguồn vốn đầu tư công theo kế hoạch. Báo cáo của Sở Tài chính tỉnh Đồng Nai cho thấy tính đến ngày 31-7, các đơn vị chủ đầu tư cấp tỉnh đã thực hiện giải ngân hơn 7.500 tỉ đồng, đạt 36% kế hoạch. Trong tổng vốn đầu tư công năm 2025, phần lớn nguồn vốn được phân bổ cho các đơn vị chủ đầu tư cấp tỉnh triển khai thực hiện những dự án đầu tư, phát triển trên địa bàn tỉnh. Trong đó, tổng vốn đầu tư công được phân bổ cho những dự án thuộc các đơn vị chủ đầu tư cấp tỉnh gần 21.000 tỉ đồng (không tính dự án đường cao tốc Bắc - Nam phía Tây đoạn Gia Nghĩa - Chơn Thành).

Để bảo đảm tiến độ, UBND tỉnh đã phát động chiến dịch "30 ngày đêm giải ngân vốn đầu tư công" trên địa bàn tỉnh. Chiến dịch được triển khai thực hiện đến ngày 31-8 với mục tiêu nâng tổng vốn đầu tư công trên địa bàn tỉnh được giải ngân đạt hơn 11.400 tỉ đồng, tương đương 55% kế hoạch vốn. Tiếp đó, UBND tỉnh cũng đặt mục tiêu đến ngày 30-9, tỉ lệ giải ngân vốn đầu tư công của tỉnh đạt 60% kế hoạch (tương đương hơn 12.500 tỉ đồng); đến ngày 31-10, tỉ lệ giải ngân vốn đầu tư công của tỉnh đạt 65% kế hoạch (tương đương gần 13.700 tỉ đồng) và đến ngày 30-11, tỉ lệ giải ngân vốn đầu tư công của tỉnh sẽ đạt 90% kế hoạch (tương đương gần 18.800 tỉ đồng).""",
        # the province's targets and milestones, given to no agency
        "assignments": [],
    },
]

ROUND8_CASES += [
    {
        "url": "https://www.vietnamplus.vn/quang-ngai-khan-truong-ung-pho-voi-nhieu-khu-vuc-co-nguy-co-sat-lo-cao-post1077714.vnp",
        "date": D(2025, 11, 18),
        "classes": ["press", "group", "subject_verb"],
        "text": """Nhằm khẩn trương ứng phó mưa lớn trên địa bàn, ngày 18/11, Ủy ban Nhân dân tỉnh Quảng Ngãi đã có Công điện số 10/CĐ-UBND yêu cầu triển khai các biện pháp ứng phó.

Chủ tịch Ủy ban Nhân dân tỉnh Quảng Ngãi yêu cầu Ủy ban Nhân dân các xã, phường, thị trấn trong tỉnh tuyệt đối đảm bảo an toàn tính mạng cho người dân, hạn chế thiệt hại về tài sản của nhân dân và nhà nước.

Các địa phương khẩn trương, chủ động rà soát, kiểm tra và triển khai quyết liệt việc sơ tán (di dời) người dân đến nơi an toàn, đặc biệt tại các khu vực đã xảy ra sạt lở hoặc có nguy cơ sạt lở cao như núi Gò Oát tại thôn Ba Lang, xã Ba Vinh; các điểm sạt lở tại xã Ngọc Linh, Đăk Plô; thôn Chum Tam, xã Măng Ri; núi Hòn Dồ, xóm 5, thôn Phước Thọ, xã Trường Giang; khu dân cư Tổ 4 thôn Trà Vân; khu dân cư Tổ 1, 2 thôn Tây, xã Tây Trà Bồng; KDC Ruộng Viềng, thôn Hà Thành.

Các địa phương phải chuẩn bị đầy đủ lực lượng, phương tiện, trang thiết bị, lương thực, thực phẩm, nhu yếu phẩm thiết yếu theo phương châm “bốn tại chỗ” để sẵn sàng ứng phó, đặc biệt ở các khu vực có nguy cơ bị chia cắt hoặc đã bị cô lập; hỗ trợ lương thực, thực phẩm, nhu yếu phẩm, tuyệt đối không để người dân thiếu ăn, thiếu mặc, thiếu nước sạch.""",
        # after 7/2025 "các xã, phường, thị trấn" and "các địa phương" are the communes and wards;
        # each paragraph is a task of its own; the communes named are places, not addressees
        "assignments": [("group:commune", None, []), ("group:commune", None, []), ("group:commune", None, [])],
    },
    {
        "url": "https://www.vietnamplus.vn/quang-ngai-tap-trung-ung-pho-voi-mua-lon-lu-va-sat-lo-dat-post1081754.vnp",
        "date": D(2025, 12, 8),
        "classes": ["press", "group", "subject_verb"],
        "text": """Chủ tịch Ủy ban Nhân dân tỉnh Quảng Ngãi vừa ban hành Công điện số 5491/UBND-NNMT về việc tập trung ứng phó với mưa lớn, lũ ống, lũ quét, sạt lở đất.

Theo đó, Chủ tịch Ủy ban Nhân dân tỉnh Quảng Ngãi yêu cầu các địa phương theo dõi chặt bản tin dự báo, cảnh báo mưa lớn, lũ, ngập lụt, lũ quét, sạt lở đất và thông tin kịp thời, đầy đủ cho các tổ chức, cá nhân và người dân để chủ động phòng tránh; tiếp tục triển khai lực lượng xung kích kiểm tra, rà soát các khu dân cư ven sông, suối, khu vực thấp trũng, có nguy cơ xảy ra lũ, ngập lụt, lũ quét, sạt lở đất; chủ động tổ chức di dời, sơ tán người dân đến nơi an toàn và có phương án hỗ trợ lương thực, nhu yếu phẩm cho người dân tại nơi sơ tán.

Cùng với đó, các địa phương cần bố trí lực lượng canh gác, kiểm soát người và phương tiện tại các khu vực nguy cơ ngập sâu, sạt lở; bố trí lực lượng, vật tư, phương tiện để khắc phục sự cố, đảm bảo giao thông thông suốt trên các trục giao thông chính khi xảy ra mưa lớn; đồng thời, chủ động biện pháp tiêu nước chống úng bảo vệ sản xuất, khu công nghiệp, khu đô thị, khu tập trung dân cư; chuẩn bị lực lượng, phương tiện, trang thiết bị, nhu yếu phẩm theo phương châm “bốn tại chỗ” để sẵn sàng ứng phó với mọi tình huống, đặc biệt đối với các khu vực có nguy cơ bị chia cắt; sẵn sàng lực lượng, phương tiện để cứu hộ, cứu nạn khi có yêu cầu.""",
        # "các địa phương" after 7/2025: the communes and wards
        "assignments": [("group:commune", None, []), ("group:commune", None, [])],
    },
    {
        "url": "https://vneconomy.vn/quang-ngai-doc-toan-luc-ung-pho-mua-lu.htm",
        "date": D(2025, 10, 29),
        "classes": ["press", "group"],
        "text": """Quảng Ngãi dốc toàn lực ứng phó mưa lũ

Thanh Mai

29/10/2025, 15:23

Trước diễn biến mưa lớn kéo dài trên địa bàn rộng, nguy cơ lũ quét và sạt lở đất vẫn rất cao, lãnh đạo tỉnh Quảng Ngãi yêu cầu các ngành và địa phương phải nâng mức cảnh giác, không được chủ quan trong bất kỳ tình huống nào...

Trạm Y tế Trà Xinh xã Tây Trà, tỉnh Quảng Ngãi bị sạt lở sáng 29/10
Trạm Y tế Trà Xinh xã Tây Trà, tỉnh Quảng Ngãi bị sạt lở sáng 29/10

Sáng 29/10, Phó Chủ tịch UBND tỉnh Quảng Ngãi Đỗ Tâm Hiển chủ trì họp với các sở, ngành liên quan để triển khai công tác ứng phó mưa, sạt lở đất trên địa bàn tỉnh Quảng Ngãi.

Theo báo cáo, từ ngày 25/10 đến sáng ngày 29/10/2025, trên địa bàn tỉnh đã có mưa to đến rất to tập trung tại địa bàn các xã phía Đông của tỉnh. Trong các ngày từ 27/10 đến 29/10, các sông trên địa bàn tỉnh đã tăng lên mức báo động 2 đến gần báo động 3; dự báo trong 12 giờ tới mực nước trên các sông Trà Khúc, Trà Bồng tiếp tục lên, đạt xấp xỉ và vượt báo động 3; các sông khác dao động ở mức báo động 2 trở lên.

Trước tình hình mưa lũ kéo dài, các địa phương đã tổ chức di dời, sơ tán 210 hộ với 645 nhân khẩu tại các vùng có nguy cơ sạt lở đồi núi, lũ quét đến nơi an toàn.""",
        # "các ngành và địa phương" after 7/2025: the sectors and the communes; the evacuation is
        # work already done
        "assignments": [("group:department", None, []), ("group:commune", None, [])],
    },
    {
        "url": "https://thanhnien.vn/pho-thu-tuong-tran-hong-ha-quang-ngai-phai-tinh-toan-dau-tu-ha-tang-xuong-song-185251030212440921.htm",
        "date": D(2025, 10, 30),
        "classes": ["negative", "press"],
        "text": """Báo cáo với Phó thủ tướng Trần Hồng Hà, Chủ tịch UBND tỉnh Quảng Ngãi Nguyễn Hoàng Giang cho biết, từ ngày 25 - 29.10, trên địa bàn tỉnh xuất hiện mưa to đến rất to, lượng mưa nhiều nơi vượt 1.000 mm. Mưa lớn kéo dài khiến các sông trong tỉnh dâng cao, đỉnh lũ sông Trà Khúc vượt báo động 3 hơn 1,3 m.

Phó thủ tướng Trần Hồng Hà phát biểu tại buổi làm việc với UBND tỉnh Quảng Ngãi ẢNH: H.P

UBND tỉnh Quảng Ngãi kiến nghị Chính phủ, các bộ, ngành Trung ương quan tâm hỗ trợ khẩn cấp nguồn kinh phí để tỉnh sớm khắc phục hạ tầng giao thông, thủy lợi, trường học, trạm y tế bị hư hỏng; hỗ trợ giống cây trồng, vật nuôi và kinh phí khôi phục sản xuất cho người dân vùng bị thiệt hại nặng.



Tỉnh Quảng Ngãi cũng đề nghị xem xét bố trí vốn đầu tư xây dựng các khu tái định cư tập trung nhằm di dời dân ra khỏi khu vực có nguy cơ sạt lở cao, đảm bảo an toàn tính mạng và ổn định lâu dài cho người dân miền núi.

Tại buổi làm việc, Phó thủ tướng Trần Hồng Hà thống nhất với các đề xuất, kiến nghị của Quảng Ngãi; giao các bộ, ngành khẩn trương cung ứng vật tư, thuốc men, gạo, lương khô… để hỗ trợ cho Quảng Ngãi khắc phục hậu quả bão lũ.

Phó thủ tướng nhận định, tỉnh Quảng Ngãi triển khai khá nghiêm túc đồng bộ các phương án ứng phó, phòng chống thiên tai. Sắp tới, Quảng Ngãi phải tính toán đầu tư hạ tầng "xương sống", chống chọi được với thiên tai cả ở nông thôn và đô thị.""",
        # the province's requests to the Government; the Deputy Prime Minister's tasks go to the
        # ministries and to the province as a whole, none to an agency of the province
        "assignments": [],
    },
    {
        "url": "https://danviet.vn/tinh-long-an-mo-chien-dich-quyet-xu-ly-mot-loai-hang-hoa-ngay-truoc-gio-sap-nhap-voi-tinh-tay-ninh-d1337572.html",
        # undated in the excerpt: June 2025 (the page), the plan running 30/5-15/6/2025
        "date": D(2025, 5, 30),
        "classes": ["press", "group", "next_sentence_deadline"],
        "text": """Long An mở đợt cao điểm đấu tranh ngăn chặn buôn lậu, gian lận thương mại, hàng giả, trước giờ sáp nhập với tỉnh Tây Ninh

Theo Cổng thông tin điện tử tỉnh Long An, thực hiện chỉ thị của Thủ tướng Chính phủ về tăng cường công tác chống buôn lậu, gian lận thương mại, hàng giả trong tình hình mới và Công điện của Thủ tướng Chính phủ về mở đợt cao điểm đấu tranh ngăn chặn, đẩy lùi tình trạng buôn lậu, gian lận thương mại, hàng giả, xâm phạm quyền sở hữu trí tuệ, UBND tỉnh Long An đã ban hành Kế hoạch mở đợt cao điểm đấu tranh ngăn chặn, đẩy lùi tình trạng buôn lậu, gian lận thương mại, hàng giả, xâm phạm quyền sở hữu trí tuệ trên địa bàn tỉnh. Thời gian triển khai từ ngày 30/5/2025 đến ngày 15/6/2025.

Theo đó, UBND tỉnh Long An yêu cầu các ngành chức năng bám sát diễn biến của thị trường, tăng cường thu thập, phân tích thông tin về diễn biến cung cầu, giá cả hàng hóa, đặc biệt là các mặt hàng thiết yếu, dễ bị lợi dụng để đầu cơ, buôn lậu như các sản phẩm sữa, thuốc tân dược, thực phẩm chức năng, mỹ phẩm, xăng dầu, đường, thuốc lá, phân bón ... Chủ động phát hiện những biến động bất thường, những vấn đề nổi cộm của thị trường, từ đó có phương án giám sát, kiểm tra và xử lý kịp thời.

Tăng cường các hoạt động giám sát, kiểm tra, kiểm soát thị trường; kiên quyết đấu tranh ngăn chặn, đẩy lùi tình trạng buôn lậu, gian lận thương mại, hàng giả và xâm phạm quyền sở hữu trí tuệ trên địa bàn.""",
        # "các ngành chức năng": the sectors; the tasks of the peak campaign end with it (15/6/2025,
        # the sentence before); the last paragraph goes on with the same task
        "assignments": [("group:department", D(2025, 6, 15), [])],
    },
    {
        "url": "https://ngoisaodoanhnhan.com/tay-ninh-xu-ly-gap-tinh-trang-sot-xuat-huyet-tang-37-lan",
        # undated in the excerpt: the figures up to 22/7 (of 2025: the communes Đức Hòa and Trảng
        # Bàng of the merged province)
        "date": D(2025, 7, 23),
        "classes": ["press", "group", "passive", "names"],
        "text": """Tình trạng dịch sốt xuất huyết đang diễn biến phức tạp tại tỉnh Tây Ninh. Tính từ đầu năm đến ngày 22/7, đã có 3.901 ca mắc sốt xuất huyết được ghi nhận, tăng 3,7 lần so với cùng kỳ năm 2024. Hai địa phương có số ca mắc cao nhất là xã Đức Hòa với 1.152 ca và xã Trảng Bàng với 612 ca. Tuy nhiên, địa phương này vẫn chưa ghi nhận trường hợp tử vong nào do sốt xuất huyết.
Để kiểm soát tình hình dịch bệnh, UBND tỉnh Tây Ninh đã có chỉ đạo ngành chức năng và các địa phương triển khai đồng bộ các biện pháp xử lý, giám sát và tuyên truyền. Ngành y tế được yêu cầu theo dõi sát diễn biến của dịch bệnh, xử lý triệt để các ổ dịch, củng cố hệ thống giám sát, chuẩn bị thuốc, vật tư y tế và nâng cao năng lực điều trị.
Các xã, phường trên địa bàn tỉnh được yêu cầu đảm bảo 100% hộ dân trong vùng dịch được xử lý kịp thời, chú trọng công tác phòng dịch tại các công trường, cơ quan, trường học. Tỉnh cũng chỉ đạo đẩy mạnh tuyên truyền trên các phương tiện truyền thông, huy động cộng đồng tham gia vào công tác phòng chống dịch, đồng thời bố trí kinh phí phòng chống dịch và tăng cường phối hợp chặt chẽ giữa các ngành để ngăn chặn dịch bệnh bùng phát.
Người dân tại Tây Ninh được khuyến cáo thực hiện các biện pháp diệt muỗi, lăng quăng, giữ vệ sinh môi trường và đến cơ sở y tế ngay khi có dấu hiệu nghi ngờ sốt xuất huyết để được hướng dẫn điều trị kịp thời. Mục tiêu của tỉnh là ngăn chặn dịch bệnh bùng phát và giảm tải cho y tế tuyến trên.""",
        # the press lead's groups ("các địa phương" after 7/2025: the communes), then "ngành y tế"
        # (the health department) and the communes' own task; the province's propaganda and funds
        # name no agency; the advice to the people is no task
        "assignments": [
            ("group:department", None, []),
            ("group:commune", None, []),
            ("Sở Y tế", None, []),
            ("group:commune", None, []),
        ],
    },
    {
        "url": "https://nghean24h.vn/tag/chu-tich-ubnd-tinh-ha-tinh-vo-trong-hai",
        # undated on the page (a tag page): Võ Trọng Hải, chairman of Hà Tĩnh 2021-2025
        "date": D(2023, 6, 1),
        "classes": ["press", "subject_verb"],
        "text": """Chủ tịch UBND tỉnh Hà Tĩnh: Đơn vị nào giải ngân vốn đầu tư công chậm phải giải trình
Theo Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải, sắp tới, Sở Xây dựng sẽ tham mưu thu hồi giấy phép 10 doanh nghiệp tư vấn năng lực yếu, làm chậm tiến độ giải ngân vốn đầu tư công.""",
        # the chairman's word on the department's coming work: its task; the headline's "đơn vị
        # nào" names no agency
        "assignments": [("Sở Xây dựng", None, [])],
    },
    {
        "url": "https://moitruong.net.vn/tinh-phu-tho-ptag.html",
        # undated on the page (a tag page): the scheme of 2021-2025, before 7/2025 (districts)
        "date": D(2022, 1, 1),
        "classes": ["press", "group"],
        "text": """tỉnh Phú Thọ

[Infographic] Mục tiêu, giải pháp thu gom, vận chuyển, xử lý rác thải sinh hoạt trên địa bàn tỉnh Phú Thọ giai đoạn 2021-2025
Trước nguy cơ gia tăng ô nhiễm rác thải trên địa bàn, UBND tỉnh Phú Thọ chỉ đạo các Sở, ngành chức năng, các địa phương đẩy nhanh tiến độ, nâng cao hiệu quả triển khai đề án thu gom, xử lý rác thải sinh hoạt.""",
        # "các địa phương" before 7/2025: the districts; the scheme's span is no deadline
        "assignments": [("group:department", None, []), ("group:district", None, [])],
    },
    {
        "url": "https://baophutho.vn/thanh-lap-4-doan-kiem-tra-phong-chong-benh-dich-ta-lon-chau-phi-236703.htm",
        "date": D(2025, 7, 24),
        "classes": ["negative", "press"],
        "text": """Thành lập 4 đoàn kiểm tra phòng, chống bệnh Dịch tả lợn châu Phi

Sở Nông nghiệp và Môi trường tỉnh Phú Thọ vừa ban hành Quyết định số 964 về việc thành lập 4 đoàn kiểm tra, đôn đốc và hướng dẫn công tác phòng, chống bệnh Dịch tả lợn châu Phi tại các địa phương trên địa bàn tỉnh.

Theo đó, các đoàn sẽ bắt đầu thực hiện nhiệm vụ từ ngày 22 - 22/8. Các hoạt động kiểm tra bao gồm: hướng dẫn kỹ thuật phòng, chống dịch; phối hợp với chính quyền địa phương và lực lượng chức năng xử lý tình huống phát sinh. Tổng hợp, báo cáo tình hình về Chi cục Chăn nuôi, Thú y và Thủy sản hàng tuần và sau khi kết thúc đợt kiểm tra.

Đoàn 1 phụ trách các xã, phường thuộc tỉnh Hòa Bình (cũ), do ông Hoàng Văn Son - Phó Chi cục trưởng Chi cục Chăn nuôi, Thú y và Thủy sản làm trưởng đoàn. Đoàn 2 kiểm tra địa bàn các xã, phường thuộc tỉnh Vĩnh Phúc (cũ), do ông Trương Công Thắng - Phó Chi cục trưởng Chi cục Chăn nuôi, Thú y và Thủy sản làm trưởng đoàn.

Đoàn 3 và đoàn 4 đảm nhiệm công tác kiểm tra tại các xã, phường thuộc tỉnh Phú Thọ (cũ), trong đó đoàn 3 do ông Nguyễn Hiệp Khôi - Phó Chi cục trưởng Chi cục Chăn nuôi, Thú y làm trưởng đoàn, phụ trách 33 xã, phường phía Đông và trung tâm của tỉnh.

Đoàn 4 do ông Đặng Ngọc Nga - Phó Giám đốc Trung tâm Khuyến nông tỉnh làm Trưởng đoàn, phụ trách 33 xã phía Tây của tỉnh.

Quyết định này thay thế Quyết định số 885/QĐ-SNNMT ngày 14/7/2025 của Sở Nông nghiệp và Môi trường.""",
        # a department's decision forming its own inspection teams and naming their heads: no task
        # given by the People's Committee
        "assignments": [],
    },
]


# Each round: its excerpts, the step of the split (numbered through the whole corpus, an excerpt
# whose number the step divides was held out) and the names of its two parts. Round 1 held every
# third excerpt out, later rounds every second one (even numbers). The held-out part of every round
# but the last was scored, then read: spent, development material since the next round began.
ROUNDS = (
    (list(CASES), 3, "dev1", "spent"),
    (NEW_CASES, 2, "dev2", "spent2"),
    (ROUND3_CASES, 2, "dev3", "spent3"),
    (ROUND4_CASES, 2, "dev4", "spent4"),
    (ROUND5_CASES, 2, "dev5", "spent5"),
    (ROUND6_CASES, 2, "dev6", "spent6"),
    (ROUND7_CASES, 2, "dev7", "spent7"),
    (ROUND8_CASES, 2, "dev8", "held_out"),  # the current round, decided before tuning
)
CASES = [case for cases, _step, _dev, _held in ROUNDS for case in cases]
for _number, _case in enumerate(CASES, start=1):
    _case["id"] = f"r{_number:02d}"
for _cases, _step, _dev, _held in ROUNDS:
    for _case in _cases:
        _case["part"] = _held if int(_case["id"][1:]) % _step == 0 else _dev
        _case["held_out"] = _case["part"] == "held_out"

DEV_PARTS = tuple(name for _cases, _step, dev_part, held in ROUNDS for name in (dev_part, held) if name != "held_out")
SPENT_PARTS = tuple(held for _cases, _step, _dev, held in ROUNDS if held != "held_out")
# the scorer's title of each part
TITLES = {
    name: f"round {number} dev part"
    if name == dev_part
    else f"round {number} held-out part (spent: read after scoring, now dev)"
    for number, (_cases, _step, dev_part, held) in enumerate(ROUNDS, start=1)
    for name in (dev_part, held)
    if name != "held_out"
}
TITLES["held_out"] = f"round {len(ROUNDS)} HELD-OUT part"


def dev():
    """The excerpts the rules (and the tagger) are written and tuned on: every part but the last
    round's held-out one (the two parts of each earlier round, the last round's dev part)."""
    return [case for case in CASES if not case["held_out"]]


def held_out():
    """The excerpts scored only before and at the end of the last round (round 8: its
    even-numbered excerpts, r371-r400)."""
    return [case for case in CASES if case["held_out"]]


def spent():
    """The held-out parts of earlier rounds: scored, then read; development material now
    (round 1's every third excerpt, the even-numbered ones of the rounds after it)."""
    return [case for case in CASES if case["part"] in SPENT_PARTS]


def parts():
    """Each part by name, for the scorer: the dev part and the spent held-out part of each earlier
    round, the last round's dev part and its held-out part."""
    return {name: [case for case in CASES if case["part"] == name] for name in (*DEV_PARTS, "held_out")}
