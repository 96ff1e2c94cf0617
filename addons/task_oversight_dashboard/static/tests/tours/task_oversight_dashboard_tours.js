import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("task_oversight_leader_dashboard_tour", {
    steps: () => [
        {
            content: "A leader lands on the dashboard of the tasks the leaders assigned",
            trigger: ".o_spreadsheet_dashboard_action",
        },
        {
            content: "Its headline figures are there",
            trigger: ".o-figure canvas, .o-figure .o-scorecard",
        },
        {
            content: "The ranking of the agencies is there",
            trigger: '.o-grid, .o_spreadsheet_dashboard_action:contains("Completion")',
        },
    ],
});
