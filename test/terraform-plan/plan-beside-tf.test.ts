/**
 * A plan beside the .tf files it was made from may resolve, never hide: both
 * are evaluated, a finding both show is reported once (the plan's), one only
 * the .tf files show stays and says the plan disagrees, "possibly" findings
 * the plan resolves to safe go, and one only the plan shows stays.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { scanPaths } from '../../src/scan.js';
import { planText, type PlanSpec } from './plan-builder.js';

const dirs: string[] = [];

afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A folder (relative to the working directory, as a user would name it) holding main.tf and, when given, plan.json. */
function tree(tf: string, plan?: PlanSpec): string {
  const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-plan-tf-'));
  dirs.push(dir);
  fs.writeFileSync(nodePath.join(dir, 'main.tf'), tf);
  if (plan) fs.writeFileSync(nodePath.join(dir, 'plan.json'), planText(plan));
  return nodePath.relative(process.cwd(), dir);
}

const sgTf = (cidr: string) => `provider "aws" {
  region = "eu-west-1"
}

variable "cidr" {
  type = string
${cidr === 'unknown' ? '' : `  default = "${cidr}"\n`}}

resource "aws_security_group" "db" {
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = [var.cidr]
  }
}
`;

const sgPlan = (cidr: string): PlanSpec => ({
  providers: { aws: { region: 'eu-west-1' } },
  resources: [
    {
      address: 'aws_security_group.db',
      values: { ingress: [{ from_port: 5432, to_port: 5432, protocol: 'tcp', cidr_blocks: [cidr], ipv6_cidr_blocks: [], security_groups: [], self: false, prefix_list_ids: [] }] },
      unknown: { id: true },
      expressions: { ingress: [{ cidr_blocks: { references: ['var.cidr'] } }] },
    },
  ],
});

const openFirewall = (r: Awaited<ReturnType<typeof scanPaths>>) => r.findings.filter((f) => f.category === 'open-firewall' && f.resource.address.startsWith('aws_security_group.db'));

