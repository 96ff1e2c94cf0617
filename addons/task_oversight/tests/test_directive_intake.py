import base64
import io
import zipfile
from datetime import date

from freezegun import freeze_time
from reportlab.pdfgen import canvas

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged
from odoo.tools.pdf import PdfFileReader, PdfFileWriter

from .common import OversightCase

DIRECTIVE = """ỦY BAN NHÂN DÂN
THÀNH PHỐ ĐÀ NẴNG
Số: 1502/UBND-TH
V/v triển khai nhiệm vụ cải cách hành chính quý IV năm 2026
Đà Nẵng, ngày 02 tháng 10 năm 2026
Kính gửi: Các sở, ban, ngành; UBND các xã, phường.
Thực hiện chỉ đạo của Chủ tịch UBND thành phố, yêu cầu:
1. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát chức năng, nhiệm vụ của các phòng chuyên môn,
trình UBND thành phố trước ngày 30/10/2026.
2. Yêu cầu Sở Tài chính bố trí kinh phí thực hiện, báo cáo trong tháng 11 năm 2026.
3. Giao UBND các xã, phường tổ chức đối thoại với người dân về thủ tục hành chính, hoàn thành trong quý IV/2026.
4. Giao Trung tâm Phục vụ hành chính công thành phố theo dõi, tổng hợp kết quả.
Nơi nhận:
- Như trên;
- Lưu: VT, TH.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Trung Chinh"""


def _pdf(pages, text=True, password=None):
    output = io.BytesIO()
    pdf = canvas.Canvas(output)
    for page in range(pages):
        if text:
            pdf.drawString(
                72, 720, f"Giao So Noi vu chu tri ra soat, hoan thanh truoc ngay 30/11/2026. Trang {page + 1}"
            )
        pdf.showPage()
    pdf.save()
    data = output.getvalue()
    if password:
        reader, writer = PdfFileReader(io.BytesIO(data)), PdfFileWriter()
        for page in reader.pages:
            writer.add_page(page)
        writer.encrypt(password)
        encrypted = io.BytesIO()
        writer.write(encrypted)
        data = encrypted.getvalue()
    return data


def _docx(text):
    body = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in text.splitlines())
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("word/document.xml", xml)
    return output.getvalue()


