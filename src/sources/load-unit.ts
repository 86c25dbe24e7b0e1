/**
 * Reads every input of one scan unit with the source that knows its format:
 * Terraform folders, CloudFormation / ROS templates and Terraform plans (JSON
 * and YAML files are recognised by content; others are named with --verbose).
 *
 * A plan and the .tf files it was made from may both be in the unit. Both are
 * loaded: the plan may resolve what the HCL leaves unknown, but it may never
 * hide what the .tf files show (a stale or edited plan). The pairing is handed
 * to the scan, which reconciles the two deployments' findings.
 */
import type { InputError, SourceResource, SourceResult } from '../model/source-resource.js';
import { loadCloudFormation } from './cloudformation/load.js';
import type { CloudFormationOptions } from './cloudformation/options.js';
import { detectFormat } from './detect.js';
import { looksLikeInventory } from './live/inventory.js';
import { loadTerraform, type TerraformParseCache } from './terraform/load.js';
import { loadTerraformPlan } from './terraform-plan/load.js';
import type { TerraformPlanOptions } from './terraform-plan/options.js';
import { readTextFile } from './shared/decode-text.js';
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
/** Terraform / OpenTofu JSON configuration: read by the Terraform source, not here. */
const TERRAFORM_JSON = /\.(tf|tofu|tfvars)\.json$/i;

/** A plan made from a Terraform root folder whose .tf files the unit holds too. */
export interface PlanPairing {
  /** The plan file: the `root` of its resources. */
  plan: string;
  /** The Terraform root folder: the `root` of the HCL resources. */
  folder: string;
  /** False when the .tf files were edited since the plan (they declare other resources). */
  exact: boolean;
}

export interface UnitSources extends SourceResult {
  /** Saved live inventories found in the unit; they carry their own model and are evaluated as audited. */
  inventoryFiles: string[];
  /** Plans whose configuration's .tf files were loaded too; their findings are reconciled (see scan.ts). */
  pairings: PlanPairing[];
  /**
   * The deployment each plan's findings belong to, when it is a Terraform root folder rather
   * than the plan file: the folder of a paired plan, or the folder whose .tf files declare
   * exactly what the plan does (even when only the plan was scanned). A finding then has the
   * same fingerprint whether the folder, the plan or both were scanned.
   */
  planDeployments: Map<string, string>;
  /** How many inputs of a known format the unit holds (Terraform folders, templates, plans, inventories), readable or not. */
  inputs: number;
}

export function loadUnitSources(unit: ScanUnit, options: SourceOptions = {}): UnitSources {
  const result: UnitSources = { resources: [], errors: [], notes: [], files: [], inventoryFiles: [], pairings: [], planDeployments: new Map(), inputs: unit.terraformFolders.size };
  const plans: string[] = [];
  const templateResults: SourceResult[] = [];
  for (const file of unit.files.filter((f) => STRUCTURED.test(f) && !TERRAFORM_JSON.test(f))) {
    let text: string;
    try {
      text = readTextFile(file);
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
    if (format || result.inventoryFiles.at(-1) === file) result.inputs++;
  }

  const planResults = plans.map((file) => loadTerraformPlan(file, { ...options.plan, verbose: options.verbose }));
  const terraform = loadTerraform(unit, { vars: options.vars ?? [], varFiles: options.varFiles ?? [], ...(options.cache ? { cache: options.cache } : {}) });
  // A plan of a folder evaluated here too is paired with it, so that neither hides the other and nothing is reported twice.
  const hclRoots = new Set(terraform.resources.map((r) => r.root).filter((r): r is string => r !== undefined));
  for (const [i, planResult] of planResults.entries()) {
    const configuration = planResult.configuration;
    if (configuration?.exact) result.planDeployments.set(plans[i]!, configuration.folder);
    if (!configuration || !hclRoots.has(configuration.folder)) continue;
    result.planDeployments.set(plans[i]!, configuration.folder);
    result.pairings.push({ plan: plans[i]!, folder: configuration.folder, exact: configuration.exact });
    result.notes.push(
      `${configuration.folder}: evaluated from its .tf files and from the plan ${plans[i]}` +
        (configuration.exact ? ' (the plan resolves unknown values; what only the .tf files show is still reported)' : ' (the .tf files were edited since the plan: stale plan?)'),
    );
  }
  merge(result, terraform);
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
