/**
 * Runs the live AWS audit against a fake endpoint serving `cloud`: the real
 * SDK clients, the real collectors and normaliser, with static credentials
 * that name the account and short timeouts so fault tests stay fast.
 */
import { runAudit, type AuditOutcome } from '../../../src/sources/live/audit-run.js';
import { awsAuditProvider, type AwsAuditOptions, type AwsAuditProvider } from '../../../src/sources/aws/provider.js';
import { startFakeAws, type FakeEndpoint } from '../../../bench/support/aws-endpoint/server.js';
import type { FakeCloud } from '../../../bench/support/aws-endpoint/cloud.js';

export interface FakeAuditOptions extends Partial<Omit<AwsAuditOptions, 'call'>> {
  accessKeyId: string;
  call?: Partial<AwsAuditOptions['call']>;
}

export interface FakeAudit {
  outcome: AuditOutcome;
  endpoint: FakeEndpoint;
  provider: AwsAuditProvider;
}

export async function auditFake(cloud: FakeCloud, options: FakeAuditOptions): Promise<FakeAudit> {
  const endpoint = await startFakeAws(cloud);
  try {
    const { accessKeyId, call, ...rest } = options;
    const provider = awsAuditProvider({
      homeRegion: rest.homeRegion ?? (Array.isArray(rest.regions) ? rest.regions[0] : undefined) ?? 'us-east-1',
      callsPerService: 4,
      ...rest,
      credentials: { accessKeyId, secretAccessKey: 'fake-secret' },
      call: { maxAttempts: 4, connectTimeoutMs: 2000, requestTimeoutMs: 5000, endpoint: endpoint.url, ...call },
    });
    const outcome = await runAudit(provider, { accounts: 4, regions: 4 });
    return { outcome, endpoint, provider };
  } finally {
    await endpoint.close();
  }
}
