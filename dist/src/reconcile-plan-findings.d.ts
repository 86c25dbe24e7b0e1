/**
 * A plan may resolve, never hide. When a Terraform root folder is scanned
 * both from its .tf files and from a plan made from it, the two deployments'
 * findings are merged into one list:
 * - a finding both show (same fingerprint: rule, resource, what was found;
 *   else same rule, resource and declaration line, for instance keys the HCL
 *   could not expand) is reported once, as the plan shows it (resolved values),
 *   unless the .tf files show it definitely and more severe: then the .tf one
 *   stands, saying the plan disagrees;
 * - a finding only the plan shows is kept (the plan resolved an unknown);
 * - a finding only the .tf files show is kept with "(the plan <file> disagrees:
 *   stale plan?)", unless it was only a "possibly" verdict on unknown values,
 *   which the plan resolved to safe: then it is dropped, and a note says so.
 * The plan's findings must be fingerprinted with the folder as their
 * deployment (scan.ts does), so that the same finding has the same identity
 * from either input.
 */
import { type Finding } from './findings/finding.js';
export interface PairedFindings {
    folder: string;
    /** Findings from the .tf files of the folder. */
    hcl: Finding[];
    /** Findings of each plan made from the folder. */
    plans: Array<{
        plan: string;
        findings: Finding[];
    }>;
}
export declare function reconcilePlanFindings(pair: PairedFindings): {
    findings: Finding[];
    notes: string[];
};
