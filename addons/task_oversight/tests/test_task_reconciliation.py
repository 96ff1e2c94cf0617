"""Reconciliation with the Government Office's tracking database: an export of 200 rows
with planted differences of every kind reconciles to exactly those; the export in the
source's layout reconciles to none; the Office resolves; nobody else reads any of it."""

import base64
import csv
import io
from datetime import date, timedelta

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from ..tools.reconciliation import write_table
from .common import OversightCase

HEADERS = [
    "STT",
    "Mã nhiệm vụ",
    "Số, ký hiệu văn bản",
    "Cơ quan chủ trì",
    "Nội dung nhiệm vụ",
    "Thời hạn",
    "Tình trạng",
    "Ghi chú",
]
TOPICS = [
    "Rà soát, cắt giảm thủ tục hành chính",
    "Đẩy mạnh giải ngân vốn đầu tư công",
    "Hoàn thiện cơ sở dữ liệu đất đai",
    "Triển khai Đề án 06 về dữ liệu dân cư",
    "Xóa nhà tạm, nhà dột nát",
    "Phát triển nhà ở xã hội",
    "Chuyển đổi số trong cơ quan nhà nước",
    "Phòng, chống buôn lậu, gian lận thương mại",
    "Bảo đảm trật tự an toàn giao thông",
    "Ứng phó với biến đổi khí hậu",
]
# indices of our 200 tasks: planted differences
NO_REF = range(100, 110)  # neither side has the reference: matched by document, lead and content
STATUS, DEADLINE, LEAD = (10, 11, 12), (20, 21, 22), (30, 31, 32)
MISSING_THERE = (197, 198, 199)  # ours, not exported by the Office's database
MISSING_HERE = ("VPCP-2026-9001", "VPCP-2026-9002", "VPCP-2026-9003")


