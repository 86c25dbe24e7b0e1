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
import type { SourceResult } from '../model/source-resource.js';
import type { CloudFormationOptions } from './cloudformation/options.js';
import { type TerraformParseCache } from './terraform/load.js';
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
export declare function loadUnitSources(unit: ScanUnit, options?: SourceOptions): UnitSources;
