/** Text helpers shared by string functions: grapheme clusters and RE2-style regular expressions. */
import { EvalError, UnsupportedError } from '../errors.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Terraform counts and slices strings by Unicode grapheme cluster. */
export function graphemes(s: string): string[] {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s.split('');
  return Array.from(segmenter.segment(s), (seg) => seg.segment);
}

export function graphemeLength(s: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s.length;
  let n = 0;
  for (const _ of segmenter.segment(s)) n++;
  return n;
}

const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

const regexCache = new Map<string, RegExp>();

/**
 * True when a repeated group itself contains repetition or alternation
 * (`(a+)+`, `(a|a)*`): such patterns backtrack exponentially in JavaScript,
 * while Terraform's RE2 runs them in linear time. A hostile configuration
 * must not be able to stall a scan with one, so they are not evaluated.
 */
export function hasNestedRepetition(pattern: string): boolean {
  const groups: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') groups.push(false);
    else if (c === ')') {
      const risky = groups.pop() ?? false;
      const next = pattern[i + 1];
      const repeated = next === '+' || next === '*' || (next === '{' && /^\{\d*,\d*\}|^\{\d{2,}\}/.test(pattern.slice(i + 1)));
      if (risky && repeated) return true;
      // The group as a whole is one repeated (or plain) element of its parent.
      if (groups.length > 0 && (risky || repeated)) groups[groups.length - 1] = true;
    } else if (c === '+' || c === '*' || c === '{' || c === '|') {
      if (groups.length > 0) groups[groups.length - 1] = true;
    }
  }
  return false;
}

/**
 * Compiles an RE2 pattern (Terraform's regex dialect) to a JavaScript RegExp:
 * named groups `(?P<n>...)`, leading flag groups `(?i)`, `\A` / `\z`, POSIX
 * classes and `\pL` are translated; the result is global so it can be iterated.
 */
export function compileRe2(pattern: string): RegExp {
  const cached = regexCache.get(pattern);
  if (cached) {
    cached.lastIndex = 0;
    return cached;
  }
  if (hasNestedRepetition(pattern)) {
    throw new UnsupportedError(`regex "${pattern}" repeats a group that itself repeats; it is not evaluated (it could backtrack for hours here)`);
  }
  let src = pattern;
  let flags = 'g';
  const lead = /^\(\?([imsU]+)\)/.exec(src);
  if (lead) {
    for (const f of lead[1]!) {
      if (f === 'i' && !flags.includes('i')) flags += 'i';
      if (f === 's' && !flags.includes('s')) flags += 's';
      if (f === 'm' && !flags.includes('m')) flags += 'm';
      if (f === 'U') throw new EvalError('regex: the (?U) flag is not supported');
    }
    src = src.slice(lead[0].length);
  }
  if (/\(\?[imsU-]+[:)]/.test(src)) throw new EvalError('regex: inline flag groups are only supported at the start of the pattern');
  src = src
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '(?![\\s\\S])')
    .replace(/\[:(\^?)([a-z]+):\]/g, (whole, neg: string, name: string) => {
      const cls = POSIX_CLASSES[name];
      if (!cls) return whole;
      if (neg) throw new EvalError('regex: negated POSIX classes are not supported');
      return cls;
    });
  if (/\\[pP][A-Za-z{]/.test(src)) {
    src = src.replace(/\\([pP])([A-Za-z])(?![A-Za-z{])/g, '\\$1{$2}');
    flags += 'u';
  }
  let re: RegExp;
  try {
    re = new RegExp(src, flags);
  } catch (e) {
    throw new EvalError(`invalid regular expression "${pattern}": ${(e as Error).message}`);
  }
  if (regexCache.size > 500) regexCache.clear();
  regexCache.set(pattern, re);
  return re;
}

/** Go regexp.Expand semantics for replace(): `$1`, `${1}`, `$name`, `${name}`, `$$`. */
export function expandReplacement(template: string, match: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c !== '$' || i + 1 >= template.length) {
      out += c;
      continue;
    }
    const next = template[i + 1]!;
    if (next === '$') {
      out += '$';
      i++;
      continue;
    }
    let name: string;
    if (next === '{') {
      const close = template.indexOf('}', i + 2);
      if (close < 0) {
        out += c;
        continue;
      }
      name = template.slice(i + 2, close);
      i = close;
    } else {
      const m = /^[A-Za-z0-9_]+/.exec(template.slice(i + 1));
      if (!m) {
        out += c;
        continue;
      }
      name = m[0];
      i += name.length;
    }
    if (/^\d+$/.test(name)) out += match[Number(name)] ?? '';
    else out += match.groups?.[name] ?? '';
  }
  return out;
}
