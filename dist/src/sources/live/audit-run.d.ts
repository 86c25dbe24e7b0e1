/**
 * The provider-neutral shape of a live audit. A provider (AWS, Alibaba Cloud)
 * says which accounts to open, which regions each has, and which collectors
 * read it; this runs them with bounded concurrency (accounts in parallel
 * within a bound, regions of an account within a bound, every call bounded
 * per account, region and service by the provider's client layer), records
 * coverage, and hands each account's raw snapshot to the provider's
 * normalizer. The result is model records plus coverage: the same model the
 * IaC sources produce, so the same rules run.
 */
import type { ModelResource } from '../../model/resources.js';
import type { CloudProvider } from '../../model/source-resource.js';
import { type CoverageSnapshot, type PartScope } from './coverage.js';
/** Progress on stderr: which account, region and service the audit is reading. */
export interface AuditProgressEvent {
    account?: string;
    region?: string;
    service?: string;
    message: string;
}
export type ProgressSink = (event: AuditProgressEvent) => void;
/** An account to audit; `open` yields its session (credentials, clients) or throws why it cannot. */
export interface AuditTarget<Session> {
    account: string;
    /** A name to show (an organization account's name). */
    label?: string;
    open(): Promise<Session>;
}
/** What a collector gets: its account's session and snapshot, and a way to run parts. */
export interface CollectContext<Session, Snapshot> {
    account: string;
    session: Session;
    snapshot: Snapshot;
    /** The regions audited in this account (a global collector filters by them, e.g. S3 buckets). */
    regions: string[];
    /** Runs one part, recording it as assessed or not assessed (see Coverage.run). */
    part<T>(scope: Omit<PartScope, 'account'>, read: () => Promise<T>): Promise<import('./coverage.js').Part<T>>;
    progress: ProgressSink;
}
export interface RegionalCollectContext<Session, Snapshot> extends CollectContext<Session, Snapshot> {
    region: string;
}
export interface AccountCollector<Session, Snapshot> {
    service: string;
    collect(ctx: CollectContext<Session, Snapshot>): Promise<void>;
}
export interface RegionalCollector<Session, Snapshot> {
    service: string;
    collect(ctx: RegionalCollectContext<Session, Snapshot>): Promise<void>;
}
export interface AuditProvider<Session, Snapshot> {
    provider: CloudProvider;
    /** The accounts to audit. Throwing here stops the audit (no credentials at all): a usage error. */
    targets(): Promise<AuditTarget<Session>[]>;
    /** The regions to audit in an account (the ones asked for, or every enabled one). */
    regions(session: Session, account: string): Promise<string[]>;
    newSnapshot(account: string, session: Session, regions: string[]): Snapshot;
    accountCollectors: AccountCollector<Session, Snapshot>[];
    regionalCollectors: RegionalCollector<Session, Snapshot>[];
    /** Raw snapshot → model records, with failed parts turned into explicit unknowns. */
    normalize(snapshot: Snapshot): ModelResource[];
    /** Releases sockets and other resources of a session. */
    close?(session: Session): void;
}
export interface AuditLimits {
    /** Accounts read at the same time. */
    accounts: number;
    /** Regions of one account read at the same time. */
    regions: number;
}
export interface AuditOutcome {
    provider: CloudProvider;
    startedAt: string;
    finishedAt: string;
    resources: ModelResource[];
    coverage: CoverageSnapshot;
}
export declare function runAudit<Session, Snapshot>(provider: AuditProvider<Session, Snapshot>, limits: AuditLimits, progress?: ProgressSink): Promise<AuditOutcome>;
