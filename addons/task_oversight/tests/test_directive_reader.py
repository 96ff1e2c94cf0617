from datetime import date

from odoo.tests import BaseCase, tagged

from ..tools.directive_reader import (
    Agency,
    DeadlineReader,
    DirectiveReader,
    add_working_days,
    fold,
    fold_name,
    paragraphs,
)
from .intake_corpus import AGENCIES, CASES, LEADERS

TODAY = date(2026, 11, 22)
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
