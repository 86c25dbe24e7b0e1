/**
 * docs/aws-iam-policy.json grants exactly the actions the audit uses, and all
 * of them are read-only. Checked three ways: the policy against the
 * operation table (src/sources/aws/actions.ts); the table against the SDK
 * commands and paginators the AWS source code imports (so a new call cannot
 * slip in without its action); and the table against the operations an audit
 * of accounts that have every kind of resource actually sends (recorded by
 * the clients' middleware).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { actionOf, isReadOnlyAction, OPERATION_ACTIONS, READ_ONLY_VERB } from '../../src/sources/aws/actions.js';
import { auditFake } from '../support/aws-endpoint/audit-fake.js';
import { HOME, incidentAccount } from '../support/aws-endpoint/incident-account.js';
import { servicesAccount, US } from '../support/aws-endpoint/services-account.js';

const POLICY = JSON.parse(readFileSync('docs/aws-iam-policy.json', 'utf8')) as { Statement: Array<{ Effect: string; Action: string[]; Resource: string }> };
const policyActions = new Set(POLICY.Statement.flatMap((s) => s.Action));
const tableActions = new Set(Object.values(OPERATION_ACTIONS));

const CLIENTS: Record<string, string> = {
  '@aws-sdk/client-ec2': 'EC2Client',
  '@aws-sdk/client-s3': 'S3Client',
  '@aws-sdk/client-s3-control': 'S3ControlClient',
  '@aws-sdk/client-rds': 'RDSClient',
  '@aws-sdk/client-redshift': 'RedshiftClient',
  '@aws-sdk/client-opensearch': 'OpenSearchClient',
  '@aws-sdk/client-elasticache': 'ElastiCacheClient',
  '@aws-sdk/client-dynamodb': 'DynamoDBClient',
  '@aws-sdk/client-resource-groups-tagging-api': 'ResourceGroupsTaggingAPIClient',
  '@aws-sdk/client-sts': 'STSClient',
  '@aws-sdk/client-organizations': 'OrganizationsClient',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** `Client.Operation` for every command or paginator imported (aliases read by their original name). */
function importedOperations(): Set<string> {
  const out = new Set<string>();
  for (const file of sourceFiles('src/sources/aws')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'(@aws-sdk\/client-[a-z0-9-]+)'/g)) {
      const client = CLIENTS[m[2]!];
      for (const raw of m[1]!.split(',')) {
        const name = raw.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!;
        const command = /^([A-Z][A-Za-z0-9]*)Command$/.exec(name)?.[1];
        const paginated = /^paginate([A-Z][A-Za-z0-9]*)$/.exec(name)?.[1];
        const op = command ?? paginated;
        if (!op) continue;
        expect(client).toBeDefined();
        out.add(`${client}.${op}`);
      }
    }
  }
  return out;
}

describe('the IAM policy', () => {
  test('grants exactly the actions of the operation table, all read-only, on Allow statements', () => {
    expect([...policyActions].sort()).toEqual([...tableActions].sort());
    for (const s of POLICY.Statement) expect(s.Effect).toBe('Allow');
    for (const a of policyActions) expect(isReadOnlyAction(a)).toBe(true);
    for (const op of Object.keys(OPERATION_ACTIONS)) expect(op.split('.')[1]).toMatch(READ_ONLY_VERB);
  });

  test('every SDK command or paginator the AWS source imports is in the table, and every table entry is imported', () => {
    const imported = importedOperations();
    expect([...imported].sort()).toEqual(Object.keys(OPERATION_ACTIONS).sort());
  });

  test('an audit of accounts with every kind of resource sends exactly the table, and nothing else', async () => {
    const services = servicesAccount();
    services.buckets![0]!.hideRegionInListing = true;
    const single = await auditFake({ accounts: [services] }, { accessKeyId: services.accessKeyId, regions: 'all', homeRegion: US });
    const management = {
      id: '999900001111',
      accessKeyId: 'AKIAMANAGEMENTFAKE01',
      enabledRegions: [HOME],
      regions: {},
      organizationAccounts: [{ Id: '123456789012', Name: 'cameras', State: 'ACTIVE' as const }],
    };
    const member = { ...incidentAccount(), roles: ['Audit'] };
    const org = await auditFake({ accounts: [management, member] }, { accessKeyId: management.accessKeyId, regions: 'all', homeRegion: HOME, orgRoleName: 'Audit' });
    const sent = new Set([...single.provider.calls.calls, ...org.provider.calls.calls].map((c) => `${c.client}.${c.operation}`));
    for (const op of sent) expect(actionOf(op.split('.')[0]!, op.split('.')[1]!)).toBeDefined();
    expect([...sent].sort()).toEqual(Object.keys(OPERATION_ACTIONS).sort());
    // The endpoint saw the same operations: none bypassed the recording middleware.
    expect(single.endpoint.calls.length + org.endpoint.calls.length).toBe(
      single.provider.calls.calls.length + org.provider.calls.calls.length + org.endpoint.calls.filter((c) => c.operation === 'AssumeRole').length,
    );
  });
});
