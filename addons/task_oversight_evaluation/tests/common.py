from datetime import date

from freezegun import freeze_time

from odoo.addons.task_oversight.tests.common import OversightCase

AGENCY_USER = "task_oversight.group_agency_user"
HOME_AFFAIRS = "task_oversight_evaluation.group_home_affairs"
OCTOBER = date(2026, 10, 1)


class EvaluationCase(OversightCase):
    """October 2026 in agency A (Sở Nội vụ), built once: officer X (``user_a``) holds
    every case of the decree, officer Y (``user_a2``) the task it held at its deadline,
    officer Z (``user_a3``) nothing, and the head its own task. Every figure the tests
    expect is computed by hand in ``test_evaluation``."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("en_US")
        cls.user_a2 = cls._user("t_user_a2", AGENCY_USER, cls.agency_a, name="Chuyên viên Y")
        cls.user_a3 = cls._user("t_user_a3", AGENCY_USER, cls.agency_a, name="Chuyên viên Z")
        cls.home_affairs = cls._user(
            "t_home_affairs", HOME_AFFAIRS, name="Phòng Công chức"
        )  # its own group alone, as configured
        users = cls.office | cls.leader | cls.head_a | cls.head_b | cls.user_a | cls.user_a2 | cls.user_a3
        (users | cls.user_b | cls.home_affairs).lang = "en_US"
        cls.tasks = cls._build_month()

    @classmethod
    def _on(cls, day, method, *args, **kwargs):
        with freeze_time(f"{day} 09:00:00"):
            cls.env.invalidate_all()
            result = method(*args, **kwargs)
            cls.env.flush_all()
            return result

    @classmethod
    def _held(cls, assigned, deadline, officer, **values):
        """A task of agency A assigned on ``assigned``, held by ``officer`` from that day."""
        vals = {
            "name": f"Nhiệm vụ hạn {deadline}",
            "directive_id": cls.directive.id,
            "leader_id": cls.leader.id,
            "lead_agency_id": cls.agency_a.id,
            "date_assigned": assigned,
            "deadline": deadline,
            **values,
        }
        with freeze_time(f"{assigned} 08:00:00"):
            task = cls.env["oversight.task"].with_user(cls.office).create(vals)
            task.action_assign()
            task.flush_recordset()
        cls._on(assigned, task.with_user(cls.head_a).action_assign_officer, officer_id=officer.id)
        return task

    @classmethod
    def _report(cls, task, day):
        cls._on(day, task.with_user(cls.head_a).action_report_done, document_ref="12/BC-SNV", report_date=day)

    @classmethod
    def _complete(cls, task, day):
        cls._report(task, day)
        cls._on(day, task.with_user(cls.office).action_confirm_done)

    @classmethod
    def _return(cls, task, day):
        cls._on(day, task.with_user(cls.office).action_return, reason="Thiếu số liệu của các phường")

    @classmethod
    def _build_month(cls):
        d = date
        x, y = cls.user_a, cls.user_a2
        t = {
            "on_time": cls._held(d(2026, 10, 1), d(2026, 10, 20), x),
            "late": cls._held(d(2026, 10, 1), d(2026, 10, 9), x),
            "late_waived": cls._held(d(2026, 10, 1), d(2026, 10, 12), x),
            "returned_once": cls._held(d(2026, 10, 1), d(2026, 10, 23), x),
            "returned_twice": cls._held(d(2026, 10, 1), d(2026, 10, 28), x),
            "extended": cls._held(d(2026, 10, 1), d(2026, 10, 9), x),
            "key": cls._held(d(2026, 10, 1), d(2026, 10, 16), x, starred=True),
            "moved_before": cls._held(d(2026, 10, 1), d(2026, 10, 26), y),
            "moved_after": cls._held(d(2026, 10, 1), d(2026, 10, 15), y),
            "head_own": cls._held(d(2026, 10, 1), d(2026, 10, 21), cls.head_a),
            # not products of October
            "paused": cls._held(d(2026, 10, 1), d(2026, 10, 20), x),
            "cancelled": cls._held(d(2026, 10, 1), d(2026, 10, 20), x),
            "november": cls._held(d(2026, 10, 1), d(2026, 11, 20), x),
            "done_september": cls._held(d(2026, 9, 1), d(2026, 10, 5), x),
            "other_agency": cls._held_b(d(2026, 10, 1), d(2026, 10, 20)),
        }
        cls._complete(t["on_time"], d(2026, 10, 15))
        cls._complete(t["late"], d(2026, 10, 14))
        cls._complete(t["late_waived"], d(2026, 10, 16))
        cls._report(t["returned_once"], d(2026, 10, 19))
        cls._return(t["returned_once"], d(2026, 10, 20))
        cls._complete(t["returned_once"], d(2026, 10, 21))
        cls._report(t["returned_twice"], d(2026, 10, 20))
        cls._return(t["returned_twice"], d(2026, 10, 21))
        cls._report(t["returned_twice"], d(2026, 10, 22))
        cls._return(t["returned_twice"], d(2026, 10, 23))
        cls._complete(t["returned_twice"], d(2026, 10, 26))
        request = cls._on(
            d(2026, 10, 5),
            cls.env["oversight.extension.request"].with_user(x).create,
            {"task_id": t["extended"].id, "requested_deadline": d(2026, 10, 30), "reason": "Chờ ý kiến Bộ Nội vụ"},
        )
        cls._on(d(2026, 10, 6), request.with_user(cls.head_a).action_submit)
        cls._on(d(2026, 10, 8), request.with_user(cls.leader).action_approve, decision_note="Đồng ý")
        cls._complete(t["extended"], d(2026, 10, 27))
        cls._on(
            d(2026, 10, 12),
            t["moved_before"].with_user(cls.head_a).action_assign_officer,
            officer_id=x.id,
            reason="Điều chỉnh phân công",
        )
        cls._on(
            d(2026, 10, 20),
            t["moved_after"].with_user(cls.head_a).action_assign_officer,
            officer_id=x.id,
            reason="Y đi học",
        )
        cls._complete(t["moved_before"], d(2026, 10, 26))
        cls._complete(t["head_own"], d(2026, 10, 21))
        cls._on(d(2026, 10, 18), t["paused"].with_user(cls.leader).action_pause, reason="Chờ chủ trương mới")
        cls._on(d(2026, 10, 18), t["cancelled"].with_user(cls.leader).action_cancel, reason="Không còn phù hợp")
        cls._complete(t["done_september"], d(2026, 9, 28))
        return t

    @classmethod
    def _held_b(cls, assigned, deadline):
        with freeze_time(f"{assigned} 08:00:00"):
            task = (
                cls.env["oversight.task"]
                .with_user(cls.office)
                .create(
                    {
                        "name": "Nhiệm vụ của Sở Tài chính",
                        "directive_id": cls.directive.id,
                        "leader_id": cls.leader.id,
                        "lead_agency_id": cls.agency_b.id,
                        "date_assigned": assigned,
                        "deadline": deadline,
                    }
                )
            )
            task.action_assign()
        cls._on(assigned, task.with_user(cls.head_b).action_assign_officer, officer_id=cls.user_b.id)
        return task

    def _period(self, day=date(2026, 11, 2)):
        """October's period, created by the scheduled action on ``day``."""
        with freeze_time(f"{day} 01:00:00"), self._no_commit_cron():
            self.env["oversight.evaluation.period"]._cron_create_periods()
        return self.env["oversight.evaluation.period"].search([("date_from", "=", OCTOBER)])

    def _evaluation(self, period, user):
        return period.evaluation_ids.filtered(lambda evaluation: evaluation.user_id == user)

    def _line(self, evaluation, task):
        return evaluation.line_ids.filtered(lambda line: line.task_id == task)
