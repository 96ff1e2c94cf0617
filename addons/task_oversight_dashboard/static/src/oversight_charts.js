import { registries } from "@odoo/o-spreadsheet";
// the charts of Odoo's data are registered first, then wrapped here
import "@spreadsheet/chart/odoo_chart/odoo_bar_chart";
import "@spreadsheet/chart/odoo_chart/odoo_line_chart";

const { chartRegistry } = registries;

/**
 * The leaders' charts of the Task Oversight models (oversight.*), as a leader reads them:
 * - a month without any task to judge has no rate: Odoo reads the empty group as `false`,
 *   which Chart.js would draw as 0 %; it is drawn as no point (a gap in the line);
 * - counts of tasks are whole numbers: the value axis steps by whole numbers,
 *   never 0.5 (Chart.js' default steps on a small scale).
 */
export function adjustOversightChartConfig(chartJsConfig) {
    const datasets = chartJsConfig.data?.datasets || [];
    let integers = datasets.length > 0;
    for (const dataset of datasets) {
        dataset.data = (dataset.data || []).map((value) => (value === false ? null : value));
        integers &&= dataset.data.every((value) => value === null || Number.isInteger(value));
    }
    if (integers) {
        const horizontal = chartJsConfig.options?.indexAxis === "y";
        for (const [id, scale] of Object.entries(chartJsConfig.options?.scales || {})) {
            const isValueAxis = horizontal ? id === "x" : id === "y" || id === "y1";
            if (isValueAxis && scale) {
                scale.ticks = { ...scale.ticks, precision: 0 };
            }
        }
    }
    return chartJsConfig;
}

for (const type of ["odoo_bar", "odoo_line"]) {
    const builder = chartRegistry.get(type);
    chartRegistry.replace(type, {
        ...builder,
        getChartRuntime(chart, getters) {
            const runtime = builder.getChartRuntime(chart, getters);
            if (chart.metaData?.resModel?.startsWith("oversight.") && runtime.chartJsConfig) {
                adjustOversightChartConfig(runtime.chartJsConfig);
            }
            return runtime;
        },
    });
}
