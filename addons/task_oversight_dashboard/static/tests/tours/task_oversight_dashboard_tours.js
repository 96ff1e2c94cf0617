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

const HEADLINES = [
    "task_count",
    "done_count",
    "done_on_time_count",
    "overdue_count",
    "completion_rate",
    "on_time_rate",
];

/** The chart of a figure once its data is loaded (the chart is drawn first, empty). */
async function chartOf(figureId) {
    for (let attempt = 0; attempt < 100; attempt++) {
        const canvas = document.querySelector(`.o-figure[data-id='${figureId}'] canvas`);
        const chart = canvas && window.Chart?.getChart(canvas);
        if (chart?.data.datasets[0]?.data.length) {
            return chart;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no data drawn for ${figureId}`);
}

registry.category("web_tour.tours").add("task_oversight_leader_dashboard_phone_tour", {
    steps: () => [
        {
            content: "On a phone, the six headline figures are all within the screen's width",
            trigger: ".o-figure[data-id='oversight-headline-on_time_rate']",
            run() {
                for (const field of HEADLINES) {
                    const figure = document.querySelector(`.o-figure[data-id='oversight-headline-${field}']`);
                    const rect = figure?.getBoundingClientRect();
                    if (!rect || rect.left < 0 || rect.right > window.innerWidth || rect.width === 0) {
                        throw new Error(`${field} is not within ${window.innerWidth} px: ${JSON.stringify(rect)}`);
                    }
                }
            },
        },
        {
            content: "The overdue tasks by agency: the largest first, by whole numbers",
            trigger: ".o-figure[data-id='oversight-overdue-by-agency'] canvas",
            async run() {
                const chart = await chartOf("oversight-overdue-by-agency");
                const data = chart.data.datasets[0].data;
                if (JSON.stringify(data) !== JSON.stringify([2, 1])) {
                    throw new Error(`overdue bars ${JSON.stringify(data)}, expected [2, 1]`);
                }
                const ticks = chart.scales.y.ticks.map((tick) => tick.value);
                if (!ticks.length || !ticks.every(Number.isInteger)) {
                    throw new Error(`steps of the value axis: ${JSON.stringify(ticks)}`);
                }
            },
        },
    ],
});

registry.category("web_tour.tours").add("task_oversight_leader_dashboard_trend_tour", {
    steps: () => [
        {
            content: "The completion trend: the months with nothing due have no point, not 0 %",
            trigger: ".o-figure[data-id='oversight-completion-trend'] canvas",
            async run() {
                const data = (await chartOf("oversight-completion-trend")).data.datasets[0].data;
                const empty = data.filter((value) => value === null).length;
                if (data.includes(false) || empty === 0 || data[0] !== 100 || data.at(-1) !== 0) {
                    throw new Error(`completion by month ${JSON.stringify(data)}`);
                }
            },
        },
    ],
});
