from datetime import timedelta

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged

from .common import OversightCase

VALID_NUMBERS = [
    # number, date, (number, year, symbol, doc_type)
    ("5325/UBND-KSTT", "2026-05-04", (5325, 2026, "UBND-KSTT", "official_letter")),
    ("202/QĐ-UBND", "2026-01-15", (202, 2026, "QĐ-UBND", "decision")),
    ("42/2014/QĐ-TTg", "2014-07-15", (42, 2014, "QĐ-TTG", "decision")),
    ("36-HD/VPTW", "2018-02-03", (36, 2018, "HD/VPTW", "guidance")),
    ("05/CT-UBND", "2026-02-27", (5, 2026, "CT-UBND", "directive")),
    ("118/TB-VP", "2026-04-08", (118, 2026, "TB-VP", "notice")),
    ("30/2020/NĐ-CP", "2020-03-05", (30, 2020, "NĐ-CP", "decree")),
    ("1450/UBND-KT", "2026-05-12", (1450, 2026, "UBND-KT", "official_letter")),
    ("03/KH-UBND", "2026-06-02", (3, 2026, "KH-UBND", "plan")),
    ("12-KL/TU", "2026-03-05", (12, 2026, "KL/TU", "conclusion")),
    ("09/2026/QĐ-UBND", "2026-08-18", (9, 2026, "QĐ-UBND", "decision")),
    ("15/CTr-UBND", "2026-03-01", (15, 2026, "CTR-UBND", "program")),
    ("15/VP-HĐND&UBND", "2026-03-02", (15, 2026, "VP-HĐND&UBND", "official_letter")),
    ("16/qđ-ubnd", "2026-03-02", (16, 2026, "QĐ-UBND", "decision")),
]

MALFORMED_NUMBERS = [
    # number, what the message must say
    ("", "Enter the number and symbol"),
    ("5324 /UBND-KSTT", "contains a space"),
    ("UBND-KSTT", "must start with its number in digits"),
    ("/QĐ-UBND", "must start with its number in digits"),
    ("0/QĐ-UBND", "cannot be 0"),
    ("202QĐ-UBND", "must be followed by “/”"),
    ("202/QĐUBND", "must name the document type or issuing body"),
    ("202/QĐ-", "has an empty part"),
    ("202/-UBND", "has an empty part"),
    ("202/QĐ-UBND/KSTT", "too many “/”"),
    ("42/14/QĐ-TTg", "is not a valid year of issue"),
    ("42/2099/QĐ-TTg", "is not a valid year of issue"),
    ("42/2014/UBND-KSTT", "is not a document type"),
    ("36-XX/VPTW", "is not a known document type code"),
    ("36-HD", "number-type/issuer"),
    ("202/QĐ-UBND!", "may only contain letters and digits"),
    ("202/QĐ_X-UBND", "may only contain letters and digits"),
]


@tagged("post_install", "-at_install")
class TestDirective(OversightCase):
    def _directive(self, name, day="2026-05-04", **values):
        return (
            self.env["oversight.directive"]
            .with_user(self.office)
            .create(
                {
                    "name": name,
                    "date": day,
                    "summary": "Trích yếu",
                    **values,
                }
            )
        )

    def test_valid_numbers(self):
        for name, day, expected in VALID_NUMBERS:
            with self.subTest(number=name):
                directive = self._directive(name, day)
                self.assertEqual(
                    (directive.number_seq, directive.number_year, directive.symbol, directive.doc_type), expected
                )

    def test_malformed_numbers_are_explained(self):
        for name, message in MALFORMED_NUMBERS:
            with self.subTest(number=name), self.assertRaisesRegex(ValidationError, message):
                self._directive(name)

    def test_number_unique_per_symbol_and_year(self):
        self._directive("202/QĐ-UBND", "2026-01-15")
        for duplicate in ("202/QĐ-UBND", "202/qđ-ubnd", "202/Qđ-Ubnd"):
            with self.subTest(number=duplicate), self.assertRaisesRegex(ValidationError, "^Document .* is already"):
                self._directive(duplicate, "2026-09-01")
        # same number, other year or other issuer: another document
        self._directive("202/QĐ-UBND", "2025-01-15")
        self._directive("202/QĐ-SNV", "2026-01-15")

    def test_rename_to_malformed_keeps_old_number(self):
        directive = self._directive("203/QĐ-UBND")
        with self.assertRaises(ValidationError):
            directive.write({"name": "203 QĐ UBND"})
        self.assertEqual(directive.name, "203/QĐ-UBND")

    def test_draft_tasks_past_their_deadline_are_not_assigned(self):
        """The directive says how many draft tasks are past their deadline, refuses to assign
        them with their names, and offers no button once nothing is left to assign."""
        directive = self.directive.with_user(self.office)
        late = self._task(
            date_assigned=self.today() - timedelta(days=10),
            deadline=self.today() - timedelta(days=2),
            name="Báo cáo quý III",
        )
        on_time = self._task(deadline=self.today() + timedelta(days=20))
        self.assertEqual((directive.draft_task_count, directive.draft_past_deadline_count), (2, 1))
        with self.assertRaisesRegex(UserError, "Báo cáo quý III"):
            directive.action_assign_tasks()
        late.with_user(self.office).deadline = self.today() + timedelta(days=10)
        directive.invalidate_recordset()
        directive.action_assign_tasks()
        directive.invalidate_recordset()
        self.assertEqual((directive.draft_task_count, directive.draft_past_deadline_count), (0, 0))
        self.assertEqual((late | on_time).mapped("state"), ["assigned", "assigned"])

    def test_office_creates_tasks_in_directive_form(self):
        form = Form(self.env["oversight.directive"].with_user(self.office))
        form.name = "1450/UBND-KT"
        form.date = self.today()
        form.summary = "Về việc đẩy nhanh tiến độ giải ngân vốn đầu tư công"
        form.signer_id = self.leader
        with form.task_ids.new() as line:
            line.name = "Báo cáo tiến độ giải ngân"
            line.lead_agency_id = self.agency_b
        with form.task_ids.new() as line:
            line.name = "Rà soát danh mục dự án chậm tiến độ"
            line.lead_agency_id = self.agency_a
            line.starred = True
        directive = form.save()
        self.assertRecordValues(
            directive.task_ids.sorted("id"),
            [
                {"lead_agency_id": self.agency_b.id, "leader_id": self.leader.id, "state": "draft", "starred": False},
                {"lead_agency_id": self.agency_a.id, "leader_id": self.leader.id, "state": "draft", "starred": True},
            ],
        )
        self.assertEqual(directive.task_count, 2)

    def test_delete_directive_with_tasks_refused(self):
        self._task()
        with self.assertRaisesRegex(UserError, "Archive it instead"):
            self.directive.with_user(self.office).unlink()
        self.assertTrue(self.directive.exists())
        empty = self._directive("77/TB-VP")
        empty.with_user(self.office).unlink()
        self.assertFalse(empty.exists())

    def test_agency_cannot_edit_directive(self):
        with self.assertRaises(UserError):
            self.directive.with_user(self.head_a).write({"summary": "Sửa"})
        self.assertTrue(self.directive.with_user(self.user_a).read(["name"]), "directives are readable by agencies")
