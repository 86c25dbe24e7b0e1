/** Numeric functions: abs ceil floor log max min parseint pow signum. */
import { num } from '../../../../model/value.js';
import { EvalError } from '../errors.js';
import { toInt, toNum, toStr } from '../values.js';
function numbersOf(args, fn) {
    const out = args.map((a, i) => toNum(a, `${fn} argument ${i + 1}`));
    if (out.length === 0)
        throw new EvalError(`${fn} needs at least one argument`);
    return out;
}
export const numericFunctions = {
    abs: { params: 1, unknowns: 'deep', impl: ([x], fc) => num(Math.abs(toNum(x, 'abs')), fc.loc) },
    ceil: { params: 1, unknowns: 'deep', impl: ([x], fc) => num(Math.ceil(toNum(x, 'ceil')), fc.loc) },
    floor: { params: 1, unknowns: 'deep', impl: ([x], fc) => num(Math.floor(toNum(x, 'floor')), fc.loc) },
    log: {
        params: 2,
        unknowns: 'deep',
        impl: ([x, base], fc) => num(Math.log(toNum(x, 'log')) / Math.log(toNum(base, 'log base')), fc.loc),
    },
    max: { params: 0, variadic: true, unknowns: 'deep', impl: (args, fc) => num(Math.max(...numbersOf(args, 'max')), fc.loc) },
    min: { params: 0, variadic: true, unknowns: 'deep', impl: (args, fc) => num(Math.min(...numbersOf(args, 'min')), fc.loc) },
    parseint: {
        params: 2,
        unknowns: 'deep',
        impl: ([s, b], fc) => {
            const text = toStr(s, 'parseint');
            const base = toInt(b, 'parseint base');
            if (base < 2 || base > 62)
                throw new EvalError('parseint base must be between 2 and 62');
            return num(parseIntStrict(text, base), fc.loc);
        },
    },
    pow: { params: 2, unknowns: 'deep', impl: ([x, y], fc) => num(Math.pow(toNum(x, 'pow'), toNum(y, 'pow')), fc.loc) },
    signum: { params: 1, unknowns: 'deep', impl: ([x], fc) => num(Math.sign(toNum(x, 'signum')) || 0, fc.loc) },
};
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Go's big.Int SetString: the whole string must be digits of the base (letters case-insensitive up to base 36). */
function parseIntStrict(text, base) {
    let s = text;
    let sign = 1n;
    if (s.startsWith('-') || s.startsWith('+')) {
        if (s[0] === '-')
            sign = -1n;
        s = s.slice(1);
    }
    if (s === '')
        throw new EvalError(`cannot parse "${text}" as a base ${base} integer`);
    let acc = 0n;
    const big = BigInt(base);
    for (const ch of s) {
        let d = DIGITS.indexOf(base <= 36 ? ch.toLowerCase() : ch);
        if (base <= 36 && d >= 36)
            d = -1;
        if (d < 0 || d >= base)
            throw new EvalError(`cannot parse "${text}" as a base ${base} integer`);
        acc = acc * big + BigInt(d);
    }
    return Number(sign * acc);
}
