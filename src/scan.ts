/**
 * The scan pipeline for files on disk, one direction only:
 * sources → model → analysis → rules → findings. Each path argument is its own
 * unit; a unit's input errors are recorded and every other input is still scanned.
 */
import type { Finding } from './findings/finding.js';
import { sortFindings, summarize, type NotAssessed, type ScanReport } from './findings/report.js';
import { buildRuleContext, type ResidencyOptions } from './analysis/context.js';
import { runRules } from './engine/run-rules.js';
import { loadBuiltinRules, type RuleSet } from './engine/rule-loader.js';
import type { InputError, SourceResource } from './model/source-resource.js';
import { walkInputs } from './sources/walk.js';
import { createParseCache } from './sources/terraform/load.js';
import { normalizeTerraform } from './sources/terraform/normalize/index.js';
import { normalizeCloudFormation } from './sources/cloudformation/normalize/index.js';
import { loadUnitSources, type SourceOptions } from './sources/load-unit.js';
import { scanInventoryFiles } from './sources/live/inventory.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export interface ScanOptions {
  /** Rules to run; the built-in rules when absent. */
  ruleSet?: RuleSet;
  vars?: Array<[string, string]>;
  varFiles?: string[];
  /** CloudFormation / ROS region and parameters. */
  cloudFormation?: SourceOptions['cloudFormation'];
  /** Terraform plan options (--tf-dir). */
  plan?: SourceOptions['plan'];
  residency?: ResidencyOptions;
  /** Include notes about skipped files. */
  verbose?: boolean;
  /** Called as the scan moves on (for a progress line); the scan is synchronous between calls. */
  onProgress?: (message: string) => void;
}

/** Evaluates one deployment's source resources through model, analysis and rules. */
export function evaluateResources(
  sources: SourceResource[],
  ruleSet: RuleSet,
  residency: ResidencyOptions = {},
): { findings: Finding[]; errors: InputError[] } {
  // Each normalizer picks the source types it knows (Terraform and plan types, or template types).
  const model = [...normalizeTerraform(sources), ...normalizeCloudFormation(sources)];
  const ctx = buildRuleContext(model, residency);
  return runRules({ ruleSet, ctx, sources, deployment: sources[0]?.root });
}

export async function scanPaths(paths: string[], options: ScanOptions = {}): Promise<ScanReport> {
  const ruleSet = options.ruleSet ?? { rules: await loadBuiltinRules(), declarative: [] };
  const walked = walkInputs(paths.length > 0 ? paths : ['.']);
  const findings: Finding[] = [];
  const errors: InputError[] = [...walked.errors];
  const notes: string[] = [];
  const notAssessed: NotAssessed[] = [];
  const files = new Set<string>();
  let resources = 0;

  const cache = createParseCache();
  for (const unit of walked.units) {
    options.onProgress?.(`reading ${unit.input}`);
    const loaded = loadUnitSources(unit, {
      vars: options.vars ?? [],
      varFiles: options.varFiles ?? [],
      ...(options.cloudFormation ? { cloudFormation: options.cloudFormation } : {}),
      ...(options.plan ? { plan: options.plan } : {}),
      verbose: !!options.verbose,
      cache,
    });
    errors.push(...loaded.errors);
    notes.push(...loaded.notes);
    for (const f of loaded.files) files.add(f);
    resources += loaded.resources.filter((r) => !r.isData).length;
    // Saved live inventories carry their own model and coverage; they are evaluated as they were audited.
    const inventories = scanInventoryFiles(loaded.inventoryFiles, ruleSet, options.residency);
    findings.push(...inventories.findings);
    errors.push(...inventories.errors);
    notes.push(...inventories.notes);
    notAssessed.push(...inventories.notAssessed);
    resources += inventories.resources;
    for (const f of inventories.files) files.add(f);

    const deployments = groupByRoot(loaded.resources);
    for (const [i, deployment] of deployments.entries()) {
      options.onProgress?.(`analysing ${unit.input}: ${i + 1}/${deployments.length} ${deployment[0]?.root ?? ''}`);
      const evaluated = evaluateResources(deployment, ruleSet, options.residency);
      findings.push(...evaluated.findings);
      errors.push(...evaluated.errors);
    }
  }

  const unique = dedupeByFingerprint(findings);
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    findings: sortFindings(unique),
    errors,
    notes: [...new Set(notes)],
    ...(notAssessed.length > 0 ? { notAssessed } : {}),
    summary: summarize(unique, errors, files.size, resources),
  };
}

/** Splits a unit's resources into deployments (root modules), in first-seen order. */
function groupByRoot(resources: SourceResource[]): SourceResource[][] {
  const groups = new Map<string, SourceResource[]>();
  for (const r of resources) {
    const key = r.root ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(r);
  }
  return [...groups.values()];
}

/** Two path arguments can cover the same module; report each finding once. */
function dedupeByFingerprint(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.fingerprint}\u0000${f.location.file}\u0000${f.location.startLine}`;
    if (!seen.has(key)) seen.set(key, f);
  }
  return [...seen.values()];
}
