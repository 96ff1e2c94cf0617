import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("task_oversight_evaluation_review_tour", {
    steps: () => [
        {
            content: "The head opens the evaluation of its officer, among those to review",
            trigger: ".o_list_view .o_data_row td[name=user_id]:contains('Chuyên viên SNV')",
            run: "click",
        },
        {
            content: "Each product says why it scored what it did",
            trigger: ".o_form_view .o_field_one2many td[name=explanation]:contains('returned 2 time(s)')",
        },
        {
            content: "The head enters the general criteria points",
            trigger: ".o_form_view div[name=general_points] input",
            run: "edit 27",
        },
        {
            trigger: ".o_form_view div[name=review_note] textarea",
            run: "edit Hoàn thành tốt; cần chủ động hơn trong phối hợp",
        },
        {
            content: "and records the review",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_review]",
            run: "click",
        },
        {
            content: "after confirming it",
            trigger: ".modal .modal-footer .btn-primary",
            run: "click",
        },
        {
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value=reviewed]",
        },
        {
            content: "The total and the grade follow",
            trigger: ".o_form_view div[name=total_points]:contains('78.2')",
        },
    ],
});
