import type { AccountCollector, RegionalCollector } from '../../live/audit-run.js';
import type { AwsSession } from '../session.js';
import { type AccountSnapshot } from '../snapshot.js';
export declare const rdsCollector: RegionalCollector<AwsSession, AccountSnapshot>;
export declare const rdsGlobalCollector: AccountCollector<AwsSession, AccountSnapshot>;
