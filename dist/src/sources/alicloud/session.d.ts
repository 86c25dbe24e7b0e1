/**
 * An opened Alibaba Cloud account: the API client bound to its credentials
 * and the account id the credentials belong to (STS GetCallerIdentity).
 */
import type { RegionalCollector, AccountCollector, CollectContext, RegionalCollectContext } from '../live/audit-run.js';
import type { AlicloudApi } from './api-client.js';
import type { AlicloudSnapshot } from './snapshot.js';
export interface AlicloudSession {
    api: AlicloudApi;
    accountId: string;
    /** The identity the audit runs as (a RAM user or an assumed role), for the report. */
    identityArn?: string;
}
export type AlicloudRegionalCollector = RegionalCollector<AlicloudSession, AlicloudSnapshot>;
export type AlicloudAccountCollector = AccountCollector<AlicloudSession, AlicloudSnapshot>;
export type AlicloudRegionalContext = RegionalCollectContext<AlicloudSession, AlicloudSnapshot>;
export type AlicloudAccountContext = CollectContext<AlicloudSession, AlicloudSnapshot>;
