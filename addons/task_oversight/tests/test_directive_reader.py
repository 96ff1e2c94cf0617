from datetime import date

from odoo.tests import BaseCase, tagged

from ..tools.directive_reader import (
    REVIEW_DEADLINE,
    REVIEW_LEAD,
    Agency,
    DeadlineReader,
    DirectiveReader,
    add_working_days,
    fold,
    fold_name,
    paragraphs,
)
from . import real_corpus
from .intake_corpus import AGENCIES, CASES, LEADERS

TODAY = date(2026, 11, 22)
# the held-out part of round 8, scored once before and once at the end of round 8 (the real corpus's
# docstring): floors, the figures measured last rounded down to two decimals
HELD_OUT_FLOORS = {"precision": 1.0, "recall": 0.52, "lead recall": 0.52, "coordinator recall": 0.0, "silent": 3}
NAMES = {agency.id: agency.name for agency in AGENCIES}
# Tết Bính Ngọ 2026: 14 to 22 February (days off of the working calendar)
TET_2026 = {date(2026, 2, day) for day in range(14, 23)}


def pairs_of(reading):
    """The (lead, deadline) pairs of a reading; unknown names are flagged, not pairs."""
    return [
        (f"group:{a.lead.group}" if a.lead.group else NAMES[a.lead.agency_ids[0]], a.deadline)
        for a in reading.assignments
        if not a.lead.unknown
    ]


@tagged("post_install", "-at_install")
class TestDirectiveCorpus(BaseCase):
    """The corpus of directive excerpts (``intake_corpus.py``): every excerpt's pairs, and
    precision and recall of (lead agency, deadline) over the whole corpus."""

    reader = DirectiveReader(AGENCIES, LEADERS)

    def test_every_excerpt(self):
        self.assertGreaterEqual(len(CASES), 30)
        for case in CASES:
            with self.subTest(case=case["id"]):
                reading = self.reader.parse(case["text"], TODAY, case.get("date"))
                self.assertCountEqual(pairs_of(reading), case["pairs"])
                for name, value in case.get("header", {}).items():
                    self.assertEqual(getattr(reading.header, name), value, name)
                unknown = [fold(a.lead.text) for a in reading.assignments if a.lead.unknown]
                self.assertEqual(unknown, case.get("unknown", []))
                if case.get("recurring"):
                    self.assertTrue(all("recurring" in a.flags() for a in reading.assignments))

    def test_precision_and_recall(self):
        found = correct = expected = 0
        for case in CASES:
            got = pairs_of(self.reader.parse(case["text"], TODAY, case.get("date")))
            expected += len(case["pairs"])
            found += len(got)
            for pair in case["pairs"]:
                if pair in got:
                    got.remove(pair)
                    correct += 1
        self.assertGreaterEqual(correct / found, 0.95, "precision")
        self.assertGreaterEqual(correct / expected, 0.90, "recall")


@tagged("post_install", "-at_install")
class TestAgencyMatching(BaseCase):
    reader = DirectiveReader(AGENCIES, LEADERS)

    def _lead(self, sentence):
        assignments = self.reader.parse(sentence, TODAY, date(2026, 10, 1)).assignments
        self.assertEqual(len(assignments), 1, sentence)
        lead = assignments[0].lead
        return "unknown" if lead.unknown else f"group:{lead.group}" if lead.group else NAMES[lead.agency_ids[0]]

    def test_names_as_officials_write_them(self):
        cases = {
            "Giao Sở Nông nghiệp và Môi trường chủ trì rà soát.": "Sở Nông nghiệp và Môi trường",
            "Giao sở nông nghiệp và môi trường chủ trì rà soát.": "Sở Nông nghiệp và Môi trường",
            "Giao So Nong nghiep va Moi truong chu tri ra soat.": "Sở Nông nghiệp và Môi trường",
            "Giao Sở NN&MT chủ trì rà soát.": "Sở Nông nghiệp và Môi trường",
            "Giao Sở TN&MT chủ trì rà soát.": "Sở Nông nghiệp và Môi trường",  # merged in 2025
            "Giao Sở KH&ĐT chủ trì rà soát.": "Sở Tài chính",
            "Giao Sở KHĐT chủ trì rà soát.": "Sở Tài chính",
            "Giao Sở TT&TT chủ trì rà soát.": "Sở Khoa học và Công nghệ",
            "Giao VP UBND thành phố theo dõi.": "Văn phòng UBND thành phố",
            "Giao Văn phòng Ủy ban nhân dân thành phố theo dõi.": "Văn phòng UBND thành phố",
            "Giao Ủy ban nhân dân phường Thanh Khê chủ trì rà soát.": "UBND phường Thanh Khê",
            "Giao UBND P. Thanh Khê chủ trì rà soát.": "unknown",  # never guessed
            "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì rà soát.": "unknown",  # not an agency of the city
            "Giao các sở, ban, ngành thành phố rà soát.": "group:department",
            "Giao UBND các phường, xã, đặc khu rà soát.": "group:commune",
        }
        for sentence, expected in cases.items():
            with self.subTest(sentence=sentence):
                self.assertEqual(self._lead(sentence), expected)

    def test_folding(self):
        self.assertEqual(fold("Đặc khu  Hoàng Sa"), "dac khu hoang sa")
        self.assertEqual(fold_name("UBND TP. Đà Nẵng"), "uy ban nhan dan thanh pho da nang")

    def test_lines_cut_by_a_pdf_are_joined(self):
        text = (
            "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính\n"
            "xây dựng đề án, hoàn thành trước ngày\n"
            "30/11/2026.\n"
            "- Sở Nội vụ: rà soát."
        )
        self.assertEqual(
            paragraphs(text),
            [
                "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng đề án, hoàn thành trước ngày 30/11/2026.",
                "- Sở Nội vụ: rà soát.",
            ],
        )

    def test_coordinators_and_output(self):
        [assignment] = self.reader.parse(
            "Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Sở Tài chính và UBND phường Sơn Trà xây dựng dự thảo "
            "Quyết định quy định phân cấp, trình UBND thành phố trước ngày 15/12/2026.",
            TODAY,
            date(2026, 11, 2),
        ).assignments
        self.assertEqual(
            [NAMES[m.agency_ids[0]] for m in assignment.coordinators],
            ["Sở Nội vụ", "Sở Tài chính", "UBND phường Sơn Trà"],
        )
        self.assertEqual(assignment.output, "dự thảo quyết định")
        self.assertTrue(assignment.content.startswith("Xây dựng dự thảo Quyết định"))


