import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("task_oversight_reports_early_consolidation_tour", {
    steps: () => [
        {
            content: "Before the due date the period names the agencies that have not submitted",
            trigger: ".o_form_view .alert-warning:contains('Sở Tài chính')",
        },
        {
            content: "The Office consolidates anyway",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_confirm_prepare]:visible",
            run: "click",
        },
        {
            content: "It is asked to confirm first, the missing agencies named",
            trigger: ".modal .o_oversight_pending_agencies:contains('Sở Tài chính')",
        },
        {
            trigger: ".modal .modal-footer button[name=action_prepare]",
            run: "click",
        },
        {
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value=prepared]",
        },
    ],
});
