from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged
from odoo.tools.misc import file_open

from .common import IndicatorCase

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@tagged("post_install", "-at_install")
class TestValueWorkflow(IndicatorCase):
    def test_head_submits_office_confirms(self):
        value = self._values(self.revenue, {date(2026, 1, 31): 100}, submit=False)
        with self.assertRaisesRegex(UserError, "Only the head of the responsible agency"):
            value.with_user(self.user_a).action_submit()
        with self.assertRaises(AccessError):  # another agency's head does not even read it
            value.with_user(self.head_b).action_submit()
        with freeze_time("2026-01-27 09:00:00"):
            value.with_user(self.head_a).action_submit()
        # due with January's monthly report, on the 25th (cut-off 14, due 25)
        self.assertRecordValues(
            value,
            [{"state": "submitted", "date_due": date(2026, 1, 25), "is_late": True, "submitted_by_id": self.head_a.id}],
        )
        with self.assertRaisesRegex(UserError, "Only the Committee Office confirms"):
            value.with_user(self.head_a).action_confirm()
        value.with_user(self.office).action_confirm()
        self.assertRecordValues(value, [{"state": "confirmed", "confirmed_by_id": self.office.id}])

    def test_office_returns_with_a_reason(self):
        value = self._values(self.revenue, {date(2026, 1, 31): 100})
        with self.assertRaisesRegex(UserError, "Give the reason"):
            value.with_user(self.office).action_return(reason="  ")
        value.with_user(self.office).action_return(reason="Số liệu chưa khớp với Kho bạc")
        self.assertRecordValues(value, [{"state": "returned", "return_reason": "Số liệu chưa khớp với Kho bạc"}])
        value.with_user(self.user_a).write({"value": 104, "note": "Đã đối chiếu với Kho bạc"})
        value.with_user(self.head_a).action_submit()
        self.assertRecordValues(value, [{"state": "submitted", "ytd_value": 104.0, "return_reason": False}])

    def test_confirmed_value_is_frozen_and_corrected_by_a_new_value(self):
        """January 100 confirmed, then February 50 submitted: February's year to date is 150.
        January is corrected to 120: the confirmed January keeps its figures, the correction
        replaces it once confirmed, and February (not confirmed) becomes 170."""
        january = self._values(self.revenue, {date(2026, 1, 31): 100})
        january.with_user(self.office).action_confirm()
        with self.assertRaisesRegex(UserError, "can no longer be changed"):
            january.with_user(self.user_a).write({"value": 120})
        with self.assertRaises(AccessError):
            january.with_user(self.office).write({"value": 120})
        february = self._values(self.revenue, {date(2026, 2, 28): 50})
        self.assertEqual(february.ytd_value, 150.0)
        action = january.with_user(self.user_a).action_correct()
        correction = self.env["oversight.indicator.value"].browse(action["res_id"])
        self.assertEqual(correction.correction_of_id, january)
        correction.with_user(self.user_a).write({"value": 120, "note": "Số liệu chính thức của Kho bạc"})
        correction.with_user(self.head_a).action_submit()
        correction.with_user(self.office).action_confirm()
        self.assertRecordValues(
            january, [{"value": 100.0, "ytd_value": 100.0, "superseded": True, "is_effective": False}]
        )
        self.assertRecordValues(correction, [{"value": 120.0, "ytd_value": 120.0, "state": "confirmed"}])
        self.assertEqual(february.ytd_value, 170.0)
        with self.assertRaisesRegex(ValidationError, "A correction names the confirmed value"):
            self.env["oversight.indicator.value"].with_user(self.user_a).create(
                {
                    "indicator_id": self.revenue.id,
                    "date": date(2026, 1, 31),
                    "value": 1,
                    "correction_of_id": february.id,
                }
            )

    def test_input_checks_say_what_is_wrong(self):
        Value = self.env["oversight.indicator.value"].with_user(self.user_a)
        with self.assertRaisesRegex(ValidationError, "“Value”: “12,5 tỷ” is not a number"):
            Value.create({"indicator_id": self.revenue.id, "date": "2026-01-31", "value": "12,5 tỷ"})
        with self.assertRaisesRegex(ValidationError, "dated the last day of its period: 31/01/2026, not 15/01/2026"):
            Value.create({"indicator_id": self.revenue.id, "date": "2026-01-15", "value": 12.5})
        with self.assertRaisesRegex(ValidationError, "dated the last day of its period: 31/03/2026"):
            Value.create({"indicator_id": self.poverty.id, "date": "2026-02-28", "value": 1.2})
        Value.create({"indicator_id": self.revenue.id, "date": "2026-01-31", "value": 12.5})
        with self.assertRaisesRegex(ValidationError, "already has a value of NS01"):
            Value.create({"indicator_id": self.revenue.id, "date": "2026-01-31", "value": 13})
        with self.assertRaisesRegex(ValidationError, "neither answers for DT01"):
            Value.create({"indicator_id": self.investment.id, "date": "2026-01-31", "value": 13})

    def test_values_submitted_with_the_monthly_report(self):
        """November's period (data to 14/11, due 25/11): submitting Sở Nội vụ's report submits the
        values of its indicators due that day, November's."""
        november = self._values(self.revenue, {date(2026, 11, 30): 90}, submit=False)
        october = self._values(self.on_time, {date(2026, 10, 31): 97}, submit=False)
        with freeze_time("2026-11-20 09:00:00"):
            period = self.env["oversight.report.period"].sudo()._ensure_period(self.env.company, date(2026, 11, 20))
            report = period.agency_report_ids.filtered(lambda r: r.agency_id == self.agency_a)
            self.assertEqual(report.with_user(self.head_a).indicator_value_ids, november)
            report.with_user(self.head_a).action_submit()
        self.assertRecordValues(november | october, [{"state": "submitted"}, {"state": "draft"}])


@tagged("post_install", "-at_install")
class TestCatalogueImport(IndicatorCase):
    """The catalogue's XLSX template, imported with Odoo's own import by the Office in Vietnamese."""

    def test_office_imports_the_template(self):
        self.office.lang = "vi_VN"
        self.env["res.lang"]._activate_lang("vi_VN")
        for indicator in self.env["oversight.indicator"].search([]):
            indicator.sudo().code = f"T-{indicator.code}"
        Import = self.env["base_import.import"].with_user(self.office).with_context(lang="vi_VN")
        content = file_open("task_oversight_indicator/static/xlsx/mau_danh_muc_chi_tieu.xlsx", "rb").read()
        wizard = Import.create({"res_model": "oversight.indicator", "file": content, "file_type": XLSX})
        preview = wizard.parse_preview({"has_headers": True})
        self.assertFalse(preview.get("error"))
        fields = ["/".join(match) for match in preview["matches"].values()]
        self.assertEqual(
            fields,
            [
                "code",
                "name",
                "category",
                "uom_label",
                "agency_id",
                "frequency",
                "direction",
                "aggregation",
                "national_code",
            ],
        )
        result = wizard.execute_import(
            fields,
            preview["headers"],
            {"has_headers": True, "date_format": "", "datetime_format": "", "quoting": '"', "separator": ""},
        )
        self.assertFalse(result["messages"])
        self.assertRecordValues(
            self.env["oversight.indicator"].browse(result["ids"]),
            [
                {
                    "code": "NS01",
                    "agency_id": self.agency_b.id,
                    "frequency": "month",
                    "direction": "increase",
                    "aggregation": "sum",
                },
                {
                    "code": "XH01",
                    "agency_id": self.agency_a.id,
                    "frequency": "quarter",
                    "direction": "decrease",
                    "aggregation": "last",
                },
            ],
        )
