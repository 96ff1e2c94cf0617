"""The measured runs, each in a fresh process: wall time, queries, memory, longest transaction."""

import itertools
import json
import resource
import sys
import time
from collections import Counter

from freezegun import freeze_time

from odoo.tools import SQL

from .common import BENCH_DAY, CONSOLIDATED_REPORT, odoo_env, run_step
from .peer import create_peer_rules


def measure(dbname, job, day):
    env = odoo_env(dbname)
    from odoo import sql_db  # noqa: PLC0415

    from odoo.addons.base.models.ir_cron import IrCron  # noqa: PLC0415

    if job == "peer":
        create_peer_rules(env)
    commits = []
    original = IrCron._commit_progress

    def commit_progress(self, *args, **kwargs):
        commits.append(time.monotonic())
        return original(self, *args, **kwargs)

    IrCron._commit_progress = commit_progress
    run = {
        "escalate": env["oversight.task.escalation"]._cron_escalate,
        "remind": env["oversight.task.reminder"]._cron_remind,
        "peer": env["base.automation"]._cron_process_time_based_actions,
        "deadline": env["oversight.task"]._cron_refresh_deadline_status,
    }[job]
    notices_table = "oversight_task_reminder" if job == "remind" else "oversight_task_escalation"
    notices_before = count(env, notices_table)
    xid_before = transaction_id(env)
    with freeze_time(f"{day} 08:00:00", tick=True):
        rss_before = rss_kb()
        queries_before = sql_db.sql_counter
        started = time.monotonic()
        commits.append(started)
        run()
        env.cr.commit()
        finished = time.monotonic()
        commits.append(finished)
    if job == "peer":
        notices = escalated_levels(env)
    elif job == "deadline":
        notices = tasks_written(env, xid_before)
    else:
        notices = count(env, notices_table) - notices_before
    result = {
        "job": job,
        "day": str(day),
        "seconds": round(finished - started, 3),
        "queries": sql_db.sql_counter - queries_before,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rss_growth_mb": round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024, 1),
        "longest_transaction_s": round(max(b - a for a, b in itertools.pairwise(commits)), 3),
        "notices": notices,
        "tasks_escalated": escalated_tasks(env, job, day),
        "activities": count(env, "mail_activity"),
        "mails_queued": count(env, "mail_mail"),
    }
    env.cr.close()
    print(json.dumps(result))


