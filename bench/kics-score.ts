/**
 * Scoring of scanner findings against the KICS fixture corpus, as its README
 * describes: each fixture scanned on its own; a positive needs a finding of the
 * entry's category (and each expected line covered by one); a negative must
 * have none; negatives set aside are not scored; core (borderline: false) and
 * borderline entries (which include every derived label) are reported apart.
 * This file only scores; kics.ts runs the scanner and prints.
 */
import type { Category, Severity } from '../src/findings/finding.js';

export type CorpusCategory = 'public_db' | 'open_sg' | 'public_storage' | 'cross_region';
export const CORPUS_CATEGORIES: CorpusCategory[] = ['public_db', 'open_sg', 'public_storage', 'cross_region'];

/** Our finding categories → the corpus's scoring categories. */
export const CATEGORY_MAP: Record<Category, CorpusCategory> = {
  'public-datastore': 'public_db',
  'open-firewall': 'open_sg',
  'public-storage': 'public_storage',
  'data-residency': 'cross_region',
};

export interface ManifestEntry {
  query_dir: string;
  platform: string;
  provider: string;
  category: CorpusCategory;
  borderline: boolean;
  label_source: string;
  positives: string[];
  negatives: string[];
  negatives_set_aside: Array<{ file: string; reason: string }>;
  negative_caveats: Record<string, string[]>;
  expected_lines: Record<string, number[]> | null;
}

export interface ScannedFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  startLine: number;
  endLine: number;
  message: string;
}

export interface FileScan {
  /** False when the scanner did not read the file at all (a format it does not support yet). */
  supported: boolean;
  /** Findings located in this file. */
  findings: ScannedFinding[];
  errors: string[];
}

/**
 * How negatives listed in `negative_caveats` are treated, decided once: the
 * caveat is a weaker condition (no or a partial public access block, ICMP open
 * to the world) that our rules report at low severity. Such low and info
 * findings are tolerated on a caveat negative; a finding of medium or above is
 * still a false alarm. The strict count (every finding counts) is printed too.
 */
export const CAVEAT_POLICY =
  'negative_caveats: on a negative listed with a caveat, findings of severity low or info are tolerated (they are the weaker condition the caveat names); medium and above still count as false alarms. Strict counts are shown beside.';

export function isTolerated(f: ScannedFinding): boolean {
  return f.severity === 'low' || f.severity === 'info';
}

export interface Tally {
  positives: number;
  detected: number;
  negatives: number;
  falseAlarms: number;
  /** False alarms when caveat tolerance is not applied. */
  falseAlarmsStrict: number;
  linesExpected: number;
  linesHit: number;
  /** Fixtures the scanner could not read; not scored. */
  unsupported: number;
}

export const emptyTally = (): Tally => ({ positives: 0, detected: 0, negatives: 0, falseAlarms: 0, falseAlarmsStrict: 0, linesExpected: 0, linesHit: 0, unsupported: 0 });

export interface Problem {
  file: string;
  platform: string;
  category: CorpusCategory;
  set: 'core' | 'borderline';
  reason: string;
}

export interface Score {
  /** platform → category → set → tally */
  tallies: Record<string, Record<CorpusCategory, { core: Tally; borderline: Tally }>>;
  misses: Problem[];
  lineMisses: Problem[];
  falseAlarms: Problem[];
  tolerated: Problem[];
  unsupportedFiles: Array<{ file: string; platform: string }>;
}

/** The line range of the top-level block (resource, module, ...) that contains a line, for line agreement. */
export type BlockFinder = (file: string, line: number) => { start: number; end: number } | undefined;

export const ratio = (n: number, d: number): number | undefined => (d === 0 ? undefined : n / d);

function ofCategory(scan: FileScan, category: CorpusCategory): ScannedFinding[] {
  return scan.findings.filter((f) => CATEGORY_MAP[f.category] === category);
}

function describe(findings: ScannedFinding[]): string {
  return findings.map((f) => `${f.ruleId}@${f.startLine} (${f.severity})`).join(', ');
}

/** Does a finding agree with an expected line: its range covers it, or the block it points into contains it? */
export function coversLine(f: ScannedFinding, line: number, file: string, blockOf: BlockFinder): boolean {
  if (f.startLine <= line && line <= Math.max(f.endLine, f.startLine)) return true;
  const block = blockOf(file, f.startLine);
  return block !== undefined && block.start <= line && line <= block.end;
}

