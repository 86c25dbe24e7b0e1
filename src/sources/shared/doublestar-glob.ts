/**
 * Glob patterns in the doublestar syntax (Terraform's fileset(); the walker's
 * excludes compile to it too):
 * `*` any run of characters within one path segment, `?` one character, `**`
 * as a whole segment any number of segments, `[abc]`, `[a-z]`, `[^a]` / `[!a]`
 * one character of (or not of) a class, `{x,y}` alternatives, `\` escapes the
 * next character. Matching is done segment by segment with a table (no regular
 * expressions, no backtracking), so its time is bounded by the product of the
 * pattern's and the path's lengths whatever the pattern is.
 */
import * as nodePath from 'node:path';

type Token = { k: 'char'; c: string } | { k: 'any' } | { k: 'star' } | { k: 'class'; negated: boolean; ranges: Array<[string, string]> };
/** A path segment of a pattern: `**`, or a sequence of tokens. */
type Segment = { k: 'globstar' } | { k: 'tokens'; tokens: Token[]; literal: string | undefined };

export interface Glob {
  /** One pattern per brace alternative, each split into segments. */
  readonly alternatives: Segment[][];
}

/** Brace expansion may not multiply a pattern into more alternatives than this. */
const MAX_ALTERNATIVES = 1024;

/** Compiles an absolute slash-separated pattern; a string is what is wrong with it. */
export function compileGlob(pattern: string): Glob | string {
  const expanded = expandBraces(pattern);
  if (typeof expanded === 'string') return expanded;
  const alternatives: Segment[][] = [];
  for (const alt of expanded) {
    const segments: Segment[] = [];
    for (const part of nodePath.posix.normalize(alt).split('/')) {
      if (part === '**') {
        // Consecutive ** are one.
        if (segments[segments.length - 1]?.k !== 'globstar') segments.push({ k: 'globstar' });
        continue;
      }
      const tokens = tokenize(part);
      if (typeof tokens === 'string') return tokens;
      const literal = tokens.every((t) => t.k === 'char') ? tokens.map((t) => (t as { c: string }).c).join('') : undefined;
      segments.push({ k: 'tokens', tokens, literal });
    }
    alternatives.push(segments);
  }
  return { alternatives };
}

function expandBraces(pattern: string): string[] | string {
  // Finds the first top-level {...} and expands it; recursion handles the rest and nesting.
  let depth = 0;
  let open = -1;
  const commas: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      const end = classEnd(pattern, i);
      if (end > 0) i = end;
      continue;
    }
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === ',' && depth === 1) commas.push(i);
    else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        const bounds = [open, ...commas, i];
        const out: string[] = [];
        for (let j = 0; j + 1 < bounds.length; j++) {
          const more = expandBraces(head + pattern.slice(bounds[j]! + 1, bounds[j + 1]) + tail);
          if (typeof more === 'string') return more;
          out.push(...more);
          if (out.length > MAX_ALTERNATIVES) return `the braces expand to more than ${MAX_ALTERNATIVES} patterns`;
        }
        return out;
      }
    }
  }
  if (depth > 0) return 'a "{" is not closed';
  return [pattern];
}

/** The index of the `]` closing a class opened at `start`, or -1. */
function classEnd(s: string, start: number): number {
  let i = start + 1;
  if (s[i] === '^' || s[i] === '!') i++;
  if (s[i] === ']') i++;
  for (; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ']') return i;
  }
  return -1;
}

