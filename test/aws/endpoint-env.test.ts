/**
 * The SDK's standard endpoint overrides point the audit at any
 * AWS-compatible endpoint: AWS_ENDPOINT_URL for every service, and
 * AWS_ENDPOINT_URL_<SERVICE> for one (which wins). Credentials come from the
 * default chain (here the environment). No endpoint is configured in code.
 */
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { startFakeAws } from '../../bench/support/aws-endpoint/server.js';
import { awsAuditProvider } from '../../src/sources/aws/provider.js';
import { runAudit } from '../../src/sources/live/audit-run.js';
import { HOME, incidentAccount, INCIDENT_KEY } from '../support/aws-endpoint/incident-account.js';

/** The SDK's variable for each service the audit uses (AWS_ENDPOINT_URL_ + the service id, upper snake case). */
const SERVICE_VARS = ['STS', 'EC2', 'S3', 'S3_CONTROL', 'RDS', 'REDSHIFT', 'OPENSEARCH', 'ELASTICACHE', 'DYNAMODB', 'RESOURCE_GROUPS_TAGGING_API'].map((s) => `AWS_ENDPOINT_URL_${s}`);
const KEYS = ['AWS_ENDPOINT_URL', ...SERVICE_VARS, 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION', 'AWS_PROFILE', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_EC2_METADATA_DISABLED'];
let saved: Record<string, string | undefined>;

beforeEach(() => {
  saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
  for (const k of KEYS) delete process.env[k];
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: INCIDENT_KEY,
    AWS_SECRET_ACCESS_KEY: 'fake-secret',
    AWS_REGION: HOME,
    AWS_CONFIG_FILE: '/nonexistent/leakproof-test-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/leakproof-test-credentials',
    AWS_EC2_METADATA_DISABLED: 'true',
  });
});

afterEach(() => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

const DEAD = 'http://127.0.0.1:1';

async function audit() {
  const provider = awsAuditProvider({ regions: [HOME], callsPerService: 4, call: { maxAttempts: 1, connectTimeoutMs: 1000, requestTimeoutMs: 3000 } });
  return { provider, outcome: await runAudit(provider, { accounts: 1, regions: 1 }) };
}

test('AWS_ENDPOINT_URL sends every service to the endpoint; AWS_ENDPOINT_URL_RDS sends RDS elsewhere', async () => {
  const fake = await startFakeAws({ accounts: [incidentAccount()] });
  try {
    process.env.AWS_ENDPOINT_URL = fake.url;
    process.env.AWS_ENDPOINT_URL_RDS = DEAD;
    const { outcome } = await audit();
    expect(fake.calls.some((c) => c.service === 'rds')).toBe(false);
    const missing = outcome.coverage.notAssessed;
    expect(missing.length).toBeGreaterThan(0);
    expect(new Set(missing.map((m) => m.service))).toEqual(new Set(['rds']));
    expect(missing[0]!.reason).toMatch(/ECONNREFUSED/);
    // Everything else was read through the generic variable, S3 and S3 Control included.
    expect(new Set(fake.calls.map((c) => c.service))).toEqual(new Set(['sts', 'ec2', 's3', 's3control', 'redshift', 'es', 'elasticache', 'dynamodb', 'tag']));
    expect(outcome.resources.some((r) => r.kind === 'bucket')).toBe(true);
  } finally {
    await fake.close();
  }
});

test('with the generic variable pointing nowhere, each service\'s own variable reaches the endpoint', async () => {
  const fake = await startFakeAws({ accounts: [incidentAccount()] });
  try {
    process.env.AWS_ENDPOINT_URL = DEAD;
    for (const v of SERVICE_VARS) process.env[v] = fake.url;
    const { outcome } = await audit();
    expect(outcome.coverage.notAssessed).toEqual([]);
    expect(new Set(fake.calls.map((c) => c.service))).toEqual(new Set(['sts', 'ec2', 's3', 's3control', 'rds', 'redshift', 'es', 'elasticache', 'dynamodb', 'tag']));
  } finally {
    await fake.close();
  }
});

test('without STS the account cannot be identified: a setup error, before anything else is read', async () => {
  const fake = await startFakeAws({ accounts: [incidentAccount()] });
  try {
    process.env.AWS_ENDPOINT_URL = fake.url;
    process.env.AWS_ENDPOINT_URL_STS = DEAD;
    await expect(audit()).rejects.toThrow(/no usable AWS credentials: .*ECONNREFUSED/);
    expect(fake.calls).toEqual([]);
  } finally {
    await fake.close();
  }
});
