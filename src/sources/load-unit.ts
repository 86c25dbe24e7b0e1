/**
 * Reads every input of one scan unit with the source that knows its format:
 * Terraform folders, CloudFormation / ROS templates and Terraform plans (JSON
 * and YAML files are recognised by content; others are passed over quietly).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { InputError, SourceResource, SourceResult } from '../model/source-resource.js';
import { loadCloudFormation } from './cloudformation/load.js';
import type { CloudFormationOptions } from './cloudformation/options.js';
import { detectFormat } from './detect.js';
import { looksLikeInventory } from './live/inventory.js';
import { loadTerraform, type TerraformParseCache } from './terraform/load.js';
import { loadTerraformPlan } from './terraform-plan/load.js';
import type { TerraformPlanOptions } from './terraform-plan/options.js';
import type { ScanUnit } from './walk.js';

export interface SourceOptions {
  vars?: Array<[string, string]>;
  varFiles?: string[];
  /** CloudFormation / ROS: region and parameters. */
  cloudFormation?: CloudFormationOptions;
  /** Terraform plan: where its configuration is. */
  plan?: TerraformPlanOptions;
  verbose?: boolean;
  cache?: TerraformParseCache;
}

const STRUCTURED = /\.(json|ya?ml|template)$/i;

export interface UnitSources extends SourceResult {
  /** Saved live inventories found in the unit; they carry their own model and are evaluated as audited. */
  inventoryFiles: string[];
}

export function loadUnitSources(unit: ScanUnit, options: SourceOptions = {}): UnitSources {
  const result: UnitSources = { resources: [], errors: [], notes: [], files: [], inventoryFiles: [] };
  const plans: string[] = [];
  const templateResults: SourceResult[] = [];
  for (const file of unit.files.filter((f) => STRUCTURED.test(f))) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      result.errors.push({ file, message: `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    const format = detectFormat(file, text);
    // Loaded right after detection, so the template's parse is reused rather than done twice.
    if (format === 'cloudformation' || format === 'ros') templateResults.push(loadCloudFormation([file], { ...options.cloudFormation, verbose: options.verbose }));
    else if (format === 'terraform-plan') plans.push(file);
    else if (looksLikeInventory(text)) result.inventoryFiles.push(file);
    else if (options.verbose) result.notes.push(`${file}: not a template, plan or inventory; passed over`);
  }

  const planResults = plans.map((file) => loadTerraformPlan(file, { ...options.plan, verbose: options.verbose }));
  // A plan made from a scanned folder already holds that folder's resolved values: evaluating the HCL too would report everything twice.
  const coveredByPlan = new Set<string>();
  for (const [i, planResult] of planResults.entries())
    for (const r of planResult.resources)
      if (r.loc.file.endsWith('.tf')) {
        const folder = path.posix.dirname(r.loc.file);
        if (!coveredByPlan.has(folder)) result.notes.push(`${folder}: evaluated from the plan ${plans[i]} (resolved values), not from its .tf files`);
        coveredByPlan.add(folder);
      }

  const terraform = loadTerraform(unit, { vars: options.vars ?? [], varFiles: options.varFiles ?? [], ...(options.cache ? { cache: options.cache } : {}) });
  const keepTerraform = (r: SourceResource) => r.root === undefined || !coveredByPlan.has(r.root);
  merge(result, { ...terraform, resources: terraform.resources.filter(keepTerraform) });
  for (const templateResult of templateResults) merge(result, templateResult);
  for (const planResult of planResults) merge(result, planResult);
  return result;
}

function merge(into: SourceResult, from: SourceResult): void {
  into.resources.push(...from.resources);
  into.errors.push(...(from.errors as InputError[]));
  into.notes.push(...from.notes);
  into.files.push(...from.files);
}
