import type { SourceResult } from '../../model/source-resource.js';
import type { TerraformPlanOptions } from './options.js';
export interface PlanSourceResult extends SourceResult {
    /**
     * The Terraform root folder (relative to the working directory) whose .tf files this plan
     * was made from: `exact` when they declare the same resources, else they declare most of
     * them (edited since the plan). A scan that reads both reconciles their findings.
     */
    configuration?: {
        folder: string;
        exact: boolean;
    };
}
export declare function loadTerraformPlan(file: string, options?: TerraformPlanOptions): PlanSourceResult;
