from datetime import date

from odoo import api, models

# (xml id of the successor, name, code, type, ended on, decision): the departments merged
# by Decree 150/2025/NĐ-CP on 1 March 2025 and the districts abolished on 1 July 2025
ENDED_AGENCIES = [
    ("agency_stc", "Sở Kế hoạch và Đầu tư", "SKHĐT", "department", date(2025, 3, 1), "568/QĐ-UBND"),
    ("agency_skhcn", "Sở Thông tin và Truyền thông", "STTTT", "department", date(2025, 3, 1), "569/QĐ-UBND"),
    ("agency_snnmt", "Sở Tài nguyên và Môi trường", "STNMT", "department", date(2025, 3, 1), "570/QĐ-UBND"),
    ("agency_sxd", "Sở Giao thông vận tải", "SGTVT", "department", date(2025, 3, 1), "571/QĐ-UBND"),
    ("agency_c_haichau", "UBND quận Hải Châu", "Q-HC", "district", date(2025, 7, 1), "1679/QĐ-UBND"),
    ("agency_c_sontra", "UBND quận Sơn Trà", "Q-ST", "district", date(2025, 7, 1), "1679/QĐ-UBND"),
    ("agency_c_thanhkhe", "UBND quận Thanh Khê", "Q-TK", "district", date(2025, 7, 1), "1679/QĐ-UBND"),
    ("agency_c_lienchieu", "UBND quận Liên Chiểu", "Q-LC", "district", date(2025, 7, 1), "1679/QĐ-UBND"),
    ("agency_c_hoavang", "UBND huyện Hòa Vang", "H-HV", "district", date(2025, 7, 1), "1679/QĐ-UBND"),
]
# (content, assigned, deadline, completed on): one task completed before the agency ended,
# one still open when it ended, carried by its successor
HISTORY_TASKS = [
    ("Tham mưu kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030", date(2025, 1, 10), date(2025, 2, 20), True),
    ("Rà soát dự án chậm tiến độ, đề xuất thu hồi chủ trương đầu tư", date(2025, 1, 20), date(2025, 9, 30), False),
]


class OversightAgency(models.Model):
    _inherit = "oversight.agency"

    @api.model
    def _load_demo_history(self):
        """The agencies that ended in 2025, each with a task it completed and one
        its successor carries on; ended as the Office would with the merge wizard."""
        env = self.sudo().env
        directive = env["oversight.directive"].create(
            {
                "name": "125/KH-UBND",
                "date": date(2025, 1, 8),
                "summary": "Kế hoạch triển khai nhiệm vụ trọng tâm năm 2025",
                "signer_id": env.ref("task_oversight.user_chairman").id,
            }
        )
        head = env.ref("task_oversight.user_head_stc")
        for successor_xmlid, name, code, agency_type, date_end, decision in ENDED_AGENCIES:
            # created as a department, given its historical type once it ends (no new district)
            agency = self.sudo().create({"name": name, "code": code, "agency_type": "department"})
            tasks = env["oversight.task"].create(
                [
                    {
                        "name": content if agency_type == "department" else f"{content} ({name})",
                        "directive_id": directive.id,
                        "leader_id": directive.signer_id.id,
                        "lead_agency_id": agency.id,
                        "date_assigned": assigned,
                        "deadline": deadline,
                        "state": "assigned",
                    }
                    for content, assigned, deadline, _done in HISTORY_TASKS
                ]
            )
            done = tasks[0]
            report_day = HISTORY_TASKS[0][2]
            env["oversight.task.update"].create(
                {
                    "task_id": done.id,
                    "agency_id": agency.id,
                    "date": report_day,
                    "progress": 100,
                    "note": "Đã hoàn thành, trình UBND thành phố.",
                    "document_ref": f"45/BC-{code}",
                    "is_completion": True,
                    "user_id": head.id,
                }
            )
            done._workflow_write({"state": "done", "date_reported": report_day, "date_done": report_day})
            agency._workflow_write(
                {
                    "agency_type": agency_type,
                    "successor_id": env.ref(f"task_oversight.{successor_xmlid}").id,
                    "date_end": date_end,
                    "end_decision_ref": decision,
                }
            )
            agency._apply_succession()
