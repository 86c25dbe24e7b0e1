import type { AccountCollector } from '../../live/audit-run.js';
import type { AwsSession } from '../session.js';
import type { AccountSnapshot } from '../snapshot.js';
/** LocationConstraint → region: empty means us-east-1, and the legacy `EU` means eu-west-1. */
export declare function regionOfLocation(constraint: string | undefined): string;
export declare const s3Collector: AccountCollector<AwsSession, AccountSnapshot>;