function tokenize(part: string): Token[] | string {
  const tokens: Token[] = [];
  for (let i = 0; i < part.length; i++) {
    const c = part[i]!;
    if (c === '\\') {
      if (i + 1 >= part.length) return 'the pattern ends with an escaping "\\"';
      tokens.push({ k: 'char', c: part[++i]! });
    } else if (c === '?') tokens.push({ k: 'any' });
    else if (c === '*') {
      // `a**b` is an ordinary star: ** is special only as a whole segment.
      if (tokens[tokens.length - 1]?.k !== 'star') tokens.push({ k: 'star' });
    } else if (c === '[') {
      const end = classEnd(part, i);
      if (end < 0) return 'a "[" is not closed';
      let j = i + 1;
      const negated = part[j] === '^' || part[j] === '!';
      if (negated) j++;
      const ranges: Array<[string, string]> = [];
      while (j < end) {
        let lo = part[j]!;
        if (lo === '\\') lo = part[++j]!;
        j++;
        if (part[j] === '-' && j + 1 < end) {
          let hi = part[j + 1]!;
          j += 2;
          if (hi === '\\') hi = part[j++]!;
          if (hi < lo) return `the class range ${lo}-${hi} is backwards`;
          ranges.push([lo, hi]);
        } else ranges.push([lo, lo]);
      }
      if (ranges.length === 0) return 'an empty character class []';
      tokens.push({ k: 'class', negated, ranges });
      i = end;
    } else tokens.push({ k: 'char', c });
  }
  return tokens;
}

function tokenFits(t: Token, c: string): boolean {
  switch (t.k) {
    case 'char':
      return t.c === c;
    case 'any':
      return true;
    case 'class': {
      const inClass = t.ranges.some(([lo, hi]) => c >= lo && c <= hi);
      return inClass !== t.negated;
    }
    default:
      return false;
  }
}

/** One segment against one name: a table over (token, character) positions. */
function segmentMatches(tokens: Token[], name: string): boolean {
  const chars = [...name];
  // can[j]: the tokens so far can consume exactly the first j characters.
  let can = new Array<boolean>(chars.length + 1).fill(false);
  can[0] = true;
  for (const t of tokens) {
    const next = new Array<boolean>(chars.length + 1).fill(false);
    if (t.k === 'star') {
      let reached = false;
      for (let j = 0; j <= chars.length; j++) {
        reached ||= can[j]!;
        next[j] = reached;
      }
    } else {
      for (let j = 0; j < chars.length; j++) if (can[j] && tokenFits(t, chars[j]!)) next[j + 1] = true;
    }
    can = next;
  }
  return can[chars.length]!;
}

function segmentFits(seg: Segment, name: string): boolean {
  if (seg.k === 'globstar') return true;
  return seg.literal !== undefined ? seg.literal === name : segmentMatches(seg.tokens, name);
}

/**
 * The pattern positions reachable after consuming every segment of `names`
 * (a set of indexes into `segments`; `segments.length` is "all consumed").
 */
function reachable(segments: Segment[], names: string[]): Set<number> {
  const close = (from: Set<number>): Set<number> => {
    // A globstar may match zero segments.
    const out = new Set(from);
    for (const p of from) for (let q = p; q < segments.length && segments[q]!.k === 'globstar'; q++) out.add(q + 1);
    return out;
  };
  let states = close(new Set([0]));
  for (const name of names) {
    const next = new Set<number>();
    for (const p of states) {
      const seg = segments[p];
      if (!seg) continue;
      if (seg.k === 'globstar') next.add(p);
      else if (segmentFits(seg, name)) next.add(p + 1);
    }
    states = close(next);
    if (states.size === 0) break;
  }
  return states;
}

/** Whether an absolute slash path matches the pattern. */
export function globMatches(glob: Glob, path: string): boolean {
  const names = path.split('/');
  return glob.alternatives.some((segments) => reachable(segments, names).has(segments.length));
}

/** Whether some path below the folder could match (so the folder is worth walking). */
export function globMayMatchBelow(glob: Glob, folder: string): boolean {
  const names = folder.split('/');
  return glob.alternatives.some((segments) => [...reachable(segments, names)].some((p) => p < segments.length));
}

/** The folder the pattern's literal leading segments name, common to every alternative: where a walk starts. */
export function staticPrefix(glob: Glob): string {
  let common: string[] | undefined;
  for (const segments of glob.alternatives) {
    const literal: string[] = [];
    // The last segment names the files themselves; only folders before it are a prefix.
    for (const seg of segments.slice(0, -1)) {
      if (seg.k !== 'tokens' || seg.literal === undefined) break;
      literal.push(seg.literal);
    }
    if (!common) common = literal;
    else {
      let n = 0;
      while (n < common.length && n < literal.length && common[n] === literal[n]) n++;
      common = common.slice(0, n);
    }
  }
  const joined = (common ?? []).join('/');
  return joined === '' ? '/' : joined;
}