@tagged("post_install", "-at_install")
class TestTaskReconciliation(OversightCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("en_US")
        cls.office.lang = "en_US"
        Directive = cls.env["oversight.directive"].with_user(cls.office)
        cls.resolution = Directive.create(
            {
                "name": "12/NQ-CP",
                "date": date(2026, 1, 10),
                "issuer_level": "government",
                "summary": "Nghị quyết phiên họp Chính phủ thường kỳ",
            }
        )
        cls.dispatch = Directive.create(
            {
                "name": "45/CĐ-TTg",
                "date": date(2026, 1, 12),
                "issuer_level": "prime_minister",
                "summary": "Công điện của Thủ tướng",
            }
        )
        cls.leads = [cls.agency_a, cls.agency_b, cls.agency_c, cls.agency_a_sub]
        values = []
        for index in range(200):
            values.append(
                {
                    "name": f"{TOPICS[index % 10]}, đợt {index // 10 + 1}",
                    "directive_id": (cls.resolution if index % 2 else cls.dispatch).id,
                    "leader_id": cls.leader.id,
                    "lead_agency_id": cls.leads[index % 4].id,
                    "date_assigned": date(2026, 1, 15),
                    "deadline": date(2026, 6, 1) + timedelta(days=index),
                    "external_ref": False if index in NO_REF or index in MISSING_THERE else f"VPCP-2026-{index:04d}",
                }
            )
        cls.tasks = cls.env["oversight.task"].with_user(cls.office).create(values)
        cls.tasks.action_assign()
        # a task of the province's own directive is not the Government Office's
        cls._task(cls, name="Nhiệm vụ của tỉnh").action_assign()
        cls.source = (
            cls.env["oversight.task.reconciliation.source"]
            .with_user(cls.office)
            .create({"name": "Hệ thống theo dõi nhiệm vụ của Văn phòng Chính phủ"})
        )

    @classmethod
    def _export_rows(cls):
        """Their 200 rows: our tasks 0 to 196 as the Office's database holds them, with the planted
        differences, and three tasks we do not have."""
        rows = []
        for index, task in enumerate(cls.tasks[:197]):
            lead = cls.leads[(index + 1) % 4] if index in LEAD else task.lead_agency_id
            deadline = task.deadline + timedelta(days=5) if index in DEADLINE else task.deadline
            rows.append(
                [
                    str(index + 1),
                    task.external_ref or "",
                    task.directive_id.name,
                    lead.name,
                    f"{task.name} năm 2026" if index in NO_REF else task.name,
                    deadline.strftime("%d/%m/%Y"),
                    "Đã hoàn thành" if index in STATUS else "Đang thực hiện",
                    "",
                ]
            )
        for number, ref in enumerate(MISSING_HERE, start=198):
            rows.append(
                [
                    str(number),
                    ref,
                    "12/NQ-CP",
                    cls.agency_b.name,
                    f"Nhiệm vụ mới của Chính phủ số {number}",
                    "30/12/2026",
                    "Đang thực hiện",
                    "Giao bổ sung",
                ]
            )
        return rows

    def _reconcile(self, content, name="vpcp.csv"):
        reconciliation = (
            self.env["oversight.task.reconciliation"]
            .with_user(self.office)
            .create({"source_id": self.source.id, "file": base64.b64encode(content), "file_name": name})
        )
        reconciliation.action_compare()
        return reconciliation

    def _differences(self, reconciliation):
        lines = reconciliation.line_ids.filtered(lambda line: line.mismatch != "none")
        return sorted((line.mismatch, line.external_ref or line.task_id.name) for line in lines)

    def _expected(self):
        tasks = self.tasks
        return sorted(
            [("missing_here", ref) for ref in MISSING_HERE]
            + [("missing_there", tasks[index].name) for index in MISSING_THERE]
            + [("status", tasks[index].external_ref) for index in STATUS]
            + [("deadline", tasks[index].external_ref) for index in DEADLINE]
            + [("lead", tasks[index].external_ref) for index in LEAD]
        )

    def test_planted_differences_and_round_trip_csv(self):
        self.assertEqual(len(self._export_rows()), 200)
        reconciliation = self._reconcile(write_table("csv", HEADERS, self._export_rows()))
        self.assertEqual(self._differences(reconciliation), self._expected())
        # 197 rows matched, 9 of them different: 188 agree; the 10 without reference by their content
        self.assertEqual(reconciliation.matched_count, 188)
        self.assertEqual(reconciliation.open_difference_count, 15)
        by_content = reconciliation.line_ids.filtered(
            lambda line: not line.external_ref and line.mismatch != "missing_there"
        )
        self.assertEqual(by_content.task_id, self.tasks[100:110])
        for line in by_content:
            self.assertEqual(f"{line.task_id.name} năm 2026", line.external_name)
        self.assertEqual(self.env["oversight.task.reconciliation"].with_user(self.office)._open_difference_count(), 15)
        self.assertEqual(self.env["oversight.task.reconciliation"].with_user(self.head_a)._open_difference_count(), 0)
        # the mapping was guessed and is kept for the source
        self.assertRecordValues(
            self.source,
            [
                {
                    "column_external_ref": "Mã nhiệm vụ",
                    "column_directive": "Số, ký hiệu văn bản",
                    "column_lead": "Cơ quan chủ trì",
                    "column_name": "Nội dung nhiệm vụ",
                    "column_deadline": "Thời hạn",
                    "column_status": "Tình trạng",
                    "file_format": "csv",
                }
            ],
        )
        # our export, in their layout, reconciles to no difference but the tasks they lack
        action = reconciliation.action_export()
        attachment = self.env["ir.attachment"].browse(int(action["url"].split("/")[3].split("?")[0]))
        exported = list(csv.reader(io.StringIO(attachment.raw.decode("utf-8-sig"))))
        self.assertEqual(exported[0], HEADERS)
        self.assertEqual(len(exported), 201)
        first = next(row for row in exported if row[1] == self.tasks[0].external_ref)
        self.assertEqual(
            first,
            ["1", "VPCP-2026-0000", "45/CĐ-TTg", "Sở Nội vụ", self.tasks[0].name, "01/06/2026", "Đang thực hiện", ""],
        )
        again = self._reconcile(attachment.raw)
        self.assertEqual(self._differences(again), [])
        self.assertEqual(again.matched_count, 200)
        # the newer comparison of the source is the one left to resolve: nothing open any more
        self.assertEqual((reconciliation.is_latest, again.is_latest), (False, True))
        self.assertEqual(self.env["oversight.task.reconciliation"].with_user(self.office)._open_difference_count(), 0)

    def test_xlsx_export_reconciles_the_same(self):
        reconciliation = self._reconcile(write_table("xlsx", HEADERS, self._export_rows()), "vpcp.xlsx")
        self.assertEqual(self._differences(reconciliation), self._expected())
        action = reconciliation.action_export()
        attachment = self.env["ir.attachment"].browse(int(action["url"].split("/")[3].split("?")[0]))
        self.assertTrue(attachment.name.endswith(".xlsx"))
        self.assertEqual(self._differences(self._reconcile(attachment.raw, attachment.name)), [])

    def test_the_office_resolves_each_difference(self):
        rows = self._export_rows()
        reconciliation = self._reconcile(write_table("csv", HEADERS, rows))
        lines = reconciliation.line_ids.with_user(self.office)

        def line(kind, ref):
            return lines.filtered(
                lambda line: line.mismatch == kind and (ref in (line.external_ref, line.task_id.name))
            )

        created = line("missing_here", MISSING_HERE[0])
        created.action_create_task()
        self.assertRecordValues(
            created.task_id,
            [
                {
                    "state": "draft",
                    "external_ref": MISSING_HERE[0],
                    "lead_agency_id": self.agency_b.id,
                    "directive_id": self.resolution.id,
                    "deadline": date(2026, 12, 30),
                }
            ],
        )
        ours = self.tasks[199]
        line("missing_here", MISSING_HERE[1]).action_link(task_id=ours.id)
        self.assertEqual(ours.external_ref, MISSING_HERE[1])
        late = self.tasks[DEADLINE[0]]
        line("deadline", late.external_ref).action_accept_theirs()
        self.assertEqual(late.deadline, date(2026, 6, 1) + timedelta(days=DEADLINE[0] + 5))
        moved = self.tasks[LEAD[0]]
        line("lead", moved.external_ref).action_accept_theirs()
        self.assertEqual(moved.lead_agency_id, self.leads[(LEAD[0] + 1) % 4])
        status = line("status", self.tasks[STATUS[0]].external_ref)
        with self.assertRaisesRegex(UserError, "changes through its workflow"):
            status.action_accept_theirs()
        with self.assertRaisesRegex(UserError, "why our record stands"):
            status.action_keep_ours()
        status.action_keep_ours(note="Sở chưa gửi báo cáo hoàn thành; đề nghị VPCP điều chỉnh")
        with self.assertRaisesRegex(UserError, "resolved already"):
            status.action_keep_ours(note="again")
        with self.assertRaisesRegex(UserError, "does not apply"):
            line("missing_there", self.tasks[197].name).action_accept_theirs()
        self.assertEqual(reconciliation.open_difference_count, 10)
        # the next comparison finds the created and linked tasks by their reference
        again = self._reconcile(write_table("csv", HEADERS, rows))
        self.assertNotIn(("missing_here", MISSING_HERE[0]), self._differences(again))
        self.assertNotIn(("missing_here", MISSING_HERE[1]), self._differences(again))
        self.assertNotIn(("deadline", late.external_ref), self._differences(again))

    def test_only_the_office_reads_it(self):
        reconciliation = self._reconcile(write_table("csv", HEADERS, self._export_rows()))
        for user in (self.user_a, self.head_a, self.head_b, self.leader):
            for model in (
                "oversight.task.reconciliation",
                "oversight.task.reconciliation.line",
                "oversight.task.reconciliation.source",
            ):
                with self.subTest(user=user.login, model=model), self.assertRaises(AccessError):
                    self.env[model].with_user(user).search([])
            with self.assertRaises(AccessError):
                reconciliation.with_user(user).line_ids.read(["external_name"])
        with self.assertRaisesRegex(AccessError, "Difference|Resolution"):
            reconciliation.line_ids[:1].with_user(self.office).write({"resolution": "ours"})

    def test_unreadable_file_is_a_sentence(self):
        with self.assertRaisesRegex(UserError, "cannot be read"):
            self._reconcile(b"PK\x03\x04 not a workbook", "vpcp.xlsx")
        with self.assertRaisesRegex(UserError, "no row under its header"):
            self._reconcile("Mã nhiệm vụ;Nội dung\n".encode())