@tagged("post_install", "-at_install")
class TestDeadlineForms(BaseCase):
    def _deadline(self, text, document_date, is_working_day=None):
        reader = DeadlineReader(document_date, TODAY, *(filter(None, [is_working_day])))
        return reader.parse(fold(text))[:2]

    def test_boundaries(self):
        cases = [
            ("hoàn thành trong tháng 2 năm 2026", date(2026, 1, 5), (date(2026, 2, 28), "month")),
            ("hoàn thành trong tháng 2 năm 2028", date(2028, 1, 5), (date(2028, 2, 29), "month")),  # leap year
            ("trước ngày 29/02/2027", date(2027, 1, 5), (None, "none")),  # no such day: not guessed
            ("trong tháng 12", date(2026, 12, 20), (date(2026, 12, 31), "month")),
            ("trong tháng 1", date(2026, 12, 20), (date(2027, 1, 31), "month")),  # next year's January
            ("trong quý IV/2026", date(2026, 10, 1), (date(2026, 12, 31), "quarter")),
            ("trong quý I năm 2027", date(2026, 10, 1), (date(2027, 3, 31), "quarter")),
            ("trước ngày 31 tháng 12 năm 2026", date(2026, 10, 1), (date(2026, 12, 31), "date")),
            ("trong thời hạn 30 ngày kể từ ngày ký", date(2026, 12, 15), (date(2027, 1, 14), "relative")),
            ("thực hiện thường xuyên", date(2026, 10, 1), (None, "ongoing")),
            ("hoàn thành trong năm 0000", date(2026, 10, 1), (None, "none")),  # a typo, not a crash
            ("trong tháng 5/0000", date(2026, 10, 1), (None, "none")),
            ("báo cáo hằng tháng trước ngày 25", date(2026, 12, 25), (date(2027, 1, 25), "recurring")),
        ]
        for text, document_date, expected in cases:
            with self.subTest(text=text):
                self.assertEqual(self._deadline(text, document_date), expected)

    def test_working_days_around_tet(self):
        def working(day):
            return day.weekday() < 5 and day not in TET_2026

        # signed Thursday 12/02/2026: Friday 13, then Tết until Sunday 22, then Monday 23 …
        self.assertEqual(add_working_days(date(2026, 2, 12), 3, working), date(2026, 2, 24))
        self.assertEqual(
            self._deadline("trong thời hạn 05 ngày làm việc kể từ ngày ký", date(2026, 2, 12), working),
            (date(2026, 2, 26), "relative"),
        )

    def test_monthly_obligation_until_the_year_ends(self):
        reader = DeadlineReader(date(2026, 9, 29), TODAY)
        self.assertEqual(
            reader.monthly_until_year_end(date(2026, 10, 25), 25),
            [date(2026, 10, 25), date(2026, 11, 25), date(2026, 12, 25)],
        )

    def test_cited_documents_are_not_deadlines(self):
        self.assertEqual(
            self._deadline("theo Công văn số 125/UBND ngày 15/5/2026 của UBND thành phố", date(2026, 6, 1)),
            (None, "none"),
        )


@tagged("post_install", "-at_install")
class TestNothingToRead(BaseCase):
    def test_empty_and_unassigned_texts(self):
        reader = DirectiveReader([Agency(1, "Sở Nội vụ")])
        self.assertEqual(reader.parse("", TODAY).assignments, [])
        self.assertEqual(reader.parse("Tình hình kinh tế - xã hội tháng 10 tiếp tục phục hồi.", TODAY).assignments, [])


# ---------------------------------------------------------------------------
# Real text (``real_corpus.py``): excerpts of public directives and press reports
# ---------------------------------------------------------------------------

REAL_NAMES = {agency.id: agency.name for agency in real_corpus.AGENCIES}


def _key(mention):
    if mention.group:
        return f"group:{mention.group}"
    if mention.unknown or not mention.agency_ids:
        return f"unknown:{fold(mention.text)}"
    return REAL_NAMES[mention.agency_ids[0]]


def _score(cases):
    """(precision, recall, lead recall, coordinator recall, silent excerpts) of the reader on ``cases``,
    counted as ``tools/directive_corpus.py`` counts them."""
    reader = DirectiveReader(real_corpus.AGENCIES)
    found = correct = expected = leads = coordinators = coordinators_found = silent = 0
    for case in cases:
        proposals = [
            (_key(item.lead), item.deadline, [_key(mention) for mention in item.coordinators])
            for item in reader.parse(case["text"], TODAY, case["date"]).assignments
        ]
        silent += bool(case["assignments"] and not proposals)
        found += len(proposals)
        expected += len(case["assignments"])
        pairs = [proposal[:2] for proposal in proposals]
        remaining = list(proposals)
        for lead, deadline, wanted in case["assignments"]:
            if (lead, deadline) in pairs:
                pairs.remove((lead, deadline))
                correct += 1
            match = next((item for item in remaining if item[:2] == (lead, deadline)), None)
            match = match or next((item for item in remaining if item[0] == lead), None)
            coordinators += len(wanted)
            if match:
                remaining.remove(match)
                leads += 1
                coordinators_found += len(set(wanted) & set(match[2]))
        # a lead found is counted once per expected assignment
    lead_total = sum(len(case["assignments"]) for case in cases)
    return correct / found, correct / expected, leads / lead_total, coordinators_found / (coordinators or 1), silent