@tagged("post_install", "-at_install")
class TestDirectiveIntake(OversightCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("en_US")
        cls.office.lang = "en_US"
        cls.leader.name = "Lê Trung Chinh"  # signs the directive below
        cls.commune_b = cls.env["oversight.agency"].create(
            {"name": "UBND xã Hòa Vang", "code": "T-HV", "agency_type": "commune"}
        )

    def _intake(self, **values):
        return (
            self.env["oversight.directive.intake"]
            .with_user(self.office)
            .create({"directive_id": self.directive.id, **values})
        )

    def _read(self, **values):
        intake = self._intake(**values)
        with freeze_time("2026-10-05 03:00:00"):
            intake.action_read()
        return intake

    def test_review_then_create_exactly_the_confirmed_lines(self):
        self.directive.date = date(2026, 10, 2)
        intake = self._read(text=DIRECTIVE)
        lines = intake.line_ids.sorted("sequence")
        self.assertRecordValues(
            lines,
            [
                {"lead_agency_id": self.agency_a.id, "deadline": date(2026, 10, 30)},
                {"lead_agency_id": self.agency_b.id, "deadline": date(2026, 11, 30)},
                {"lead_agency_id": False, "deadline": date(2026, 12, 31)},
                {"lead_agency_id": False, "deadline": False},
            ],
        )
        self.assertFalse(lines[0].flag or lines[1].flag)
        self.assertEqual(lines[0].coordinating_agency_ids, self.agency_b)
        self.assertIn("<mark>", lines[0].source_html)
        self.assertIn("expand it", lines[2].flag)
        self.assertIn("Unknown agency", lines[3].flag)
        self.assertIn("No deadline found", lines[3].flag)
        self.assertRecordValues(
            intake, [{"number": "1502/UBND-TH", "date": date(2026, 10, 2), "signer_id": self.leader.id}]
        )
        # nothing is created by reading
        self.assertFalse(self.directive.task_ids)
        with self.assertRaisesRegex(UserError, "Choose the lead agency of line"):
            intake.action_create_tasks()
        with self.assertRaisesRegex(UserError, "neither a group"):
            lines[0].action_expand_line()
        lines[2].action_expand_line()  # the communes of the company: one line each
        communes = intake.line_ids.filtered(lambda line: line.lead_agency_id.agency_type == "commune")
        self.assertEqual(communes.lead_agency_id, self.agency_c | self.commune_b)
        lines[3].selected = False  # the clerk drops the unknown one
        communes.filtered(lambda line: line.lead_agency_id == self.commune_b).selected = False
        intake.with_user(self.office).action_create_tasks()
        tasks = self.directive.task_ids
        self.assertRecordValues(
            tasks.sorted("deadline"),
            [
                {"lead_agency_id": self.agency_a.id, "deadline": date(2026, 10, 30), "state": "draft"},
                {"lead_agency_id": self.agency_b.id, "deadline": date(2026, 11, 30), "state": "draft"},
                {"lead_agency_id": self.agency_c.id, "deadline": date(2026, 12, 31), "state": "draft"},
            ],
        )
        self.assertEqual(tasks.leader_id, self.leader)
        self.assertEqual(set(tasks.mapped("date_assigned")), {date(2026, 10, 2)})

    def test_unsure_lines_listed_first_with_their_reason(self):
        """Line 4 names an agency the company does not have: proposed, flagged, listed first; the
        others keep their numbers (the reading order)."""
        intake = self._read(text=DIRECTIVE)
        intake.invalidate_recordset(["line_ids"])  # the dialog reads the lines in their order
        self.assertEqual(intake.line_ids.mapped("sequence"), [4, 1, 2, 3])
        unsure = intake.line_ids[0]
        self.assertTrue(unsure.to_review)
        self.assertIn("Lead agency unclear", unsure.flag)
        self.assertEqual(intake.review_count, 1)
        self.assertFalse((intake.line_ids - unsure).filtered("to_review"))

    def test_merge_lines(self):
        intake = self._read(text=DIRECTIVE)
        first, second = intake.line_ids.sorted("sequence")[:2]
        with self.assertRaisesRegex(UserError, "no line above"):
            first.action_merge_up()
        second.action_merge_up()
        self.assertFalse(second.exists())
        self.assertIn("Bố trí kinh phí", first.name)
        self.assertEqual(first.deadline, date(2026, 11, 30))
        self.assertIn(self.agency_b, first.coordinating_agency_ids, "the merged line's lead coordinates")
        self.assertEqual(intake.line_ids.sorted("sequence").mapped("sequence"), [1, 2, 3])

    def test_a_new_directive_from_the_header(self):
        intake = self.env["oversight.directive.intake"].with_user(self.office).create({"text": DIRECTIVE})
        with freeze_time("2026-10-05 03:00:00"):
            intake.action_read()
        intake.line_ids.filtered(lambda line: not line.lead_agency_id).selected = False
        action = intake.action_create_tasks()
        directive = self.env["oversight.directive"].browse(action["res_id"])
        self.assertRecordValues(
            directive, [{"name": "1502/UBND-TH", "date": date(2026, 10, 2), "signer_id": self.leader.id}]
        )
        self.assertEqual(len(directive.task_ids), 2)
        # read again, the same document goes to the directive registered from it
        again = self.env["oversight.directive.intake"].with_user(self.office).create({"text": DIRECTIVE})
        with freeze_time("2026-10-05 03:00:00"):
            again.action_read()
        self.assertEqual(again.directive_id, directive)

    def test_bad_input(self):
        cases = [
            ({"text": "  "}, "Paste the text"),
            ({"text": "Tình hình kinh tế - xã hội tháng 10 tiếp tục phục hồi."}, "No assignment was found"),
            ({"document": base64.b64encode(_pdf(1, text=False)), "document_name": "scan.pdf"}, "no text to read"),
            ({"document": base64.b64encode(_pdf(120)), "document_name": "dai.pdf"}, "120 pages"),
            ({"document": base64.b64encode(_pdf(1, password="mat-khau")), "document_name": "khoa.pdf"}, "password"),
            ({"document": base64.b64encode(b"%PDF-1.4 garbage"), "document_name": "hong.pdf"}, "cannot be read"),
        ]
        for values, message in cases:
            with self.subTest(message=message):
                intake = self._intake(**values)
                with self.assertRaisesRegex(UserError, message):
                    intake.action_read()
                self.assertFalse(intake.line_ids)
        self.assertFalse(self.directive.task_ids)

    def test_files_are_read(self):
        pdf = self._read(document=base64.b64encode(_pdf(2)), document_name="cv.pdf")
        self.assertEqual(pdf.line_ids.lead_agency_id, self.agency_a)
        docx = self._read(document=base64.b64encode(_docx(DIRECTIVE)), document_name="cv.docx")
        self.assertEqual(len(docx.line_ids), 4)

    def test_the_offices_follow_up_is_proposed_unselected(self):
        """The closing sentence by which the Office follows the document up is the Office's
        own duty: proposed, flagged, not selected; the tasks of the agencies are."""
        self.env["oversight.agency"].create({"name": "Văn phòng UBND thành phố", "code": "T-VP"})
        text = DIRECTIVE.replace(
            "Nơi nhận:",
            "5. Văn phòng UBND thành phố theo dõi, đôn đốc, kiểm tra việc thực hiện văn bản này.\nNơi nhận:",
        )
        intake = self._read(text=text)
        follow_up = intake.line_ids.filtered(lambda line: "đôn đốc" in line.name)
        self.assertEqual(len(follow_up), 1)
        self.assertFalse(follow_up.selected)
        self.assertIn("follow-up", follow_up.flag)
        self.assertTrue(all((intake.line_ids - follow_up).mapped("selected")))

    def test_office_only(self):
        for user in (self.user_a, self.head_a, self.leader):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                self.env["oversight.directive.intake"].with_user(user).create({"text": DIRECTIVE})


@tagged("post_install", "-at_install")
class TestDirectiveIntakeTour(HttpCase, OversightCase):
    def test_office_reads_a_directive(self):
        self.office.write({"password": "t_office", "lang": "en_US"})
        self.directive.date = date(2026, 11, 2)
        self.start_tour(
            f"/odoo/action-task_oversight.oversight_directive_action/{self.directive.id}",
            "task_oversight_directive_intake_tour",
            login="t_office",
        )
        self.assertRecordValues(
            self.directive.task_ids.sorted("deadline"),
            [
                {"lead_agency_id": self.agency_a.id, "deadline": date(2026, 12, 15), "state": "draft"},
                {"lead_agency_id": self.agency_b.id, "deadline": date(2026, 12, 31), "state": "draft"},
            ],
        )
