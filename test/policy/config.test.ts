import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONFIG_SCHEMA } from '../../src/policy/config-schema.js';
import { discoverConfigFile, findConfigFile, loadConfig, parseConfig } from '../../src/policy/config.js';

const FULL = `# a complete config
fail-on: medium
rules:
  disable: [LP-RES-*]
  enable: [LP-RES-001]
severity:
  LP-FW-002: low
residency:
  allowed-jurisdictions: [US, EU]
  allowed-regions: [ap-northeast-1]
extra-rules: [./policies, acme-leakproof-rules]
baseline: .leakproof-baseline.json
waivers:
  - rule: LP-ST-001
    resource: aws_s3_bucket.website_*
    reason: static website assets, reviewed by security
    owner: web-team
    expires: 2099-12-31
`;

describe('config file', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'leakproof-config-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('the checked-in JSON Schema is the one the CLI validates with', () => {
    const onDisk = JSON.parse(readFileSync(path.join('schema', 'leakproof-config.schema.json'), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(CONFIG_SCHEMA)));
  });

  test('reads every setting, resolving paths against the config folder', () => {
    const { config, errors } = parseConfig(FULL, '/repo/infra/.leakproof.yaml');
    expect(errors).toEqual([]);
    expect(config.failOn).toBe('medium');
    expect(config.rules).toEqual({ disable: ['LP-RES-*'], enable: ['LP-RES-001'] });
    expect(config.severity).toEqual({ 'LP-FW-002': 'low' });
    expect(config.residency).toEqual({ allowedJurisdictions: ['US', 'EU'], allowedRegions: ['ap-northeast-1'] });
    expect(config.extraRules).toEqual(['/repo/infra/policies', 'acme-leakproof-rules']);
    expect(config.baseline).toBe('/repo/infra/.leakproof-baseline.json');
    expect(config.waivers).toEqual([
      expect.objectContaining({ rule: 'LP-ST-001', resource: 'aws_s3_bucket.website_*', owner: 'web-team', expires: '2099-12-31', line: 14 }),
    ]);
  });

  test('an empty file is an empty config', () => {
    expect(parseConfig('', '/x/.leakproof.yaml').errors).toEqual([]);
    expect(parseConfig('# nothing yet\n', '/x/.leakproof.yaml').errors).toEqual([]);
  });

  test('an unknown key is an error at its own line', () => {
    const { errors } = parseConfig('fail-on: high\nrules:\n  disable: [LP-FW-001]\n  disabled: [LP-FW-002]\n', '/x/.leakproof.yaml');
    expect(errors).toEqual([expect.objectContaining({ line: 4, message: "unknown key 'disabled' in rules" })]);
    expect(parseConfig('waiver: []\n', '/x/.leakproof.yaml').errors).toEqual([expect.objectContaining({ line: 1, message: "unknown key 'waiver' in (top level)" })]);
  });

  test('a wrong type or value is an error at the value', () => {
    const { errors } = parseConfig('fail-on: high\nseverity:\n  LP-FW-002: urgent\nextra-rules: ./policies\n', '/x/.leakproof.yaml');
    expect(errors).toEqual([
      expect.objectContaining({ line: 3, message: 'severity.LP-FW-002 must be one of critical, high, medium, low, info' }),
      expect.objectContaining({ line: 4, message: 'extra-rules must be a list' }),
    ]);
    expect(parseConfig('fail-on: 3\n', '/x/.leakproof.yaml').errors[0]).toMatchObject({ line: 1, message: expect.stringContaining('fail-on must be one of') });
  });

  test('a waiver without a reason is a config error at the waiver', () => {
    const text = 'waivers:\n  - rule: LP-DB-001\n    resource: aws_db_instance.legacy\n    owner: dba\n  - rule: LP-DB-001\n    resource: x\n    reason: "   "\n';
    const { errors } = parseConfig(text, '/x/.leakproof.yaml');
    expect(errors).toEqual([
      expect.objectContaining({ line: 2, message: "waivers[0]: a waiver needs a 'reason' (why this exposure is accepted)" }),
      expect.objectContaining({ line: 7, message: "waivers[1].reason: a waiver needs a non-empty 'reason'" }),
    ]);
  });

  test('expiry dates must be real YYYY-MM-DD dates', () => {
    const bad = (expires: string) => parseConfig(`waivers:\n  - rule: LP-DB-001\n    resource: x\n    reason: r\n    expires: ${expires}\n`, '/x/.leakproof.yaml').errors;
    expect(bad('2026-02-30')).toEqual([expect.objectContaining({ line: 5, message: 'waivers[0].expires: 2026-02-30 is not a calendar date' })]);
    expect(bad('31/12/2026')).toEqual([expect.objectContaining({ line: 5, message: 'waivers[0].expires must be a date written YYYY-MM-DD' })]);
    expect(bad('2026-12-31')).toEqual([]);
  });

  test('broken YAML and duplicate keys are errors with a line', () => {
    expect(parseConfig('fail-on: high\nfail-on: low\n', '/x/.leakproof.yaml').errors[0]).toMatchObject({ line: 2, message: expect.stringMatching(/^not valid YAML/) });
    expect(parseConfig('rules: [\n', '/x/.leakproof.yaml').errors[0]!.message).toMatch(/^not valid YAML/);
  });

  test('a missing --config file is an error', () => {
    expect(loadConfig(path.join(root, 'nope.yaml')).errors[0]!.message).toBe('config file not found');
  });

  test('is found upward from the scanned path, stopping at the repository root', () => {
    const repo = path.join(root, 'repo');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(path.join(repo, 'infra', 'prod'), { recursive: true });
    writeFileSync(path.join(root, '.leakproof.yaml'), 'fail-on: low\n'); // above the repository: never used
    writeFileSync(path.join(repo, 'infra', 'prod', 'main.tf'), '');
    expect(findConfigFile(path.join(repo, 'infra', 'prod'))).toBeUndefined();
    writeFileSync(path.join(repo, '.leakproof.yaml'), 'fail-on: high\n');
    expect(findConfigFile(path.join(repo, 'infra', 'prod', 'main.tf'))).toBe(path.join(repo, '.leakproof.yaml'));
    writeFileSync(path.join(repo, 'infra', '.leakproof.yml'), 'fail-on: medium\n');
    expect(findConfigFile(path.join(repo, 'infra', 'prod'))).toBe(path.join(repo, 'infra', '.leakproof.yml'));
  });

  test('paths with different config files are refused rather than guessed', () => {
    const repo = path.join(root, 'two');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(path.join(repo, 'a'));
    mkdirSync(path.join(repo, 'b'));
    writeFileSync(path.join(repo, 'a', '.leakproof.yaml'), '');
    expect(discoverConfigFile([path.join(repo, 'b')])).toEqual({});
    expect(discoverConfigFile([path.join(repo, 'a'), path.join(repo, 'a')])).toEqual({ file: path.join(repo, 'a', '.leakproof.yaml') });
    writeFileSync(path.join(repo, 'b', '.leakproof.yaml'), '');
    expect(discoverConfigFile([path.join(repo, 'a'), path.join(repo, 'b')]).error).toMatch(/different config files/);
  });
});
