import { type ScanReport } from '../findings/report.js';
import { type LiveLocationSet, type PathAnchor } from './repo-root.js';
export interface CodeClimateOptions extends PathAnchor {
    liveLocations?: LiveLocationSet;
}
export declare function buildCodeClimate(report: ScanReport, options?: CodeClimateOptions): Record<string, unknown>[];
export declare function renderCodeClimate(report: ScanReport, options?: CodeClimateOptions): string;