@tagged("post_install", "-at_install")
class TestRealCorpus(BaseCase):
    """The reader on real text, split by number before any rule was written: round 1 held every
    third excerpt out, round 2's new excerpts (r82-r139) every second one (even numbers); both
    were scored once, then read: spent, now development material. Round 3's new excerpts
    (r140-r193) held every second one out (even numbers), scored before round 3's rules and at
    its end, then read: spent since round 4. Round 4's new excerpts (r194-r243) held every second
    one out (even numbers), scored before round 4's rules and at its end: spent since round 5.
    Round 5's new excerpts (r244-r294) held every second one out (even numbers), scored before
    round 5's rules and at its end: spent since round 6. Round 6's new excerpts (r295-r335) held
    every second one out (even numbers), scored before round 6's rules and at its end: spent since
    round 7. Round 7's new excerpts (r336-r370) held every second one out (even numbers), scored
    once before round 7's rules, once at the end and once after a second pass of rules written on
    the dev parts: spent since round 8. Round 8's new excerpts (r371-r400) hold every second one
    out (even numbers), scored once before round 8's rules and once at the end. The floors are the
    figures measured last (README, the corpus's docstring): a rule that makes the reader worse on
    real text fails here."""

    def test_the_corpus_is_real_and_split_before_tuning(self):
        self.assertGreaterEqual(len(real_corpus.CASES), 400)
        self.assertTrue(all(case["url"].startswith("http") for case in real_corpus.CASES))
        self.assertEqual(len({case["url"] for case in real_corpus.CASES}), len(real_corpus.CASES))
        held = real_corpus.held_out()
        self.assertEqual([case["id"] for case in held], [f"r{number}" for number in range(372, 401, 2)])
        spent = [
            f"r{number:02d}"
            for number in (
                *range(3, 82, 3),
                *range(82, 140, 2),
                *range(140, 194, 2),
                *range(194, 244, 2),
                *range(244, 295, 2),
                *range(296, 335, 2),
                *range(336, 371, 2),
            )
        ]
        self.assertEqual([case["id"] for case in real_corpus.spent()], spent)
        parts = real_corpus.parts()
        self.assertEqual(
            list(parts),
            [
                "dev1",
                "spent",
                "dev2",
                "spent2",
                "dev3",
                "spent3",
                "dev4",
                "spent4",
                "dev5",
                "spent5",
                "dev6",
                "spent6",
                "dev7",
                "spent7",
                "dev8",
                "held_out",
            ],
        )
        self.assertEqual([case["id"] for case in parts["dev3"]], [f"r{number}" for number in range(141, 194, 2)])
        self.assertEqual([case["id"] for case in parts["dev4"]], [f"r{number}" for number in range(195, 244, 2)])
        self.assertEqual([case["id"] for case in parts["dev5"]], [f"r{number}" for number in range(245, 294, 2)])
        self.assertEqual([case["id"] for case in parts["dev6"]], [f"r{number}" for number in range(295, 336, 2)])
        self.assertEqual([case["id"] for case in parts["dev7"]], [f"r{number}" for number in range(337, 371, 2)])
        self.assertEqual([case["id"] for case in parts["dev8"]], [f"r{number}" for number in range(371, 400, 2)])
        self.assertEqual(len(real_corpus.dev()) + len(held), len(real_corpus.CASES))
        self.assertFalse({case["id"] for case in real_corpus.dev()} & {case["id"] for case in held})

    def test_dev_part(self):
        precision, recall, lead_recall, coordinator_recall, silent = _score(real_corpus.dev())
        # every part but round 8's held-out one (round 7's spent part included since round 8)
        self.assertGreaterEqual(precision, 0.92)
        self.assertGreaterEqual(recall, 0.89)
        self.assertGreaterEqual(lead_recall, 0.90)
        self.assertGreaterEqual(coordinator_recall, 0.86)
        self.assertLessEqual(silent, 10)

    def test_held_out_part(self):
        precision, recall, lead_recall, coordinator_recall, silent = _score(real_corpus.held_out())
        self.assertGreaterEqual(precision, HELD_OUT_FLOORS["precision"])
        self.assertGreaterEqual(recall, HELD_OUT_FLOORS["recall"])
        self.assertGreaterEqual(lead_recall, HELD_OUT_FLOORS["lead recall"])
        self.assertGreaterEqual(coordinator_recall, HELD_OUT_FLOORS["coordinator recall"])
        self.assertLessEqual(silent, HELD_OUT_FLOORS["silent"])


SHAPE_AGENCIES = [
    Agency(1, "Sở Tài chính"),
    Agency(2, "Sở Xây dựng"),
    Agency(3, "Sở Nội vụ"),
    Agency(4, "Sở Y tế"),
    Agency(5, "Sở Lao động - Thương binh và Xã hội"),
    Agency(6, "Cục Thống kê tỉnh Hà Tĩnh", "unit"),
    Agency(7, "Sở Kế hoạch và Đầu tư"),
    Agency(8, "Thanh tra tỉnh"),
    Agency(20, "UBND huyện Kỳ Anh", "district"),
    Agency(21, "UBND thị xã Hồng Lĩnh", "district"),
    Agency(30, "UBND xã Kỳ Tân", "commune"),
    Agency(31, "UBND xã Phương Mỹ", "commune"),
]
SHAPE_NAMES = {agency.id: agency.name for agency in SHAPE_AGENCIES}


