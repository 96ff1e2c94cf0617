from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from .common import InspectionCase

CUTOFF = date(2026, 12, 15)  # a Tuesday
# deadlines on working days, and the days overdue at the cut-off they give
FIVE_DAYS = date(2026, 12, 10)  # Thursday: 5 days
THIRTY_TWO_DAYS = date(2026, 11, 13)  # Friday: 32 days
HUNDRED_TWENTY_THREE_DAYS = date(2026, 8, 14)  # Friday: 17 + 30 + 31 + 30 + 15 = 123 days
IN_TIME = date(2026, 12, 31)


@tagged("post_install", "-at_install")
class TestProposal(InspectionCase):
    """R19 on a committee worked out by hand. Thresholds (common.py): 4 overdue, 50 % of the
    open tasks, 3 over 30 days, 2 over 120 days, 1 key task overdue.

    ======  ==============================================  ======  =====  ==================
    agency  open tasks at the cut-off (15/12/2026)          overdue  share  proposed
    ======  ==============================================  ======  =====  ==================
    A       4 overdue 5 days, 6 in time                        4    40 %   regular (count 4)
    B       3 overdue 5 days, 7 in time                        3    30 %   no (count 3 < 4)
    C       1 overdue 5 days, 1 in time                        1    50 %   regular (share)
    D       2 overdue 32 days, 10 in time                      2    17 %   no (2 over 30 < 3)
    E       2 overdue 123 days, 10 in time                     2    17 %   regular (2 > 120)
    F       1 key task overdue 5 days, 5 in time               1    17 %   regular (key task)
    G       its 2026 inspection: 1 of 2 recommendations open   0     —     re-inspection
    H       its 2026 inspection examined a task overdue since
            27/02/2026 (291 days), still open                  1   100 %   re-inspection (+ share)
    M → S   M inspected in 2026, 1 recommendation open, merged
            into S on 01/06/2026                               0     —     S: re-inspection
    ======  ==============================================  ======  =====  ==================
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Agency = cls.env["oversight.agency"]
        names = {
            "d": "Sở Xây dựng",
            "e": "Sở Công Thương",
            "f": "Sở Y tế",
            "g": "Sở Giáo dục và Đào tạo",
            "h": "UBND phường Sơn Trà",
            "m": "UBND quận Sơn Trà",
            "s": "UBND phường An Hải",
        }
        cls.agencies = {key: Agency.create({"name": name, "code": f"T-{key.upper()}"}) for key, name in names.items()}
        cls.agencies.update(a=cls.agency_a, b=cls.agency_b, c=cls.agency_c)
        cls.head_g = cls._user("t_head_g", "task_oversight.group_agency_head", cls.agencies["g"])
        cls.agencies["g"].head_user_id = cls.head_g

    def _tasks(self, key, deadline, count, **values):
        agency = self.agencies[key]
        tasks = self.env["oversight.task"]
        for _index in range(count):
            tasks |= self._assigned_on(date(2026, 7, 1), deadline, lead_agency_id=agency.id, **values)
        return tasks

    def _last_year(self):
        """The 2026 plan: G, H and M inspected in March; M merged into S in June."""
        h_task = self._assigned_on(date(2026, 1, 5), date(2026, 2, 27), lead_agency_id=self.agencies["h"].id)
        plan = self._plan()
        inspections = {key: self._inspection(plan, self.agencies[key]) for key in ("g", "h", "m")}
        self._approve(plan)
        for inspection in inspections.values():
            self._started(inspection)
        self.assertEqual(inspections["h"].task_ids, h_task, "H's overdue task is examined")
        self._concluded(
            inspections["g"],
            [("Kiểm điểm trách nhiệm", date(2026, 4, 30)), ("Ban hành quy chế theo dõi", IN_TIME)],
        )
        self._concluded(inspections["h"], [], ref="16/TB-UBND")
        self._concluded(inspections["m"], [("Hoàn thành rà soát hồ sơ", IN_TIME)], ref="17/TB-UBND")
        self._carried_out(inspections["g"].recommendation_ids[0].task_id, self.head_g, date(2026, 4, 20))
        with freeze_time("2026-06-01"):
            self.env["oversight.agency.merge"].with_user(self.office).create(
                {
                    "agency_ids": [(6, 0, self.agencies["m"].ids)],
                    "successor_id": self.agencies["s"].id,
                    "date": date(2026, 6, 1),
                    "decision_ref": "1679/QĐ-UBND",
                }
            ).action_merge()
        return plan, inspections

    def _backlog(self):
        self._tasks("a", FIVE_DAYS, 4)
        self._tasks("a", IN_TIME, 6)
        self._tasks("b", FIVE_DAYS, 3)
        self._tasks("b", IN_TIME, 7)
        self._tasks("c", FIVE_DAYS, 1)
        self._tasks("c", IN_TIME, 1)
        self._tasks("d", THIRTY_TWO_DAYS, 2)
        self._tasks("d", IN_TIME, 10)
        self._tasks("e", HUNDRED_TWENTY_THREE_DAYS, 2)
        self._tasks("e", IN_TIME, 10)
        self._tasks("f", FIVE_DAYS, 1, starred=True)
        self._tasks("f", IN_TIME, 5)

    def test_proposal_worked_by_hand(self):
        _plan, inspections = self._last_year()
        self._backlog()
        self.assertEqual(
            inspections["m"].recommendation_ids.task_id.lead_agency_id, self.agencies["s"], "the merger moved it"
        )
        with freeze_time("2026-12-16"):
            plan = self._plan(2027, CUTOFF)
            plan.with_user(self.office).action_propose()
        proposed = {inspection.agency_id: inspection for inspection in plan.inspection_ids}
        expected = {"a": "regular", "c": "regular", "e": "regular", "f": "regular"}
        expected.update(g="reinspection", h="reinspection", s="reinspection")
        self.assertEqual(
            {agency.code: inspection.kind for agency, inspection in proposed.items()},
            {self.agencies[key].code: kind for key, kind in expected.items()},
        )
        self.assertEqual(
            proposed[self.agency_a].selection_reason, "4 nhiệm vụ quá hạn trên 10 nhiệm vụ đang thực hiện (40,0 %)"
        )
        self.assertEqual(
            proposed[self.agency_c].selection_reason, "1 nhiệm vụ quá hạn trên 2 nhiệm vụ đang thực hiện (50,0 %)"
        )
        self.assertEqual(
            proposed[self.agencies["e"]].selection_reason,
            "2 nhiệm vụ quá hạn trên 12 nhiệm vụ đang thực hiện (16,7 %), 2 quá 30 ngày, 2 quá 120 ngày",
        )
        self.assertEqual(
            proposed[self.agencies["f"]].selection_reason,
            "1 nhiệm vụ quá hạn trên 6 nhiệm vụ đang thực hiện (16,7 %), 1 nhiệm vụ gắn sao quá hạn",
        )
        self.assertEqual(
            proposed[self.agencies["g"]].selection_reason,
            "tái kiểm tra: 1 kiến nghị của Thông báo 15/TB-UBND chưa thực hiện",
        )
        self.assertEqual(
            proposed[self.agencies["h"]].selection_reason,
            "1 nhiệm vụ quá hạn trên 1 nhiệm vụ đang thực hiện (100,0 %), 1 quá 30 ngày, 1 quá 120 ngày; "
            "tái kiểm tra: 1 nhiệm vụ đã kiểm tra năm 2026 vẫn quá hạn",
        )
        self.assertEqual(
            proposed[self.agencies["s"]].selection_reason,
            "tái kiểm tra: 1 kiến nghị của Thông báo 17/TB-UBND chưa thực hiện "
            "(kiểm tra khi là UBND quận Sơn Trà, đã sáp nhập theo 1679/QĐ-UBND)",
        )

    def test_propose_twice_adds_nothing_and_keeps_the_offices_edits(self):
        self._backlog()
        with freeze_time("2026-12-16"):
            plan = self._plan(2027, CUTOFF)
            plan.with_user(self.office).action_propose()
            first = plan.inspection_ids
            first[:1].with_user(self.office).write({"selection_reason": "Văn phòng điều chỉnh", "method": "remote"})
            plan.with_user(self.office).action_propose()
        self.assertEqual(plan.inspection_ids, first)
        self.assertEqual(first[:1].selection_reason, "Văn phòng điều chỉnh")

    def test_a_threshold_of_zero_is_not_used(self):
        """With the count threshold off (0), A (4 overdue, 40 %) passes no other one."""
        self._backlog()
        self.env.company.oversight_insp_min_overdue = 0
        with freeze_time("2026-12-16"):
            plan = self._plan(2027, CUTOFF)
            plan.with_user(self.office).action_propose()
        self.assertNotIn(self.agency_a, plan.inspection_ids.agency_id)
        self.assertIn(self.agency_c, plan.inspection_ids.agency_id)

    def test_only_the_office_proposes(self):
        plan = self._plan(2027, CUTOFF)
        for user in (self.leader, self.head_a):
            with self.subTest(user=user.login), self.assertRaisesRegex(Exception, "Office"):
                plan.with_user(user).action_propose()
