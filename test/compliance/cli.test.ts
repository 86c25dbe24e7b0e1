import { describe, expect, test } from '@jest/globals';
import { runCli } from '../support/run-cli.js';

describe('compliance in the CLI', () => {
  test('rules lists the frameworks each rule serves', async () => {
    const run = await runCli(['rules']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ID\s+SEVERITY\s+CATEGORY\s+TITLE\s+FRAMEWORKS$/m);
    expect(run.stdout).toMatch(/^LP-FW-002 .* cis-alicloud, cis-aws, gdpr, iso-27001, nist-800-53, pci-dss, soc2$/m);
  });

  test('rules --framework lists that framework\'s rules with their control ids', async () => {
    const run = await runCli(['rules', '--framework', 'cis-aws']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^LP-FW-002 .* 6\.3, 6\.4$/m);
    expect(run.stdout).toMatch(/^LP-ST-003 .* 3\.1\.4$/m);
    expect(run.stdout).not.toMatch(/^LP-RES-001/m); // CIS AWS has no residency control
    const json = JSON.parse((await runCli(['rules', '--framework', 'gdpr', '--format', 'json'])).stdout) as Array<{ id: string; controls: Array<{ control: string; role: string }> }>;
    expect(json.find((r) => r.id === 'LP-RES-001')!.controls).toEqual([
      { framework: 'gdpr', control: 'Art. 44', title: 'General principle for transfers', role: 'tests' },
      { framework: 'gdpr', control: 'Art. 45', title: 'Transfers on the basis of an adequacy decision', role: 'informs' },
      { framework: 'gdpr', control: 'Art. 46', title: 'Transfers subject to appropriate safeguards', role: 'informs' },
    ]);
  });

  test('explain shows the controls with their titles', async () => {
    const run = await runCli(['explain', 'LP-ST-003']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Compliance controls (compliance/*.yaml):\n");
    expect(run.stdout).toContain("  cis-aws 3.1.4: Ensure that S3 is configured with 'Block Public Access' enabled\n");
  });

  test('an unknown framework is a usage error naming the valid ones', async () => {
    for (const args of [['rules', '--framework', 'hipaa'], ['scan', 'examples/incident-2019', '--framework', 'hipaa']]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("unknown framework 'hipaa' (expected cis-alicloud, cis-aws, gdpr, iso-27001, nist-800-53, pci-dss, soc2)");
    }
  });

  test('scan --framework runs only that framework\'s rules', async () => {
    const all = JSON.parse((await runCli(['scan', 'examples/incident-2019', '--format', 'json'])).stdout) as { findings: Array<{ ruleId: string }> };
    const cis = JSON.parse((await runCli(['scan', 'examples/incident-2019', '--format', 'json', '--framework', 'cis-aws'])).stdout) as { findings: Array<{ ruleId: string }> };
    expect(all.findings.some((f) => f.ruleId === 'LP-RES-001')).toBe(true);
    expect(cis.findings.some((f) => f.ruleId === 'LP-RES-001')).toBe(false);
    expect(cis.findings.length).toBeGreaterThan(0);
    const cisRules = ['LP-DB-001', 'LP-DB-002', 'LP-DB-003', 'LP-FW-001', 'LP-FW-002', 'LP-FW-004', 'LP-FW-005', 'LP-ST-002', 'LP-ST-003'];
    for (const f of cis.findings) expect(cisRules).toContain(f.ruleId);
  });
});
