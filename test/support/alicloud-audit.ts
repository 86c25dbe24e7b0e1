/**
 * Runs a live Alibaba Cloud audit against a local endpoint serving a
 * synthetic account, recording every call the audit sends.
 */
import type { FakeAlicloudAccount, FakeFaults } from '../../bench/support/alicloud-endpoint/account.js';
import { startFakeAlicloud, type FakeCall } from '../../bench/support/alicloud-endpoint/server.js';
import type { AlicloudCallRecord, AlicloudCredentials } from '../../src/sources/alicloud/api-client.js';
import type { Product } from '../../src/sources/alicloud/products.js';
import { alicloudAuditProvider, type AlicloudAuditOptions } from '../../src/sources/alicloud/provider.js';
import { runAudit, type AuditOutcome } from '../../src/sources/live/audit-run.js';

export interface AuditRun {
  outcome: AuditOutcome;
  /** What the audit sent (each retry counted). */
  calls: AlicloudCallRecord[];
  /** What the endpoint received. */
  served: FakeCall[];
}

export async function auditFake(
  account: FakeAlicloudAccount,
  faults: FakeFaults,
  options: Omit<AlicloudAuditOptions, 'api'> & { credentials?: AlicloudCredentials } = {},
): Promise<AuditRun> {
  const endpoint = await startFakeAlicloud(account, faults);
  const calls: AlicloudCallRecord[] = [];
  try {
    const provider = alicloudAuditProvider({
      credentials: { accessKeyId: account.accessKeyId, accessKeySecret: account.accessKeySecret },
      regions: Object.keys(account.regions),
      ...options,
      api: {
        endpoints: endpoint.endpoints as Partial<Record<Product, string>>,
        retry: { baseDelayMs: 1, maxDelayMs: 5, attemptTimeoutMs: 5000 },
        onCall: (c) => calls.push(c),
      },
    });
    const outcome = await runAudit(provider, { accounts: 1, regions: 4 });
    return { outcome, calls, served: endpoint.calls };
  } finally {
    await endpoint.stop();
  }
}
