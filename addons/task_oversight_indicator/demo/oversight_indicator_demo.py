from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, models

from ..models.oversight_indicator_value import period_end

RESOLUTION = "45/NQ-HĐND"
# Đà Nẵng's 2026 plan (the People's Council resolution 45/NQ-HĐND): code, name, category, unit,
# agency, frequency, direction, aggregation, national code, target, quarterly scenario, monthly
# pace (share of the linear path, or level for averages and last values)
DEMO_INDICATORS = [
    (
        "KT01",
        "Tốc độ tăng trưởng GRDP",
        "economy",
        "%",
        "agency_stc",
        "quarter",
        "increase",
        "last",
        "0501",
        10.0,
        (8.0, 9.0, 9.5, 10.0),
        0.97,
    ),
    (
        "KT02",
        "Chỉ số sản xuất công nghiệp (IIP) tăng",
        "economy",
        "%",
        "agency_sct",
        "month",
        "increase",
        "average",
        "0601",
        12.0,
        None,
        1.02,
    ),
    (
        "KT03",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
        "economy",
        "tỷ đồng",
        "agency_sct",
        "month",
        "increase",
        "sum",
        "0801",
        180000.0,
        None,
        1.01,
    ),
    (
        "KT04",
        "Khách du lịch lưu trú",
        "economy",
        "nghìn lượt",
        "agency_sdl",
        "month",
        "increase",
        "sum",
        None,
        17000.0,
        None,
        1.05,
    ),
    (
        "NS01",
        "Thu ngân sách nhà nước trên địa bàn",
        "budget",
        "tỷ đồng",
        "agency_cthue",
        "month",
        "increase",
        "sum",
        "2101",
        36000.0,
        None,
        0.88,
    ),
    (
        "NS02",
        "Chi đầu tư phát triển (giải ngân vốn đầu tư công)",
        "budget",
        "tỷ đồng",
        "agency_stc",
        "month",
        "increase",
        "sum",
        "2201",
        15000.0,
        (1500.0, 3000.0, 4500.0, 6000.0),
        0.72,
    ),
    (
        "DT01",
        "Doanh nghiệp thành lập mới",
        "investment",
        "doanh nghiệp",
        "agency_stc",
        "month",
        "increase",
        "sum",
        "1101",
        4000.0,
        None,
        0.92,
    ),
    (
        "DT02",
        "Vốn FDI thu hút (cấp mới và tăng vốn)",
        "investment",
        "triệu USD",
        "agency_bqlkcn",
        "month",
        "increase",
        "sum",
        None,
        1000.0,
        None,
        0.6,
    ),
    (
        "DD01",
        "Giấy chứng nhận quyền sử dụng đất cấp lần đầu",
        "land",
        "giấy",
        "agency_snnmt",
        "month",
        "increase",
        "sum",
        None,
        12000.0,
        None,
        0.85,
    ),
    (
        "XD01",
        "Giấy phép xây dựng cấp đúng hạn",
        "land",
        "%",
        "agency_sxd",
        "month",
        "increase",
        "average",
        None,
        100.0,
        None,
        0.99,
    ),
    (
        "XH01",
        "Tỷ lệ hộ nghèo (chuẩn thành phố)",
        "social",
        "%",
        "agency_snv",
        "quarter",
        "decrease",
        "last",
        "1501",
        0.5,
        (0.8, 0.7, 0.6, 0.5),
        1.1,
    ),
    (
        "XH02",
        "Số bác sĩ trên 1 vạn dân",
        "social",
        "bác sĩ",
        "agency_syt",
        "year",
        "increase",
        "last",
        "1601",
        16.0,
        None,
        1.0,
    ),
    (
        "XH03",
        "Tỷ lệ dân số tham gia bảo hiểm y tế",
        "social",
        "%",
        "agency_bhxh",
        "month",
        "increase",
        "last",
        None,
        95.5,
        None,
        0.985,
    ),
    (
        "XH04",
        "Vụ ngộ độc thực phẩm tập thể",
        "social",
        "vụ",
        "agency_syt",
        "month",
        "decrease",
        "sum",
        None,
        3.0,
        None,
        0.5,
    ),
    (
        "MT01",
        "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý",
        "environment",
        "%",
        "agency_snnmt",
        "month",
        "increase",
        "average",
        None,
        98.0,
        None,
        1.0,
    ),
    (
        "CC01",
        "Hồ sơ thủ tục hành chính giải quyết đúng hạn",
        "administration",
        "%",
        "agency_ttpvhcc",
        "month",
        "increase",
        "average",
        None,
        98.0,
        None,
        0.9,
    ),
    (
        "CC02",
        "Hồ sơ thủ tục hành chính nộp trực tuyến toàn trình",
        "administration",
        "%",
        "agency_ttpvhcc",
        "month",
        "increase",
        "average",
        None,
        80.0,
        None,
        0.96,
    ),
    (
        "AT01",
        "Số vụ tai nạn giao thông",
        "security",
        "vụ",
        "agency_snv",
        "month",
        "decrease",
        "sum",
        None,
        240.0,
        None,
        1.15,
    ),
]
NOTES = {
    "NS01": "Thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài giảm; tiền sử dụng đất chưa đạt do thị trường "
    "bất động sản trầm lắng.",
    "NS02": "Vướng mắc giải phóng mặt bằng tại các dự án trọng điểm; một số dự án chậm hoàn thiện hồ sơ thanh toán.",
    "DT02": "Các dự án lớn trong khu công nghệ cao chưa hoàn tất thủ tục điều chỉnh vốn.",
}


