/** Text helpers shared by string functions: grapheme clusters and RE2 regular expressions. */
import { RE2JS, RE2JSException } from 're2js';
import { EvalError } from '../errors.js';
import { truncate } from '../values.js';
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Terraform counts and slices strings by Unicode grapheme cluster. */
export function graphemes(s) {
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(s))
        return s.split('');
    return Array.from(segmenter.segment(s), (seg) => seg.segment);
}
export function graphemeLength(s) {
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(s))
        return s.length;
    let n = 0;
    for (const _ of segmenter.segment(s))
        n++;
    return n;
}
/** Compiled patterns are immutable and stateless: one per distinct pattern text is enough. */
const regexCache = new Map();
const REGEX_CACHE_SIZE = 500;
/**
 * Compiles a Terraform regular expression. Terraform's dialect is Go's regexp,
 * which is RE2, so the pattern goes to an RE2 engine unchanged: same syntax
 * (`(?P<n>...)`, `(?i)` anywhere, `\A`, `\z`, POSIX classes, `\pL`), same
 * errors for what RE2 rejects (backreferences, lookarounds), and matching in
 * time linear in the subject whatever the pattern, so a hostile pattern cannot
 * stall a scan.
 */
export function compileRe2(pattern) {
    const cached = regexCache.get(pattern);
    if (cached)
        return cached;
    let re;
    try {
        re = RE2JS.compile(pattern);
    }
    catch (e) {
        if (e instanceof RE2JSException) {
            // re2js words its errors as Go does: "error parsing regexp: missing closing ): `(a`".
            throw new EvalError(`invalid regular expression "${truncate(pattern)}": ${e.message.replace(/^error parsing regexp: /, '')}`);
        }
        throw e;
    }
    if (regexCache.size >= REGEX_CACHE_SIZE)
        regexCache.clear();
    regexCache.set(pattern, re);
    return re;
}
function matchOf(m, groupCount) {
    const groups = [];
    for (let g = 0; g <= groupCount; g++)
        groups.push(m.group(g) ?? undefined);
    return { index: m.start(), end: m.end(), groups };
}
/** The first match of `re` in `subject` (Go's FindStringSubmatchIndex), or undefined. */
export function firstMatch(re, subject) {
    const m = re.matcher(subject);
    return m.find(0) ? matchOf(m, re.groupCount()) : undefined;
}
/**
 * Every successive non-overlapping match, as Go's FindAll and ReplaceAll see
 * them: an empty match right after the previous match is skipped, and after
 * an empty match the search moves on by one code point. Each search starts at
 * a position of the whole subject, so `^`, `\b` and friends see the real
 * context. `visit` returning false stops the walk (a caller's size limit).
 */
export function eachMatch(re, subject, visit) {
    const m = re.matcher(subject);
    const groupCount = re.groupCount();
    let pos = 0;
    let prevEnd = -1;
    while (pos <= subject.length && m.find(pos)) {
        const start = m.start();
        const end = m.end();
        let accept = true;
        if (end === start) {
            if (start === prevEnd)
                accept = false;
            pos = end + codePointWidth(subject, end);
        }
        else {
            pos = end;
        }
        prevEnd = end;
        if (accept && visit(matchOf(m, groupCount)) === false)
            return;
    }
}
function codePointWidth(s, i) {
    if (i >= s.length)
        return 1;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff)
            return 2;
    }
    return 1;
}
/** Capture group names by index (index 0, the whole match, has none); '' for an unnamed group. */
export function groupNames(re) {
    const names = new Array(re.groupCount() + 1).fill('');
    for (const [name, index] of Object.entries(re.namedGroups()))
        names[index] = name;
    return names;
}
/**
 * Go regexp.Expand semantics for replace(): `$1`, `${1}`, `$name`, `${name}`,
 * `$$`. A name is the longest run of letters, digits and `_`; a name that is
 * not a group, or a group that took no part, expands to nothing; a `$` that
 * starts no valid reference stays as it is.
 */
export function expandReplacement(template, match, names) {
    if (!template.includes('$'))
        return template;
    let out = '';
    let i = 0;
    while (i < template.length) {
        const c = template[i];
        if (c !== '$' || i + 1 >= template.length) {
            out += c;
            i++;
            continue;
        }
        if (template[i + 1] === '$') {
            out += '$';
            i += 2;
            continue;
        }
        const braced = template[i + 1] === '{';
        const from = braced ? i + 2 : i + 1;
        let to = from;
        while (to < template.length && isNameChar(template.charCodeAt(to)))
            to++;
        if (to === from || (braced && template[to] !== '}')) {
            out += c; // not a reference: the `$` is literal text
            i++;
            continue;
        }
        const name = template.slice(from, to);
        const index = /^[0-9]+$/.test(name) ? Number(name) : names.indexOf(name);
        if (index >= 0)
            out += match.groups[index] ?? '';
        i = braced ? to + 1 : to;
    }
    return out;
}
function isNameChar(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