export function scoreCorpus(entries: ManifestEntry[], scans: Map<string, FileScan>, blockOf: BlockFinder): Score {
  const score: Score = { tallies: {}, misses: [], lineMisses: [], falseAlarms: [], tolerated: [], unsupportedFiles: [] };
  const seenUnsupported = new Set<string>();
  for (const entry of entries) {
    const set: 'core' | 'borderline' = entry.borderline || entry.label_source === 'derived' ? 'borderline' : 'core';
    const byCategory = (score.tallies[entry.platform] ??= Object.fromEntries(CORPUS_CATEGORIES.map((c) => [c, { core: emptyTally(), borderline: emptyTally() }])) as Record<
      CorpusCategory,
      { core: Tally; borderline: Tally }
    >);
    const tally = byCategory[entry.category][set];
    const problem = (file: string, reason: string): Problem => ({ file, platform: entry.platform, category: entry.category, set, reason });
    const scanOf = (file: string): FileScan | undefined => {
      const scan = scans.get(file);
      if (!scan || !scan.supported) {
        tally.unsupported++;
        if (!seenUnsupported.has(file)) {
          seenUnsupported.add(file);
          score.unsupportedFiles.push({ file, platform: entry.platform });
        }
        return undefined;
      }
      return scan;
    };

    for (const file of entry.positives) {
      const scan = scanOf(file);
      if (!scan) continue;
      tally.positives++;
      const hits = ofCategory(scan, entry.category);
      if (hits.length > 0) tally.detected++;
      else {
        const other = scan.findings.length > 0 ? `; other findings: ${describe(scan.findings)}` : '';
        const errors = scan.errors.length > 0 ? `; errors: ${scan.errors.join(' | ')}` : '';
        score.misses.push(problem(file, `no ${entry.category} finding${other}${errors}`));
      }
      for (const line of entry.expected_lines?.[file] ?? []) {
        tally.linesExpected++;
        if (hits.some((f) => coversLine(f, line, file, blockOf))) tally.linesHit++;
        else score.lineMisses.push(problem(file, `line ${line} not covered${hits.length > 0 ? ` (findings: ${describe(hits)})` : ''}`));
      }
    }
    for (const file of entry.negatives) {
      const scan = scanOf(file);
      if (!scan) continue;
      tally.negatives++;
      const hits = ofCategory(scan, entry.category);
      if (hits.length === 0) continue;
      tally.falseAlarmsStrict++;
      const caveats = entry.negative_caveats[file];
      const counted = caveats ? hits.filter((f) => !isTolerated(f)) : hits;
      if (counted.length > 0) {
        tally.falseAlarms++;
        score.falseAlarms.push(problem(file, `${describe(counted)}: ${counted[0]!.message}`));
      } else {
        score.tolerated.push(problem(file, `${describe(hits)} tolerated (caveat: ${caveats!.join('; ')})`));
      }
    }
  }
  return score;
}

/** Adds tallies (for totals over categories or platforms). */
export function addTallies(a: Tally, b: Tally): Tally {
  const out = emptyTally();
  for (const k of Object.keys(out) as Array<keyof Tally>) out[k] = a[k] + b[k];
  return out;
}

/** Recall, precision (files: detected positives against negatives with a false alarm) and expected-line agreement. */
export function rates(t: Tally): { recall?: number; precision?: number; lines?: number } {
  const recall = ratio(t.detected, t.positives);
  const precision = ratio(t.detected, t.detected + t.falseAlarms);
  const lines = ratio(t.linesHit, t.linesExpected);
  return { ...(recall !== undefined ? { recall } : {}), ...(precision !== undefined ? { precision } : {}), ...(lines !== undefined ? { lines } : {}) };
}

/**
 * Top-level blocks of a Terraform file as line ranges: a line that opens a
 * block at column 0 (`resource "a" "b" {`) up to the line where its braces
 * close. Braces inside strings and heredocs are skipped.
 */
export function terraformBlocks(text: string): Array<{ start: number; end: number }> {
  const lines = text.split(/\r?\n/);
  const blocks: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let start = -1;
  let heredoc: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (heredoc !== undefined) {
      if (line.trim() === heredoc) heredoc = undefined;
      continue;
    }
    let inString = false;
    for (let j = 0; j < line.length; j++) {
      const c = line[j]!;
      if (inString) {
        if (c === '\\') j++;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === '#' || (c === '/' && line[j + 1] === '/')) break;
      else if (c === '<' && line[j + 1] === '<') {
        const m = /^<<-?\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(line.slice(j));
        if (m) {
          heredoc = m[1];
          break;
        }
      } else if (c === '{') {
        if (depth === 0) start = i + 1;
        depth++;
      } else if (c === '}') {
        depth = Math.max(0, depth - 1);
        if (depth === 0 && start > 0) {
          blocks.push({ start, end: i + 1 });
          start = -1;
        }
      }
    }
  }
  return blocks;
}
