import { HealReporter } from './reporter.js';

export { HealReporter };
export type { HealReporterOptions } from './options.js';
export default HealReporter;
