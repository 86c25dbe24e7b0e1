/**
 * String functions: chomp endswith format formatlist indent join lower upper
 * regex regexall replace split startswith strcontains strrev substr
 * templatestring title trim trimprefix trimsuffix trimspace.
 */
import { bool, list, map, nul, str } from '../../../../model/value.js';
import { EvalError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { checkCollectionSize, checkStringLength, toInt, toStr, truncate } from '../values.js';
import { formatValues } from './format.js';
import { compileRe2, eachMatch, expandReplacement, firstMatch, graphemes, groupNames } from './text.js';
/**
 * Terraform's shape for one match: the matched string when the pattern has no
 * capture groups, an object when every group is named, a tuple when none is;
 * a group that took no part in the match is null.
 */
function regexResult(re, m, fc) {
    const names = groupNames(re);
    const groupOf = (g) => (g === undefined ? nul(fc.loc) : str(g, fc.loc));
    if (names.length === 1)
        return str(m.groups[0], fc.loc);
    const named = names.filter((n) => n !== '').length;
    if (named > 0) {
        if (named !== names.length - 1)
            throw new EvalError('regex: named and unnamed capture groups cannot be mixed');
        const out = new Map();
        for (let g = 1; g < names.length; g++)
            out.set(names[g], groupOf(m.groups[g]));
        return map(out, fc.loc);
    }
    return list(m.groups.slice(1).map(groupOf), fc.loc);
}
function isRegexPattern(s) {
    return s.length > 1 && s.startsWith('/') && s.endsWith('/');
}
export const stringFunctions = {
    chomp: { params: 1, unknowns: 'deep', impl: ([s], fc) => str(toStr(s, 'chomp').replace(/(?:\r\n?|\n)+$/, ''), fc.loc) },
    endswith: {
        params: 2,
        unknowns: 'deep',
        impl: ([s, suffix], fc) => bool(toStr(s, 'endswith').endsWith(toStr(suffix, 'endswith suffix')), fc.loc),
    },
    strcontains: {
        params: 2,
        unknowns: 'deep',
        impl: ([s, sub], fc) => bool(toStr(s, 'strcontains').includes(toStr(sub, 'strcontains substring')), fc.loc),
    },
    templatestring: {
        params: 2,
        unknowns: 'shallow',
        impl: ([template, vars], fc) => {
            if (vars.t !== 'map')
                throw new EvalError(`templatestring: variables must be a map`);
            return fc.renderTemplate(toStr(template, 'templatestring template'), '(templatestring)', vars);
        },
    },
    startswith: {
        params: 2,
        unknowns: 'deep',
        impl: ([s, prefix], fc) => bool(toStr(s, 'startswith').startsWith(toStr(prefix, 'startswith prefix')), fc.loc),
    },
    format: {
        params: 1,
        variadic: true,
        unknowns: 'deep',
        impl: ([spec, ...rest], fc) => str(checkStringLength(formatValues(toStr(spec, 'format string'), rest)), fc.loc),
    },
    formatlist: {
        params: 1,
        variadic: true,
        unknowns: 'deep',
        impl: ([spec, ...rest], fc) => {
            const fmt = toStr(spec, 'format string');
            let n = -1;
            for (const a of rest) {
                if (a.t !== 'list')
                    continue;
                if (n >= 0 && a.items.length !== n)
                    throw new EvalError('formatlist: all list arguments must have the same length');
                n = a.items.length;
            }
            if (n < 0)
                n = 1;
            checkCollectionSize(n);
            const out = [];
            for (let i = 0; i < n; i++) {
                const row = rest.map((a) => (a.t === 'list' ? a.items[i] : a));
                out.push(str(checkStringLength(formatValues(fmt, row)), fc.loc));
            }
            return list(out, fc.loc);
        },
    },
    indent: {
        params: 2,
        unknowns: 'deep',
        impl: ([n, s], fc) => {
            const count = toInt(n, 'indent spaces');
            if (count < 0 || count > 10_000)
                throw new EvalError('indent: spaces must be between 0 and 10000');
            return str(checkStringLength(toStr(s, 'indent').replace(/\n/g, '\n' + ' '.repeat(count))), fc.loc);
        },
    },
    join: {
        params: 1,
        variadic: true,
        unknowns: 'deep',
        impl: ([sep, ...lists], fc) => {
            const separator = toStr(sep, 'join separator');
            if (lists.length === 0)
                throw new EvalError('join needs at least one list');
            const parts = [];
            let length = 0;
            for (const l of lists) {
                if (l.t !== 'list')
                    throw new EvalError(`join: expected a list, not ${l.t}`);
                for (const item of l.items) {
                    if (item.t === 'null')
                        throw new EvalError('join: a list element is null');
                    const part = toStr(item, 'join element');
                    length += part.length + separator.length;
                    if (length > LIMITS.maxStringLength)
                        throw new EvalError(`join: result longer than ${LIMITS.maxStringLength} characters`);
                    parts.push(part);
                }
            }
            return str(checkStringLength(parts.join(separator)), fc.loc);
        },
    },
    lower: { params: 1, unknowns: 'deep', impl: ([s], fc) => str(toStr(s, 'lower').toLowerCase(), fc.loc) },
    upper: { params: 1, unknowns: 'deep', impl: ([s], fc) => str(toStr(s, 'upper').toUpperCase(), fc.loc) },
    regex: {
        params: 2,
        unknowns: 'deep',
        impl: ([pattern, s], fc) => {
            const source = toStr(pattern, 'regex pattern');
            const re = compileRe2(source);
            const subject = toStr(s, 'regex string');
            const m = firstMatch(re, subject);
            if (!m)
                throw new EvalError(`regex: pattern "${truncate(source)}" did not match "${truncate(subject)}"`);
            return regexResult(re, m, fc);
        },
    },
    regexall: {
        params: 2,
        unknowns: 'deep',
        impl: ([pattern, s], fc) => {
            const re = compileRe2(toStr(pattern, 'regexall pattern'));
            const subject = toStr(s, 'regexall string');
            const out = [];
            eachMatch(re, subject, (m) => {
                out.push(regexResult(re, m, fc));
                checkCollectionSize(out.length);
            });
            return list(out, fc.loc);
        },
    },
    replace: {
        params: 3,
        unknowns: 'deep',
        impl: ([s, search, replacement], fc) => {
            const subject = toStr(s, 'replace string');
            const needle = toStr(search, 'replace substring');
            const repl = toStr(replacement, 'replace replacement');
            if (isRegexPattern(needle)) {
                // Go's ReplaceAllString: the same matches as FindAll, each replaced by the expanded template.
                const re = compileRe2(needle.slice(1, -1));
                const names = groupNames(re);
                let out = '';
                let last = 0;
                eachMatch(re, subject, (m) => {
                    out += subject.slice(last, m.index) + expandReplacement(repl, m, names);
                    last = m.end;
                    checkStringLength(out);
                });
                return str(checkStringLength(out + subject.slice(last)), fc.loc);
            }
            if (needle === '') {
                // Go's strings.Replace with an empty old string inserts between every character.
                const chars = Array.from(subject);
                return str(checkStringLength(repl + chars.join(repl) + (chars.length ? repl : '')), fc.loc);
            }
            return str(checkStringLength(subject.split(needle).join(repl)), fc.loc);
        },
    },
    split: {
        params: 2,
        unknowns: 'deep',
        impl: ([sep, s], fc) => {
            const separator = toStr(sep, 'split separator');
            const subject = toStr(s, 'split string');
            const parts = separator === '' ? Array.from(subject) : subject.split(separator);
            checkCollectionSize(parts.length);
            return list(parts.map((p) => str(p, fc.loc)), fc.loc);
        },
    },
    strrev: { params: 1, unknowns: 'deep', impl: ([s], fc) => str(graphemes(toStr(s, 'strrev')).reverse().join(''), fc.loc) },
    substr: {
        params: 3,
        unknowns: 'deep',
        impl: ([s, off, len], fc) => {
            const chars = graphemes(toStr(s, 'substr'));
            let offset = toInt(off, 'substr offset');
            const length = toInt(len, 'substr length');
            if (offset < 0)
                offset = Math.max(0, chars.length + offset);
            if (offset > chars.length)
                throw new EvalError('substr: offset is beyond the end of the string');
            const end = length < 0 ? chars.length : Math.min(chars.length, offset + length);
            return str(chars.slice(offset, end).join(''), fc.loc);
        },
    },
    title: {
        params: 1,
        unknowns: 'deep',
        impl: ([s], fc) => {
            let prevIsSeparator = true;
            let out = '';
            for (const ch of toStr(s, 'title')) {
                out += prevIsSeparator ? ch.toUpperCase() : ch;
                prevIsSeparator = !/[\p{L}\p{N}_]/u.test(ch) && (ch.charCodeAt(0) < 0x80 || /\s/u.test(ch));
            }
            return str(out, fc.loc);
        },
    },
    trim: {
        params: 2,
        unknowns: 'deep',
        impl: ([s, cut], fc) => {
            const cutset = new Set(Array.from(toStr(cut, 'trim cutset')));
            const chars = Array.from(toStr(s, 'trim'));
            let a = 0;
            let b = chars.length;
            while (a < b && cutset.has(chars[a]))
                a++;
            while (b > a && cutset.has(chars[b - 1]))
                b--;
            return str(chars.slice(a, b).join(''), fc.loc);
        },
    },
    trimprefix: {
        params: 2,
        unknowns: 'deep',
        impl: ([s, p], fc) => {
            const subject = toStr(s, 'trimprefix');
            const prefix = toStr(p, 'trimprefix prefix');
            return str(subject.startsWith(prefix) ? subject.slice(prefix.length) : subject, fc.loc);
        },
    },
    trimsuffix: {
        params: 2,
        unknowns: 'deep',
        impl: ([s, p], fc) => {
            const subject = toStr(s, 'trimsuffix');
            const suffix = toStr(p, 'trimsuffix suffix');
            return str(subject.endsWith(suffix) && suffix !== '' ? subject.slice(0, -suffix.length) : subject, fc.loc);
        },
    },
    trimspace: { params: 1, unknowns: 'deep', impl: ([s], fc) => str(toStr(s, 'trimspace').trim(), fc.loc) },
};
