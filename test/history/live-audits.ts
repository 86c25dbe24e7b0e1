/**
 * Three nightly audits of a changing Alibaba Cloud account (the December 2019
 * incident, served by the local endpoint): in the second the RDS allowlist is
 * narrowed (its exposure is fixed) and the exports bucket turns public; in the
 * third the allowlist is opened again (the exposure regresses). Each audit is
 * judged and recorded exactly as `audit` does after collecting, then the
 * `diff` command reads the history back.
 */
import { expect } from '@jest/globals';
import { loadBuiltinRules } from '../../src/engine/rule-loader.js';
import { rulesetHash } from '../../src/engine/ruleset-hash.js';
import { auditScope } from '../../src/history/run-input.js';
import { recordRun } from '../../src/history/record-run.js';
import { evaluatePolicy } from '../../src/policy/apply.js';
import { liveReport } from '../../src/sources/live/report.js';
import { auditFake } from '../support/alicloud-audit.js';
import { incidentAccount, INCIDENT_ACCOUNT_ID } from '../support/alicloud-incident-account.js';
import { runCli } from '../support/run-cli.js';

const RDS = `LP-DB-001 acs:rds:eu-central-1:${INCIDENT_ACCOUNT_ID}:dbinstance/rm-accounts`;
const REPLICATION = `LP-RES-001 acs:oss:*:${INCIDENT_ACCOUNT_ID}:camera-exports-eu replication to-hangzhou -> cn-hangzhou`;
const FLAG = `LP-DB-002 acs:rds:eu-central-1:${INCIDENT_ACCOUNT_ID}:dbinstance/rm-accounts`;
const BUCKET = `LP-ST-004 acs:oss:*:${INCIDENT_ACCOUNT_ID}:camera-exports-eu`;

export async function threeAudits(history: string): Promise<void> {
  const account = incidentAccount();
  const rds = account.regions['eu-central-1']!.rds![0]!;
  const builtin = await loadBuiltinRules();
  const ruleSet = { rules: builtin, declarative: [] };
  const scope = auditScope('alicloud', [INCIDENT_ACCOUNT_ID], ['eu-central-1'], {});

  const auditAndRecord = async () => {
    const startedAt = new Date();
    const { outcome } = await auditFake(account, {});
    const report = evaluatePolicy(liveReport(outcome, ruleSet).report, {}).report;
    const recorded = await recordRun({ target: history, scope, report, rules: builtin.map((r) => r.id), rulesetHash: rulesetHash(ruleSet, '0.1.0'), startedAt, finishedAt: new Date() });
    expect(recorded.warning).toBeUndefined();
    return recorded;
  };
  const diff = async (...extra: string[]) => {
    const run = await runCli(['diff', '--history', history, '--format', 'json', '--fail-on', 'high', ...extra]);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as Record<'new' | 'regressed' | 'resolved' | 'unverified' | 'stillOpen', Array<{ ruleId: string; resource: string }>>;
    const names = (k: keyof typeof json) => json[k].map((f) => `${f.ruleId} ${f.resource}`).sort();
    return { code: run.code, new: names('new'), regressed: names('regressed'), resolved: names('resolved'), unverified: names('unverified'), stillOpen: names('stillOpen') };
  };

  const first = await auditAndRecord();
  expect(first.section!.since).toBeUndefined();
  const initial = await diff();
  expect(initial.code).toBe(1); // the first run: every (high) finding is new
  expect(initial.new).toEqual(expect.arrayContaining([RDS, REPLICATION]));
  expect(initial.new.every((n) => !n.startsWith('LP-ST-004'))).toBe(true);

  // Night 2: the allowlist is narrowed, but the exports bucket turns public.
  rds.allowlists = [{ name: 'default', ips: ['172.16.0.0/21'] }];
  account.buckets![0]!.acl = 'public-read';
  await auditAndRecord();
  const second = await diff();
  expect(second.resolved).toEqual([RDS]);
  // Unreachable now, its public connection is still reported, as defence in depth (medium).
  expect(second.new).toEqual([FLAG, BUCKET]);
  expect(second.regressed).toEqual([]);
  expect(second.stillOpen).toEqual(expect.arrayContaining([REPLICATION]));
  expect(second.code).toBe(1); // a new high finding

  // Night 3: the allowlist is opened again.
  rds.allowlists = [{ name: 'default', ips: ['0.0.0.0/0'] }];
  await auditAndRecord();
  const third = await diff();
  expect(third.regressed).toEqual([RDS]);
  expect(third.new).toEqual([]);
  expect(third.resolved).toEqual([FLAG]);
  expect(third.stillOpen).toEqual(expect.arrayContaining([BUCKET]));
  expect(third.code).toBe(1); // a regressed critical finding

  // Against the first night: the bucket is new, the database exposure is open as it was.
  const runs = JSON.parse((await runCli(['history', '--history', history, '--format', 'json'])).stdout) as Array<{ id: string }>;
  expect(runs).toHaveLength(3);
  const sinceFirst = await diff('--since', runs[2]!.id);
  expect(sinceFirst.new).toEqual([BUCKET]);
  expect(sinceFirst.stillOpen).toEqual(expect.arrayContaining([RDS]));
  expect(sinceFirst.regressed).toEqual([]);

  // The text form names the changes and their age.
  const text = await runCli(['diff', '--history', history]);
  expect(text.stdout).toMatch(/^Regressed \(1\):\n {2}CRITICAL LP-DB-001 +acs:rds:\S+ .* first seen \d{4}-\d\d-\d\d \(today ago\), fixed and back 1×$/m);
  // With nothing new at or above critical, --fail-on critical would still fail on the regression; --fail-on none never fails.
  expect((await runCli(['diff', '--history', history, '--fail-on', 'none'])).code).toBe(0);
}
