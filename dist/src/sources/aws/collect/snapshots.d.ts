import type { RegionalCollector } from '../../live/audit-run.js';
import type { AwsSession } from '../session.js';
import { type AccountSnapshot } from '../snapshot.js';
export declare const rdsSnapshotCollector: RegionalCollector<AwsSession, AccountSnapshot>;
export declare const ebsSnapshotCollector: RegionalCollector<AwsSession, AccountSnapshot>;
