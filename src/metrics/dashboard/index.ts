// The static health dashboard (healing-results/index.html).
export { renderDashboard, type DashboardOptions } from './render.js';
export { barChart, lineChart, type ChartSeries, type LineChartOptions } from './charts.js';
export { esc, metric } from './html.js';
