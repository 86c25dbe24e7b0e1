/** Runs for history tests: a scope, findings by name, and times a day apart. */
import type { Severity } from '../../src/findings/finding.js';
import type { NotAssessed } from '../../src/findings/report.js';
import type { RunInput, RunScope, SeenFinding, SuppressionKind } from '../../src/history/types.js';

export const SCOPE: RunScope = { key: 'scope-a', label: 'audit aws 111122223333 eu-west-1', kind: 'audit' };
export const RULES = ['LP-DB-001', 'LP-FW-002', 'LP-ST-001'];

export function seen(name: string, over: Partial<SeenFinding> & { severity?: Severity; suppression?: SuppressionKind } = {}): SeenFinding {
  return {
    fingerprint: `fp-${name}`,
    ruleId: 'LP-FW-002',
    category: 'open-firewall',
    severity: 'high',
    title: 'Security group admits remote administration from the internet',
    resource: `sg-${name}`,
    location: `arn:aws:ec2:eu-west-1:111122223333:security-group/sg-${name}`,
    provider: 'aws',
    account: '111122223333',
    region: 'eu-west-1',
    ...over,
  };
}

/** Run number `n` of a series, finishing on day n of November 2026 at 02:00 UTC. */
export function runOn(n: number, findings: SeenFinding[], over: Partial<RunInput> = {}): RunInput {
  const day = String(n).padStart(2, '0');
  return {
    id: `run-${day}`,
    scope: SCOPE,
    startedAt: `2026-11-${day}T01:58:00.000Z`,
    finishedAt: `2026-11-${day}T02:00:00.000Z`,
    toolVersion: '0.1.0',
    rulesetHash: 'sha256:test',
    rules: RULES,
    findings,
    inputErrors: 0,
    notAssessed: [] as NotAssessed[],
    ...over,
  };
}
