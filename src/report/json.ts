import type { CheckReport } from './schema.js';

/** The JSON report: stable key order as built, two-space indentation, a final newline. */
export const renderJson = (report: CheckReport): string => `${JSON.stringify(report, null, 2)}\n`;
