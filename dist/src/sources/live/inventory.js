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
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { summarize } from '../../findings/report.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';
import { liveReport } from './report.js';
import { readTextFile } from '../shared/decode-text.js';
export const INVENTORY_MARKER = 'leakproofInventory';
export const INVENTORY_VERSION = 1;
export function inventoryOf(outcome) {
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
/**
 * The bytes `--save-inventory` writes (unchanged format), plus the line of
 * each record, so reports can point at a live resource's record in the file
 * (SARIF needs a file and line for every result). Lines are counted, not
 * searched for: each record takes exactly as many lines inside the list as
 * it does serialised on its own, and `"resources"` is the last top-level key.
 */
export function inventoryText(outcome) {
    const inventory = inventoryOf(outcome);
    const text = JSON.stringify(inventory, null, 1) + '\n';
    return { text, recordLines: countedRecordLines(text, inventory.resources) };
}
function countedRecordLines(text, resources) {
    const recordLines = new Map();
    const key = text.indexOf('\n "resources": [');
    if (key === -1)
        return recordLines;
    let line = 2 + countNewlines(text, key) + 1;
    for (const record of resources) {
        if (!recordLines.has(record.id))
            recordLines.set(record.id, line);
        line += countNewlines(JSON.stringify(record, null, 1)) + 1;
    }
    return recordLines;
}
/**
 * The line of each record in a saved inventory read back from disk (for
 * reports of `scan inventory.json`). A file as leakproof wrote it is counted
 * exactly; one reformatted by hand points at the line of each record's id.
 */
export function inventoryRecordLines(text) {
    if (!looksLikeInventory(text))
        return undefined;
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(json.resources))
        return undefined;
    if (JSON.stringify(json, null, 1) + '\n' === text)
        return countedRecordLines(text, json.resources);
    const lines = new Map();
    const ids = new Set(json.resources.map((r) => r?.id).filter((id) => typeof id === 'string'));
    text.split('\n').forEach((row, i) => {
        const m = /^\s*"id"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(row);
        if (!m)
            return;
        const id = JSON.parse(m[1]);
        if (ids.has(id) && !lines.has(id))
            lines.set(id, i + 1);
    });
    return lines;
}
function countNewlines(text, end = text.length) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** Writes the inventory next to its final name first, so a crash never leaves half a file under that name. Returns each record's line. */
export function saveInventory(file, outcome) {
    const { text, recordLines } = inventoryText(outcome);
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    // Report files get their folder created; the inventory written beside one must too.
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(temp, text);
    renameSync(temp, file);
    return recordLines;
}
const MARKER_AT_START = new RegExp(`^\\s*\\{\\s*"${INVENTORY_MARKER}"\\s*:`);
/** Is this file's content a saved inventory? Cheap: looks only at the start of the text. */
export function looksLikeInventory(text) {
    return MARKER_AT_START.test(text.slice(0, 256));
}
const PROVIDERS = ['aws', 'alicloud'];
const KINDS = ['network', 'subnet', 'route-table', 'gateway', 'network-acl', 'security-group', 'datastore', 'compute', 'bucket', 'account-public-access-block', 'data-flow', 'snapshot'];
function problemOf(json) {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return 'not a JSON object';
    const inv = json;
    if (inv.leakproofInventory !== INVENTORY_VERSION)
        return typeof inv.leakproofInventory === 'number' && inv.leakproofInventory > INVENTORY_VERSION
            ? `inventory format ${inv.leakproofInventory} was written by a newer leakproof (this one reads format ${INVENTORY_VERSION})`
            : `unsupported inventory format ${JSON.stringify(inv.leakproofInventory)}`;
    if (!PROVIDERS.includes(inv.provider))
        return `unknown provider ${JSON.stringify(inv.provider)}`;
    if (!Array.isArray(inv.resources))
        return '"resources" is not a list';
    if (!inv.coverage || !Array.isArray(inv.coverage.notAssessed) || !Array.isArray(inv.coverage.assessed))
        return '"coverage" is missing or malformed';
    for (const [i, r] of inv.resources.entries()) {
        const rec = r;
        if (!rec || typeof rec.id !== 'string' || !KINDS.includes(rec.kind) || typeof rec.loc?.file !== 'string')
            return `resources[${i}] is not a model record`;
    }
    return undefined;
}
/** Reads and checks an inventory; a broken one is an input error naming the file. */
export function readInventory(file, text) {
    const shown = path.relative(process.cwd(), file) || file;
    let json;
    try {
        json = JSON.parse(text ?? readFileSync(file, 'utf8'));
    }
    catch (e) {
        return { error: { file: shown, message: `not a readable inventory: ${e.message.split('\n')[0]}` } };
    }
    const problem = problemOf(json);
    if (problem)
        return { error: { file: shown, message: `not a usable leakproof inventory: ${problem}` } };
    const inv = json;
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
/**
 * Re-evaluates a saved inventory offline. The report carries the inventory's
 * not-assessed parts, so an offline scan is as honest about coverage as the
 * audit was; errors name the file.
 */
export function scanInventory(file, ruleSet, residency = {}, text) {
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
/**
 * Picks the saved inventories out of a scan unit's files (JSON whose content
 * starts with the marker) and re-evaluates each: the piece `scanPaths` adds
 * to its report. Other files are left to the other sources.
 */
export function scanInventoryFiles(files, ruleSet, residency = {}) {
    const out = { findings: [], errors: [], notes: [], notAssessed: [], resources: 0, files: [] };
    for (const file of files) {
        if (!/\.json$/i.test(file))
            continue;
        let text;
        try {
            text = readTextFile(file);
        }
        catch {
            continue; // unreadable files are reported by the source that reads JSON
        }
        if (!looksLikeInventory(text))
            continue;
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
/**
 * The saved inventories among paths named on the command line, with the line
 * of each record: where reports of `scan inventory.json` point live findings
 * (SARIF needs a file and line for every result). Folders are not searched.
 */
export function inventoryLocations(paths) {
    const out = [];
    for (const file of paths) {
        if (!/\.json$/i.test(file))
            continue;
        let text;
        try {
            text = readFileSync(file, 'utf8');
        }
        catch {
            continue; // the scan itself reports files it cannot read
        }
        const lines = inventoryRecordLines(text);
        if (lines)
            out.push({ file, lines });
    }
    return out;
}
