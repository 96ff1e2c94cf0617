import { localization } from "@web/core/l10n/localization";
import { registry } from "@web/core/registry";

function pickAgency(field, name) {
    return [
        {
            content: `Choose ${name} as ${field}`,
            trigger: `.o_data_row.o_selected_row .o_field_widget[name=${field}] input`,
            run: `edit ${name}`,
        },
        {
            trigger: `.o_field_widget[name=${field}] .o-autocomplete--dropdown-menu .dropdown-item:contains("${name}")`,
            run: "click",
        },
    ];
}

function addTaskLine(name, agency) {
    return [
        {
            content: "Add a task line to the directive",
            trigger: "div[name=task_ids] .o_field_x2many_list_row_add > a",
            run: "click",
        },
        {
            trigger: ".o_data_row.o_selected_row .o_field_widget[name=name] input",
            run: `edit ${name}`,
        },
        ...pickAgency("lead_agency_id", agency),
    ];
}

registry.category("web_tour.tours").add("task_oversight_office_directive_tour", {
    steps: () => [
        {
            content: "Register a new directive",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=name] input",
            run: "edit 7788/UBND-KSTT",
        },
        {
            trigger: ".o_field_widget[name=summary] textarea",
            run: "edit Về việc kiểm tra công tác cải cách hành chính",
        },
        {
            content: "The Chairman signed it: he is the assigning leader of its tasks",
            trigger: ".o_field_widget[name=signer_id] input",
            run: "edit Chủ tịch UBND",
        },
        {
            trigger: '.o_field_widget[name=signer_id] .o-autocomplete--dropdown-menu .dropdown-item:contains("Chủ tịch UBND")',
            run: "click",
        },
        ...addTaskLine("Kiểm tra việc niêm yết thủ tục hành chính", "Sở Nội vụ"),
        ...addTaskLine("Báo cáo kết quả số hóa hồ sơ", "Sở Tài chính"),
        {
            content: "Save the directive with its two tasks",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            trigger: ".o_form_saved",
        },
        {
            content: "Assign both tasks",
            trigger: "button[name=action_assign_tasks]",
            run: "click",
        },
        {
            content: "The Office is told what happened",
            trigger: '.o_notification:contains("2")',
        },
        {
            content: "Both tasks are assigned",
            trigger: "div[name=task_ids] .o_data_row:nth-child(2) .o_field_widget[name=state] .text-bg-info",
        },
        {
            trigger: "div[name=task_ids] .o_data_row:nth-child(1) .o_field_widget[name=state] .text-bg-info",
        },
    ],
});

registry.category("web_tour.tours").add("task_oversight_head_report_tour", {
    steps: () => [
        {
            content: "Report the completion of the task",
            trigger: ".o_form_view button[name=action_open_completion_wizard]",
            run: "click",
        },
        {
            trigger: ".modal .o_field_widget[name=document_ref] input",
            run: "edit 125/BC-SNV",
        },
        {
            trigger: ".modal .o_field_widget[name=note] textarea",
            run: "edit Đã hoàn thành, gửi kèm báo cáo kết quả",
        },
        {
            content: "Send the report to the Office",
            trigger: ".modal button[name=action_confirm]",
            run: "click",
        },
        {
            content: "The task waits for the Office's confirmation",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value=reported]",
        },
    ],
});

function switchView(viewType, rendered) {
    return [
        {
            content: `Switch to the ${viewType} view`,
            trigger: `.o_switch_view.o_${viewType}`,
            run: "click",
        },
        {
            content: `The ${viewType} view shows the tasks`,
            trigger: rendered,
        },
    ];
}

registry.category("web_tour.tours").add("task_oversight_views_tour", {
    steps: () => [
        {
            content: "The list shows the open tasks",
            trigger: ".o_list_view .o_data_row",
        },
        ...switchView("kanban", ".o_kanban_view .o_kanban_record"),
        ...switchView("calendar", ".o_calendar_view .fc-event"),
        ...switchView("pivot", ".o_pivot_view .o_pivot_cell_value"),
        ...switchView("graph", ".o_graph_view canvas"),
        ...switchView("activity", ".o_activity_view"),
        ...switchView("list", ".o_list_view .o_data_row"),
        {
            content: "Open a task",
            trigger: ".o_list_view .o_data_row .o_data_cell[name=name]",
            run: "click",
        },
        {
            trigger: ".o_form_view .o_statusbar_status",
        },
    ],
});

// a date as the user types it, in the format of the user's language
const inDays = (days) => luxon.DateTime.now().plus({ days }).toFormat(localization.dateFormat);

