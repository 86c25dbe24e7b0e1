/**
 * The Terraform plan source: a real plan (fixtures/terraform-data, written by
 * Terraform 1.11 with the built-in provider), and AWS plans in the same layout:
 * addresses, unknowns and links, module references, regions, locations in the
 * .tf files or the plan, format versions, destroyed resources and data sources.
 */
import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReachabilityAnalyzer } from '../../src/analysis/reachability.js';
import { buildModelIndex } from '../../src/model/resources.js';
import type { SourceResource, SourceResult } from '../../src/model/source-resource.js';
import { getPath, type Value } from '../../src/model/value.js';
import { loadTerraformPlan } from '../../src/sources/terraform-plan/load.js';
import { planResourceRanges } from '../../src/sources/terraform-plan/resource-ranges.js';
import { normalizeTerraform } from '../../src/sources/terraform/normalize/index.js';
import { planText, type PlanSpec } from './plan-builder.js';

const here = nodePath.dirname(fileURLToPath(import.meta.url));
const REAL = nodePath.relative(process.cwd(), nodePath.join(here, 'fixtures', 'terraform-data')).split(nodePath.sep).join('/');

function byAddress(result: SourceResult, address: string): SourceResource {
  const found = result.resources.find((r) => r.address === address);
  if (!found) throw new Error(`no ${address}; have ${result.resources.map((r) => r.address).join(', ')}`);
  return found;
}

function at(r: SourceResource, ...path: Array<string | number>): Value | undefined {
  let cur: Value | undefined = r.attrs;
  for (const k of path) cur = typeof k === 'number' ? (cur?.t === 'list' ? cur.items[k] : undefined) : getPath(cur, k);
  return cur;
}

function writePlan(spec: PlanSpec | string, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-plan-'));
  writeFileSync(nodePath.join(dir, 'plan.json'), typeof spec === 'string' ? spec : planText(spec));
  for (const [name, text] of Object.entries(extra)) writeFileSync(nodePath.join(dir, name), text);
  return nodePath.join(dir, 'plan.json');
}

describe('a real plan (terraform_data, Terraform 1.11)', () => {
  test('instances, unknowns, and a link through a module input; locations in the .tf files beside the plan', () => {
    const result = loadTerraformPlan(`${REAL}/plan.json`);
    expect(result.errors).toEqual([]);
    expect(result.resources.map((r) => r.address).sort()).toEqual(['module.m.terraform_data.inner', 'terraform_data.db[0]', 'terraform_data.db[1]', 'terraform_data.sg']);
    const db = byAddress(result, 'terraform_data.db[1]');
    expect(db).toMatchObject({ sourceKind: 'terraform-plan', type: 'terraform_data', provider: 'other', root: `${REAL}/plan.json`, loc: { file: `${REAL}/main.tf`, startLine: 5 } });
    expect(at(db, 'id')).toMatchObject({ t: 'unknown', reason: 'known after apply' });
    // input = { groups = [terraform_data.sg.id], ... }: the unknown element links to the group it comes from.
    expect(at(db, 'input', 'groups', 0)).toMatchObject({ t: 'ref', ref: { address: 'terraform_data.sg', attr: ['id'] } });
    const inner = byAddress(result, 'module.m.terraform_data.inner');
    expect(inner.loc).toMatchObject({ file: `${REAL}/m/main.tf`, startLine: 2 });
    // input = [var.x, "lit"] in the module; x = terraform_data.sg.id in the caller.
    expect(at(inner, 'input', 0)).toMatchObject({ t: 'ref', ref: { address: 'terraform_data.sg', attr: ['id'] } });
    expect(at(inner, 'input', 1)).toMatchObject({ t: 'string', v: 'lit' });
  });

  test('without its .tf files, the plan JSON itself locates every resource and attribute', () => {
    const dir = mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-plan-'));
    const copy = nodePath.join(dir, 'plan.json');
    copyFileSync(`${REAL}/plan.json`, copy);
    const result = loadTerraformPlan(copy, { verbose: true });
    const sg = byAddress(result, 'terraform_data.sg');
    const ranges = planResourceRanges(readFileSync(copy, 'utf8'));
    const range = ranges.find((r) => r.address === 'terraform_data.sg')!;
    expect(sg.loc).toMatchObject({ file: copy, startLine: range.start, endLine: range.end });
    expect(at(sg, 'input')?.loc?.startLine).toBeGreaterThan(range.start);
    expect(result.notes).toEqual([expect.stringMatching(/locations point into the plan JSON/)]);
  });

  test('.tf files beside the plan that declare other resources are not used for locations', () => {
    const plan = writePlan(readFileSync(`${REAL}/plan.json`, 'utf8'), { 'other.tf': 'resource "terraform_data" "unrelated" {}\n' });
    const result = loadTerraformPlan(plan, { verbose: true });
    expect(byAddress(result, 'terraform_data.sg').loc.file).toBe(plan);
  });
});


