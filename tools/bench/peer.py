"""The peer: the same ladder the stock Odoo way, time-based ``base.automation`` rules."""

from .common import LEVELS, PEER_ACTORS


def create_peer_rules(env):
    """The stock way: one time-based automation rule per level and kind of task."""
    task_model = env["ir.model"]._get("oversight.task")
    deadline_field = env["ir.model.fields"]._get("oversight.task", "deadline")
    for level, days, starred_days in LEVELS:
        for starred, delay in ((False, days), (True, starred_days)):
            user = PEER_ACTORS[level]
            code = (
                f"for record in records.filtered(lambda task: task.escalation_level < {level}):\n"
                f"    record.write({{'escalation_level': {level}}})\n"
                f"    user = {user}\n"
                "    if user:\n"
                "        record.activity_schedule('task_oversight.mail_act_task_overdue', user_id=user.id,\n"
                f"                                 summary='Quá hạn - cấp {level}')\n"
            )
            action = env["ir.actions.server"].create(
                {"name": f"Peer level {level}", "model_id": task_model.id, "state": "code", "code": code}
            )
            # the date of the automation is compared with the day after the effective deadline
            env["base.automation"].create(
                {
                    "name": f"Peer escalation level {level}{' key' if starred else ''}",
                    "model_id": task_model.id,
                    "trigger": "on_time",
                    "trg_date_id": deadline_field.id,
                    "trg_date_range": delay,
                    "trg_date_range_type": "day",
                    "trg_date_range_mode": "after",
                    "filter_domain": repr([("state", "=", "assigned"), ("starred", "=", starred)]),
                    "action_server_ids": [(6, 0, action.ids)],
                }
            )
    env.cr.commit()
