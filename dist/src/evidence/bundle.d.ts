import type { Framework } from '../compliance/framework.js';
import type { ScanReport } from '../findings/report.js';
import type { Waiver } from '../policy/config.js';
import type { RuleInfo } from '../reporters/rule-info.js';
export declare const EVIDENCE_FORMAT = 1;
export interface EvidenceRun {
    /** What the evidence was made from. */
    source: 'scan' | 'audit' | 'report' | 'inventory';
    /** The command line, secrets already removed. */
    argv: string[];
    startedAt?: string;
    finishedAt?: string;
    /** Paths scanned (IaC), or the live provider, accounts and regions. */
    covered: {
        paths?: string[];
        provider?: string;
        accounts?: string[];
        regions?: string[];
    };
    /** The run's id in the run history, when it was recorded. */
    historyRunId?: string;
}
export interface EvidenceInput {
    run: EvidenceRun;
    /** The report after policy (suppressions marked). */
    report: ScanReport;
    /** The rules that ran. */
    rules: RuleInfo[];
    rulesetHash: string;
    /** The inventory snapshot, written as inventory.json: text as it is (a saved inventory, byte for byte), anything else as JSON. */
    inventory: unknown;
    /** Clouds with resources in what was scanned; undefined when unknown (a bundle from a report). */
    providers?: Set<string>;
    waivers: Waiver[];
    configFile?: string;
    frameworks: Framework[];
    /** YYYY-MM-DD for waiver status; today (UTC) by default. */
    today?: string;
}
/** The bundle's files (without the manifest and signature), by relative path. */
export declare function buildBundleFiles(input: EvidenceInput): Map<string, Buffer>;
