/**
 * Runs one misconfiguration, written four ways — Terraform HCL, CloudFormation
 * YAML, the same template as CloudFormation JSON, and a Terraform plan — through
 * its own source and normalizer, the shared analyses and the built-in rules, and
 * reduces each result to what must agree: rule ids, severities, verdict words
 * and the shape of the reachability path. Addresses and lines differ by format;
 * those are checked separately against each format's own text.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { buildRuleContext } from '../../src/analysis/context.js';
import { loadBuiltinRules } from '../../src/engine/rule-loader.js';
import { runRules } from '../../src/engine/run-rules.js';
import type { Finding } from '../../src/findings/finding.js';
import type { ModelResource } from '../../src/model/resources.js';
import type { SourceResource } from '../../src/model/source-resource.js';
import { toPlain } from '../../src/model/value.js';
import { loadCloudFormation } from '../../src/sources/cloudformation/load.js';
import { normalizeCloudFormation } from '../../src/sources/cloudformation/normalize/index.js';
import { parseLocatedYaml } from '../../src/sources/cloudformation/parse/located-yaml.js';
import { loadTerraformPlan } from '../../src/sources/terraform-plan/load.js';
import { loadTerraform } from '../../src/sources/terraform/load.js';
import { normalizeTerraform } from '../../src/sources/terraform/normalize/index.js';
import { walkInputs } from '../../src/sources/walk.js';
import { planText, type PlanSpec } from '../terraform-plan/plan-builder.js';

export type Form = 'terraform' | 'cloudformation-yaml' | 'cloudformation-json' | 'terraform-plan';

export interface Quadruple {
  terraform: string;
  /** CloudFormation YAML (short-form tags welcome); the JSON form is this template converted. */
  cloudformation: string;
  plan: PlanSpec;
  /** The region the stack is deployed to (`--region`), matching the Terraform provider's. */
  region: string;
}

/** What must be the same whatever the format. */
export interface Outcome {
  ruleId: string;
  severity: string;
  /** The verdict word a reachability message states ("is reachable", "possibly reachable"), else "". */
  verdict: string;
  path: string[];
}

function tempDir(): string {
  return mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-quad-'));
}

/** The CloudFormation YAML template as JSON, long-form intrinsics and all. */
export function templateAsJson(yaml: string): string {
  return JSON.stringify(toPlain(parseLocatedYaml(yaml, 'template.yaml')[0]!.value), null, 2) + '\n';
}

async function evaluate(resources: SourceResource[], normalize: (r: SourceResource[]) => ModelResource[]): Promise<Finding[]> {
  const ruleSet = { rules: await loadBuiltinRules(), declarative: [] };
  const ctx = buildRuleContext(normalize(resources));
  const { findings, errors } = runRules({ ruleSet, ctx, sources: resources });
  if (errors.length > 0) throw new Error(`rule errors: ${errors.map((e) => e.message).join('; ')}`);
  return findings;
}

export async function findingsOf(q: Quadruple, form: Form): Promise<{ findings: Finding[]; file: string; text: string }> {
  const dir = tempDir();
  const write = (name: string, text: string) => {
    writeFileSync(nodePath.join(dir, name), text);
    return { file: nodePath.join(dir, name), text };
  };
  if (form === 'terraform') {
    const { file, text } = write('main.tf', q.terraform);
    const unit = walkInputs([dir], { cwd: '/' }).units[0]!;
    const loaded = loadTerraform(unit, { cwd: '/' });
    if (loaded.errors.length > 0) throw new Error(`terraform: ${loaded.errors.map((e) => e.message).join('; ')}`);
    return { findings: await evaluate(loaded.resources, normalizeTerraform), file: nodePath.relative('/', file), text };
  }
  if (form === 'terraform-plan') {
    const { file, text } = write('plan.json', planText(q.plan));
    const loaded = loadTerraformPlan(file);
    if (loaded.errors.length > 0) throw new Error(`plan: ${loaded.errors.map((e) => e.message).join('; ')}`);
    return { findings: await evaluate(loaded.resources, normalizeTerraform), file, text };
  }
  const { file, text } = form === 'cloudformation-yaml' ? write('template.yaml', q.cloudformation) : write('template.json', templateAsJson(q.cloudformation));
  const loaded = loadCloudFormation([file], { region: q.region });
  if (loaded.errors.length > 0) throw new Error(`cloudformation: ${loaded.errors.map((e) => e.message).join('; ')}`);
  return { findings: await evaluate(loaded.resources, normalizeCloudFormation), file, text };
}

export function outcomes(findings: Finding[]): Outcome[] {
  return findings
    .map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      verdict: /possibly/.test(f.message) ? 'possibly' : /reachable/.test(f.message) ? 'reachable' : '',
      path: (f.evidence?.path ?? []).map((h) => h.kind),
    }))
    .sort((a, b) => `${a.ruleId}${a.severity}${a.path.join()}`.localeCompare(`${b.ruleId}${b.severity}${b.path.join()}`));
}

/** The text of the line a finding points at, for checking that each format points at the same thing. */
export function lineOf(text: string, line: number): string {
  return text.split('\n')[line - 1]?.trim() ?? '';
}