registry.category("web_tour.tours").add("task_oversight_officer_extension_tour", {
    steps: () => [
        {
            content: "The officer asks for more time from the task",
            trigger: ".o_form_view button[name=action_request_extension]",
            run: "click",
        },
        {
            content: "The dialog shows the task it was opened from, read-only",
            trigger: ".modal .o_field_widget[name=task_id].o_readonly_modifier",
        },
        {
            trigger: ".modal .o_field_widget[name=requested_deadline] input",
            run: `edit ${inDays(60)}`,
        },
        {
            trigger: ".modal .o_field_widget[name=reason] textarea",
            run: "edit Chờ ý kiến thẩm định của Bộ Nội vụ",
        },
        {
            content: "An officer saves a draft for the head",
            trigger: ".modal .o_form_button_save",
            run: "click",
        },
        {
            content: "The request is listed on the task",
            trigger: ".o_form_view .o_notebook_headers a[name=extensions]",
        },
    ],
});

registry.category("web_tour.tours").add("task_oversight_head_extension_tour", {
    steps: () => [
        {
            content: "The head finds the officer's draft in the requests in progress and submits it",
            trigger: ".o_list_view .o_data_row:contains('Chờ ý kiến thẩm định') button[name=action_submit]",
            run: "click",
        },
        {
            content: "Submitting asks for a confirmation",
            trigger: ".modal .modal-footer .btn-primary",
            run: "click",
        },
        {
            trigger: ".o_list_view .o_data_row:contains('Chờ ý kiến thẩm định'):not(:has(button[name=action_submit]))",
        },
    ],
});

registry.category("web_tour.tours").add("task_oversight_leader_extension_tour", {
    steps: () => [
        {
            content: "The leader approves the request",
            trigger: ".o_form_view button[name=action_approve]",
            run: "click",
        },
        {
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value=approved]",
        },
    ],
});

registry.category("web_tour.tours").add("task_oversight_head_assigns_officer_tour", {
    steps: () => [
        {
            content: "The head names the officer in charge",
            trigger: ".o_form_view button.o_oversight_assign_officer",
            run: "click",
        },
        {
            trigger: ".modal .o_field_widget[name=officer_id] input",
            run: "edit Chuyên viên SNV",
        },
        {
            trigger: '.modal .o_field_widget[name=officer_id] .o-autocomplete--dropdown-menu .dropdown-item:contains("Chuyên viên SNV")',
            run: "click",
        },
        {
            trigger: ".modal button[name=action_confirm]",
            run: "click",
        },
        {
            content: "The dialog is closed and the task shows its officer (the form saved, nothing dirty)",
            trigger: 'body:not(:has(.modal)) .o_form_view .o_field_widget[name=officer_id]:contains("Chuyên viên SNV")',
        },
        {
            content: "The timeline shows the step",
            trigger: ".o_form_view .o_notebook_headers a[name=timeline]",
        },
    ],
});

registry.category("web_tour.tours").add("task_oversight_officer_progress_tour", {
    steps: () => [
        {
            content: "The officer acknowledges the task",
            trigger: ".o_form_view button[name=action_acknowledge]",
            run: "click",
        },
        {
            trigger: ".o_form_view:not(:has(button[name=action_acknowledge]))",
        },
        {
            content: "and reports progress",
            trigger: ".o_form_view button[name=action_add_update]",
            run: "click",
        },
        {
            content: "The report is about the task it was opened from, read-only",
            trigger: ".modal .o_field_widget[name=task_id].o_readonly_modifier",
        },
        {
            trigger: ".modal .o_field_widget[name=progress] input",
            run: "edit 40",
        },
        {
            trigger: ".modal .o_field_widget[name=note] textarea",
            run: "edit Đã xây dựng dự thảo kế hoạch",
        },
        {
            trigger: ".modal .o_form_button_save",
            run: "click",
        },
        {
            content: "The report is saved and the dialog closed",
            trigger: "body:not(:has(.modal))",
        },
    ],
});

registry.category("web_tour.tours").add("task_oversight_directive_intake_tour", {
    steps: () => [
        {
            content: "The Office opens the reading of the directive",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_open_intake]",
            run: "click",
        },
        {
            content: "and pastes its text",
            trigger: ".modal div[name=text] textarea",
            run: "edit Giao Sở Nội vụ chủ trì rà soát quy chế làm việc của UBND thành phố, hoàn thành trước ngày 15/12/2026. Yêu cầu Sở Tài chính bố trí kinh phí thực hiện, báo cáo trong tháng 12 năm 2026.",
        },
        {
            trigger: ".modal footer button[name=action_read]",
            run: "click",
        },
        {
            content: "One proposed task per assignment, with its lead agency and deadline",
            trigger: ".modal .o_data_row td[name=lead_agency_id]:contains('Sở Tài chính')",
        },
        {
            trigger: ".modal .o_data_row td[name=lead_agency_id]:contains('Sở Nội vụ')",
        },
        {
            content: "The clerk creates them as drafts",
            trigger: ".modal footer button[name=action_create_tasks]",
            run: "click",
        },
        {
            trigger: ".o_form_view button[name=action_open_tasks] .o_stat_value:contains('2')",
        },
    ],
});
