"""Generation of the province: agencies and users with the ORM, tasks with SQL."""

import random
import subprocess
import sys
import time
from datetime import timedelta
from io import StringIO

from freezegun import freeze_time

from odoo.tools import SQL

from .common import BENCH_DAY, BENCH_DIR, DATA_DIR, ODOO_SRC, ROOT, odoo_env, psql


def build_template(args, name):
    print(f"Generating the province in database {name} (once; --regenerate to redo it)", flush=True)
    psql("-d", "postgres", "-c", f'DROP DATABASE IF EXISTS "{name}"')
    psql("-d", "postgres", "-c", f'CREATE DATABASE "{name}"')
    # as Odoo creates a database (and tools/env.sh's oversight_createdb): with the trigram indexes
    psql("-d", name, "-c", "CREATE EXTENSION IF NOT EXISTS pg_trgm")
    subprocess.run(
        [
            sys.executable,
            str(ODOO_SRC / "odoo-bin"),
            f"--addons-path={ODOO_SRC / 'addons'},{ROOT / 'addons'}",
            f"--data-dir={DATA_DIR}",
            "-d",
            name,
            "-i",
            "task_oversight,task_oversight_reports,task_oversight_evaluation,base_automation",
            "--stop-after-init",
            "--log-level=warn",
            "--http-interface=127.0.0.1",
        ],
        check=True,
    )
    try:
        subprocess.run([sys.executable, str(BENCH_DIR), "--generate", name, *sys.argv[1:]], check=True)
    except subprocess.CalledProcessError:
        psql("-d", "postgres", "-c", f'DROP DATABASE IF EXISTS "{name}"')  # no half-generated template
        raise
    # the figures describe a database as PostgreSQL keeps it: dead rows gone, statistics fresh
    print("  VACUUM ANALYZE", flush=True)
    psql("-d", name, "-c", "VACUUM ANALYZE")


def generate(args, dbname):
    env = odoo_env(dbname)
    started = time.monotonic()
    agencies, leaders, monitors = generate_people(env, args)
    print(f"  {len(agencies)} agencies and their users in {time.monotonic() - started:.0f} s", flush=True)
    recent = recent_tasks(args)
    overdue = generate_tasks(env, recent, agencies, leaders, monitors)
    print(
        f"  {recent} tasks of the last two years, {overdue} overdue, in {time.monotonic() - started:.0f} s", flush=True
    )
    if args.tasks > recent:
        copy_history(env, args.tasks - recent)
        print(
            f"  {args.tasks - recent} closed tasks of the years before, in {time.monotonic() - started:.0f} s",
            flush=True,
        )
    env.cr.close()


def agency_type(index):
    """A province of 2026: about 20 departments, 170 communes and wards, then units and enterprises."""
    if index < 20:
        return "department"
    if index < 190:
        return "commune"
    return "unit" if index < 270 else "enterprise"


