import type { ResidencyOptions } from '../../analysis/context.js';
import type { RuleSet } from '../../engine/rule-loader.js';
import { type ScanReport } from '../../findings/report.js';
import type { ModelResource } from '../../model/resources.js';
import type { CloudProvider, InputError } from '../../model/source-resource.js';
import type { AuditOutcome } from './audit-run.js';
import type { AssessedScope, NotAssessed } from './coverage.js';
export declare const INVENTORY_MARKER = "leakproofInventory";
export declare const INVENTORY_VERSION = 1;
export interface InventoryFile {
    /** The format version; always the first key, so a glance at the file's start tells what it is. */
    leakproofInventory: number;
    tool: {
        name: string;
        version: string;
    };
    provider: CloudProvider;
    startedAt: string;
    finishedAt: string;
    accounts: string[];
    regions: string[];
    coverage: {
        assessed: AssessedScope[];
        notAssessed: NotAssessed[];
    };
    resources: ModelResource[];
}
export declare function inventoryOf(outcome: AuditOutcome): InventoryFile;
/** An inventory as written to disk, and the 1-based line where each record (by id) opens in that text. */
export interface InventoryText {
    text: string;
    recordLines: Map<string, number>;
}
/**
 * The bytes `--save-inventory` writes (unchanged format), plus the line of
 * each record, so reports can point at a live resource's record in the file
 * (SARIF needs a file and line for every result). Lines are counted, not
 * searched for: each record takes exactly as many lines inside the list as
 * it does serialised on its own, and `"resources"` is the last top-level key.
 */
export declare function inventoryText(outcome: AuditOutcome): InventoryText;
/**
 * The line of each record in a saved inventory read back from disk (for
 * reports of `scan inventory.json`). A file as leakproof wrote it is counted
 * exactly; one reformatted by hand points at the line of each record's id.
 */
export declare function inventoryRecordLines(text: string): Map<string, number> | undefined;
/** Writes the inventory next to its final name first, so a crash never leaves half a file under that name. Returns each record's line. */
export declare function saveInventory(file: string, outcome: AuditOutcome): Map<string, number>;
/** Is this file's content a saved inventory? Cheap: looks only at the start of the text. */
export declare function looksLikeInventory(text: string): boolean;
/** Reads and checks an inventory; a broken one is an input error naming the file. */
export declare function readInventory(file: string, text?: string): {
    outcome: AuditOutcome;
} | {
    error: InputError;
};
/** The piece of a scan a saved inventory contributes: what `scanPaths` merges into its report. */
export interface InventoryScan {
    report: ScanReport;
    /** Records judged (flows excluded), for the summary's resource count. */
    resources: number;
}
/**
 * Re-evaluates a saved inventory offline. The report carries the inventory's
 * not-assessed parts, so an offline scan is as honest about coverage as the
 * audit was; errors name the file.
 */
export declare function scanInventory(file: string, ruleSet: RuleSet, residency?: ResidencyOptions, text?: string): InventoryScan;
/** What the saved inventories among a scan's input files contribute to its report. */
export interface InventoriesScan {
    findings: ScanReport['findings'];
    errors: InputError[];
    notes: string[];
    notAssessed: NotAssessed[];
    /** Records judged, flows excluded. */
    resources: number;
    /** The files that were inventories (relative as given). */
    files: string[];
}
/**
 * Picks the saved inventories out of a scan unit's files (JSON whose content
 * starts with the marker) and re-evaluates each: the piece `scanPaths` adds
 * to its report. Other files are left to the other sources.
 */
export declare function scanInventoryFiles(files: string[], ruleSet: RuleSet, residency?: ResidencyOptions): InventoriesScan;
/**
 * The saved inventories among paths named on the command line, with the line
 * of each record: where reports of `scan inventory.json` point live findings
 * (SARIF needs a file and line for every result). Folders are not searched.
 */
export declare function inventoryLocations(paths: string[]): {
    file: string;
    lines: Map<string, number>;
}[];
