/**
 * What a live audit covered and what it could not. Every API call belongs to a
 * *part* (an account, a region, a service, and what the call covers:
 * "security groups", "bucket logs: policy"); a part whose call fails is
 * recorded as not assessed with the reason, and its data stays a failed Part
 * so normalizers turn anything that depended on it into an explicit unknown.
 * Nothing that was not read can look like something that passed.
 */
import type { NotAssessed } from '../../findings/report.js';
export type { NotAssessed } from '../../findings/report.js';
/** The result of one part: its data, or why it is missing. */
export type Part<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    reason: string;
    apiCall?: string;
};
export declare const okPart: <T>(value: T) => Part<T>;
export declare const failedPart: <T = never>(reason: string, apiCall?: string) => Part<T>;
/** "not assessed (ec2:DescribeSecurityGroups: AccessDenied ...)", for unknown facts and links. */
export declare function notAssessedReason(part: {
    reason: string;
    apiCall?: string;
}, what: string): string;
export interface PartScope {
    account: string;
    region: string;
    service: string;
    scope: string;
    apiCall?: string;
}
/** One part that was read, for the inventory's coverage section. */
export interface AssessedScope {
    account: string;
    region: string;
    service: string;
}
export interface CoverageSnapshot {
    accounts: string[];
    regions: string[];
    assessed: AssessedScope[];
    notAssessed: NotAssessed[];
}
/** Thrown to skip the rest of a region once one call shows the region is not enabled. */
export declare class RegionUnavailableError extends Error {
    readonly reason: string;
    constructor(reason: string);
}
export declare class Coverage {
    readonly provider: string;
    private readonly assessedKeys;
    private readonly failures;
    private readonly accountSet;
    private readonly regionSet;
    /** Regions found to be disabled, per account: their remaining parts are skipped. */
    private readonly disabledRegions;
    constructor(provider: string);
    noteAccount(account: string): void;
    noteRegion(region: string): void;
    assessed(scope: Pick<PartScope, 'account' | 'region' | 'service'>): void;
    notAssessed(scope: PartScope, reason: string): NotAssessed;
    regionDisabled(account: string, region: string): string | undefined;
    /**
     * Runs one part. Success marks its service assessed in that region; a
     * failure records exactly this part as not assessed and returns a failed
     * Part. Once a region turns out to be disabled (opt-in), its other parts
     * are skipped with one entry for the whole region instead of one per call.
     */
    run<T>(scope: PartScope, read: () => Promise<T>): Promise<Part<T>>;
    snapshot(): CoverageSnapshot;
}
export declare function sortNotAssessed(entries: NotAssessed[]): NotAssessed[];
