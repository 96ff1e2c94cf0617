"""The copy of the province made ready for the 25th, in a fresh Odoo process (``python
tools/load/prepare.py <db> <json options>``, libpq's variables pointing at the tool's
cluster): an officer named on every task (as tools/bench's evaluation does), a sample of
real users of each role given a password, the month's period opened with its agency
reports, the scheduled jobs made due as the scenario wants. Prints the sample as JSON."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench.common  # noqa: F401 (Odoo on sys.path)
from bench.common import odoo_env
from bench.measure import _name_officers

from odoo.tools import SQL

ESCALATION_CRON = "task_oversight.ir_cron_overdue_escalation"


def sample(env, query, size, **params):
    env.cr.execute(SQL(query, size=size, **params))
    return [row[0] for row in env.cr.fetchall()]


def prepare(env, options):
    _name_officers(env)
    period = env["oversight.report.period"].sudo()._ensure_period(env.company, env.company._oversight_today())
    office_agency = env.company.oversight_office_agency_id.id
    groups = {key: env.ref(f"task_oversight.group_{key}").id for key in ("office", "leader")}
    in_group = """SELECT u.id FROM res_users u JOIN res_groups_users_rel r ON r.uid = u.id
                   WHERE r.gid = %(gid)s AND u.active ORDER BY u.id LIMIT %(size)s"""
    users = {
        "office": sample(env, in_group, options["size"], gid=groups["office"]),
        "leader": sample(env, in_group, options["size"], gid=groups["leader"]),
        # heads of agencies whose report of the open period is to submit, spread over the province
        "head": sample(
            env,
            """SELECT a.head_user_id FROM oversight_agency a
                 JOIN oversight_agency_report r ON r.agency_id = a.id AND r.period_id = %(period)s
                WHERE r.state = 'draft' AND a.id <> %(office)s AND a.head_user_id IS NOT NULL
                ORDER BY md5(a.id::text) LIMIT %(size)s""",
            options["size"],
            period=period.id,
            office=office_agency,
        ),
        # officers with open tasks of their own
        "officer": sample(
            env,
            """SELECT officer_id FROM oversight_task WHERE state = 'assigned' AND officer_id IS NOT NULL
                GROUP BY officer_id ORDER BY md5(officer_id::text) LIMIT %(size)s""",
            options["size"],
        ),
    }
    everyone = [uid for uids in users.values() for uid in uids]
    # one hash for the sample (hashing each password would cost the login's 0.7 s of CPU each)
    hashed = env["res.users"]._crypt_context().hash(options["password"])
    env.cr.execute(SQL("UPDATE res_users SET password = %s WHERE id = ANY(%s)", hashed, everyone))
    # the scheduled jobs: none during the day (their daily runs are at night) unless the
    # faults scenario wants the escalation backlog running in the cron worker meanwhile
    env.cr.execute(SQL("UPDATE ir_cron SET nextcall = now() at time zone 'UTC' + interval '1 day'"))
    if options.get("escalation_backlog"):
        cron = env.ref(ESCALATION_CRON)
        env.cr.execute(SQL("UPDATE ir_cron SET nextcall = now() at time zone 'UTC' WHERE id = %s", cron.id))
    env.cr.execute(SQL("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"))
    env.cr.execute(SQL("ANALYZE"))
    env.cr.commit()
    logins = dict(env["res.users"].browse(everyone).mapped(lambda user: (user.id, user.login)))
    return {
        "period": period.display_name,
        "users": {role: [logins[uid] for uid in uids] for role, uids in users.items()},
    }


def main():
    env = odoo_env(sys.argv[1])
    result = prepare(env, json.loads(sys.argv[2]))
    env.cr.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
