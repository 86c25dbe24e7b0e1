import { type ScanReport } from '../findings/report.js';
import { type RuleInfo } from './rule-info.js';
export interface JunitOptions {
    rules?: RuleInfo[];
}
export declare function renderJunit(report: ScanReport, options?: JunitOptions): string;