def generate_people(env, args):
    Agency = env["oversight.agency"]
    agencies = Agency.create(
        [
            {
                "name": f"Cơ quan số {index:03d}",
                "code": f"CQ{index:03d}",
                "agency_type": agency_type(index),
                "email": f"cq{index:03d}@tinh.gov.vn",
            }
            for index in range(args.agencies)
        ]
    )
    groups = {
        key: env.ref(f"task_oversight.group_{key}").id for key in ("agency_user", "agency_head", "office", "leader")
    }
    per_agency = max(args.users // args.agencies, 2)
    vals = []
    for agency_index, agency in enumerate(agencies):
        for member in range(per_agency):
            group = "agency_head" if member == 0 else "agency_user"
            if agency_index == 0 and member:  # agency 0 is the Office; some of its people are leaders
                group = "leader" if member <= 5 else "office"
            login = f"u{agency_index:03d}.{member:02d}"
            vals.append(
                {
                    "name": f"Cán bộ {agency_index:03d}-{member:02d}",
                    "login": login,
                    "email": f"{login}@tinh.gov.vn",
                    "oversight_agency_id": agency.id,
                    "group_ids": [(6, 0, [env.ref("base.group_user").id, groups[group]])],
                }
            )
    Users = env["res.users"].with_context(no_reset_password=True, tracking_disable=True, mail_create_nolog=True)
    users = Users.browse()
    for start in range(0, len(vals), 500):
        users |= Users.create(vals[start : start + 500])
    by_agency = users.grouped("oversight_agency_id")
    for agency in agencies:
        agency.head_user_id = by_agency[agency][0]
    office = by_agency[agencies[0]]
    leaders, monitors = office[1:6], office[6:]
    env.company.oversight_office_agency_id = agencies[0]
    env.flush_all()
    return agencies, leaders, monitors


def recent_tasks(args):
    """The tasks of the last two years: all of them, or their share of ``--years``."""
    return args.tasks if args.years <= 2 else round(args.tasks * 2 / args.years)


def generate_tasks(env, count, agencies, leaders, monitors):
    """Insert ``count`` tasks of the last two years with COPY, then let the model compute
    its stored fields (effective deadline, deadline status, days overdue, report flag)."""
    rng = random.Random(20261120)
    first_day = BENCH_DAY - timedelta(days=730)
    # a few agencies lead many tasks (volume groups of the monthly report)
    weights = [12 if n % 25 == 1 else 3 if n % 5 == 2 else 1 for n in range(len(agencies))]
    rows = StringIO()
    for index in range(count):
        assigned = first_day + timedelta(days=rng.randrange(0, 729))
        roll = rng.random()
        deadline = assigned + timedelta(days=rng.randint(15, 120))
        state, date_reported, date_done = "assigned", None, None
        if roll < 0.05:
            deadline = None
        elif roll < 0.66 and deadline < BENCH_DAY - timedelta(days=5):
            state = "done"
            date_done = min(deadline + timedelta(days=rng.choice([-9, -5, -2, 0, 0, 3, 12])), BENCH_DAY)
            date_done = max(date_done, assigned)
            date_reported = date_done
        elif roll < 0.69 and deadline < BENCH_DAY:
            state = "reported"
            date_reported = max(BENCH_DAY - timedelta(days=rng.randint(1, 12)), assigned)
        elif roll < 0.71:
            state = rng.choice(["draft", "paused", "cancelled"])
        values = (
            f"Nhiệm vụ số {index + 1} theo chỉ đạo của UBND tỉnh",
            f"BM-{index + 1:06d}",
            agencies[rng.choices(range(len(agencies)), weights)[0]].id,
            rng.choice(leaders).id,
            rng.choice(monitors).id,
            assigned,
            deadline,
            "t" if rng.random() < 0.05 else "f",
            state,
            date_reported,
            date_done,
            100 if state == "done" else rng.choice([0, 20, 50, 80]),
            env.company.id,
        )
        rows.write("\t".join(r"\N" if value is None else str(value) for value in values) + "\n")
    rows.seek(0)
    cr = env.cr
    cr._obj.copy_expert(
        """COPY oversight_task (name, code, lead_agency_id, leader_id, monitor_user_id, date_assigned, deadline,
                                starred, state, date_reported, date_done, progress, company_id)
           FROM STDIN""",
        rows,
    )
    cr.execute(
        SQL(
            """UPDATE oversight_task SET active = TRUE, escalation_level = 0, extension_count = 0,
                      date_acknowledged = date_assigned + 1,
                      create_uid = 1, write_uid = 1, create_date = now() at time zone 'UTC',
                      write_date = now() at time zone 'UTC'"""
        )
    )
    subscribe_followers(env)
    Task = env["oversight.task"]
    fnames = ["effective_deadline", "deadline_status", "days_overdue", "report_overdue", "weight", "party_agency_ids"]
    with freeze_time(f"{BENCH_DAY} 08:00:00"):
        ids = Task.search([]).ids
        for start in range(0, len(ids), 5000):
            tasks = Task.browse(ids[start : start + 5000])
            for fname in fnames:
                env.add_to_compute(Task._fields[fname], tasks)
            tasks.flush_recordset(fnames)
            env.invalidate_all()
    cr.execute(SQL("ANALYZE"))
    cr.commit()
    return Task.search_count([("deadline_status", "=", "overdue")])


def copy_history(env, count):
    """The older years of a province: ``count`` copies of the closed (done and cancelled)
    tasks of the last two years, every date of a copy moved back a whole number of years
    (2, 3, … years: the copies moved back 2 and 3 years overlap in the third year back),
    with the agencies taking part of their original and the followers assignment
    subscribes (:func:`subscribe_followers`). A closed task's
    stored fields do not depend on the day (its status and the days it was late stay), so
    the copies hold what the model would compute, without the ORM."""
    cr = env.cr
    cr.execute(SQL("SELECT max(id), count(*) FILTER (WHERE state IN ('done', 'cancelled')) FROM oversight_task"))
    last_id, closed = cr.fetchone()
    cr.execute(
        SQL(
            """CREATE TEMPORARY TABLE history ON COMMIT DROP AS
               SELECT row_number() OVER (ORDER BY k.years_back, t.id) AS n, t.id AS origin,
                      k.years_back, NULL::int AS task_id
                 FROM oversight_task t, generate_series(2, %s) AS k(years_back)
                WHERE t.state IN ('done', 'cancelled')
                ORDER BY k.years_back, t.id
                LIMIT %s""",
            1 + -(-count // closed),
            count,
        )
    )
    cr.execute(
        SQL(
            """SELECT column_name, data_type FROM information_schema.columns
                WHERE table_name = 'oversight_task' AND column_name NOT IN ('id', 'code')
                ORDER BY ordinal_position"""
        )
    )
    columns = cr.fetchall()
    values = [
        SQL("(%s - make_interval(years => h.years_back))::date", SQL.identifier("t", name))
        if kind == "date"
        else SQL.identifier("t", name)
        for name, kind in columns
    ]
    cr.execute(
        SQL(
            """WITH copies AS (
                   INSERT INTO oversight_task (code, %s)
                   SELECT 'BM-H' || lpad(h.n::text, 7, '0'), %s
                     FROM history h JOIN oversight_task t ON t.id = h.origin
                RETURNING id, code)
               UPDATE history h SET task_id = copies.id
                 FROM copies WHERE copies.code = 'BM-H' || lpad(h.n::text, 7, '0')""",
            SQL(", ").join(SQL.identifier(name) for name, _kind in columns),
            SQL(", ").join(values),
        )
    )
    cr.execute(
        SQL(
            """INSERT INTO oversight_task_party_agency_rel (task_id, agency_id)
               SELECT h.task_id, r.agency_id
                 FROM history h JOIN oversight_task_party_agency_rel r ON r.task_id = h.origin"""
        )
    )
    subscribe_followers(env, after_id=last_id)
    cr.execute(SQL("ANALYZE"))
    cr.commit()


def subscribe_followers(env, after_id=0):
    """The followers assignment subscribes (``_subscribe_agency_heads``): the lead agency's
    head, the Office monitor and the leader of every task that left the draft (of the tasks
    whose id is above ``after_id``), with the default subtypes, as a province's database
    holds them."""
    subtypes = env["mail.message.subtype"].default_subtypes("oversight.task")[0]
    env.cr.execute(
        SQL(
            """WITH followers AS (
                   INSERT INTO mail_followers (res_model, res_id, partner_id)
                   SELECT DISTINCT 'oversight.task', t.id, u.partner_id
                     FROM oversight_task t
                     JOIN oversight_agency a ON a.id = t.lead_agency_id
                     JOIN res_users u ON u.id IN (a.head_user_id, t.monitor_user_id, t.leader_id)
                    WHERE t.state <> 'draft' AND t.id > %s
                RETURNING id)
               INSERT INTO mail_followers_mail_message_subtype_rel (mail_followers_id, mail_message_subtype_id)
               SELECT f.id, s FROM followers f, unnest(%s) s""",
            after_id,
            subtypes.ids,
        )
    )
