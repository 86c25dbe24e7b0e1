/**
 * docs/alicloud-ram-policy.json grants exactly what an audit sends: the
 * document, the operation table and the calls of a full audit (every product,
 * every region, a role assumed) agree, and every action is read-only.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { AlicloudApi } from '../../src/sources/alicloud/api-client.js';
import { CALLER_ONLY_OPERATIONS, isReadOnlyAction, requiredRamActions } from '../../src/sources/alicloud/products.js';
import { auditFake } from '../support/alicloud-audit.js';
import { fullAccount, FULL_ACCOUNT_ID } from '../support/alicloud-full-account.js';

interface RamPolicy {
  Version: string;
  Statement: Array<{ Effect: string; Action: string[]; Resource: string }>;
}

const policy = JSON.parse(readFileSync(new URL('../../docs/alicloud-ram-policy.json', import.meta.url), 'utf8')) as RamPolicy;
const granted = policy.Statement.flatMap((s) => s.Action).sort();

describe('docs/alicloud-ram-policy.json', () => {
  test('is one Allow statement on every resource, in the RAM policy format', () => {
    expect(policy.Version).toBe('1');
    expect(policy.Statement).toHaveLength(1);
    expect(policy.Statement[0]).toMatchObject({ Effect: 'Allow', Resource: '*' });
  });

  test('grants exactly the operation table, and only read-only actions', () => {
    expect(granted).toEqual(requiredRamActions());
    for (const action of granted) expect(isReadOnlyAction(action)).toBe(true);
  });

  test('an audit of every product and region sends exactly the granted actions, besides assuming its role', async () => {
    const run = await auditFake(fullAccount(), {}, { regions: 'all', roleArn: `acs:ram::${FULL_ACCOUNT_ID}:role/leakproof-audit` });
    expect(run.outcome.coverage.notAssessed).toEqual([]);
    const sent = new Set(run.calls.map((c) => c.action));
    const inAccount = [...sent].filter((a) => !CALLER_ONLY_OPERATIONS.has(a)).sort();
    expect(inAccount).toEqual(granted);
    expect([...sent].filter((a) => CALLER_ONLY_OPERATIONS.has(a))).toEqual(['sts:AssumeRole']);
    // What the endpoint received agrees with what the audit says it sent.
    expect(new Set(run.served.map((c) => c.action))).toEqual(sent);
  });

  test('an operation outside the table is refused before anything is sent', async () => {
    const api = new AlicloudApi({ credentials: { accessKeyId: 'LTAI5tNeverSent00000000', accessKeySecret: 'x' }, endpoints: { ecs: 'http://127.0.0.1:9' } });
    await expect(api.rpc('ecs', 'cn-hangzhou', 'DeleteSecurityGroup', { SecurityGroupId: 'sg-1' })).rejects.toThrow(/not in the operation table/);
    api.close();
  });
});