const NETWORK: PlanSpec['resources'] = [
  { address: 'aws_vpc.main', values: { cidr_block: '10.0.0.0/16' }, unknown: { id: true, default_security_group_id: true, main_route_table_id: true } },
  { address: 'aws_internet_gateway.igw', values: {}, unknown: { id: true, vpc_id: true }, expressions: { vpc_id: { references: ['aws_vpc.main.id', 'aws_vpc.main'] } } },
  {
    address: 'aws_route_table.public',
    values: { route: [{ cidr_block: '0.0.0.0/0', gateway_id: null }] },
    unknown: { id: true, vpc_id: true, route: [{ gateway_id: true }] },
    expressions: { vpc_id: { references: ['aws_vpc.main.id', 'aws_vpc.main'] }, route: { references: ['aws_internet_gateway.igw.id', 'aws_internet_gateway.igw'] } },
  },
  { address: 'aws_subnet.public', values: { cidr_block: '10.0.1.0/24' }, unknown: { id: true, vpc_id: true }, expressions: { vpc_id: { references: ['aws_vpc.main.id', 'aws_vpc.main'] } } },
  {
    address: 'aws_route_table_association.public',
    values: {},
    unknown: { subnet_id: true, route_table_id: true },
    expressions: { subnet_id: { references: ['aws_subnet.public.id', 'aws_subnet.public'] }, route_table_id: { references: ['aws_route_table.public.id', 'aws_route_table.public'] } },
  },
];

describe('AWS plans', () => {
  const spec: PlanSpec = {
    providers: { aws: { regionVar: 'region' } },
    variables: { region: 'eu-central-1' },
    resources: [
      ...NETWORK,
      {
        address: 'aws_security_group.db',
        values: { ingress: [{ from_port: 5432, to_port: 5432, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'], ipv6_cidr_blocks: [], security_groups: [], self: false, prefix_list_ids: [] }] },
        unknown: { id: true, vpc_id: true },
        expressions: { vpc_id: { references: ['aws_vpc.main.id', 'aws_vpc.main'] } },
      },
      { address: 'aws_db_subnet_group.db', values: { name: 'db' }, unknown: { subnet_ids: true }, expressions: { subnet_ids: { references: ['aws_subnet.public.id', 'aws_subnet.public'] } } },
      {
        address: 'module.data.aws_db_instance.this',
        values: { engine: 'postgres', publicly_accessible: true, db_subnet_group_name: 'db', vpc_security_group_ids: [null] },
        unknown: { id: true, vpc_security_group_ids: [true] },
        expressions: { vpc_security_group_ids: { references: ['var.groups'] } },
      },
      { address: 'aws_s3_bucket.old', values: { bucket: 'old' }, actions: ['delete'] },
    ],
  };
  // The module call passes the group: module "data" { groups = [aws_security_group.db.id] }.
  const withCall = (() => {
    const plan = JSON.parse(planText(spec)) as { configuration: { root_module: { module_calls: Record<string, { expressions?: unknown }> } } };
    plan.configuration.root_module.module_calls.data!.expressions = { groups: { references: ['aws_security_group.db.id', 'aws_security_group.db'] } };
    return JSON.stringify(plan, null, 2);
  })();

  test('links through a module input survive unknown ids; the database is reachable with its full path', () => {
    const result = loadTerraformPlan(writePlan(withCall));
    expect(result.errors).toEqual([]);
    const db = byAddress(result, 'module.data.aws_db_instance.this');
    expect(at(db, 'vpc_security_group_ids', 0)).toMatchObject({ t: 'ref', ref: { address: 'aws_security_group.db', attr: ['id'] } });
    expect(db.region).toMatchObject({ t: 'string', v: 'eu-central-1' });
    expect(result.resources.some((r) => r.address === 'aws_s3_bucket.old')).toBe(false);
    const model = normalizeTerraform(result.resources);
    const analyze = createReachabilityAnalyzer(buildModelIndex(model));
    const verdict = analyze(model.find((m) => m.id === 'module.data.aws_db_instance.this')!);
    expect(verdict.verdict).toBe('reachable');
    expect(verdict.path.map((h) => h.address)).toEqual(expect.arrayContaining(['aws_internet_gateway.igw', 'aws_route_table.public', 'aws_subnet.public', 'aws_security_group.db.ingress[0]']));
  });

  test('older plan format (0.1): changes without planned values still load; format 2 is refused', () => {
    const old = JSON.parse(planText({ formatVersion: '0.1', resources: [{ address: 'aws_s3_bucket.b', values: { bucket: 'b', acl: 'public-read' } }] })) as Record<string, unknown>;
    delete old.planned_values;
    const result = loadTerraformPlan(writePlan(JSON.stringify(old, null, 2)));
    expect(result.errors).toEqual([]);
    expect(at(byAddress(result, 'aws_s3_bucket.b'), 'acl')).toMatchObject({ t: 'string', v: 'public-read' });
    const future = loadTerraformPlan(writePlan(planText({ formatVersion: '2.0', resources: [] })));
    expect(future.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/not supported/) })]);
  });

  test('a plan that is not valid JSON is an input error with its line', () => {
    const result = loadTerraformPlan(writePlan('{\n  "format_version": "1.2",\n  "planned_values": {\n}'));
    expect(result.errors).toEqual([expect.objectContaining({ line: expect.any(Number), message: expect.stringMatching(/invalid plan JSON/) })]);
  });

  test('data sources come in as data (isData)', () => {
    const result = loadTerraformPlan(writePlan({ resources: [{ address: 'data.aws_caller_identity.me', values: { account_id: '123' } }] }));
    expect(byAddress(result, 'data.aws_caller_identity.me').isData).toBe(true);
  });
});
