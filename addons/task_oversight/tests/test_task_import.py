from datetime import date

from odoo.tests import tagged
from odoo.tools.misc import file_open

from .common import OversightCase

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TEMPLATE = "task_oversight/static/xlsx/mau_danh_sach_nhiem_vu.xlsx"


@tagged("post_install", "-at_install")
class TestTaskImportTemplate(OversightCase):
    """The downloadable XLSX template of a directive's task list, imported with Odoo's own
    import by the Office working in Vietnamese: its headers are recognised without mapping."""

    def test_office_imports_the_template(self):
        self.leader.name = "Hồ Kỳ Minh"
        self.env["oversight.agency"].create({"name": "Sở Tư pháp", "code": "T-STP"})
        self.office.lang = "vi_VN"
        Import = self.env["base_import.import"].with_user(self.office).with_context(lang="vi_VN")
        wizard = Import.create(
            {"res_model": "oversight.task", "file": file_open(TEMPLATE, "rb").read(), "file_type": XLSX}
        )
        preview = wizard.parse_preview({"has_headers": True})
        self.assertFalse(preview.get("error"))
        fields = ["/".join(match) for match in preview["matches"].values()]
        self.assertEqual(
            fields,
            [
                "name",
                "directive_id",
                "leader_id",
                "lead_agency_id",
                "coordinating_agency_ids",
                "date_assigned",
                "deadline",
                "starred",
                "expected_output",
            ],
        )
        result = wizard.execute_import(
            fields,
            preview["headers"],
            {"has_headers": True, "date_format": "", "datetime_format": "", "quoting": '"', "separator": ""},
        )
        self.assertFalse(result["messages"])
        tasks = self.env["oversight.task"].browse(result["ids"])
        self.assertRecordValues(
            tasks,
            [
                {
                    "lead_agency_id": self.agency_b.id,
                    "directive_id": self.directive.id,
                    "leader_id": self.leader.id,
                    "deadline": date(2026, 10, 30),
                    "state": "draft",
                    "starred": False,
                },
                {
                    "lead_agency_id": self.agency_a.id,
                    "directive_id": self.directive.id,
                    "leader_id": self.leader.id,
                    "deadline": date(2026, 11, 25),
                    "state": "draft",
                    "starred": True,
                },
            ],
        )
        self.assertEqual(len(tasks[0].coordinating_agency_ids), 2)
