/**
 * The live AWS audit as a provider of the neutral audit runner: which
 * accounts (session.ts), which regions, which collectors, and the normaliser.
 * One KeyedLimiter bounds calls per account, region and service across the
 * whole audit, and one CallLog records every operation sent.
 */
import type { AuditProvider } from '../live/audit-run.js';
import { KeyedLimiter } from '../live/limiter.js';
import { CallLog } from './call-log.js';
import { type AwsAccessOptions, type AwsSession } from './session.js';
import { type AccountSnapshot } from './snapshot.js';
export interface AwsAuditOptions extends AwsAccessOptions {
    /** Calls in flight per account, region and service. */
    callsPerService: number;
}
export interface AwsAuditProvider extends AuditProvider<AwsSession, AccountSnapshot> {
    calls: CallLog;
    limiter: KeyedLimiter;
}
/**
 * S3 answers bucket-setting reads at thousands of requests a second, and an
 * account's buckets need several reads each with no batch call: S3 gets this
 * many times the per-service bound.
 */
export declare const S3_BOUND_FACTOR = 4;
export declare function awsAuditProvider(options: AwsAuditOptions): AwsAuditProvider;