@tagged("post_install", "-at_install")
class TestRealShapes(BaseCase):
    """The shapes of real text the reader used to miss (examples written for issue 28, in the
    prose of the real excerpts)."""

    reader = DirectiveReader(SHAPE_AGENCIES)

    def _read(self, text, document_date=date(2024, 4, 1)):
        def name(mention):
            return f"group:{mention.group}" if mention.group else SHAPE_NAMES[mention.agency_ids[0]]

        return [
            (name(item.lead), item.deadline, [name(mention) for mention in item.coordinators], item.review)
            for item in self.reader.parse(text, TODAY, document_date).assignments
        ]

    def test_groups_and_lists_as_the_lead(self):
        self.assertEqual(
            [
                item[:2]
                for item in self._read(
                    "Giao các sở, ngành tỉnh; UBND các huyện, thành phố; các Ban quản lý dự án chuyên ngành tỉnh "
                    "rà soát, báo cáo trước ngày 15/6/2024."
                )
            ],
            [
                ("group:department", date(2024, 6, 15)),
                ("group:district", date(2024, 6, 15)),
                ("group:boards", date(2024, 6, 15)),
            ],
        )
        self.assertEqual(
            [item[0] for item in self._read("Giao các Sở: Tài chính, Xây dựng, Nội vụ rà soát, báo cáo trước 30/9.")],
            ["Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ"],
        )
        self.assertEqual(self._read("Giao UBND cấp xã rà soát hộ nghèo.")[0][0], "group:commune")
        self.assertEqual(
            self._read("Yêu cầu Chủ tịch UBND các huyện, thị xã báo cáo bằng văn bản trước ngày 20/5/2024.")[0][:2],
            ("group:district", date(2024, 5, 20)),  # "bằng văn bản trước ngày …" is no cited document
        )

    def test_groups_named_by_their_government_or_their_heads(self):
        """Round 4's shapes: the government of a level, the sectors beside the localities, the heads
        of "the bodies", and "chính quyền địa phương" as a group but not in a law's name or the model
        of two tiers."""
        before, after = date(2024, 4, 1), date(2025, 8, 1)  # the districts were abolished on 1/7/2025
        cases = [
            ("Giao chính quyền cơ sở rà soát, báo cáo trước ngày 15/6/2024.", before, ["group:commune"]),
            (
                "Yêu cầu chính quyền địa phương kiểm tra, xử lý dứt điểm trước ngày 30/6/2024.",
                before,
                ["group:district"],
            ),
            ("Yêu cầu chính quyền địa phương kiểm tra, xử lý dứt điểm trước ngày 30/9/2025.", after, ["group:commune"]),
            (
                "Thực hiện Luật Tổ chức chính quyền địa phương, giao Sở Nội vụ rà soát, báo cáo trước ngày 30/6/2024.",
                before,
                ["Sở Nội vụ"],
            ),
            (
                "Triển khai mô hình chính quyền địa phương hai cấp, giao Sở Nội vụ hướng dẫn trước ngày 30/6/2025.",
                before,
                ["Sở Nội vụ"],
            ),
            (
                "Yêu cầu ngành chức năng và các địa phương tăng cường kiểm tra.",
                before,
                ["group:department", "group:district"],
            ),
            ("Thủ trưởng các cơ quan, đơn vị triển khai thực hiện trước ngày 30/6/2024.", before, ["group:related"]),
            ("Yêu cầu các đơn vị trên địa bàn tỉnh báo cáo trước ngày 30/6/2024.", before, ["group:related"]),
            # the list goes on to the localities: the departments and the districts, not "the bodies"
            (
                "Thủ trưởng các cơ quan, đơn vị, địa phương triển khai thực hiện trước ngày 30/6/2024.",
                before,
                ["group:department", "group:district"],
            ),
        ]
        for text, document_date, leads in cases:
            with self.subTest(text=text):
                self.assertEqual([item[0] for item in self._read(text, document_date)], leads)

    def test_year_deadlines_end_a_task_only_when_it_is_to_be_completed(self):
        """Round 5: "trong năm 2024" says when the work happens unless a word of completion comes
        before it in the clause; "đến hết năm" is a deadline."""
        cases = [
            ("Giao Sở Y tế chủ trì tổ chức ứng phó với dịch bệnh trong năm 2024.", ("Sở Y tế", None)),
            (
                "UBND tỉnh yêu cầu Sở Xây dựng chủ trì giảm số vụ tai nạn lao động trong năm 2024.",
                ("Sở Xây dựng", None),
            ),
            (
                "Giao Sở Xây dựng khẩn trương thi công, hoàn thành công trình trong năm 2024.",
                ("Sở Xây dựng", date(2024, 12, 31)),
            ),
            (
                "Giao Sở Xây dựng chủ trì, phấn đấu đến cuối năm 2024 đạt 100% khối lượng.",
                ("Sở Xây dựng", date(2024, 12, 31)),
            ),
            (
                "Giao Sở Xây dựng chủ trì rà soát, đến hết năm 2024 báo cáo kết quả.",
                ("Sở Xây dựng", date(2024, 12, 31)),
            ),
        ]
        for text, expected in cases:
            with self.subTest(text=text):
                self.assertEqual([item[:2] for item in self._read(text)], [expected])

    def test_shapes_of_round_five(self):
        """Round 5's shapes: "giao trách nhiệm (cụ thể) cho", a second word that assigns after the
        first ("đã chỉ đạo, giao …"), "từng cấp ngành đơn vị liên quan", the government of a named
        district, "quận huyện" in a list, bare "các đơn vị" where the letter names no recipients;
        and what they must not take: "Thanh tra, kiểm tra" (a verb), "chính quyền thành phố"
        (no name), "các đơn vị, địa phương" and "các đơn vị kinh doanh"."""
        cases = [
            (
                "Chủ tịch UBND tỉnh giao trách nhiệm cụ thể cho Sở Xây dựng khẩn trương tháo gỡ vướng mắc mặt bằng.",
                ["Sở Xây dựng"],
            ),
            (
                "Chủ tịch UBND tỉnh đã chỉ đạo, giao trách nhiệm cho từng cấp ngành đơn vị liên quan khẩn trương "
                "tháo gỡ vướng mắc.",
                ["group:related"],
            ),
            ("Chủ tịch UBND tỉnh đã chỉ đạo, giao Sở Nội vụ rà soát, báo cáo trước ngày 30/6/2024.", ["Sở Nội vụ"]),
            (
                "UBND tỉnh chỉ đạo chính quyền huyện Kỳ Anh vào cuộc làm rõ nội dung báo chí phản ánh.",
                ["UBND huyện Kỳ Anh"],
            ),
            ("Yêu cầu chính quyền thị xã Hồng Lĩnh kiểm tra, báo cáo trước ngày 15/5/2024.", ["UBND thị xã Hồng Lĩnh"]),
            (
                "Chủ tịch UBND thành phố chỉ đạo các sở ngành, quận huyện giải quyết kiến nghị của cử tri.",
                ["group:department", "group:district"],
            ),
            (
                "UBND tỉnh đề nghị các đơn vị thực hiện trách nhiệm bảo vệ khoáng sản chưa khai thác trên địa bàn "
                "quản lý.",
                ["group:related"],
            ),
            (
                "UBND tỉnh đề nghị các cơ quan, đơn vị, cá nhân theo chức năng, nhiệm vụ, thẩm quyền tiếp tục thực "
                "hiện nghiêm chỉ đạo.",
                ["group:related"],
            ),
            # what the rules must not take
            (
                "Sở Y tế chủ trì kiểm tra an toàn thực phẩm. Thanh tra, kiểm tra, xử lý vi phạm theo thẩm quyền.",
                ["Sở Y tế"],
            ),
            ("Thanh tra tỉnh chủ trì kiểm tra việc chấp hành pháp luật.", ["Thanh tra tỉnh"]),
            ("Yêu cầu chính quyền thành phố tăng cường kiểm tra.", []),
            ("UBND tỉnh đề nghị các đơn vị, địa phương tăng cường kiểm tra.", ["group:department", "group:district"]),
            ("UBND tỉnh đề nghị các đơn vị kinh doanh xăng dầu bảo đảm nguồn cung.", []),
        ]
        for text, leads in cases:
            with self.subTest(text=text):
                self.assertEqual([item[0] for item in self._read(text)], leads)

    def test_an_agency_and_those_concerned_and_the_senders_of_a_paper(self):
        """Round 5: "Sở X và các sở, ngành liên quan …": X leads, the others take part (not two
        agencies, nor a group without "liên quan"); "Báo cáo của … gửi về … trước ngày …": those
        whose paper is to be sent (not "theo báo cáo của …", "… gửi kèm")."""
        self.assertEqual(
            [
                item[:3]
                for item in self._read(
                    "Yêu cầu Sở Nội vụ và các sở, ngành liên quan khẩn trương hoàn chỉnh các tờ trình."
                )
            ],
            [("Sở Nội vụ", None, ["group:department"])],
        )
        self.assertEqual(
            [item[0] for item in self._read("Yêu cầu Sở Nội vụ và Sở Y tế khẩn trương hoàn chỉnh các tờ trình.")],
            ["Sở Nội vụ", "Sở Y tế"],
        )
        self.assertEqual(
            [item[0] for item in self._read("Yêu cầu Sở Nội vụ và các sở, ngành khẩn trương hoàn chỉnh các tờ trình.")],
            ["Sở Nội vụ", "group:department"],
        )
        cases = [
            (
                "Ý kiến tham gia, góp ý báo cáo của các cơ quan, địa phương gửi về Văn phòng UBND tỉnh trước ngày "
                "30/7/2024.",
                [("group:department", date(2024, 7, 30)), ("group:district", date(2024, 7, 30))],
            ),
            (
                "Báo cáo của các sở, ngành gửi về Sở Kế hoạch và Đầu tư trước ngày 15/6/2024.",
                [("group:department", date(2024, 6, 15))],
            ),
            (
                "Sở Y tế chủ trì kiểm tra. Danh sách của UBND huyện Kỳ Anh gửi Sở Nội vụ trước ngày 10/5/2024.",
                [("Sở Y tế", None), ("UBND huyện Kỳ Anh", date(2024, 5, 10))],
            ),
            ("Theo báo cáo của Sở Y tế, tình hình dịch bệnh cơ bản được kiểm soát.", []),
            ("Hồ sơ của Sở Xây dựng gửi kèm theo văn bản này.", []),
        ]
        for text, expected in cases:
            with self.subTest(text=text):
                self.assertEqual([item[:2] for item in self._read(text)], expected)

    def test_other_sentence_shapes(self):
        cases = {
            "Giaocho Sở Xây dựng chủ trì kiểm tra, báo cáo trước ngày 30/6/2024.": ("Sở Xây dựng", date(2024, 6, 30)),
            "Sở Tài chính được giao chủ trì thẩm định phương án giá, hoàn thành trước ngày 20.7.2024.": (
                "Sở Tài chính",
                date(2024, 7, 20),
            ),
            "Trên cơ sở đề xuất của các địa phương, Sở Y tế chủ trì tổng hợp nhu cầu, báo cáo trước 15-8.": (
                "Sở Y tế",
                date(2024, 8, 15),
            ),
            "Sau khi xem xét ý kiến chỉ đạo của Chủ tịch UBND tỉnh, giao Sở Nội vụ tham mưu trước 7h00 ngày 01/7.": (
                "Sở Nội vụ",
                date(2024, 7, 1),
            ),
            "Sở Tài chính thẩm định, tham mưu UBND tỉnh bố trí kinh phí.": ("Sở Tài chính", None),
            "Giao Sở LĐTB&XH chủ trì rà soát đối tượng, báo cáo trước ngày 15/3/2025.": (
                "Sở Lao động - Thương binh và Xã hội",
                date(2025, 3, 15),
            ),
        }
        for text, expected in cases.items():
            with self.subTest(text=text):
                self.assertEqual([item[:2] for item in self._read(text)], [expected])

    def test_deadlines_of_real_text(self):
        # in the next sentence
        self.assertEqual(
            self._read("Giao Sở Kế hoạch và Đầu tư tổng hợp báo cáo. Yêu cầu hoàn thành trước ngày 24/5/2024.")[0][1],
            date(2024, 5, 24),
        )
        # a milestone, then the deadline
        self.assertEqual(
            self._read("Giao Sở Xây dựng chủ trì, đến hết 31/7 đạt 50% khối lượng và đến 31/01/2025 đạt 100%.")[0][1],
            date(2025, 1, 31),
        )
        # every year: the next date
        self.assertEqual(
            self._read("Các sở, ngành báo cáo định kỳ trước ngày 10/6 và ngày 10/12 hằng năm.")[0][1], date(2024, 6, 10)
        )
        # the year of a date without one is the document's, not today's
        self.assertEqual(
            self._read("Giao Sở Y tế chủ trì, báo cáo trước 15-8.", date(2019, 5, 2))[0][1], date(2019, 8, 15)
        )

    def test_names_and_coordinators(self):
        [(lead, _deadline, coordinators, _review)] = self._read(
            "Giao Cục Thống kê chủ trì, phối hợp với Sở Kế hoạch và Đầu tư; Sở Tài chính và các đơn vị liên quan "
            "rà soát số liệu."
        )
        self.assertEqual(lead, "Cục Thống kê tỉnh Hà Tĩnh")
        self.assertEqual(coordinators, ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "group:related"])

    def test_shapes_of_round_two(self):
        """Shapes of the development part of round 2 (examples written for them)."""
        # "các cơ quan, đơn vị, địa phương": the departments and the districts, flagged
        generic = self._read("UBND tỉnh yêu cầu các cơ quan, đơn vị, địa phương tổ chức trực Tết.")
        self.assertEqual(
            [(item[0], item[3]) for item in generic],
            [("group:department", [REVIEW_LEAD]), ("group:district", [REVIEW_LEAD])],
        )
        after_july = self._read("Đề nghị các đơn vị, địa phương hoàn thành trong quý I/2026.", date(2025, 12, 8))
        self.assertEqual(
            [item[:2] for item in after_july],
            [
                ("group:department", date(2026, 3, 31)),
                ("group:commune", date(2026, 3, 31)),
            ],
        )
        # a group, then the agencies it means; the kind named once; names of no provincial agency
        listed = self._read(
            "Các sở, ngành liên quan như: Sở Tài chính, Xây dựng, Tập đoàn Than - Khoáng sản, theo dõi chặt chẽ."
        )
        self.assertEqual([item[0] for item in listed], ["Sở Tài chính", "Sở Xây dựng"])
        # an intro whose tasks are the items below it: one task per item
        items = self._read(
            "UBND tỉnh giao Sở Xây dựng:\n1. Hoàn thành hồ sơ thiết kế trước ngày 15/4/2024.\n"
            "2. Phối hợp chặt chẽ với Sở Tài chính bàn giao mặt bằng."
        )
        self.assertEqual(
            [item[:3] for item in items],
            [("Sở Xây dựng", date(2024, 4, 15), []), ("Sở Xây dựng", None, ["Sở Tài chính"])],
        )
        # "… do Sở X chủ trì": the lead of each part
        parts = self._read(
            "Sở Nội vụ làm chủ nhiệm đề án, gồm: Kinh tế do Sở Kế hoạch và Đầu tư chủ trì, Lao động do Sở Lao "
            "động - Thương binh và Xã hội chủ trì; hoàn thành trong tháng 9/2024."
        )
        self.assertEqual(
            [item[:2] for item in parts],
            [
                ("Sở Nội vụ", date(2024, 9, 30)),
                ("Sở Kế hoạch và Đầu tư", date(2024, 9, 30)),
                ("Sở Lao động - Thương binh và Xã hội", date(2024, 9, 30)),
            ],
        )
        # the subject after "Theo đó," and an opening clause; a period written "từ … tới ngày …"
        [period] = self._read("Theo đó, trong thời gian từ ngày 1/4 tới ngày 30/4/2024, Sở Y tế bố trí lực lượng trực.")
        self.assertEqual(period[:2], ("Sở Y tế", date(2024, 4, 30)))

    def test_groups_of_round_six(self):
        """Shapes of the development parts of round 6 (examples written for them)."""
        cases = [
            # several titles before a group
            (
                "Chủ tịch UBND tỉnh yêu cầu giám đốc, thủ trưởng các sở, ban, ngành chủ động ứng phó với bão.",
                [("group:department", None)],
            ),
            # "xã phường" without "các" in a list, as "quận huyện"
            (
                "Chủ tịch UBND tỉnh chỉ đạo các sở ngành và xã phường đẩy mạnh giải ngân vốn đầu tư công.",
                [("group:department", None), ("group:commune", None)],
            ),
            # a registered name that starts like a group stays the name
            (
                "UBND tỉnh chỉ đạo UBND huyện Kỳ Anh cùng xã Phương Mỹ vận động người dân.",
                [
                    ("UBND huyện Kỳ Anh", None),
                    ("UBND xã Phương Mỹ", None),
                ],
            ),
            # "cơ quan chức năng" without "các"
            (
                "Chủ tịch UBND tỉnh yêu cầu cơ quan chức năng phải rà soát các đoạn đê xung yếu.",
                [("group:related", None)],
            ),
            # "bám sát": a task after "nhấn mạnh"
            (
                "Chủ tịch UBND tỉnh nhấn mạnh các sở, ngành bám sát chương trình công tác, hoàn thành các chỉ tiêu.",
                [("group:department", None)],
            ),
        ]
        for text, expected in cases:
            with self.subTest(text=text):
                self.assertEqual([item[:2] for item in self._read(text)], expected)
        # "phối hợp tốt với": the coordinators
        [(_lead, _deadline, coordinators, _review)] = self._read(
            "Đề nghị Sở Tài chính tiếp tục phối hợp tốt với Sở Xây dựng, UBND huyện Kỳ Anh tháo gỡ khó khăn."
        )
        self.assertEqual(coordinators, ["Sở Xây dựng", "UBND huyện Kỳ Anh"])

    def test_boards_words_and_counts_of_round_six(self):
        cases = [
            # the boards of a group: the group's task; the province's own board is no group
            (
                "Chủ tịch UBND tỉnh chỉ đạo Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các huyện, thị xã "
                "tổ chức trực ban 24/24 giờ.",
                [("group:district", None)],
            ),
            (
                "Ban Chỉ đạo phòng, chống dịch các ngành, các cấp tập trung thực hiện một số việc sau:\n"
                "- Hoàn thành tổng kết công tác năm trước ngày 20/4/2024.",
                [("group:department", date(2024, 4, 20)), ("group:district", date(2024, 4, 20))],
            ),
            # the chairman's word that the agencies will act is their task; not a department's own word
            (
                "Phó Chủ tịch UBND tỉnh cho biết, các sở, ban, ngành của tỉnh sẽ khẩn trương hoàn thành hồ sơ dự án.",
                [("group:department", None)],
            ),
            ("Lãnh đạo Sở Xây dựng cho biết, Sở Y tế sẽ kiểm tra hiện trường.", []),
            # "kiến nghị" an agency a task; not a request about something
            (
                "Ban Chỉ huy tỉnh kiến nghị Sở Tài chính chỉ đạo các đơn vị trực thuộc khẩn trương triển khai.",
                [("Sở Tài chính", None)],
            ),
            ("Cử tri kiến nghị Sở Xây dựng về việc sửa chữa tuyến đường.", []),
            # an approximate count of the tasks given is no task; a number of tasks given is one
            ("Từ đầu năm, tỉnh giao cho các sở, ngành khoảng 800 nhiệm vụ, mới hoàn thành 364 nhiệm vụ.", []),
            (
                "UBND tỉnh giao Sở Y tế 3 nhiệm vụ trọng tâm, hoàn thành trước ngày 5/5/2024.",
                [("Sở Y tế", date(2024, 5, 5))],
            ),
            # a paragraph giving its deadline to addressees of its own: not the previous task's deadline
            (
                "UBND tỉnh yêu cầu Sở Xây dựng kiểm điểm trách nhiệm về việc dự án chậm tiến độ.\n"
                "Tỉnh cũng yêu cầu các nhà đầu tư hoàn thành hồ sơ đến hết tháng 2/2024.",
                [("Sở Xây dựng", None)],
            ),
            (
                "Giao Sở Kế hoạch và Đầu tư tổng hợp báo cáo.\nYêu cầu hoàn thành trước ngày 24/5/2024.",
                [("Sở Kế hoạch và Đầu tư", date(2024, 5, 24))],
            ),
        ]
        for text, expected in cases:
            with self.subTest(text=text):
                self.assertEqual([item[:2] for item in self._read(text)], expected)
        # a bracket after an item of a list, and "cơ quan, đơn vị có liên quan" without "các" at its end
        [(_lead, _deadline, coordinators, _review)] = self._read(
            "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính, UBND xã Kỳ Tân (nơi có dự án), cơ quan, đơn vị có "
            "liên quan tổ chức bàn giao mặt bằng."
        )
        self.assertEqual(coordinators, ["Sở Tài chính", "UBND xã Kỳ Tân", "group:related"])
        [(_lead, _deadline, coordinators, _review)] = self._read(
            "Đề nghị Sở Y tế phối hợp với Sở Tài chính và cơ quan liên quan rà soát số giường bệnh."
        )
        self.assertEqual(coordinators, ["Sở Tài chính"])

    def test_a_paragraph_of_addressees_over_its_items(self):
        # the parts that name an agency or a group are the addressees of the paragraph below; the
        # businesses and associations are stepped over; the first item needs no list marker
        items = self._read(
            "Chủ tịch UBND tỉnh yêu cầu như sau:\n"
            "Thủ trưởng các sở, ban, ngành; các cơ quan, tổ chức Trung ương được tổ chức theo ngành dọc tại tỉnh; "
            "các doanh nghiệp nhà nước thuộc tỉnh; Chủ tịch UBND các huyện, thị xã:\n"
            "Tổ chức quán triệt, thực hiện nghiêm túc Công văn số 414 của Bộ Nội vụ trước ngày 30/4/2024.\n"
            "Kết quả thực hiện được tổng hợp vào báo cáo năm.",
        )
        self.assertEqual(
            [item[:2] for item in items],
            [
                ("group:department", date(2024, 4, 30)),
                ("group:related", date(2024, 4, 30)),
                ("group:district", date(2024, 4, 30)),
            ],
        )
        # a paragraph ending with a colon that names no agency heads nothing
        self.assertEqual(
            self._read("Các doanh nghiệp; các hợp tác xã trên địa bàn:\nTổ chức kiểm tra an toàn lao động."), []
        )

    def test_a_press_lead_restated_by_the_next_paragraph(self):
        # a paper just issued, its addressees named again in the next paragraph: one task each
        restated = self._read(
            "Chủ tịch UBND tỉnh vừa ký ban hành Công điện số 9/CĐ-UBND yêu cầu giám đốc các sở, ngành và chủ tịch "
            "UBND các xã, phường chủ động ứng phó với mưa lũ.\n\n"
            "Chủ tịch UBND tỉnh yêu cầu giám đốc các sở, ngành, chủ tịch UBND các xã, phường tập trung theo dõi "
            "tình hình, sẵn sàng sơ tán người dân.",
            date(2025, 9, 1),
        )
        self.assertEqual(
            [(item[0], item[1]) for item in restated], [("group:department", None), ("group:commune", None)]
        )
        # the next paragraph gives only one of them a task: the lead's tasks stay
        kept = self._read(
            "UBND tỉnh vừa có Chỉ thị số 5/CT-UBND yêu cầu UBND các huyện, giám đốc các sở, ngành phối hợp bảo "
            "đảm vụ sản xuất.\n\nChỉ thị yêu cầu UBND các huyện chỉ đạo nạo vét kênh mương.",
        )
        self.assertEqual([item[0] for item in kept], ["group:district", "group:department", "group:district"])
        # a paper named inside the task, not a report's lead: no restatement
        inside = self._read(
            "Sở Y tế chủ trì bàn giao hồ sơ (UBND tỉnh vừa có công văn về việc này).\n\n"
            "Sở Y tế chỉ đạo các bệnh viện báo cáo số giường bệnh."
        )
        self.assertEqual([item[0] for item in inside], ["Sở Y tế", "Sở Y tế"])

    def test_unsure_proposals_are_flagged_not_dropped(self):
        recipients = self._read(
            "Văn bản gửi các sở, ngành; UBND các huyện, thị xã, thành phố. Theo đó, yêu cầu các đơn vị khẩn trương "
            "rà soát, báo cáo trước ngày 10/5/2024."
        )
        self.assertEqual(
            [(item[0], item[1], item[3]) for item in recipients],
            [
                ("group:department", date(2024, 5, 10), [REVIEW_LEAD]),
                ("group:district", date(2024, 5, 10), [REVIEW_LEAD]),
            ],
        )
        addressed = self._read(
            "Kính gửi: Các sở, ban, ngành; UBND các huyện, thị xã.\n"
            "UBND tỉnh đề nghị các đơn vị khẩn trương báo cáo kết quả trước ngày 15/4/2024."
        )
        self.assertEqual([item[0] for item in addressed], ["group:department", "group:district"])
        [unclear] = self._read("Giao Sở Xây dựng hoàn thiện hồ sơ, bàn giao trước Tết Nguyên đán.")
        self.assertEqual(unclear[:2], ("Sở Xây dựng", None))
        self.assertEqual(unclear[3], [REVIEW_DEADLINE])

    def test_coordinators_of_round_seven(self):
        """Coordinator shapes of the development parts, written on them after round 7 (examples
        written for them)."""

        def coordinators(text):
            return [(item[0], item[2]) for item in self._read(text)]

        # a later clause of the same sentence that only coordinates: the lead's coordinators
        self.assertEqual(
            coordinators(
                "Giao Sở Xây dựng theo dõi tiến độ các công trình nhà ở xã hội; đồng thời phối hợp với UBND các "
                "huyện, thị xã tháo gỡ vướng mắc về mặt bằng."
            ),
            [("Sở Xây dựng", ["group:district"])],
        )
        self.assertEqual(
            coordinators(
                "UBND huyện Kỳ Anh chịu trách nhiệm rà soát hồ sơ đất đai; phối hợp với Sở Tài chính xác định giá "
                "đất cụ thể."
            ),
            [("UBND huyện Kỳ Anh", ["Sở Tài chính"])],
        )
        self.assertEqual(
            coordinators(
                "Sở Y tế tham mưu kế hoạch tiêm chủng mở rộng; chủ trì, phối hợp với UBND các huyện tổ chức tiêm."
            ),
            [("Sở Y tế", ["group:district"])],
        )
        # not when the clause names a lead of its own, nor from the next paragraph, nor past a clause
        self.assertEqual(
            coordinators("Giao Sở Y tế kiểm tra các cơ sở; Sở Nội vụ phối hợp với Sở Tài chính rà soát biên chế."),
            [("Sở Y tế", []), ("Sở Nội vụ", ["Sở Tài chính"])],
        )
        self.assertEqual(
            coordinators("Giao Sở Y tế kiểm tra các cơ sở khám bệnh.\n\nPhối hợp với Sở Tài chính rà soát giá."),
            [("Sở Y tế", [])],
        )
        self.assertEqual(
            coordinators(
                "Giao Sở Y tế kiểm tra các cơ sở khám bệnh; báo cáo kết quả hằng quý; phối hợp với Sở Tài chính "
                "rà soát giá dịch vụ."
            ),
            [("Sở Y tế", [])],
        )
        # those concerned at the end of a list: "các ngành (có) liên quan", "các cơ quan chức trách",
        # "các cơ quan, đơn vị chức năng liên quan"
        self.assertEqual(
            coordinators("Sở Y tế phối hợp với UBND các huyện và các ngành có liên quan giám sát dịch bệnh."),
            [("Sở Y tế", ["group:district", "group:related"])],
        )
        self.assertEqual(
            coordinators(
                "Yêu cầu UBND xã Kỳ Tân khẩn trương phối hợp với các cơ quan chức trách truy quét khai thác cát."
            ),
            [("UBND xã Kỳ Tân", ["group:related"])],
        )
        self.assertEqual(
            coordinators(
                "Giao Sở Xây dựng phối hợp với Sở Tài chính và các cơ quan, đơn vị chức năng liên quan kiểm tra giá."
            ),
            [("Sở Xây dựng", ["Sở Tài chính", "group:related"])],
        )
        # "giáo dục" is no "giao": nothing is assigned to the sectors of the education plan
        self.assertEqual(
            self._read("Xác định nhiệm vụ của ngành giáo dục và các ngành liên quan; lộ trình thực hiện khả thi."), []
        )
        # a body the registry does not know, inside a list of coordinators, is stepped over ("Ban Quản
        # lý" heads a name, it is not the verb); a part with a task verb ends the list
        self.assertEqual(
            coordinators(
                "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng, Ban Quản lý dự án 7 - Bộ Giao thông vận tải, "
                "UBND các huyện có dự án đi qua rà soát hồ sơ giải ngân."
            ),
            [("Sở Tài chính", ["Sở Xây dựng", "group:district"])],
        )
        self.assertEqual(
            coordinators("Giao Sở Tài chính phối hợp với Sở Xây dựng, thực hiện rà soát hồ sơ, UBND các huyện hỗ trợ."),
            [("Sở Tài chính", ["Sở Xây dựng"])],
        )

    def test_shapes_of_round_eight(self):
        """Shapes of the development parts written on them in round 8 (examples written for them)."""

        def leads(text, document_date=date(2025, 11, 1)):
            return [(item[0], item[2]) for item in self._read(text, document_date)]

        # a place after a name, written with capitals, before the verb
        self.assertEqual(leads("Sở Y tế Hà Tĩnh chủ trì kiểm tra an toàn thực phẩm."), [("Sở Y tế", [])])
        self.assertEqual(leads("Sở Xây dựng TP.HCM khẩn trương rà soát quy hoạch."), [("Sở Xây dựng", [])])
        self.assertEqual(leads("Sở Nội vụ tỉnh Bà Rịa - Vũng Tàu sẽ hướng dẫn sắp xếp."), [("Sở Nội vụ", [])])
        self.assertEqual(leads("Thanh tra tỉnh Hà Tĩnh phối hợp kiểm tra dự án."), [("Thanh tra tỉnh", [])])
        # not a lower-case word taken for a place, nor a report of what a department said or did
        self.assertEqual(leads("Sở Y tế cho biết sẽ triển khai tiêm chủng."), [])
        self.assertEqual(leads("Sở Y tế Hà Tĩnh cho biết đã triển khai tiêm chủng."), [])
        # "giao trách nhiệm / nhiệm vụ Sở …" without "cho"
        self.assertEqual(
            leads("UBND tỉnh giao trách nhiệm Sở Lao động-Thương binh và Xã hội phối hợp các sở, ngành hướng dẫn."),
            [("Sở Lao động - Thương binh và Xã hội", ["group:department"])],
        )
        self.assertEqual(leads("UBND tỉnh giao nhiệm vụ Sở Tài chính tham mưu phân bổ vốn."), [("Sở Tài chính", [])])
        # groups: "các ngành địa phương" without a comma, the communes counted, districts then communes,
        # the departments "thuộc UBND thành phố"
        self.assertEqual(
            [item[0] for item in leads("Tỉnh giao các ngành địa phương tiếp tục tuyên truyền cho ngư dân.")],
            ["group:department", "group:commune"],
        )
        self.assertEqual(
            leads("Giao Chủ tịch UBND 168 phường, xã, đặc khu khẩn trương cung cấp số liệu."),
            [("group:commune", [])],
        )
        self.assertEqual(
            [
                item[0]
                for item in leads(
                    "Giao các sở, ban, ngành thuộc UBND thành phố và UBND các quận, huyện, phường, xã tập trung "
                    "triển khai 12 nhiệm vụ cải cách thủ tục hành chính.",
                    date(2023, 9, 29),
                )
            ],
            ["group:department", "group:district", "group:commune"],
        )
        # a count of communes that is no addressee
        self.assertEqual(leads("Tỉnh hỗ trợ 168 xã xây dựng nông thôn mới."), [])
