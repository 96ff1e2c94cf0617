from datetime import date

from freezegun import freeze_time

from odoo.addons.task_oversight.tests.common import OversightCase

RESOLUTION = "45/NQ-HĐND"


class IndicatorCase(OversightCase):
    """The 2026 indicators of agency A (Sở Nội vụ) and B (Sở Tài chính), with targets of the
    People's Council resolution 45/NQ-HĐND (registered as a directive) and the settings' default
    thresholds: on track from 95 % of what is expected by then, off track below 80 %."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("en_US")
        (cls.office | cls.leader | cls.head_a | cls.head_b | cls.user_a | cls.user_b).lang = "en_US"
        cls.resolution = cls.env["oversight.directive"].create(
            {
                "name": RESOLUTION,
                "date": date(2025, 12, 10),
                "issuer_level": "people_council",
                "summary": "Về kế hoạch phát triển kinh tế - xã hội năm 2026",
                "signer_id": cls.leader.id,
            }
        )
        Indicator = cls.env["oversight.indicator"].with_user(cls.office)
        cls.revenue = Indicator.create(
            {
                "code": "NS01",
                "name": "Thu ngân sách nhà nước trên địa bàn",
                "category": "budget",
                "uom_label": "tỷ đồng",
                "agency_id": cls.agency_a.id,
            }
        )
        cls.on_time = Indicator.create(
            {
                "code": "CCHC01",
                "name": "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn",
                "category": "administration",
                "uom_label": "%",
                "agency_id": cls.agency_a.id,
                "aggregation": "average",
            }
        )
        cls.poverty = Indicator.create(
            {
                "code": "XH01",
                "name": "Tỷ lệ hộ nghèo",
                "category": "social",
                "uom_label": "%",
                "agency_id": cls.agency_a.id,
                "frequency": "quarter",
                "direction": "decrease",
                "aggregation": "last",
            }
        )
        cls.accidents = Indicator.create(
            {
                "code": "AT01",
                "name": "Số vụ tai nạn giao thông",
                "category": "security",
                "uom_label": "vụ",
                "agency_id": cls.agency_a.id,
                "direction": "decrease",
            }
        )
        cls.investment = Indicator.create(
            {
                "code": "DT01",
                "name": "Giải ngân vốn đầu tư công",
                "category": "investment",
                "uom_label": "tỷ đồng",
                "agency_id": cls.agency_b.id,
            }
        )
        Target = cls.env["oversight.indicator.target"].with_user(cls.office)
        targets = [
            (cls.revenue, 1200.0, {}),
            (cls.on_time, 98.0, {}),
            (
                cls.poverty,
                1.0,
                {"has_scenario": True, "q1_value": 1.6, "q2_value": 1.4, "q3_value": 1.2, "q4_value": 1.0},
            ),
            (cls.accidents, 120.0, {}),
            (
                cls.investment,
                1000.0,
                {"has_scenario": True, "q1_value": 100, "q2_value": 200, "q3_value": 300, "q4_value": 400},
            ),
        ]
        Target.create(
            [
                {"indicator_id": indicator.id, "year": 2026, "value": value, "resolution_ref": RESOLUTION, **extra}
                for indicator, value, extra in targets
            ]
        )

    @classmethod
    def _values(cls, indicator, values, submit=True, day=date(2026, 12, 1)):
        """Values of ``indicator`` ``{period end: value}``, entered by its agency's officer and,
        unless told otherwise, submitted by its head on ``day``, in date order."""
        agency = indicator.agency_id
        user, head = (cls.user_a, cls.head_a) if agency == cls.agency_a else (cls.user_b, cls.head_b)
        created = cls.env["oversight.indicator.value"]
        with freeze_time(f"{day} 09:00:00"):
            for period, number in sorted(values.items()):
                value = (
                    cls.env["oversight.indicator.value"]
                    .with_user(user)
                    .create({"indicator_id": indicator.id, "date": period, "value": number})
                )
                if submit:
                    value.with_user(head).action_submit()
                created |= value
        return created.with_user(cls.env.user)