def measure_reports(dbname, day):
    """The monthly cycle at province scale: each step timed with its queries."""
    env = odoo_env(dbname)
    from odoo import sql_db  # noqa: PLC0415

    if not env["ir.module.module"].search([("name", "=", "task_oversight_reports"), ("state", "=", "installed")]):
        sys.exit("task_oversight_reports is not installed in the benchmark template: run with --regenerate")
    Period = env["oversight.report.period"]
    company = env.company
    steps = {}

    def timed(name, function):
        queries, started = sql_db.sql_counter, time.monotonic()
        result = function()
        env.flush_all()
        steps[name] = {"seconds": round(time.monotonic() - started, 3), "queries": sql_db.sql_counter - queries}
        return result

    with freeze_time(f"{day} 08:00:00", tick=True):
        period = timed("report_generation", lambda: Period._ensure_period(company, day))
        env.cr.commit()
        reports = period.agency_report_ids
        agency_ids = reports.agency_id.ids
        window = (company, period.date_from, period.date_to, agency_ids)

        def figures_only():
            env.cr.execute(env["oversight.agency.report"]._figures_query(*window))
            return env.cr.fetchall()

        rows = timed("consolidated_figures", figures_only)
        timed("refresh_all_reports", reports._refresh_figures)
        timed("consolidated_html", lambda: env["ir.actions.report"]._render_qweb_html(CONSOLIDATED_REPORT, period.ids))
        env.cr.commit()
    result = {
        "job": "reports",
        "day": str(day),
        "agencies": len(agency_ids),
        "figure_rows": len(rows),
        "lines": len(reports.line_ids),
        "tasks_overdue": sum(reports.mapped("open_overdue")),
        "steps": steps,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    env.cr.close()
    print(json.dumps(result))


def measure_evaluation(dbname, day):
    """The monthly evaluation at province scale: officers named on every task and
    some tasks handed over or returned (setup in SQL, not measured), then the
    scheduled action creating last month's period with every evaluation, and its
    second run, which must add nothing."""
    env = odoo_env(dbname)
    from odoo import sql_db  # noqa: PLC0415

    if not env["ir.module.module"].search([("name", "=", "task_oversight_evaluation"), ("state", "=", "installed")]):
        sys.exit("task_oversight_evaluation is not installed in the benchmark template: run with --regenerate")
    _name_officers(env)
    Period = env["oversight.evaluation.period"]
    runs = []
    for _run in range(2):
        with freeze_time(f"{day} 08:00:00", tick=True):
            queries, started = sql_db.sql_counter, time.monotonic()
            Period._cron_create_periods()
            env.cr.commit()
            runs.append({"seconds": round(time.monotonic() - started, 3), "queries": sql_db.sql_counter - queries})
    period = Period.search([], limit=1)
    result = {
        "job": "evaluation",
        "period": period.name,
        "evaluations": len(period.evaluation_ids),
        "lines": count(env, "oversight_evaluation_line"),
        "officers_with_products": len(period.evaluation_ids.filtered("product_count")),
        "grades": dict(Counter(period.evaluation_ids.mapped("grade"))),
        "first_run": runs[0],
        "second_run": runs[1],
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    env.cr.close()
    print(json.dumps(result))


def _name_officers(env):
    """Every task not in draft gets an officer of its lead agency (not its head), one
    in ten was handed over to another officer a week later, and one done task in
    twenty had its completion report returned once."""
    env.cr.execute(
        SQL(
            """
            WITH member AS (
                SELECT u.id, u.oversight_agency_id AS agency_id,
                       row_number() OVER (PARTITION BY u.oversight_agency_id ORDER BY u.id) - 1 AS n,
                       count(*) OVER (PARTITION BY u.oversight_agency_id) AS size
                  FROM res_users u JOIN oversight_agency a ON a.id = u.oversight_agency_id
                 WHERE u.id <> a.head_user_id
            ), pick AS (
                SELECT t.id AS task_id, t.date_assigned, t.company_id, t.lead_agency_id,
                       (SELECT m.id FROM member m WHERE m.agency_id = t.lead_agency_id
                           AND m.n = t.id %% m.size) AS first_officer,
                       (SELECT m.id FROM member m WHERE m.agency_id = t.lead_agency_id
                           AND m.n = (t.id + 1) %% m.size) AS second_officer
                  FROM oversight_task t WHERE t.state <> 'draft'
            ), steps AS (
                INSERT INTO oversight_task_step (task_id, step, user_id, agency_id, officer_id, date, working_days,
                                                 company_id, create_uid, create_date, write_uid, write_date)
                SELECT task_id, 'officer', 1, lead_agency_id, first_officer, date_assigned + interval '1 day 2 hours',
                       1, company_id, 1, now(), 1, now()
                  FROM pick
                UNION ALL
                SELECT task_id, 'officer', 1, lead_agency_id, second_officer, date_assigned + interval '8 days 2 hours',
                       5, company_id, 1, now(), 1, now()
                  FROM pick WHERE task_id %% 10 = 0
                RETURNING task_id, officer_id, date
            )
            UPDATE oversight_task t SET officer_id = last.officer_id
              FROM (SELECT DISTINCT ON (task_id) task_id, officer_id FROM steps ORDER BY task_id, date DESC) last
             WHERE t.id = last.task_id
            """
        )
    )
    env.cr.execute(
        SQL(
            """INSERT INTO oversight_task_step (task_id, step, user_id, agency_id, officer_id, date, working_days,
                                                company_id, create_uid, create_date, write_uid, write_date)
               SELECT id, 'returned', 1, lead_agency_id, officer_id, date_done - interval '2 days', 2, company_id,
                      1, now(), 1, now()
                 FROM oversight_task WHERE state = 'done' AND id %% 20 = 0"""
        )
    )
    env.cr.execute(SQL("ANALYZE oversight_task_step"))
    env.cr.execute(SQL("ANALYZE oversight_task"))
    env.cr.commit()


OPEN = [("state", "in", ("assigned", "reported"))]
LIST_SPEC = {
    **{name: {} for name in ("code", "name", "deadline", "effective_deadline", "state", "deadline_status")},
    **{name: {} for name in ("days_overdue", "progress", "starred", "escalation_level")},
    "lead_agency_id": {"fields": {"display_name": {}}},
    "officer_id": {"fields": {"display_name": {}}},
}
FORM_SPEC = {
    **LIST_SPEC,
    "coordinating_agency_ids": {"fields": {"display_name": {}}},
    "directive_id": {"fields": {"display_name": {}}},
    "update_ids": {"fields": {"date": {}, "progress": {}, "note": {}}},
    "step_ids": {"fields": {"date": {}, "step": {}, "user_id": {"fields": {"display_name": {}}}}},
}
# the measures of the analysis' pivot view, as the web client asks for them
PIVOT_MEASURES = [
    *(f"{name}:sum" for name in ("task_count", "done_count", "overdue_count")),
    *(f"{name}:avg" for name in ("completion_rate", "on_time_rate")),
    "__count",
]
THIS_YEAR = [("date_assigned", ">=", BENCH_DAY.replace(month=1, day=1).isoformat())]
# role: (login in the generated province, the domain of its task list as it opens: the menu's
# default filter "In Progress"); the Office's and the leader's lists are measured unfiltered too
WEB_ROLES = {
    "office": ("u000.07", OPEN),
    "leader": ("u000.01", OPEN),
    "head": ("u001.00", OPEN),
    "officer": ("u001.03", OPEN),
}
# the web client counts a list or a kanban up to its count limit (10,000) and asks for one more
COUNT_LIMIT = 10_001


# the planner settings of deploy/docker-compose.yml that describe the hardware (SSD: a random
# read costs about a sequential one) and the memory of a sort or hash; JIT stays at its default
DEPLOY_SETTINGS = {"random_page_cost": "1.1", "work_mem": "32MB"}


def measure_web(dbname, settings=None, runs=15):
    """What the web client asks the server for, as each role: server time per call (median
    and 90th percentile over ``runs`` calls, caches emptied before each) and its queries;
    with PostgreSQL's defaults, or with ``settings`` for the session."""
    env = odoo_env(dbname)
    from odoo import sql_db  # noqa: PLC0415

    for name, value in (settings or {}).items():
        env.cr.execute(SQL("SELECT set_config(%s, %s, false)", name, value))

    results = {}
    for role, (login, domain) in WEB_ROLES.items():
        user = env["res.users"].search([("login", "=", login)])
        Task = env["oversight.task"].with_user(user)
        task = Task.search(domain, limit=1)
        calls = {
            "list": lambda Task=Task, domain=domain: Task.web_search_read(
                domain, LIST_SPEC, limit=80, count_limit=COUNT_LIMIT
            ),
            "grouped_list": lambda Task=Task, domain=domain: Task.web_read_group(
                domain, ["deadline_status"], ["__count"]
            ),
            "kanban": lambda Task=Task, domain=domain: Task.web_search_read(
                domain, LIST_SPEC, limit=40, count_limit=COUNT_LIMIT
            ),
            "form": lambda task=task: task.web_read(FORM_SPEC),
            "name_search": lambda Task=Task: Task.name_search("Nhiệm vụ số 12", limit=8),
        }
        if role in ("office", "leader"):
            # the list and its grouping with the filter removed: every task of the province
            calls["list_unfiltered"] = lambda Task=Task: Task.web_search_read(
                [], LIST_SPEC, limit=80, count_limit=COUNT_LIMIT
            )
            calls["grouped_list_unfiltered"] = lambda Task=Task: Task.web_read_group(
                [], ["deadline_status"], ["__count"]
            )
            # the pivot as the menu opens it: its measures, the total and a row per agency in one
            # call, over this year's tasks (the action's default filter), then over all of them
            Analysis = env["oversight.task.analysis"].with_user(user)
            for name, pivot_domain in (("pivot", THIS_YEAR), ("pivot_all_years", [])):
                calls[name] = lambda Analysis=Analysis, pivot_domain=pivot_domain: (
                    Analysis.formatted_read_grouping_sets(pivot_domain, [[], ["lead_agency_id"]], PIVOT_MEASURES)
                )
        for name, call in calls.items():
            timings, queries = [], 0
            for _run in range(runs):
                env.invalidate_all()
                before, started = sql_db.sql_counter, time.perf_counter()
                call()
                timings.append((time.perf_counter() - started) * 1000)
                queries = sql_db.sql_counter - before
            timings.sort()
            results[f"{role}/{name}"] = {
                "median_ms": round(timings[len(timings) // 2], 1),
                "p90_ms": round(timings[int(len(timings) * 0.9) - 1], 1),
                "queries": queries,
            }
    env.cr.rollback()
    env.cr.close()
    print(json.dumps({"job": "web", "settings": settings or {}, "calls": results}))


def count(env, table):
    env.cr.execute(SQL("SELECT count(*) FROM %s", SQL.identifier(table)))
    return env.cr.fetchone()[0]


def escalated_levels(env):
    env.cr.execute(SQL("SELECT coalesce(sum(escalation_level), 0) FROM oversight_task"))
    return env.cr.fetchone()[0]


def transaction_id(env):
    """The id of a transaction committed before the run: the rows the run writes carry later ones."""
    env.cr.execute("SELECT txid_current() % 4294967296")
    xid = env.cr.fetchone()[0]
    env.cr.commit()
    return xid


def tasks_written(env, xid_before):
    """The tasks the run wrote, by the ORM or in SQL (write_date says nothing of the latter)."""
    env.cr.execute(
        SQL("SELECT count(*) FROM oversight_task WHERE xmin::text::bigint > %s", xid_before),
    )
    return env.cr.fetchone()[0]


def escalated_tasks(env, job, day):
    if job == "deadline":
        return 0
    if job == "peer":
        env.cr.execute(SQL("SELECT count(*) FROM oversight_task WHERE escalation_level > 0"))
    else:
        env.cr.execute(SQL("SELECT count(DISTINCT task_id) FROM oversight_task_escalation WHERE date = %s", day))
    return env.cr.fetchone()[0]


def rss_kb():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def measure_in_subprocess(dbname, job, day=BENCH_DAY, *options):
    """One measured step (``--measure job``) in a fresh process: the JSON it printed."""
    return json.loads(run_step("--measure", job, "--day", str(day), "--db", dbname, *options))


def measure_merge(dbname, day, agencies=30, open_tasks=10_000):
    """A merger of ``agencies`` agencies holding ``open_tasks`` open tasks into one
    successor, through the Office's wizard (R18): one transaction, measured."""
    env = odoo_env(dbname)
    from odoo import sql_db  # noqa: PLC0415

    # setup, not measured: spread that many open tasks over the agencies that end
    chosen = env["oversight.agency"].search([("code", "!=", "VPUBND")], order="id", limit=agencies + 1)
    successor, predecessors = chosen[0], chosen[1:]
    env.cr.execute(SQL("SELECT id FROM oversight_task WHERE state = 'assigned' ORDER BY id LIMIT %s", open_tasks))
    task_ids = [row[0] for row in env.cr.fetchall()]
    env.cr.execute(
        SQL(
            "UPDATE oversight_task SET lead_agency_id = (%s::int[])[1 + id %% %s] WHERE id = ANY(%s)",
            predecessors.ids,
            len(predecessors),
            task_ids,
        )
    )
    env.cr.commit()
    env.invalidate_all()
    office = env.ref("base.user_admin")
    with freeze_time(f"{day} 08:00:00", tick=True):
        wizard = (
            env["oversight.agency.merge"]
            .with_user(office)
            .create(
                {
                    "agency_ids": [(6, 0, predecessors.ids)],
                    "successor_id": successor.id,
                    "date": day,
                    "decision_ref": "1679/QĐ-UBND",
                }
            )
        )
        queries, started = sql_db.sql_counter, time.monotonic()
        wizard.sudo().action_merge()
        env.flush_all()
        env.cr.commit()
        seconds = time.monotonic() - started
        queries = sql_db.sql_counter - queries
    env.cr.execute(
        SQL("SELECT count(*) FROM oversight_task WHERE id = ANY(%s) AND lead_agency_id = %s", task_ids, successor.id)
    )
    moved = env.cr.fetchone()[0]
    result = {
        "job": "merge",
        "day": str(day),
        "agencies": len(predecessors),
        "open_tasks": len(task_ids),
        "moved": moved,
        "seconds": round(seconds, 2),
        "queries": queries,
        "queries_per_task": round(queries / max(moved, 1), 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    env.cr.close()
    print(json.dumps(result))


def measure_timeline(dbname, day, steps_per_task=6):
    """The timeline at province scale: about six steps a task generated in SQL
    (setup, not measured), then the task form with its timeline and the "slow
    steps" search grouped by agency, as the web client asks for them."""
    env = odoo_env(dbname)
    from odoo import sql_db  # noqa: PLC0415

    env.cr.execute(
        SQL(
            """INSERT INTO oversight_task_step (task_id, step, user_id, agency_id, date, working_days, company_id,
                                                create_uid, create_date, write_uid, write_date)
               SELECT t.id, (ARRAY['assigned','acknowledged','officer','progress','progress','reported'])[s.n],
                      t.create_uid, t.lead_agency_id, t.date_assigned + s.n * interval '3 days', (t.id + s.n) %% 9,
                      t.company_id, 1, now(), 1, now()
                 FROM oversight_task t CROSS JOIN generate_series(1, %s) AS s(n)
                WHERE t.state <> 'draft'""",
            steps_per_task,
        )
    )
    env.cr.execute(SQL("ANALYZE oversight_task_step"))
    env.cr.commit()
    steps = count(env, "oversight_task_step")
    task = env["oversight.task"].search([("state", "=", "assigned")], limit=1)
    spec = {
        "name": {},
        "state": {},
        "lead_agency_id": {"fields": {"display_name": {}}},
        "step_ids": {
            "fields": {
                "date": {},
                "step": {},
                "user_id": {"fields": {"display_name": {}}},
                "agency_id": {"fields": {"display_name": {}}},
                "working_days": {},
            }
        },
    }
    timings = {}

    def timed(name, function):
        env.invalidate_all()
        queries, started = sql_db.sql_counter, time.monotonic()
        function()
        timings[name] = {"seconds": round(time.monotonic() - started, 3), "queries": sql_db.sql_counter - queries}

    with freeze_time(f"{day} 08:00:00", tick=True):
        timed("task_form_with_timeline", lambda: task.web_read(spec))
        timed(
            "slow_steps_by_agency",
            lambda: env["oversight.task.step"].formatted_read_group(
                [("working_days", ">", 5)], ["agency_id"], ["__count", "working_days:max"]
            ),
        )
    result = {"job": "timeline", "steps": steps, "timings": timings}
    env.cr.close()
    print(json.dumps(result))


# The escalation backlog's writes done set-based, in plain SQL, with no ORM: the lower
# bound our job is compared with. Recipients and the one who acts follow the rules'
# roles as the job reads them (the Office monitor stands for a missing actor).
BOUND_STATEMENTS = [
    """CREATE TEMP TABLE reached AS
       SELECT t.id AS task_id, t.lead_agency_id, t.company_id, t.effective_deadline, t.escalation_level,
              r.id AS rule_id, r.level, r.activity_type_id, %(today)s - t.effective_deadline AS days,
              a.head_user_id AS lead_head, coalesce(t.monitor_user_id, oa.head_user_id) AS monitor,
              coalesce(t.leader_id, d.signer_id) AS leader, na.head_user_id AS agency_head,
              r.notify_lead_head, r.notify_monitor, r.notify_leader, r.activity_role
         FROM oversight_task t
         JOIN oversight_escalation_rule r ON r.active
         JOIN oversight_agency a ON a.id = t.lead_agency_id
         JOIN res_company c ON c.id = t.company_id
    LEFT JOIN oversight_agency oa ON oa.id = c.oversight_office_agency_id
    LEFT JOIN oversight_directive d ON d.id = t.directive_id
    LEFT JOIN oversight_agency na ON na.id = r.notify_agency_id
        WHERE t.state = 'assigned' AND t.active
          AND %(today)s - t.effective_deadline
              >= CASE WHEN t.starred THEN r.starred_overdue_days ELSE r.overdue_days END
          AND NOT EXISTS (SELECT 1 FROM oversight_task_escalation e
                           WHERE e.task_id = t.id AND e.level = r.level AND e.deadline = t.effective_deadline)""",
    """CREATE TEMP TABLE sent AS
       WITH inserted AS (
            INSERT INTO oversight_task_escalation (task_id, agency_id, company_id, level, rule_id, deadline,
                                                   days_overdue, date, create_uid, write_uid, create_date, write_date)
            SELECT task_id, lead_agency_id, company_id, level, rule_id, effective_deadline, days, %(today)s,
                   1, 1, now(), now()
              FROM reached
         RETURNING id, task_id, rule_id)
       SELECT i.id, r.* FROM inserted i JOIN reached r USING (task_id, rule_id)""",
    """INSERT INTO oversight_task_escalation_res_users_rel (oversight_task_escalation_id, res_users_id)
       SELECT DISTINCT id, user_id FROM (
            SELECT id, lead_head AS user_id FROM sent WHERE notify_lead_head
            UNION ALL SELECT id, monitor FROM sent WHERE notify_monitor
            UNION ALL SELECT id, leader FROM sent WHERE notify_leader
            UNION ALL SELECT id, agency_head FROM sent) recipients
        WHERE user_id IS NOT NULL""",
    """CREATE TEMP TABLE acting AS
       SELECT DISTINCT ON (task_id) task_id, level, activity_type_id, days,
              coalesce(CASE activity_role WHEN 'lead_head' THEN lead_head WHEN 'monitor' THEN monitor
                                          WHEN 'leader' THEN leader ELSE agency_head END, monitor) AS user_id
         FROM sent WHERE activity_type_id IS NOT NULL ORDER BY task_id, level DESC""",
    """INSERT INTO mail_activity (res_model_id, res_model, res_id, activity_type_id, user_id, summary,
                                  date_deadline, automated, active, create_uid, write_uid, create_date, write_date)
       SELECT m.id, 'oversight.task', task_id, activity_type_id, user_id,
              days || ' days overdue – level ' || level, %(today)s, true, true, 1, 1, now(), now()
         FROM acting, ir_model m WHERE m.model = 'oversight.task'""",
    """WITH followers AS (
            INSERT INTO mail_followers (res_model, res_id, partner_id)
            SELECT DISTINCT 'oversight.task', a.task_id, u.partner_id
              FROM acting a JOIN res_users u ON u.id = a.user_id
       ON CONFLICT DO NOTHING RETURNING id)
       INSERT INTO mail_followers_mail_message_subtype_rel (mail_followers_id, mail_message_subtype_id)
       SELECT f.id, s.id FROM followers f, mail_message_subtype s
        WHERE s."default" AND NOT s.internal AND (s.res_model IS NULL OR s.res_model = 'oversight.task')""",
    """CREATE TEMP TABLE raised AS
       SELECT task_id, min(escalation_level) AS old_level, max(level) AS new_level
         FROM sent GROUP BY task_id HAVING max(level) > min(escalation_level)""",
    """UPDATE oversight_task t SET escalation_level = r.new_level, write_date = now(), write_uid = 1
         FROM raised r WHERE t.id = r.task_id""",
    """WITH messages AS (
            INSERT INTO mail_message (model, res_id, message_type, subtype_id, author_id, body, is_internal,
                                      date, message_id, create_uid, write_uid, create_date, write_date)
            SELECT 'oversight.task', task_id, 'notification',
                   (SELECT res_id FROM ir_model_data WHERE module = 'mail' AND name = 'mt_note'),
                   (SELECT partner_id FROM res_users WHERE id = 1), '', true, now(),
                   '<' || task_id || '.' || extract(epoch FROM now()) || '-bound@localhost>', 1, 1, now(), now()
              FROM raised
         RETURNING id, res_id)
       INSERT INTO mail_tracking_value (mail_message_id, field_id, old_value_integer, new_value_integer,
                                        create_uid, write_uid, create_date, write_date)
       SELECT m.id, f.id, r.old_level, r.new_level, 1, 1, now(), now()
         FROM messages m JOIN raised r ON r.task_id = m.res_id
         JOIN ir_model_fields f ON f.model = 'oversight.task' AND f.name = 'escalation_level'""",
]


def measure_bound(dbname, day):
    """The backlog's escalations, recipient links, activities, followers, level update and
    chatter log written set-based in one transaction: the bound of our job's wall time."""
    env = odoo_env(dbname)
    started = time.monotonic()
    for statement in BOUND_STATEMENTS:
        env.cr.execute(SQL(statement, today=day))
    env.cr.commit()
    seconds = time.monotonic() - started
    written = {
        name: count(env, name)
        for name in ("oversight_task_escalation", "oversight_task_escalation_res_users_rel", "mail_activity")
    }
    env.cr.close()
    print(json.dumps({"job": "bound", "seconds": round(seconds, 3), **written}))


def measure_cron_worker(dbname, day):
    """The escalation job over the backlog as Odoo's cron worker runs it: the worker's own
    loop (``ir.cron._process_jobs``, a time budget of about 10 s per run, the job run again
    at once while it reports work left), not a call from a shell, until Odoo marks it done.
    Then: digests mailed against the recipients of every notice, and lines in no digest."""
    env = odoo_env(dbname)
    from odoo.addons.base.models.ir_cron import IrCron  # noqa: PLC0415

    cron = env.ref("task_oversight.ir_cron_overdue_escalation")
    # only this job is due (the worker would run every due job of the database in turn)
    env.cr.execute(SQL("UPDATE ir_cron SET nextcall = now() at time zone 'UTC' + interval '1 year'"))
    env.cr.execute(SQL("UPDATE ir_cron SET nextcall = '2000-01-01' WHERE id = %s", cron.id))
    env.cr.commit()
    statuses = []
    run_job = IrCron._run_job.__func__

    def spy(cls, job):
        statuses.append(str(run_job(cls, job)))
        return statuses[-1]

    IrCron._run_job = classmethod(spy)
    with freeze_time(f"{day} 08:00:00", tick=True):
        started = time.monotonic()
        while not statuses or statuses[-1] == "partially done":
            IrCron._process_jobs(dbname)
        seconds = time.monotonic() - started
    env.cr.rollback()
    env.invalidate_all()
    env.cr.execute(
        SQL(
            """SELECT count(DISTINCT rel.res_users_id),
                      count(*) FILTER (WHERE NOT EXISTS (
                          SELECT 1 FROM oversight_digest_escalation_rel dr
                            JOIN oversight_digest d ON d.id = dr.digest_id
                           WHERE dr.notice_id = rel.oversight_task_escalation_id AND d.user_id = rel.res_users_id))
                 FROM oversight_task_escalation_res_users_rel rel"""
        )
    )
    recipients, lines_in_no_digest = env.cr.fetchone()
    env.cr.execute(
        SQL("SELECT count(*), count(mail_id), count(DISTINCT user_id) FROM oversight_digest WHERE kind = 'escalation'")
    )
    digests, mailed, users = env.cr.fetchone()
    result = {
        "seconds": round(seconds, 1),
        "runs": statuses,
        "levels": count(env, "oversight_task_escalation"),
        "recipients": recipients,
        "digests": digests,
        "digests_mailed": mailed,
        "recipients_with_a_digest": users,
        "lines_in_no_digest": lines_in_no_digest,
    }
    env.cr.close()
    print(json.dumps(result))
