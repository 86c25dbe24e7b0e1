/**
 * Saved inventories: the normalised model records of a live audit with its
 * time, accounts, regions and coverage (including what was not assessed), as
 * one JSON file. `leakproof scan FILE` recognises the file by its content (the
 * `leakproofInventory` version marker, written as the first key) and
 * re-evaluates the records offline through the same rules, giving exactly the
 * findings of the audit that wrote it. Model records are saved rather than raw
 * API replies: they are what the rules read, so nothing between the save and
 * the scan can change a verdict, and no raw reply (with whatever secrets it
 * held) is ever written to disk.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ResidencyOptions } from '../../analysis/context.js';
import type { RuleSet } from '../../engine/rule-loader.js';
import { summarize, type ScanReport } from '../../findings/report.js';
import type { ModelKind, ModelResource } from '../../model/resources.js';
import type { CloudProvider, InputError } from '../../model/source-resource.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';
import type { AuditOutcome } from './audit-run.js';
import type { AssessedScope, NotAssessed } from './coverage.js';
import { liveReport } from './report.js';

export const INVENTORY_MARKER = 'leakproofInventory';
export const INVENTORY_VERSION = 1;

export interface InventoryFile {
  /** The format version; always the first key, so a glance at the file's start tells what it is. */
  leakproofInventory: number;
  tool: { name: string; version: string };
  provider: CloudProvider;
  startedAt: string;
  finishedAt: string;
  accounts: string[];
  regions: string[];
  coverage: { assessed: AssessedScope[]; notAssessed: NotAssessed[] };
  resources: ModelResource[];
}

export function inventoryOf(outcome: AuditOutcome): InventoryFile {
  return {
    leakproofInventory: INVENTORY_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    provider: outcome.provider,
    startedAt: outcome.startedAt,
    finishedAt: outcome.finishedAt,
    accounts: outcome.coverage.accounts,
    regions: outcome.coverage.regions,
    coverage: { assessed: outcome.coverage.assessed, notAssessed: outcome.coverage.notAssessed },
    resources: outcome.resources,
  };
}

/** Writes the inventory next to its final name first, so a crash never leaves half a file under that name. */
export function saveInventory(file: string, outcome: AuditOutcome): void {
  const text = JSON.stringify(inventoryOf(outcome), null, 1) + '\n';
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, file);
}

const MARKER_AT_START = new RegExp(`^\\s*\\{\\s*"${INVENTORY_MARKER}"\\s*:`);

/** Is this file's content a saved inventory? Cheap: looks only at the start of the text. */
export function looksLikeInventory(text: string): boolean {
  return MARKER_AT_START.test(text.slice(0, 256));
}

const PROVIDERS: CloudProvider[] = ['aws', 'alicloud'];
const KINDS: ModelKind[] = ['network', 'subnet', 'route-table', 'gateway', 'network-acl', 'security-group', 'datastore', 'compute', 'bucket', 'account-public-access-block', 'data-flow'];

function problemOf(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'not a JSON object';
  const inv = json as Partial<InventoryFile>;
  if (inv.leakproofInventory !== INVENTORY_VERSION)
    return typeof inv.leakproofInventory === 'number' && inv.leakproofInventory > INVENTORY_VERSION
      ? `inventory format ${inv.leakproofInventory} was written by a newer leakproof (this one reads format ${INVENTORY_VERSION})`
      : `unsupported inventory format ${JSON.stringify(inv.leakproofInventory)}`;
  if (!PROVIDERS.includes(inv.provider as CloudProvider)) return `unknown provider ${JSON.stringify(inv.provider)}`;
  if (!Array.isArray(inv.resources)) return '"resources" is not a list';
  if (!inv.coverage || !Array.isArray(inv.coverage.notAssessed) || !Array.isArray(inv.coverage.assessed)) return '"coverage" is missing or malformed';
  for (const [i, r] of inv.resources.entries()) {
    const rec = r as Partial<ModelResource> | null;
    if (!rec || typeof rec.id !== 'string' || !KINDS.includes(rec.kind as ModelKind) || typeof rec.loc?.file !== 'string')
      return `resources[${i}] is not a model record`;
  }
  return undefined;
}

/** Reads and checks an inventory; a broken one is an input error naming the file. */
export function readInventory(file: string, text?: string): { outcome: AuditOutcome } | { error: InputError } {
  const shown = path.relative(process.cwd(), file) || file;
  let json: unknown;
  try {
    json = JSON.parse(text ?? readFileSync(file, 'utf8'));
  } catch (e) {
    return { error: { file: shown, message: `not a readable inventory: ${(e as Error).message.split('\n')[0]}` } };
  }
  const problem = problemOf(json);
  if (problem) return { error: { file: shown, message: `not a usable leakproof inventory: ${problem}` } };
  const inv = json as InventoryFile;
  return {
    outcome: {
      provider: inv.provider,
      startedAt: inv.startedAt,
      finishedAt: inv.finishedAt,
      resources: inv.resources,
      coverage: { accounts: inv.accounts ?? [], regions: inv.regions ?? [], assessed: inv.coverage.assessed, notAssessed: inv.coverage.notAssessed },
    },
  };
}

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
export function scanInventory(file: string, ruleSet: RuleSet, residency: ResidencyOptions = {}, text?: string): InventoryScan {
  const read = readInventory(file, text);
  if ('error' in read) {
    return {
      report: {
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        findings: [],
        errors: [read.error],
        notes: [],
        summary: summarize([], [read.error], 1, 0),
      },
      resources: 0,
    };
  }
  const { report, resources } = liveReport(read.outcome, ruleSet, residency);
  report.summary.filesScanned = 1;
  report.notes.unshift(`${path.relative(process.cwd(), file) || file}: saved inventory, re-evaluated offline`);
  return { report, resources };
}

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
export function scanInventoryFiles(files: string[], ruleSet: RuleSet, residency: ResidencyOptions = {}): InventoriesScan {
  const out: InventoriesScan = { findings: [], errors: [], notes: [], notAssessed: [], resources: 0, files: [] };
  for (const file of files) {
    if (!/\.json$/i.test(file)) continue;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // unreadable files are reported by the source that reads JSON
    }
    if (!looksLikeInventory(text)) continue;
    const { report, resources } = scanInventory(file, ruleSet, residency, text);
    out.findings.push(...report.findings);
    out.errors.push(...report.errors);
    out.notes.push(...report.notes);
    out.notAssessed.push(...(report.notAssessed ?? []));
    out.resources += resources;
    out.files.push(file);
  }
  return out;
}
