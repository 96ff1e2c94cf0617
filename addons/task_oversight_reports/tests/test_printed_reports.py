"""The printed reports pass the look of Decree 30/2020: page numbers from the
second page, Nơi nhận and a signature with a name kept with the end of the body,
recipients that exist, no form hints; the heading, the date and the signer's title
as the decree writes them; long tables that read across pages."""

import io
from datetime import date, timedelta

from freezegun import freeze_time
from lxml import etree
from lxml import html as lxml_html

from odoo.tests import HttpCase, tagged
from odoo.tools.misc import file_path
from odoo.tools.pdf import PdfFileReader

from .common import ReportCase

# the top margin of the project's paper formats (Decree 30/2020, Appendix I), in points
TOP_MARGIN = 20 * 72 / 25.4

CONSOLIDATED = "task_oversight_reports.report_oversight_consolidated"
AGENCY_REPORT = "task_oversight_reports.report_oversight_agency_report"
TASK_SHEET = "task_oversight_reports.action_report_oversight_task_sheet"


@tagged("post_install", "-at_install")
class TestPrintedReports(ReportCase):
    def setUp(self):
        super().setUp()
        self._assigned_on(date(2026, 9, 1), date(2026, 10, 1))
        self.period = self._period()
        self.report_a = self._report(self.period, self.agency_a)
        self._fill(self.report_a, self.user_a)
        self._on(date(2026, 11, 21), self.report_a.with_user(self.head_a).action_submit)
        office_agency = self.env["oversight.agency"].create(
            {"name": "Văn phòng UBND", "code": "T-VP", "head_user_id": self.office.id}
        )
        self.env.company.write(
            {
                "oversight_office_agency_id": office_agency.id,
                "oversight_report_signer_title": "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG",
            }
        )

    def _tree(self, report_name, records):
        html, _format = self.env["ir.actions.report"].with_user(self.office)._render_qweb_html(report_name, records.ids)
        return lxml_html.fromstring(html.decode())

    def _signature(self, tree):
        block = tree.xpath("//div[contains(@class, 'o_ov_keep')]")
        self.assertEqual(len(block), 1, "one block keeps the end of the body, Nơi nhận and the signature together")
        return block[0]

    def test_consolidated_signature_recipients_and_page_numbers(self):
        tree = self._tree(CONSOLIDATED, self.period)
        self.assertFalse(
            tree.xpath("//div[contains(@class, 'header')]"), "no header: the page numbers are drawn on the PDF"
        )
        block = self._signature(tree)
        text = block.text_content()
        self.assertIn("Not submitted", text, "the end of the body stays with the signature")
        self.assertIn("KT. CHÁNH VĂN PHÒNG", text)
        self.assertEqual(
            block.xpath(".//*[contains(@class, 'o_ov_signer')]")[0].text_content().strip(), self.office.name
        )
        for hint in ("signature, full name", "Approved by", "seal"):
            self.assertNotIn(hint, tree.text_content())
        recipients = block.xpath(".//td[contains(@class, 'o_oversight_recipients')]")[0].text_content()
        self.assertIn("Departments, boards and sectors", recipients)
        self.assertIn("People's Committees of the communes, wards and special zones", recipients, "agency C is a ward")
        self.assertNotIn("District", recipients, "no district committee since 1 July 2025")
        self.assertNotIn("State-owned enterprises", recipients, "no enterprise reports in this period")
        missing = tree.xpath("//div[contains(., 'Not submitted:')]")[-1].text_content()
        self.assertIn("Sở Tài chính", missing, "before the due date, the reports not yet in are named")
        self.assertIn("Ranking groups count the tasks assigned from 15/11/2025 to 14/11/2026", tree.text_content())

    def test_agency_report_signed_by_its_head(self):
        tree = self._tree(AGENCY_REPORT, self.report_a)
        block = self._signature(tree)
        self.assertIn("Difficulties", block.text_content())
        self.assertEqual(
            block.xpath(".//*[contains(@class, 'o_ov_signer')]")[0].text_content().strip(), self.head_a.name
        )

    def test_task_sheet_leaves_out_draft_requests(self):
        task = self._assigned_task(deadline=self.today() + timedelta(days=10))
        Request = self.env["oversight.extension.request"]
        Request.with_user(self.user_a).create(
            {"task_id": task.id, "requested_deadline": self.today() + timedelta(days=30), "reason": "Bản nháp nội bộ"}
        )
        tree = self._tree(TASK_SHEET, task)
        self.assertNotIn("Bản nháp nội bộ", tree.text_content())
        self._signature(tree)

    def _heading(self, tree):
        """(issuer lines, the symbol, the place and date) of the document's heading."""
        issuer = tree.xpath("//td[contains(@class, 'o_oversight_issuer')]")[0]
        lines = [" ".join(div.text_content().split()) for div in issuer.xpath("./div[not(@class='o_oversight_rule')]")]
        place = tree.xpath("//div[contains(@class, 'o_oversight_place')]")[0]
        return lines[:-1], lines[-1], " ".join(place.text_content().split())

    def _signer_title(self, tree):
        block = self._signature(tree)
        cell = block.xpath(".//td[contains(@class, 'o_ov_c')]")[0]
        return [div.text_content() for div in cell.xpath("./div[contains(@class, 'o_ov_b')]")][:-1]

    def _vietnamese_tree(self, report_name, records, day):
        self.env["res.lang"]._activate_lang("vi_VN")
        with freeze_time(f"{day} 09:00:00"):
            Report = self.env["ir.actions.report"].with_user(self.office).with_context(lang="vi_VN")
            html, _format = Report._render_qweb_html(report_name, records.ids)
        return lxml_html.fromstring(html.decode())

    def test_place_and_date_on_two_digits(self):
        """Decree 30 writes the day and the month on two digits below 10, in every heading."""
        self.env.company.city = "Đà Nẵng"
        task = self._assigned_task(deadline=self.today() + timedelta(days=10))
        for report_name, records, day, expected in (
            (AGENCY_REPORT, self.report_a, "2027-02-05", "Đà Nẵng, ngày 05 tháng 02 năm 2027"),
            (TASK_SHEET, task, "2027-01-09", "Đà Nẵng, ngày 09 tháng 01 năm 2027"),
            (CONSOLIDATED, self.period, "2026-12-03", "Đà Nẵng, ngày 03 tháng 12 năm 2026"),
        ):
            with self.subTest(report=report_name):
                self.assertEqual(self._heading(self._vietnamese_tree(report_name, records, day))[2], expected)

    def test_heading_of_a_department(self):
        """A department writes the committee above its own name, the committee's place kept
        on one line; its symbol is its abbreviation; its head signs with the title of the head."""
        self.env.company.name = "Ủy ban nhân dân thành phố Đà Nẵng"
        tree = self._vietnamese_tree(AGENCY_REPORT, self.report_a, "2026-11-26")
        issuer, symbol, _place = self._heading(tree)
        self.assertEqual(issuer, ["ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", "SỞ NỘI VỤ"])
        self.assertEqual(
            tree.xpath("//td[contains(@class, 'o_oversight_issuer')]/div[1]/span[@class='o_ov_nowrap']")[0].text,
            "THÀNH PHỐ ĐÀ NẴNG",
            "the city's name is not cut at the end of a line",
        )
        self.assertEqual(symbol, "Số: ……/BC-T-SNV")
        self.assertEqual(self._signer_title(tree), ["GIÁM ĐỐC"], "the head of a Sở is its Giám đốc")

    def test_heading_of_a_ward(self):
        """A ward's People's Committee is its own issuing body: no superior line above
        ỦY BAN NHÂN DÂN PHƯỜNG …, the symbol BC-UBND, signed on behalf of the committee
        by its chairman."""
        self.env.company.name = "Ủy ban nhân dân thành phố Đà Nẵng"
        head_c = self._user("t_head_c", "task_oversight.group_agency_head", self.agency_c, name="Đặng Văn Lộc")
        self.agency_c.head_user_id = head_c
        report_c = self._report(self.period, self.agency_c)
        self._on(date(2026, 11, 21), report_c.with_user(head_c).action_submit)
        tree = self._vietnamese_tree(AGENCY_REPORT, report_c, "2026-11-26")
        issuer, symbol, _place = self._heading(tree)
        self.assertEqual(issuer, ["ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU"], "no body above the ward's committee")
        self.assertEqual(symbol, "Số: ……/BC-UBND", "not the agency's code T-HC")
        self.assertEqual(self._signer_title(tree), ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
        self.assertNotIn("THỦ TRƯỞNG CƠ QUAN", tree.text_content())

    def test_signer_titles(self):
        """The title comes from the agency, else the head's job position, else the agency's
        kind; a deputy signs for the head (KT.)."""
        Agency = self.env["oversight.agency"].with_context(lang="vi_VN")
        self.env["res.lang"]._activate_lang("vi_VN")
        deputy = self._user("t_deputy_a", "task_oversight.group_agency_head", self.agency_a, name="Phó Giám đốc")
        self.agency_a.deputy_user_ids = deputy
        agency_a = Agency.browse(self.agency_a.id)
        self.assertEqual(agency_a._oversight_signer_title(self.head_a), "GIÁM ĐỐC")
        self.assertEqual(agency_a._oversight_signer_title(deputy), "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
        self.head_b.function = "Chánh Thanh tra"
        self.assertEqual(Agency.browse(self.agency_b.id)._oversight_signer_title(self.head_b), "CHÁNH THANH TRA")
        self.agency_b.head_title = "Tổng Giám đốc"
        self.assertEqual(Agency.browse(self.agency_b.id)._oversight_signer_title(self.head_b), "TỔNG GIÁM ĐỐC")
        office = Agency.create({"name": "Văn phòng Đoàn ĐBQH và HĐND", "code": "T-VPD"})
        self.assertEqual(office._oversight_signer_title(office.head_user_id), "CHÁNH VĂN PHÒNG")

    def test_evaluation_heading_follows_the_agency(self):
        """The symbol of a ward's documents is BC-UBND, a department's its abbreviation."""
        self.assertEqual(self.agency_c._oversight_symbol("BC"), "BC-UBND")
        self.assertEqual(self.agency_a._oversight_symbol("BC"), "BC-T-SNV")
        self.assertEqual(
            self.env.company._oversight_issuer_lines("UBND xã Hòa Vang"), [("ỦY BAN NHÂN DÂN", "XÃ HÒA VANG")]
        )

    def test_task_sheet_labels_and_percent_do_not_wrap(self):
        task = self._assigned_task(deadline=self.today() + timedelta(days=10))
        self.env["oversight.task.update"].with_user(self.user_a).create(
            {"task_id": task.id, "progress": 100, "note": "Đã hoàn thành"}
        )
        tree = self._tree(TASK_SHEET, task)
        labels = tree.xpath("//table[contains(@class, 'o_oversight_fields')]//td[contains(@class, 'o_ov_b')]")
        self.assertTrue(labels)
        progress = tree.xpath("//td[contains(@class, 'o_ov_nowrap')]")
        self.assertIn("100 %", [" ".join(cell.text_content().split()) for cell in progress])
        style = tree.xpath("//style")[0].text
        self.assertIn(".o_ov_nowrap, .o_oversight_place, .o_oversight_fields td.o_ov_b { white-space: nowrap; }", style)

    def test_demo_consolidated_report_signed_by_the_chief_of_the_office(self):
        """The demo's committee signs its consolidated report by the Chief of the Office,
        not by the Office's clerk (who follows the tasks)."""
        demo = etree.parse(file_path("task_oversight_reports/demo/oversight_report_demo.xml"))
        signer = demo.xpath("//record[@id='base.main_company']/field[@name='oversight_report_signer_id']/@ref")
        self.assertEqual(signer, ["user_office_chief"])
        self.assertNotEqual(signer[0], "task_oversight.user_office")
        chief = demo.xpath("//record[@id='user_office_chief']/field[@name='function']")[0].text
        self.assertEqual(chief, "Chánh Văn phòng")


def _pdf_pages(pdf):
    """Each page of ``pdf`` as (its text without white space, the texts drawn in its top margin)."""
    pages = []
    for page in PdfFileReader(io.BytesIO(pdf), strict=False).pages:
        margin = _TopMargin(float(page.mediabox.height) - TOP_MARGIN)
        text = page.extract_text(visitor_text=margin.visit)
        pages.append(("".join(text.split()), margin.texts))
    return pages


class _TopMargin:
    """Collects the texts of a page drawn above ``top`` (in points from the bottom edge)."""

    def __init__(self, top):
        self.top = top
        self.texts = []

    def visit(self, text, cm, tm, _font, _size):
        if text.strip() and tm[4] * cm[1] + tm[5] * cm[3] + cm[5] > self.top:
            self.texts.append(text.strip())


@tagged("post_install", "-at_install")
class TestPrintedPages(HttpCase, ReportCase):
    """The PDF as wkhtmltopdf makes it on this machine (Debian's build, which ignores the
    header HTML), its assets served by the test's server, read page by page: the
    consolidated report of 40 more agencies spans several pages, its appendix lists 1 to
    7 overdue tasks of 14 agencies, each task's text long enough for three lines."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.agencies = cls.env["oversight.agency"].create(
            [{"name": f"Cơ quan thử nghiệm {number:02d}", "code": f"T-TN{number:02d}"} for number in range(1, 41)]
        )

    def setUp(self):
        super().setUp()
        self.period = self._period()
        reports = self.period.agency_report_ids.filtered(lambda report: report.agency_id in self.agencies[:14])
        tasks = self.env["oversight.task"].create(
            [
                {"name": f"Nhiệm vụ {number}", "lead_agency_id": self.agency_a.id, "directive_id": self.directive.id}
                for number in range(7)
            ]
        )
        lines = []
        for index, report in enumerate(reports.sorted(lambda report: report.agency_id.name)):
            for position in range(index % 7 + 1):
                code = f"NV-{index:02d}{position}"
                lines.append(
                    {
                        "report_id": report.id,
                        "task_id": tasks[position].id,
                        "kind": "overdue",
                        "task_code": code,
                        "task_name": f"{'Rà soát, đánh giá và báo cáo kết quả thực hiện nhiệm vụ được giao ' * 6}"
                        f"(hết {code})",
                        "deadline": date(2026, 10, 1),
                        "days_overdue": 44,
                    }
                )
        self.lines = self.env["oversight.agency.report.line"].create(lines)

    def _pdf(self, report_name, records):
        Report = self.env["ir.actions.report"].with_user(self.office).with_context(force_report_rendering=True)
        pdf, report_format = Report._render_qweb_pdf(report_name, records.ids)
        self.assertEqual(report_format, "pdf")
        return _pdf_pages(pdf)

    def _page_of(self, pages, text, start=0):
        """The one page showing ``text`` (the PDF's text is cut at each accented letter)."""
        needle = "".join(text.split())
        found = [index for index, (page_text, _margin) in enumerate(pages) if index >= start and needle in page_text]
        self.assertEqual(len(found), 1, f"{text!r} on one page: {found}")
        return found[0]

    def test_pages_numbered_from_the_second_one(self):
        pages = self._pdf(CONSOLIDATED, self.period)
        self.assertGreaterEqual(len(pages), 4, "the agencies and their overdue tasks take several pages")
        self.assertEqual(pages[0][1], [], "nothing printed in the top margin of the first page")
        self.assertEqual([margin for _text, margin in pages[1:]], [[str(n)] for n in range(2, len(pages) + 1)])

    def test_each_document_numbered_on_its_own(self):
        """Two task sheets at once: each its own document (Debian's wkhtmltopdf converts
        one at a time), each numbered from its first page."""
        first = self._assigned_task(deadline=self.today() + timedelta(days=10))
        second = self._assigned_task(deadline=self.today() + timedelta(days=20))
        Update = self.env["oversight.task.update"].with_user(self.user_a)
        Update.create([{"task_id": first.id, "progress": 10 + n, "note": "Đã triển khai " * 40} for n in range(30)])
        pages = self._pdf(TASK_SHEET, first | second)
        starts = [index for index, (text, _margin) in enumerate(pages) if "TASKMONITORINGSHEET" in text]
        self.assertEqual(len(starts), 2)
        self.assertGreater(starts[1], 1, "the first sheet takes two pages or more")
        numbers = [margin for _text, margin in pages]
        self.assertEqual(numbers[: starts[1]], [[], *([str(n)] for n in range(2, starts[1] + 1))])
        self.assertEqual(numbers[starts[1] :], [[]], "the second sheet starts again from 1 (not printed)")

    def test_heading_kept_with_its_table(self):
        """No agency's name is left at the bottom of a page of the appendix without its
        first task (1 to 7 tasks of three lines each put the names all over the pages)."""
        pages = self._pdf(CONSOLIDATED, self.period)
        appendix = self._page_of(pages, "APPENDIX")
        self.assertGreater(len(pages) - appendix, 2, "the appendix spans pages")
        for report in self.lines.report_id:
            first = report.line_ids.sorted()[0]
            self.assertEqual(
                self._page_of(pages, report.agency_id.name, appendix),
                self._page_of(pages, f"(hết {first.task_code})", appendix),
                f"the name of {report.agency_id.name} on the page of its first task",
            )

    def _header_on_each_page(self, pages, first, header, codes):
        """Every page from ``first`` on that shows a task starts its table with ``header``,
        and each task (its reference, its name, its end) is on one page."""
        header = "".join(header.split())
        for code in codes:
            page = self._page_of(pages, f"(hết {code})", first)
            self.assertEqual(self._page_of(pages, f"{code} Rà soát", first), page, f"{code} is cut across two pages")
            text = pages[page][0]
            self.assertIn(header, text, f"page {page + 1} has no header row")
            self.assertLess(text.index(header), text.index("".join(code.split())), f"the header is above {code}")

    def test_long_tables_repeat_their_header_row(self):
        """The ranking table and the appendix's tables run over pages: each page starts with
        the header row of its table, and no row is cut in two (Debian's wkhtmltopdf ignores
        the CSS rules that would do it: the page breaks are placed in the page)."""
        pages = self._pdf(CONSOLIDATED, self.period)
        header = "No.AgencyTasksDue"
        ranking = [index for index, (text, _margin) in enumerate(pages) if header in text]
        self.assertEqual(ranking, list(range(len(ranking))), "the ranking table from the first page on")
        self.assertGreater(len(ranking), 1, "the ranking table of 44 agencies takes two pages")
        for page in ranking[1:]:
            text = pages[page][0]
            self.assertLess(
                text.index(header), text.index("Cơquanthửnghiệm"), f"page {page + 1} starts with the header"
            )
        appendix = self._page_of(pages, "APPENDIX")
        self._header_on_each_page(pages, appendix, "No. Task Deadline Days late", self.lines.mapped("task_code"))

    def test_agency_report_over_pages(self):
        """An agency report with 40 overdue tasks: the header row on each page, no task cut in
        two, page numbers from the second page, the date with two digits."""
        report = self.period.agency_report_ids.filtered(lambda report: report.agency_id == self.agencies[20])
        tasks = self.env["oversight.task"].create(
            [
                {"name": f"Nhiệm vụ B{number}", "lead_agency_id": self.agency_a.id, "directive_id": self.directive.id}
                for number in range(40)
            ]
        )
        codes = [f"NV-B{number:02d}" for number in range(40)]
        self.env["oversight.agency.report.line"].create(
            [
                {
                    "report_id": report.id,
                    "task_id": task.id,
                    "kind": "overdue",
                    "task_code": code,
                    "task_name": f"Rà soát {'kế hoạch chuyển đổi số của cơ quan ' * (1 + number % 4)}(hết {code})",
                    "deadline": date(2026, 10, 1),
                    "days_overdue": 44,
                    "cause": "Chưa bố trí kinh phí " * (number % 5),
                    "solution": "Đề nghị bổ sung kinh phí",
                }
                for number, (task, code) in enumerate(zip(tasks, codes, strict=True))
            ]
        )
        self.env["res.lang"]._activate_lang("vi_VN")
        self.env.company.city = "Đà Nẵng"
        with freeze_time("2027-02-05 09:00:00"):
            Report = self.env["ir.actions.report"].with_user(self.office).with_context(lang="vi_VN")
            pdf, _format = Report.with_context(force_report_rendering=True)._render_qweb_pdf(AGENCY_REPORT, report.ids)
        pages = _pdf_pages(pdf)
        self.assertGreaterEqual(len(pages), 4, "40 tasks of two to five lines take several pages")
        self.assertIn("ĐàNẵng,ngày05tháng02năm2027", pages[0][0])
        self.assertEqual([margin for _text, margin in pages], [[], *([str(n)] for n in range(2, len(pages) + 1))])
        header = "STT Nhiệm vụ Thời hạn Số ngày quá hạn Nguyên nhân Giải pháp đề xuất"
        self._header_on_each_page(pages, 0, header, codes)

    def test_page_measured_in_the_paper_proportions(self):
        """The printable page measured on this wkhtmltopdf has the proportions of the paper
        less its margins (the script breaks the pages at that height)."""
        Report = self.env["ir.actions.report"]
        for paperformat, width_mm, height_mm in (
            (self.env.ref("task_oversight.paperformat_oversight_a4"), 210 - 45, 297 - 40),
            (self.env.ref("task_oversight.paperformat_oversight_a4_landscape"), 297 - 35, 210 - 35),
        ):
            with self.subTest(paperformat=paperformat.name):
                width, height = Report._oversight_page_size(paperformat, {})
                self.assertAlmostEqual(width / height, width_mm / height_mm, places=2)
                self.assertGreater(width, 500, "a CSS pixel is under half a millimetre")

    def test_long_tables_style(self):
        """The rules that repeat the header row on every page and keep a row on one page
        (honoured by wkhtmltopdf with patched Qt, as in the Docker image), and the page
        breaks placed in the page for every build."""
        html, _format = (
            self.env["ir.actions.report"].with_user(self.office)._render_qweb_html(CONSOLIDATED, self.period.ids)
        )
        style = lxml_html.fromstring(html.decode()).xpath("//style")[-1].text
        for rule in (
            ".o_oversight_report thead { display: table-header-group; }",
            ".o_oversight_report tr { page-break-inside: avoid; }",
        ):
            self.assertIn(rule, style)
        self.assertTrue(self.env.ref("task_oversight.paperformat_oversight_a4_landscape").oversight_page_breaks)