describe('a plan beside its .tf files', () => {
  test('without a plan, the .tf files alone show the open group (the reference the other cases compare with)', async () => {
    const report = await scanPaths([tree(sgTf('0.0.0.0/0'))]);
    expect(report.errors).toEqual([]);
    expect(openFirewall(report).length).toBeGreaterThan(0);
  });

  test('a stale plan saying 10.0.0.0/8 does not silence a .tf that says 0.0.0.0/0: reported, saying the plan disagrees', async () => {
    const dir = tree(sgTf('0.0.0.0/0'), sgPlan('10.0.0.0/8'));
    const report = await scanPaths([dir]);
    expect(report.errors).toEqual([]);
    const found = openFirewall(report);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.message).toContain(`(the plan ${dir}/plan.json disagrees: stale plan?)`);
      expect(f.location.file).toBe(`${dir}/main.tf`);
      expect(f.resource.sourceKind).toBe('terraform');
    }
    expect(report.notes.some((n) => n.includes(`evaluated from its .tf files and from the plan ${dir}/plan.json`))).toBe(true);
  });

  test('a plan that agrees: each finding once, from the plan, without a disagreement', async () => {
    const dir = tree(sgTf('0.0.0.0/0'), sgPlan('0.0.0.0/0'));
    const report = await scanPaths([dir]);
    const found = openFirewall(report);
    fs.rmSync(nodePath.join(dir, 'plan.json'));
    const hclOnly = openFirewall(await scanPaths([dir]));
    expect(hclOnly.every((f) => f.resource.sourceKind === 'terraform')).toBe(true);
    expect(found.map((f) => f.ruleId).sort()).toEqual(hclOnly.map((f) => f.ruleId).sort());
    for (const f of found) {
      expect(f.resource.sourceKind).toBe('terraform-plan');
      expect(f.message).not.toContain('disagree');
    }
    expect(report.summary.resources).toBe(1);
    // Same identity as the .tf-only scan: adding a plan does not turn baselined findings into new ones.
    expect(found.map((f) => f.fingerprint).sort()).toEqual(hclOnly.map((f) => f.fingerprint).sort());
  });

  test('the plan resolves an unknown to open: the finding is the plan\'s, definite', async () => {
    const report = await scanPaths([tree(sgTf('unknown'), sgPlan('0.0.0.0/0'))]);
    const found = openFirewall(report);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.resource.sourceKind).toBe('terraform-plan');
      expect(f.evidence?.missing ?? []).toEqual([]);
    }
  });

  test('the plan resolves an unknown to safe: the "possibly" finding of the .tf files is dropped, with a note', async () => {
    const tf = `${sgTf('0.0.0.0/0')}
variable "public" {}

resource "aws_db_instance" "main" {
  engine                 = "postgres"
  publicly_accessible    = var.public
  vpc_security_group_ids = [aws_security_group.db.id]
}
`;
    const db = (publiclyAccessible: boolean): PlanSpec => ({
      ...sgPlan('0.0.0.0/0'),
      resources: [
        ...sgPlan('0.0.0.0/0').resources,
        {
          address: 'aws_db_instance.main',
          values: { engine: 'postgres', publicly_accessible: publiclyAccessible, vpc_security_group_ids: [null] },
          unknown: { id: true, vpc_security_group_ids: [true] },
          expressions: { publicly_accessible: { references: ['var.public'] }, vpc_security_group_ids: { references: ['aws_security_group.db.id', 'aws_security_group.db'] } },
        },
      ],
    });
    const dbFindings = (r: Awaited<ReturnType<typeof scanPaths>>) => r.findings.filter((f) => f.ruleId === 'LP-DB-001');
    const hclOnly = dbFindings(await scanPaths([tree(tf)]));
    // The reference: the unknown flag alone gives a "possibly" finding.
    expect(hclOnly).toHaveLength(1);
    expect(hclOnly[0]!.evidence?.missing?.length).toBeGreaterThan(0);

    const safe = tree(tf, db(false));
    const report = await scanPaths([safe]);
    expect(report.errors).toEqual([]);
    expect(dbFindings(report)).toEqual([]);
    expect(report.notes.some((n) => n.startsWith(`${safe}: 1 "possibly" finding`) && n.includes('resolved the unknown values to safe ones'))).toBe(true);

    const open = dbFindings(await scanPaths([tree(tf, db(true))]));
    expect(open).toHaveLength(1);
    expect(open[0]!.resource.sourceKind).toBe('terraform-plan');
    expect(open[0]!.message).toMatch(/is reachable/);
  });

  test('the plan file alone is still scanned from its resolved values, with the identity its folder gives', async () => {
    const dir = tree(sgTf('0.0.0.0/0'), sgPlan('0.0.0.0/0'));
    const report = await scanPaths([`${dir}/plan.json`]);
    const found = openFirewall(report);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.resource.sourceKind === 'terraform-plan')).toBe(true);
    const both = openFirewall(await scanPaths([dir]));
    expect(found.map((f) => f.fingerprint).sort()).toEqual(both.map((f) => f.fingerprint).sort());
    // The folder and its plan named side by side: still each finding once.
    const twice = openFirewall(await scanPaths([dir, `${dir}/plan.json`]));
    expect(twice.map((f) => f.fingerprint).sort()).toEqual(both.map((f) => f.fingerprint).sort());
  });

  test('a .tf edited since the plan (a resource added): plan and .tf findings are still reconciled, nothing twice', async () => {
    const tf = `${sgTf('0.0.0.0/0')}
resource "aws_security_group" "web" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;
    const dir = tree(tf, sgPlan('0.0.0.0/0'));
    const report = await scanPaths([dir]);
    const db = openFirewall(report);
    const web = report.findings.filter((f) => f.resource.address.startsWith('aws_security_group.web'));
    expect(db.length).toBeGreaterThan(0);
    expect(web.length).toBeGreaterThan(0);
    // Only the plan shows aws_security_group.db's finding once; the new group, absent from the plan, says so.
    const ids = db.map((f) => `${f.ruleId} ${f.resource.address}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(web.every((f) => f.message.includes('disagrees: stale plan?'))).toBe(true);
    expect(report.notes.some((n) => n.includes('edited since the plan'))).toBe(true);
  });
});
