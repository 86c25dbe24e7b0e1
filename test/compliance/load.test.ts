import { describe, expect, test } from '@jest/globals';
import { loadBuiltinRules } from '../../src/engine/rule-loader.js';
import { controlsOfRule, findFramework, loadFrameworks, parseFramework } from '../../src/compliance/load.js';
import { frameworkRuleIds } from '../../src/compliance/framework.js';

const builtinIds = async () => (await loadBuiltinRules()).map((r) => r.id);

describe('built-in compliance mappings', () => {
  test('every file loads against the built-in rules, without a problem', async () => {
    const { frameworks, errors } = loadFrameworks(await builtinIds());
    expect(errors).toEqual([]);
    expect(frameworks.map((f) => f.id)).toEqual(['cis-alicloud', 'cis-aws', 'gdpr', 'iso-27001', 'nist-800-53', 'pci-dss', 'soc2']);
    for (const f of frameworks) {
      expect(f.controls.length).toBeGreaterThan(3);
      // Each framework both tests something and says honestly what it cannot.
      expect(f.controls.some((c) => c.rules.length > 0)).toBe(true);
      expect(f.controls.some((c) => c.notCovered)).toBe(true);
    }
  });

  test('every built-in rule tests or informs at least one control', async () => {
    const { frameworks } = loadFrameworks(await builtinIds());
    for (const id of await builtinIds()) expect([id, controlsOfRule(frameworks, id).length > 0]).toEqual([id, true]);
  });

  test('a control that tests a rule which defers to LP-DB-001 also tests LP-DB-001', async () => {
    // LP-DB-002, -003 and -004 stay silent when the datastore is reachable, because LP-DB-001 then reports it.
    const { frameworks } = loadFrameworks(await builtinIds());
    for (const f of frameworks)
      for (const c of f.controls) {
        const ids = c.rules.map((r) => r.id);
        if (ids.some((id) => ['LP-DB-002', 'LP-DB-003', 'LP-DB-004'].includes(id))) expect([f.id, c.id, ids.includes('LP-DB-001')]).toEqual([f.id, c.id, true]);
      }
  });

  test('published ids and titles, spot-checked', async () => {
    const { frameworks } = loadFrameworks(await builtinIds());
    const title = (fw: string, id: string) => findFramework(frameworks, fw)!.controls.find((c) => c.id === id)?.title;
    expect(title('cis-aws', '6.3')).toBe('Ensure no security groups allow ingress from 0.0.0.0/0 to remote server administration ports');
    expect(title('cis-aws', '3.1.4')).toBe("Ensure that S3 is configured with 'Block Public Access' enabled");
    expect(title('cis-alicloud', '6.2')).toBe('Ensure that RDS Instances are not open to the world');
    expect(title('nist-800-53', 'SC-7(5)')).toBe('Deny by Default — Allow by Exception');
    expect(title('pci-dss', '1.4.4')).toBe('System components that store cardholder data are not directly accessible from untrusted networks.');
    expect(title('iso-27001', '8.22')).toBe('Segregation of networks');
    expect(title('gdpr', 'Art. 44')).toBe('General principle for transfers');
    expect(title('soc2', 'CC6.6')).toBe('The entity implements logical access security measures to protect against threats from sources outside its system boundaries.');
    // YAML would read 6.2 as a number: ids stay text.
    expect(findFramework(frameworks, 'CIS-AWS')!.controls.every((c) => typeof c.id === 'string')).toBe(true);
  });

  test('the residency rule is what GDPR Chapter V and SA-9(5) rest on', async () => {
    const { frameworks } = loadFrameworks(await builtinIds());
    expect([...frameworkRuleIds(findFramework(frameworks, 'gdpr')!)]).toContain('LP-RES-001');
    const controls = controlsOfRule(frameworks, 'LP-RES-001').map((c) => `${c.framework.id} ${c.control.id} ${c.role}`);
    expect(controls).toEqual(expect.arrayContaining(['gdpr Art. 44 tests', 'gdpr Art. 46 informs', 'nist-800-53 SA-9(5) tests']));
  });
});

describe('framework file checks', () => {
  const known = ['LP-DB-001', 'LP-FW-002'];
  const parse = (body: string) => parseFramework(`framework:\n  id: t\n  name: Test\n  version: '1'\ncontrols:\n${body}`, 'compliance/t.yaml', known);

  test('a good file', () => {
    const { framework, errors } = parse(
      `  - id: 1.1\n    title: One\n    rules: [LP-DB-001, { id: LP-FW-002, ports: [22], sources: ipv4 }]\n  - id: '1.2'\n    title: Two\n    not_covered: a process\n    informs: [LP-DB-001]\n`,
    );
    expect(errors).toEqual([]);
    expect(framework!.controls.map((c) => [c.id, c.rules.map((r) => r.id), c.notCovered ?? null])).toEqual([
      ['1.1', ['LP-DB-001', 'LP-FW-002'], null],
      ['1.2', [], 'a process'],
    ]);
    expect(framework!.controls[0]!.rules[1]).toEqual({ id: 'LP-FW-002', ports: [22], sources: 'ipv4' });
    expect(framework!.controls[0]!.origin).toBe('compliance/t.yaml:6');
  });

  test('an unknown rule id is an error at its line', () => {
    const { framework, errors } = parse(`  - id: '1'\n    title: One\n    rules:\n      - LP-DB-001\n      - LP-XX-999\n`);
    expect(framework).toBeUndefined();
    expect(errors).toEqual([{ file: 'compliance/t.yaml', line: 10, message: "unknown rule id 'LP-XX-999'" }]);
  });

  test('an unknown rule in informs is an error too', () => {
    expect(parse(`  - id: '1'\n    title: One\n    not_covered: x\n    informs: [LP-NOPE]\n`).errors.map((e) => e.message)).toEqual(["unknown rule id 'LP-NOPE'"]);
  });

  test('a control needs rules or a not_covered reason, never both', () => {
    expect(parse(`  - id: '1'\n    title: One\n`).errors[0]!.message).toMatch(/give the 'rules' that test it, or 'not_covered'/);
    expect(parse(`  - id: '1'\n    title: One\n    rules: [LP-DB-001]\n    not_covered: x\n`).errors[0]!.message).toMatch(/not both/);
  });

  test('duplicates, unknown keys, bad filters and missing titles', () => {
    const messages = parse(
      `  - id: '1'\n    title: One\n    rules: [LP-DB-001]\n  - id: '1'\n    title: Again\n    rules: [LP-DB-001]\n    colour: red\n  - id: '2'\n    rules: [{ id: LP-FW-002, ports: [99999], sources: ipv5 }]\n`,
    ).errors.map((e) => `${e.line}: ${e.message}`);
    expect([...messages].sort()).toEqual(
      [
        "12: unknown key 'colour' in controls[1]",
        '9: control 1 is listed twice (first at controls[0])',
        "14: 'ports' must be a list of port numbers (0-65535)",
        "14: 'sources' must be ipv4 or ipv6",
        "13: control 2 needs a 'title' (as published)",
      ].sort(),
    );
  });

  test('invalid YAML is reported, not thrown', () => {
    const { errors } = parseFramework('framework: [\n', 'compliance/bad.yaml');
    expect(errors[0]!.message).toMatch(/^not valid YAML/);
  });
});
