import { type ControlResult } from '../compliance/control-status.js';
import type { Framework } from '../compliance/framework.js';
export declare function controlsCsv(results: ControlResult[]): string;
export declare function controlsMarkdown(framework: Framework, results: ControlResult[]): string;
export interface FrameworkSummary {
    framework: Framework;
    results: ControlResult[];
}
export declare function summaryCsv(summaries: FrameworkSummary[]): string;
export declare function summaryMarkdown(summaries: FrameworkSummary[]): string;
