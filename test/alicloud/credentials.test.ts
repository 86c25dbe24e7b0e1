/**
 * Where the audit's credentials come from: the ALIBABA_CLOUD_* environment,
 * aliyun CLI profiles (AK, StsToken, RamRoleArn), --role-arn on top, and the
 * setup errors (exit code 2) that never quote a secret.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AlicloudSetupError, resolveCredentialSource } from '../../src/sources/alicloud/credentials.js';
import { auditFake } from '../support/alicloud-audit.js';
import { incidentAccount, INCIDENT_ACCOUNT_ID, INCIDENT_KEY } from '../support/alicloud-incident-account.js';

let dir: string;
let configFile: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'leakproof-aliyun-'));
  configFile = path.join(dir, 'config.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      current: 'main',
      profiles: [
        { name: 'main', mode: 'AK', access_key_id: INCIDENT_KEY.accessKeyId, access_key_secret: INCIDENT_KEY.accessKeySecret, region_id: 'eu-central-1' },
        { name: 'temp', mode: 'StsToken', access_key_id: 'STS.temporary', access_key_secret: 's', sts_token: 'token-value' },
        { name: 'role', mode: 'RamRoleArn', access_key_id: INCIDENT_KEY.accessKeyId, access_key_secret: INCIDENT_KEY.accessKeySecret, ram_role_arn: `acs:ram::${INCIDENT_ACCOUNT_ID}:role/leakproof-audit`, ram_session_name: 'nightly', region_id: 'eu-central-1' },
        { name: 'sso', mode: 'CloudSSO', access_key_id: 'x', access_key_secret: 'y' },
        { name: 'half', mode: 'StsToken', access_key_id: 'x', access_key_secret: 'very-secret-value' },
      ],
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resolveCredentialSource', () => {
  test('the environment first, with its security token and region', () => {
    const source = resolveCredentialSource({ env: { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tEnv', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret', ALIBABA_CLOUD_SECURITY_TOKEN: 'tok', ALIBABA_CLOUD_REGION_ID: 'cn-beijing' }, configFile });
    expect(source).toMatchObject({ origin: 'environment', region: 'cn-beijing', credentials: { accessKeyId: 'LTAI5tEnv', securityToken: 'tok' } });
  });

  test('an explicit profile wins over the environment; otherwise the file\'s current profile', () => {
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tEnv', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret' };
    expect(resolveCredentialSource({ env, configFile, profile: 'temp' })).toMatchObject({ credentials: { accessKeyId: 'STS.temporary', securityToken: 'token-value' } });
    expect(resolveCredentialSource({ env: {}, configFile })).toMatchObject({ credentials: { accessKeyId: INCIDENT_KEY.accessKeyId }, region: 'eu-central-1' });
    expect(resolveCredentialSource({ env: { ALIBABA_CLOUD_PROFILE: 'role' }, configFile })).toMatchObject({ roleArn: `acs:ram::${INCIDENT_ACCOUNT_ID}:role/leakproof-audit`, roleSessionName: 'nightly' });
  });

  test('unusable setups are setup errors that name the source, never the secret', () => {
    const attempts = [
      () => resolveCredentialSource({ env: {}, configFile: path.join(dir, 'absent.json') }),
      () => resolveCredentialSource({ env: {}, configFile, profile: 'nope' }),
      () => resolveCredentialSource({ env: {}, configFile, profile: 'sso' }),
      () => resolveCredentialSource({ env: {}, configFile, profile: 'half' }),
      () => resolveCredentialSource({ env: { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tEnv' }, configFile }),
    ];
    const messages = attempts.map((attempt) => {
      try {
        attempt();
      } catch (e) {
        expect(e).toBeInstanceOf(AlicloudSetupError);
        return (e as Error).message;
      }
      throw new Error('no error');
    });
    expect(messages[0]).toMatch(/no Alibaba Cloud credentials/);
    expect(messages[1]).toMatch(/profile nope is not in/);
    expect(messages[2]).toMatch(/mode CloudSSO/);
    expect(messages[3]).toMatch(/has no sts_token/);
    expect(messages[4]).toMatch(/only one of/);
    for (const m of messages) expect(m).not.toContain('very-secret-value');
  });
});

describe('opening the account', () => {
  test('a RamRoleArn profile assumes its role, and the audit runs as the role', async () => {
    const run = await auditFake(incidentAccount(), {}, { credentials: undefined, env: {}, configFile, profile: 'role', regions: ['eu-central-1'] });
    expect(run.outcome.coverage.accounts).toEqual([INCIDENT_ACCOUNT_ID]);
    expect(run.calls[0]).toMatchObject({ action: 'sts:AssumeRole' });
    // Everything after AssumeRole is signed with the temporary key.
    const keys = new Set(run.served.filter((c) => c.action !== 'sts:AssumeRole').map((c) => c.accessKeyId.slice(0, 4)));
    expect(keys).toEqual(new Set(['STS.']));
  });

  test('a role that cannot be assumed stops the audit with a setup error', async () => {
    await expect(auditFake(incidentAccount(), {}, { roleArn: `acs:ram::${INCIDENT_ACCOUNT_ID}:role/missing` })).rejects.toThrow(AlicloudSetupError);
    await expect(auditFake(incidentAccount(), {}, { roleArn: `acs:ram::${INCIDENT_ACCOUNT_ID}:role/missing` })).rejects.toThrow(/cannot assume role .*EntityNotExist\.Role/);
  });

  test('credentials the cloud does not know are a setup error', async () => {
    await expect(auditFake(incidentAccount(), {}, { credentials: { accessKeyId: 'LTAI5tNobodyKnowsThis00', accessKeySecret: 'wrong-secret-value' } })).rejects.toThrow(/no usable Alibaba Cloud credentials \(given credentials\): InvalidAccessKeyId\.NotFound/);
  });
});
