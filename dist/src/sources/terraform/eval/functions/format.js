import { EvalError } from '../errors.js';
import { numberToString, toBoolean, toNum, toStr } from '../values.js';
import { jsonEncode } from './json.js';
export function formatValues(fmt, args) {
    let out = '';
    let next = 0;
    let maxUsed = 0;
    let i = 0;
    while (i < fmt.length) {
        const pct = fmt.indexOf('%', i);
        if (pct < 0) {
            out += fmt.slice(i);
            break;
        }
        out += fmt.slice(i, pct);
        i = pct + 1;
        if (fmt[i] === '%') {
            out += '%';
            i++;
            continue;
        }
        const spec = { minus: false, plus: false, space: false, zero: false, sharp: false };
        for (; i < fmt.length; i++) {
            const c = fmt[i];
            if (c === '-')
                spec.minus = true;
            else if (c === '+')
                spec.plus = true;
            else if (c === ' ')
                spec.space = true;
            else if (c === '0')
                spec.zero = true;
            else if (c === '#')
                spec.sharp = true;
            else
                break;
        }
        if (fmt[i] === '[') {
            const close = fmt.indexOf(']', i);
            const n = Number(fmt.slice(i + 1, close));
            if (close < 0 || !Number.isInteger(n) || n < 1)
                throw new EvalError('format: invalid explicit argument index');
            next = n - 1;
            i = close + 1;
        }
        const width = /^\d+/.exec(fmt.slice(i, i + 12));
        if (width) {
            spec.width = Math.min(Number(width[0]), 10_000);
            i += width[0].length;
        }
        if (fmt[i] === '.') {
            i++;
            const prec = /^\d*/.exec(fmt.slice(i, i + 12))[0];
            spec.precision = Math.min(Number(prec || '0'), 1000);
            i += prec.length;
        }
        const verb = fmt[i];
        if (verb === undefined)
            throw new EvalError('format: the format string ends in the middle of a verb');
        i++;
        if (next >= args.length)
            throw new EvalError(`format: not enough arguments for the verb %${verb}`);
        const arg = args[next++];
        maxUsed = Math.max(maxUsed, next);
        out += formatOne(verb, arg, spec);
    }
    if (maxUsed < args.length)
        throw new EvalError(`format: too many arguments; only ${maxUsed} used by the format string`);
    return out;
}
function formatOne(verb, arg, spec) {
    switch (verb) {
        case 'v':
            if (spec.sharp)
                return pad(jsonEncode(arg), spec, false);
            if (arg.t === 'null')
                return pad('null', spec, false);
            if (arg.t === 'list' || arg.t === 'map')
                return pad(jsonEncode(arg), spec, false);
            if (arg.t === 'number')
                return formatNumber('g', arg.v, spec);
            return pad(toStr(arg), spec, false);
        case 's': {
            let s = arg.t === 'null' ? 'null' : toStr(arg, 'format %s argument');
            if (spec.precision !== undefined)
                s = Array.from(s).slice(0, spec.precision).join('');
            return pad(s, spec, false);
        }
        case 'q':
            return pad(JSON.stringify(toStr(arg, 'format %q argument')), spec, false);
        case 't':
            return pad(toBoolean(arg, 'format %t argument') ? 'true' : 'false', spec, false);
        case 'd':
        case 'b':
        case 'o':
        case 'x':
        case 'X':
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            return formatNumber(verb, toNum(arg, `format %${verb} argument`), spec);
        default:
            throw new EvalError(`format: unsupported verb %${verb}`);
    }
}
function formatNumber(verb, n, spec) {
    const negative = n < 0 || Object.is(n, -0);
    const abs = Math.abs(n);
    let body;
    switch (verb) {
        case 'd':
        case 'b':
        case 'o':
        case 'x':
        case 'X': {
            if (!Number.isInteger(n))
                throw new EvalError(`format: %${verb} needs a whole number, not ${numberToString(n)}`);
            const radix = verb === 'd' ? 10 : verb === 'b' ? 2 : verb === 'o' ? 8 : 16;
            body = BigInt(abs).toString(radix);
            if (verb === 'X')
                body = body.toUpperCase();
            if (spec.sharp && verb === 'x')
                body = '0x' + body;
            if (spec.sharp && verb === 'X')
                body = '0X' + body;
            if (spec.sharp && verb === 'o')
                body = '0' + body;
            break;
        }
        case 'e':
        case 'E': {
            body = goExponent(abs.toExponential(spec.precision ?? 6));
            if (verb === 'E')
                body = body.toUpperCase();
            break;
        }
        case 'f':
        case 'F':
            body = abs.toFixed(spec.precision ?? 6);
            break;
        default: {
            // %g: shortest representation, exponent form only for very large or small numbers.
            if (spec.precision !== undefined)
                body = goExponent(abs.toPrecision(Math.max(spec.precision, 1)));
            else {
                const exp = abs === 0 ? 0 : Math.floor(Math.log10(abs));
                body = exp < -4 || exp >= 21 ? goExponent(abs.toExponential()) : numberToString(abs);
            }
            if (verb === 'G')
                body = body.toUpperCase();
        }
    }
    const sign = negative && n !== 0 ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
    return pad(body, spec, true, sign);
}
/** Go writes exponents with at least two digits: 1e+06, not 1e+6. */
function goExponent(s) {
    return s.replace(/e([+-])(\d)$/, 'e$10$2');
}
function pad(body, spec, numeric, sign = '') {
    const width = spec.width ?? 0;
    const len = Array.from(body).length + sign.length;
    if (len >= width)
        return sign + body;
    const fill = width - len;
    if (spec.minus)
        return sign + body + ' '.repeat(fill);
    if (spec.zero && numeric)
        return sign + '0'.repeat(fill) + body;
    return ' '.repeat(fill) + sign + body;
}
