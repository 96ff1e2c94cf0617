"""The web client's calls of the 25th, as JSON-RPC payloads: what each role's landing list,
a task form, an officer's progress report, a head's monthly report and the Office's list of
reports to confirm send (the specifications are the fields of the addons' views, checked
against them by tests/test_load.py). No locust here: the test and the locustfile share it."""

OPEN = [["state", "in", ["assigned", "reported"]]]
# the search filters each menu's action turns on (task_oversight/views/oversight_task_views.xml),
# as the web client evaluates them (uid: the session's user)
FILTERS = {
    "filter_open": lambda uid: OPEN,
    "filter_mine": lambda uid: ["|", ["officer_id", "=", uid], ["officer_ids", "in", uid]],
    "filter_office_attention": lambda uid: [
        "|",
        "|",
        ["state", "=", "reported"],
        ["deadline_status", "=", "overdue"],
        ["activity_user_id", "=", uid],
    ],
    "filter_head_attention": lambda uid: [
        "|",
        ["activity_user_id", "=", uid],
        "&",
        "&",
        ["lead_agency_id.user_ids", "in", uid],
        ["state", "=", "assigned"],
        "|",
        "|",
        ["officer_id", "=", False],
        ["date_acknowledged", "=", False],
        ["deadline_status", "=", "overdue"],
    ],
}
# role: (its landing menu's action, the filters it turns on, the action's context)
LANDING = {
    "office": ("task_oversight.oversight_task_action_office_home", ["filter_office_attention"], {}),
    "head": ("task_oversight.oversight_task_action_agency_home", ["filter_head_attention"], {"oversight_my_agency": 1}),
    "officer": ("task_oversight.oversight_task_action_mine", ["filter_mine", "filter_open"], {}),
    "leader": ("task_oversight.oversight_task_action", ["filter_open"], {}),
}
# the task list view's fields (oversight_task_view_list) and the form's (oversight_task_view_form)
TASK_LIST_SPEC = {
    **{name: {} for name in ("starred", "user_is_office", "code", "name", "my_agency_role", "date_assigned")},
    **{name: {} for name in ("deadline", "company_id")},
    **{name: {} for name in ("effective_deadline", "progress", "days_overdue", "deadline_status", "state")},
    "lead_agency_id": {"fields": {"display_name": {}}},
    "officer_id": {"fields": {"display_name": {}}},
    "leader_id": {"fields": {"display_name": {}}},
    "directive_id": {"fields": {"display_name": {}}},
    "coordinating_agency_ids": {"fields": {"display_name": {}}},
    "activity_ids": {"fields": {}},
}
TASK_FORM_SPEC = {
    **{name: spec for name, spec in TASK_LIST_SPEC.items() if name not in ("activity_ids", "my_agency_role")},
    **{name: {} for name in ("description", "date_reported", "date_done", "escalation_level", "monitor_user_id")},
    "update_ids": {"fields": {"date": {}, "progress": {}, "note": {}, "agency_id": {"fields": {"display_name": {}}}}},
    "step_ids": {"fields": {"date": {}, "step": {}, "user_id": {"fields": {"display_name": {}}}}},
}
REPORT_LIST_SPEC = {
    **{name: {} for name in ("state", "date_due", "date_submitted", "task_total", "open_overdue", "completion_rate")},
    "agency_id": {"fields": {"display_name": {}}},
    "period_id": {"fields": {"display_name": {}}},
}
REPORT_FORM_SPEC = {
    **REPORT_LIST_SPEC,
    "difficulties": {},
    "proposals": {},
    "line_ids": {"fields": {"kind": {}, "task_code": {}, "task_name": {}, "cause": {}, "solution": {}}},
}
UPDATE_SPEC = {"date": {}, "progress": {}, "note": {}, "task_id": {"fields": {"display_name": {}}}}


def context(uid, extra=None):
    """The web client's user context (its language is the session's: the user's own)."""
    return {"tz": "Asia/Ho_Chi_Minh", "uid": uid, "allowed_company_ids": [1], **(extra or {})}


def landing_domain(role, uid):
    _action, filters, _context = LANDING[role]
    domains = [FILTERS[name](uid) for name in filters]
    # filters of different groups are and-ed, as the search model does
    return ["&"] * (len(domains) - 1) + [term for domain in domains for term in domain]


def call_kw(model, method, args, kwargs):
    """(path, JSON-RPC params) of a call_kw, as the web client's ORM service sends it."""
    return f"/web/dataset/call_kw/{model}/{method}", {"model": model, "method": method, "args": args, "kwargs": kwargs}


def call_button(model, method, ids, ctx):
    return f"/web/dataset/call_button/{model}/{method}", {
        "model": model,
        "method": method,
        "args": [ids],
        "kwargs": {"context": ctx},
    }


def authenticate(db, login, password):
    return "/web/session/authenticate", {"db": db, "login": login, "password": password}


def task_list(role, uid, limit=80):
    _action, _filters, extra = LANDING[role]
    return call_kw(
        "oversight.task",
        "web_search_read",
        [],
        {
            "specification": TASK_LIST_SPEC,
            "offset": 0,
            "order": "",
            "limit": limit,
            "context": {**context(uid, extra), "bin_size": True},
            "count_limit": 10001,
            "domain": landing_domain(role, uid),
        },
    )


def task_form(uid, task_id):
    return call_kw(
        "oversight.task",
        "web_read",
        [[task_id]],
        {"context": {**context(uid), "bin_size": True}, "specification": TASK_FORM_SPEC},
    )


def progress_report(uid, task_id, progress, note):
    """An officer's progress report saved from its form dialog (``web_save`` of a new record)."""
    return call_kw(
        "oversight.task.update",
        "web_save",
        [[], {"task_id": task_id, "progress": progress, "note": note}],
        {"context": context(uid, {"default_task_id": task_id}), "specification": UPDATE_SPEC},
    )


def report_list(uid, domain):
    return call_kw(
        "oversight.agency.report",
        "web_search_read",
        [],
        {
            "specification": REPORT_LIST_SPEC,
            "offset": 0,
            "order": "",
            "limit": 80,
            "context": {**context(uid), "bin_size": True},
            "count_limit": 10001,
            "domain": domain,
        },
    )


def report_form(uid, report_id):
    return call_kw(
        "oversight.agency.report",
        "web_read",
        [[report_id]],
        {"context": context(uid), "specification": REPORT_FORM_SPEC},
    )


def report_save(uid, report_id, lines):
    """The head fills the cause and solution of each overdue line and saves the form."""
    commands = [[1, line_id, {"cause": cause, "solution": solution}] for line_id, cause, solution in lines]
    return call_kw(
        "oversight.agency.report",
        "web_save",
        [[report_id], {"line_ids": commands}],
        {"context": context(uid), "specification": REPORT_FORM_SPEC},
    )


def report_submit(uid, report_id):
    return call_button("oversight.agency.report", "action_submit", [report_id], context(uid))


OPEN_PERIOD_REPORTS = [["period_id.state", "=", "open"]]
TO_CONFIRM = [["state", "=", "submitted"], ["period_id.state", "=", "open"]]
