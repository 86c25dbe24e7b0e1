/**
 * --save-inventory then a scan of the file reproduces the audit's findings
 * exactly, carries its coverage (what was not assessed), is recognised by
 * content, and holds no secret.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadBuiltinRules, type RuleSet } from '../../src/engine/rule-loader.js';
import type { AuditOutcome } from '../../src/sources/live/audit-run.js';
import { looksLikeInventory, readInventory, saveInventory, scanInventory, scanInventoryFiles } from '../../src/sources/live/inventory.js';
import { liveReport } from '../../src/sources/live/report.js';
import { auditFake } from '../support/aws-endpoint/audit-fake.js';
import { HOME, incidentAccount, INCIDENT_KEY } from '../support/aws-endpoint/incident-account.js';

const REFERER_SECRET = 'k7Qz2mXw9Lp4Rt8Vn3Bc6Hj1';
let ruleSet: RuleSet;
let outcome: AuditOutcome;
let dir: string;

beforeAll(async () => {
  ruleSet = { rules: await loadBuiltinRules(), declarative: [] };
  const account = incidentAccount();
  // A bucket policy that admits requests carrying a shared secret Referer: the secret must never be written.
  account.buckets![1]!.policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::camera-production-exports-replica/*', Condition: { StringLike: { 'aws:Referer': [`https://cdn.example.com/${REFERER_SECRET}`] } } }],
  });
  const audit = await auditFake(
    { accounts: [account], faults: [{ kind: 'AccessDenied', service: 'redshift', region: HOME }] },
    { accessKeyId: INCIDENT_KEY, regions: 'all', homeRegion: HOME },
  );
  outcome = audit.outcome;
  dir = mkdtempSync(path.join(tmpdir(), 'leakproof-inventory-'));
});

describe('saved inventories', () => {
  test('scanning the saved file gives exactly the findings and coverage of the audit', () => {
    const file = path.join(dir, 'inventory.json');
    saveInventory(file, outcome);
    const text = readFileSync(file, 'utf8');
    expect(looksLikeInventory(text)).toBe(true);
    const audited = liveReport(outcome, ruleSet).report;
    const scanned = scanInventory(file, ruleSet).report;
    expect(JSON.parse(JSON.stringify(scanned.findings))).toEqual(JSON.parse(JSON.stringify(audited.findings)));
    expect(scanned.findings.length).toBeGreaterThanOrEqual(8);
    expect(scanned.notAssessed).toEqual(audited.notAssessed);
    expect(scanned.notAssessed!.map((n) => n.service)).toContain('redshift');
    expect(scanned.errors).toEqual([]);
    expect(scanned.summary.filesScanned).toBe(1);
  });

  test('the file holds the time, the accounts, the regions and the coverage, and no secret', () => {
    const file = path.join(dir, 'inventory2.json');
    saveInventory(file, outcome);
    const text = readFileSync(file, 'utf8');
    const json = JSON.parse(text);
    expect(Object.keys(json)[0]).toBe('leakproofInventory');
    expect(json).toMatchObject({ leakproofInventory: 1, provider: 'aws', accounts: ['123456789012'], regions: ['cn-north-1', HOME] });
    expect(Date.parse(json.startedAt)).toBeLessThanOrEqual(Date.parse(json.finishedAt));
    expect(json.coverage.assessed.length).toBeGreaterThan(10);
    expect(text).not.toContain(INCIDENT_KEY);
    expect(text).not.toContain('fake-secret');
    expect(text).not.toContain(REFERER_SECRET);
    expect(text).toContain('aws:referer');
  });

  test('other JSON is not taken for an inventory; a broken or newer one is an input error naming the file', () => {
    expect(looksLikeInventory('{"format_version": "1.2", "planned_values": {}}')).toBe(false);
    expect(looksLikeInventory('{"Resources": {}}')).toBe(false);
    const truncated = path.join(dir, 'truncated.json');
    writeFileSync(truncated, '{"leakproofInventory": 1, "provider": "aws", "resources": [');
    expect(scanInventory(truncated, ruleSet).report.errors[0]!.message).toMatch(/not a readable inventory/);
    const newer = path.join(dir, 'newer.json');
    writeFileSync(newer, JSON.stringify({ leakproofInventory: 9, provider: 'aws', resources: [], coverage: { assessed: [], notAssessed: [] } }));
    expect(readInventory(newer)).toEqual({ error: { file: expect.stringContaining('newer.json'), message: expect.stringMatching(/written by a newer leakproof/) } });
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ leakproofInventory: 1, provider: 'aws', resources: [{ id: 'x' }], coverage: { assessed: [], notAssessed: [] } }));
    expect(readInventory(bad)).toMatchObject({ error: { message: expect.stringMatching(/resources\[0\] is not a model record/) } });
  });

  test('among a scan unit\'s files, only inventories are taken, and each is evaluated with its coverage', () => {
    const inventory = path.join(dir, 'nightly.json');
    saveInventory(inventory, outcome);
    const plan = path.join(dir, 'plan.json');
    writeFileSync(plan, '{"format_version": "1.2", "planned_values": {}}');
    const tf = path.join(dir, 'main.tf');
    writeFileSync(tf, '# {"leakproofInventory": 1}');
    const scan = scanInventoryFiles([inventory, plan, tf], ruleSet);
    expect(scan.files).toEqual([inventory]);
    expect(scan.findings.map((f) => f.fingerprint)).toEqual(liveReport(outcome, ruleSet).report.findings.map((f) => f.fingerprint));
    expect(scan.notAssessed.map((n) => n.service)).toContain('redshift');
    expect(scan.resources).toBeGreaterThan(10);
  });
});
