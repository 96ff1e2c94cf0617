from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from .common import IndicatorCase


@tagged("post_install", "-at_install")
class TestIndicatorStatus(IndicatorCase):
    """R20 on a fixture worked out by hand (thresholds 95 % / 80 % of what is expected by then)."""

    def test_sum_with_a_missing_month(self):
        """Revenue, 1,200 for the year, summed: January 100, no February, March 100.
        March: year to date 200; expected linearly 1,200 * 3/12 = 300, 25.0 % of the target;
        200 / 1,200 = 16.67 → 16.7 %; 200 / 300 = 66.7 % of what is expected: off track."""
        values = self._values(self.revenue, {date(2026, 1, 31): 100, date(2026, 3, 31): 100})
        self.assertRecordValues(
            values[1],
            [{"ytd_value": 200.0, "plan_rate": 16.7, "expected_rate": 25.0, "status": "off_track"}],
        )
        # January alone: 100 against 100 expected (1,200 * 1/12): on track
        self.assertRecordValues(values[0], [{"ytd_value": 100.0, "expected_rate": 8.3, "status": "on_track"}])

    def test_average_at_risk(self):
        """On-time files, 98 % targeted, averaged: 97, 99, 80 → 92.0; expected the target itself:
        92 / 98 = 93.88 % of it, between 80 and 95: at risk; % of target 93.9."""
        values = self._values(self.on_time, {date(2026, 1, 31): 97, date(2026, 2, 28): 99, date(2026, 3, 31): 80})
        self.assertRecordValues(
            values[2], [{"ytd_value": 92.0, "plan_rate": 93.9, "expected_rate": 100.0, "status": "at_risk"}]
        )
        self.assertRecordValues(values[1], [{"ytd_value": 98.0, "status": "on_track"}])

    def test_last_value_lower_is_better_with_a_quarterly_scenario(self):
        """Poverty rate, lower is better, 1.0 % targeted, last value, scenario 1.6 / 1.4 / 1.2 / 1.0.
        Q1 1.9 %: expected 1.6, 1.6 / 1.9 = 84.2 %: at risk. Q2 2.0 %: 1.4 / 2.0 = 70 %: off track.
        Expected rates 160.0 and 140.0 % of the target; % of target 190.0 and 200.0."""
        values = self._values(self.poverty, {date(2026, 3, 31): 1.9, date(2026, 6, 30): 2.0})
        self.assertRecordValues(
            values,
            [
                {"ytd_value": 1.9, "plan_rate": 190.0, "expected_rate": 160.0, "status": "at_risk"},
                {"ytd_value": 2.0, "plan_rate": 200.0, "expected_rate": 140.0, "status": "off_track"},
            ],
        )

    def test_sum_lower_is_better(self):
        """Accidents, at most 120 in the year, summed: January 8 against 10 expected: 125 % on track;
        February 15 (23 against 20): 20 / 23 = 86.96 %: at risk."""
        values = self._values(self.accidents, {date(2026, 1, 31): 8, date(2026, 2, 28): 15})
        self.assertRecordValues(
            values, [{"ytd_value": 8.0, "status": "on_track"}, {"ytd_value": 23.0, "status": "at_risk"}]
        )

    def test_sum_with_a_quarterly_scenario(self):
        """Public investment, 1,000 in the year, scenario 100 / 200 / 300 / 400 per quarter.
        January: 30 against 100 * 1/3 = 33.33: 90 %: at risk.
        February: 70 against 100 * 2/3 = 66.67 (6.7 % of the target): on track. April: 140 against
        100 + 200 * 1/3 = 166.67: 84.0 %: at risk — linearly (333.3 expected) it would be off track."""
        values = self._values(
            self.investment,
            {date(2026, 1, 31): 30, date(2026, 2, 28): 40, date(2026, 3, 31): 30, date(2026, 4, 30): 40},
        )
        self.assertRecordValues(
            values,
            [
                {"ytd_value": 30.0, "plan_rate": 3.0, "expected_rate": 3.3, "status": "at_risk"},
                {"ytd_value": 70.0, "plan_rate": 7.0, "expected_rate": 6.7, "status": "on_track"},
                {"ytd_value": 100.0, "plan_rate": 10.0, "expected_rate": 10.0, "status": "on_track"},
                {"ytd_value": 140.0, "plan_rate": 14.0, "expected_rate": 16.7, "status": "at_risk"},
            ],
        )

    def test_january_and_last_december(self):
        """Revenue 2025: January 80, November 95, December 150. January 2026, 100: the year to date
        starts again (100, not 250); the same period last year is January 2025's 80: 125.0 %.
        March 2026 (200 with February missing) against 2025 to March, January's 80 alone: 250.0 %."""
        self._values(self.revenue, {date(2025, 1, 31): 80, date(2025, 11, 30): 95, date(2025, 12, 31): 150})
        values = self._values(self.revenue, {date(2026, 1, 31): 100, date(2026, 3, 31): 100})
        self.assertRecordValues(
            values,
            [
                {"ytd_value": 100.0, "previous_year_value": 80.0, "yoy_rate": 125.0},
                {"ytd_value": 200.0, "previous_year_value": 80.0, "yoy_rate": 250.0},
            ],
        )

    def test_without_target_not_due(self):
        indicator = (
            self.env["oversight.indicator"]
            .with_user(self.office)
            .create({"code": "X01", "name": "Chỉ tiêu chưa giao", "uom_label": "%", "agency_id": self.agency_a.id})
        )
        value = self._values(indicator, {date(2026, 1, 31): 5})
        self.assertEqual(value.status, "not_due")

    def test_indicator_status_not_due_before_its_first_value(self):
        """The indicator's own status: not due before the 25 January due date of January's value,
        off track once it passed without a value, then the status of its last value."""
        with freeze_time("2026-01-20 09:00:00"):
            self.revenue._refresh_status()
        self.assertRecordValues(self.revenue, [{"status": "not_due", "value_missing": False}])
        with freeze_time("2026-01-26 09:00:00"):
            self.revenue._refresh_status()
        self.assertRecordValues(self.revenue, [{"status": "off_track", "value_missing": True}])
        self._values(self.revenue, {date(2026, 1, 31): 100}, day=date(2026, 1, 27))
        with freeze_time("2026-01-28 09:00:00"):
            self.revenue._refresh_status()
        self.assertRecordValues(
            self.revenue,
            [{"status": "on_track", "value_missing": False, "current_ytd": 100.0, "current_target": 1200.0}],
        )

    def test_a_later_value_moves_the_earlier_drafts(self):
        """A draft March value counts February once February is submitted."""
        march = self._values(self.revenue, {date(2026, 3, 31): 100}, submit=False)
        self.assertEqual(march.ytd_value, 100.0)
        self._values(self.revenue, {date(2026, 2, 28): 50})
        self.assertEqual(march.ytd_value, 150.0)

    def test_thresholds_follow_the_settings(self):
        """With on track from 90 %, the average of 92 against 98 (93.9 %) is on track."""
        self.env.company.oversight_indicator_on_track = 90.0
        values = self._values(self.on_time, {date(2026, 1, 31): 97, date(2026, 2, 28): 99, date(2026, 3, 31): 80})
        self.assertEqual(values[2].status, "on_track")