class OversightIndicator(models.Model):
    _inherit = "oversight.indicator"

    @api.model
    def _load_demo_indicators(self):
        """Đà Nẵng's 18 indicators of the year of last month, their targets from 45/NQ-HĐND, values
        through last month (confirmed, some late, the last months submitted, one returned), and
        the explanation of the budget revenue off track."""
        ref = self.env.ref
        company = self.env.company
        today = company._oversight_today()
        last_month = period_end("month", today.replace(day=1) - timedelta(days=1))
        year = last_month.year
        directive = self.env["oversight.directive"].sudo().search([("name", "=", RESOLUTION)], limit=1)
        if not directive:
            directive = (
                self.env["oversight.directive"]
                .sudo()
                .create(
                    {
                        "name": RESOLUTION,
                        "date": date(year - 1, 12, 10),
                        "issuer_level": "people_council",
                        "summary": f"Về kế hoạch phát triển kinh tế - xã hội thành phố Đà Nẵng năm {year}",
                        "signer_id": ref("task_oversight.user_chairman").id,
                    }
                )
            )
        office = ref("task_oversight.user_office")
        indicators = self.sudo().create(
            [
                {
                    "code": code,
                    "name": name,
                    "category": category,
                    "uom_label": unit,
                    "agency_id": ref(f"task_oversight.{agency}").id,
                    "frequency": frequency,
                    "direction": direction,
                    "aggregation": aggregation,
                    "national_code": national,
                    "sequence": index,
                }
                for index, (
                    code,
                    name,
                    category,
                    unit,
                    agency,
                    frequency,
                    direction,
                    aggregation,
                    national,
                    *_rest,
                ) in enumerate(DEMO_INDICATORS)
            ]
        )
        self.env["oversight.indicator.target"].sudo().create(
            [
                {
                    "indicator_id": indicator.id,
                    "year": year,
                    "value": row[9],
                    "resolution_ref": RESOLUTION,
                    "has_scenario": bool(row[10]),
                    **dict(zip(("q1_value", "q2_value", "q3_value", "q4_value"), row[10] or (0, 0, 0, 0), strict=True)),
                }
                for indicator, row in zip(indicators, DEMO_INDICATORS, strict=True)
            ]
        )
        Value = self.env["oversight.indicator.value"].sudo()
        for indicator, row in zip(indicators, DEMO_INDICATORS, strict=True):
            target, pace = row[9], row[11]
            for month in range(1, last_month.month + 1):
                day = period_end(indicator.frequency, date(year, month, 1))
                if day != period_end("month", date(year, month, 1)) or day > last_month:
                    continue  # not the last month of its quarter or year, or not over yet
                value = Value.create(
                    {
                        "indicator_id": indicator.id,
                        "agency_id": indicator.agency_id.id,
                        "date": day,
                        "value": self._demo_figure(indicator, target, pace, month),
                        "is_estimate": day == last_month,
                        "note": NOTES.get(indicator.code, False),
                    }
                )
                late = indicator.code in ("DT02", "DD01") and month % 3 == 0
                submitted = value.date_due + timedelta(days=4 if late else -2)
                value.action_submit()
                value._workflow_write({"date_submitted": min(submitted, today)})
                if day < last_month - relativedelta(months=1):
                    value.with_user(office).sudo().action_confirm()
        returned = Value.search([("indicator_id.code", "=", "DD01"), ("date", "=", last_month)])
        returned.action_return(reason="Số liệu chưa khớp với báo cáo của các phường, xã; đề nghị rà soát lại.")
        indicators._refresh_status()
        revenue = Value.search([("indicator_id.code", "=", "NS01"), ("date", "=", last_month)])
        if revenue.status in ("off_track", "at_risk"):
            revenue.with_user(ref("task_oversight.user_chairman")).action_request_explanation(
                deadline=today + timedelta(days=15),
                note="Đề nghị Thuế thành phố làm rõ nguyên nhân thu ngân sách đạt thấp, đề xuất giải pháp tăng thu "
                "trong các tháng cuối năm.",
            )
        return indicators

    @api.model
    def _demo_figure(self, indicator, target, pace, month):
        """A month's figure on ``pace``: a share of the linear path for a sum, a level otherwise."""
        if indicator.aggregation == "sum":
            periods = {"month": 12, "quarter": 4, "year": 1}[indicator.frequency]
            wave = 1 + 0.06 * ((month % 3) - 1)
            return round(target / periods * pace * wave, 1)
        return round(target * pace, 2)
