import { type ScanReport } from '../findings/report.js';
import { type LiveLocationSet, type PathAnchor } from './repo-root.js';
export declare const GITLAB_SAST_SCHEMA_VERSION = "15.0.4";
export declare const GITLAB_SAST_SCHEMA_URI = "https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v15.0.4/dist/sast-report-format.json";
export interface GitlabSastOptions extends PathAnchor {
    /** When the scan started and ended; both default to now. */
    startedAt?: Date;
    finishedAt?: Date;
    /** Live audits: the inventory the vulnerabilities point at. */
    liveLocations?: LiveLocationSet;
    /** Where users read about leakproof (scanner and analyzer url). */
    informationUri?: string;
}
/** `2026-12-08T01:14:09`: the schema's pattern allows neither milliseconds nor a zone. */
export declare function gitlabTime(d: Date): string;
/** The 128-bit fingerprint as a UUID; anything else is hashed down to one first. */
export declare function fingerprintUuid(fingerprint: string): string;
export declare function buildGitlabSast(report: ScanReport, options?: GitlabSastOptions): Record<string, unknown>;
export declare function renderGitlabSast(report: ScanReport, options?: GitlabSastOptions): string;
