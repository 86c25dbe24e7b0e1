/**
 * Reads `leakproof:ignore` comments from scanned files:
 *
 *   # leakproof:ignore LP-DB-001 read replica for the public status page exp:2026-06-30
 *
 * (`//` and `/* *\/` comments too; several rule ids may be comma-separated). A
 * comment covers a finding when it sits on the finding's line, on the
 * resource's first line, on any line inside the flagged block, on the
 * comment lines directly above the finding's or the resource's first line, or
 * on the comment lines that open the resource's block.
 *
 * The files are scanned line by line as text, which works for any format with
 * `#` or `//` comments (HCL, YAML). A marker inside a string literal would also
 * count; that is accepted as the price of not re-parsing every format here.
 * Reading is bounded: only files that findings point at (or that the caller
 * names), each at most MAX_FILE_BYTES, each read once.
 */
import { statSync } from 'node:fs';
import { readTextFile } from '../sources/shared/decode-text.js';
import path from 'node:path';
import type { Finding } from '../findings/finding.js';
import { isCalendarDate } from './dates.js';
import type { SuppressionDirective } from './suppressions.js';

const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** How far up a stack of comment lines a directive may sit above its line. */
const MAX_COMMENT_STACK = 20;

const MARKER = /(?:#|\/\/|\/\*)\s*leakproof:ignore\b(.*)$/;
const COMMENT_ONLY = /^\s*(?:#|\/\/|\/\*|\*)/;
const HEADER = /^\s*(resource|data)\s+"([^"]+)"\s+"([^"]+)"/;
const RULE_ID = /^[A-Za-z][A-Za-z0-9_.-]*$/;

export interface FileIndex {
  file: string;
  directives: Map<number, SuppressionDirective[]>;
  /** Lines that hold nothing but a comment. */
  commentOnly: Set<number>;
  /** `aws_db_instance.main` / `data.aws_iam_policy_document.x` → the line its block starts on. */
  headers: Map<string, number>;
  /** Malformed markers (no rule id, no reason, bad date), as warnings. */
  problems: string[];
}

function parseMarker(rest: string, file: string, line: number): SuppressionDirective | string {
  const tokens = rest.replace(/\*\/\s*$/, '').trim().split(/\s+/).filter(Boolean);
  const where = `${file}:${line}`;
  const ruleIds = (tokens.shift() ?? '').split(',').filter(Boolean);
  if (ruleIds.length === 0 || !ruleIds.every((r) => RULE_ID.test(r))) return `${where}: leakproof:ignore needs a rule id, e.g. '# leakproof:ignore LP-DB-001 <reason>'`;
  let expires: string | undefined;
  const reasonWords: string[] = [];
  for (const t of tokens) {
    const exp = /^exp:(.*)$/.exec(t);
    if (!exp) reasonWords.push(t);
    else if (!isCalendarDate(exp[1]!)) return `${where}: leakproof:ignore ${ruleIds.join(',')}: '${t}' is not a date written exp:YYYY-MM-DD`;
    else expires = exp[1]!;
  }
  if (reasonWords.length === 0) return `${where}: leakproof:ignore ${ruleIds.join(',')} has no reason, so it suppresses nothing; say why the finding is accepted`;
  return { ruleIds, reason: reasonWords.join(' '), ...(expires ? { expires } : {}), origin: { file, line }, target: { kind: 'comment' } };
}

export function indexSource(text: string, file: string): FileIndex {
  const index: FileIndex = { file, directives: new Map(), commentOnly: new Set(), headers: new Map(), problems: [] };
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((content, i) => {
    const line = i + 1;
    if (COMMENT_ONLY.test(content)) index.commentOnly.add(line);
    const header = HEADER.exec(content);
    if (header) {
      const key = `${header[1] === 'data' ? 'data.' : ''}${header[2]}.${header[3]}`;
      if (!index.headers.has(key)) index.headers.set(key, line);
    }
    if (!content.includes('leakproof:ignore')) return;
    const marker = MARKER.exec(content);
    if (!marker) return;
    const parsed = parseMarker(marker[1]!, file, line);
    if (typeof parsed === 'string') index.problems.push(parsed);
    else index.directives.set(line, [...(index.directives.get(line) ?? []), parsed]);
  });
  return index;
}

const INDEX = String.raw`\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]`;
const MODULE_PREFIX = new RegExp(`^module\\.[^.\\[]+(?:${INDEX})?\\.`);
const TRAILING_INDEX = new RegExp(`${INDEX}$`);

/** `module.db.aws_db_instance.this[0]` → `aws_db_instance.this`, the name its block header carries. */
export function declaredName(address: string): string {
  let rest = address.replace(TRAILING_INDEX, '');
  while (MODULE_PREFIX.test(rest)) rest = rest.replace(MODULE_PREFIX, '');
  return rest;
}

/** A line and the stack of comment-only lines directly above it. */
function withCommentsAbove(index: FileIndex, line: number): number[] {
  const out = [line];
  for (let l = line - 1; l >= 1 && line - l <= MAX_COMMENT_STACK && index.commentOnly.has(l); l--) out.push(l);
  return out;
}

/**
 * The comment directives of this file that cover a finding: on a line the
 * finding spans (its first line, or an attribute line inside the flagged block),
 * on the first line of its resource, in the comment lines directly above
 * either, or in the comment lines that open the resource's block.
 */
export function coveringDirectives(index: FileIndex, f: Finding): SuppressionDirective[] {
  const lines = new Set<number>();
  if (f.location.startLine > 0) for (const l of withCommentsAbove(index, f.location.startLine)) lines.add(l);
  const header = index.headers.get(declaredName(f.resource.address));
  if (header !== undefined) {
    for (const l of withCommentsAbove(index, header)) lines.add(l);
    // Comments opening the block (`resource "x" "y" {` then `# leakproof:ignore ...`) belong to it too.
    for (let l = header + 1; l - header <= MAX_COMMENT_STACK && index.commentOnly.has(l); l++) lines.add(l);
  }
  const out: SuppressionDirective[] = [];
  for (const [line, directives] of index.directives)
    if (lines.has(line) || (line >= f.location.startLine && line <= f.location.endLine)) out.push(...directives);
  return out;
}

/** Reads and indexes files once each; unreadable, huge or binary files yield no directives. */
export class CommentReader {
  private readonly cache = new Map<string, FileIndex | undefined>();
  readonly skipped: string[] = [];

  constructor(private readonly cwd: string = process.cwd()) {}

  index(file: string): FileIndex | undefined {
    if (this.cache.has(file)) return this.cache.get(file);
    let index: FileIndex | undefined;
    try {
      const absolute = path.resolve(this.cwd, file);
      if (statSync(absolute).size > MAX_FILE_BYTES) this.skipped.push(`${file}: larger than 4 MiB, suppression comments not read`);
      else {
        // Decoded like every scanned file, so a UTF-16 template's comments count too.
        const text = readTextFile(absolute);
        if (!text.includes('\u0000')) index = indexSource(text, file);
      }
    } catch {
      index = undefined;
    }
    this.cache.set(file, index);
    return index;
  }

  indexed(): FileIndex[] {
    return [...this.cache.values()].filter((i): i is FileIndex => i !== undefined);
  }
}
