import { list, unknown } from '../../../model/value.js';
import { EvalError } from './errors.js';
import { LIMITS } from './limits.js';
/** Reason given to values computed from a `ref` (a computed attribute of another resource). */
export const AFTER_APPLY = 'known after apply';
export function isUnknownish(v) {
    return v.t === 'unknown' || v.t === 'ref';
}
/** The unknown a result becomes when it depends on `v`; a ref keeps its target so links survive. */
export function unknownFrom(v, loc) {
    if (v.t === 'ref')
        return unknown(AFTER_APPLY, loc, v.ref);
    if (v.t === 'unknown')
        return unknown(v.reason, loc, v.ref);
    return unknown('unknown', loc);
}
/** The first argument that is itself unknown (not merely containing unknowns). */
export function firstUnknownShallow(values) {
    for (const v of values)
        if (v.t === 'unknown' || v.t === 'ref')
            return v;
    return undefined;
}
/** The first unknown anywhere inside the values, depth first. */
export function firstUnknownDeep(values) {
    for (const v of values) {
        const found = deepUnknown(v);
        if (found)
            return found;
    }
    return undefined;
}
function deepUnknown(v) {
    switch (v.t) {
        case 'unknown':
        case 'ref':
            return v;
        case 'list':
            for (const item of v.items) {
                const found = deepUnknown(item);
                if (found)
                    return found;
            }
            return undefined;
        case 'map':
            for (const item of v.entries.values()) {
                const found = deepUnknown(item);
                if (found)
                    return found;
            }
            return undefined;
        default:
            return undefined;
    }
}
/** Terraform renders numbers in plain decimal, never with an exponent. */
export function numberToString(n) {
    if (!Number.isFinite(n))
        throw new EvalError(`cannot represent ${n} as a number`);
    const s = String(n);
    if (!s.includes('e'))
        return s;
    if (Number.isInteger(n))
        return BigInt(n).toString();
    return n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}
/** Terraform's name for the type of a value, as used in error messages and by type(). */
export function typeName(v) {
    switch (v.t) {
        case 'string':
        case 'number':
        case 'bool':
            return v.t;
        case 'null':
            return 'null';
        case 'list':
            return 'tuple';
        case 'map':
            return 'object';
        default:
            return 'unknown';
    }
}
/** A string, or the string form of a number/bool; throws for anything else. Callers check unknowns first. */
export function toStr(v, what = 'value') {
    switch (v.t) {
        case 'string':
            return v.v;
        case 'number':
            return numberToString(v.v);
        case 'bool':
            return v.v ? 'true' : 'false';
        case 'null':
            throw new EvalError(`${what} must not be null`);
        default:
            throw new EvalError(`${what} must be a string, not ${typeName(v)}`);
    }
}
/** Numbers as Terraform converts them: from a number or a decimal string. */
export function toNum(v, what = 'value') {
    if (v.t === 'number')
        return v.v;
    if (v.t === 'string') {
        const s = v.v.trim();
        if (s !== '' && s === v.v && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s))
            return Number(s);
        throw new EvalError(`${what}: cannot convert "${truncate(v.v)}" to a number`);
    }
    if (v.t === 'null')
        throw new EvalError(`${what} must not be null`);
    throw new EvalError(`${what} must be a number, not ${typeName(v)}`);
}
export function toBoolean(v, what = 'value') {
    if (v.t === 'bool')
        return v.v;
    if (v.t === 'string') {
        if (v.v === 'true')
            return true;
        if (v.v === 'false')
            return false;
        throw new EvalError(`${what}: cannot convert "${truncate(v.v)}" to a bool`);
    }
    if (v.t === 'null')
        throw new EvalError(`${what} must not be null`);
    throw new EvalError(`${what} must be a bool, not ${typeName(v)}`);
}
export function toInt(v, what = 'value') {
    const n = toNum(v, what);
    if (!Number.isInteger(n))
        throw new EvalError(`${what} must be a whole number, not ${numberToString(n)}`);
    return n;
}
/**
 * Terraform equality: same type and same value, structurally. Returns undefined
 * when an unknown makes the answer unknown.
 */
export function valuesEqual(a, b) {
    if (isUnknownish(a) || isUnknownish(b))
        return undefined;
    if (a.t !== b.t)
        return false;
    switch (a.t) {
        case 'string':
        case 'number':
        case 'bool':
            return a.v === b.v;
        case 'null':
            return true;
        case 'list': {
            const bl = b.items;
            if (a.items.length !== bl.length)
                return false;
            let sawUnknown = false;
            for (let i = 0; i < bl.length; i++) {
                const eq = valuesEqual(a.items[i], bl[i]);
                if (eq === false)
                    return false;
                if (eq === undefined)
                    sawUnknown = true;
            }
            return sawUnknown ? undefined : true;
        }
        case 'map': {
            const be = b.entries;
            if (a.entries.size !== be.size)
                return false;
            let sawUnknown = false;
            for (const [k, item] of a.entries) {
                const other = be.get(k);
                if (!other)
                    return false;
                const eq = valuesEqual(item, other);
                if (eq === false)
                    return false;
                if (eq === undefined)
                    sawUnknown = true;
            }
            return sawUnknown ? undefined : true;
        }
        default:
            return undefined;
    }
}
/** Map keys in the order Terraform iterates them: lexicographic. */
export function sortedKeys(m) {
    const keys = [...m.entries.keys()];
    let sorted = true;
    for (let i = 1; i < keys.length; i++)
        if (keys[i - 1] > keys[i])
            sorted = false;
    return sorted ? keys : keys.sort(compareStrings);
}
export function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
export function checkStringLength(s) {
    if (s.length > LIMITS.maxStringLength)
        throw new EvalError(`string result longer than ${LIMITS.maxStringLength} characters`);
    return s;
}
export function checkCollectionSize(n) {
    if (n > LIMITS.maxCollectionItems)
        throw new EvalError(`collection result larger than ${LIMITS.maxCollectionItems} items`);
}
export function truncate(s, max = 60) {
    return s.length > max ? s.slice(0, max) + '…' : s;
}
/** A fully known value as plain data, for hashing and JSON; callers check unknowns first. */
export function plainOf(v) {
    switch (v.t) {
        case 'string':
        case 'number':
        case 'bool':
            return v.v;
        case 'null':
            return null;
        case 'list':
            return v.items.map(plainOf);
        case 'map': {
            const out = {};
            for (const k of sortedKeys(v))
                out[k] = plainOf(v.entries.get(k));
            return out;
        }
        default:
            throw new EvalError('value is not known');
    }
}
let unknownKeyCounter = 0;
/**
 * A string that is equal for two values exactly when Terraform considers them
 * equal (type included); unknowns never compare equal to anything.
 */
export function jsonKey(v) {
    switch (v.t) {
        case 'string':
            return 's' + JSON.stringify(v.v);
        case 'number':
            return 'n' + String(v.v);
        case 'bool':
            return v.v ? 'T' : 'F';
        case 'null':
            return 'N';
        case 'list':
            return '[' + v.items.map(jsonKey).join(',') + ']';
        case 'map':
            return '{' + sortedKeys(v).map((k) => JSON.stringify(k) + ':' + jsonKey(v.entries.get(k))).join(',') + '}';
        default:
            return '?' + unknownKeyCounter++;
    }
}
/**
 * Lists that are Terraform sets (from toset(), set functions, set(...) types).
 * The value tree has one list shape; iteration still needs to know: a `for`
 * or a dynamic block over a set gets each element as its key, not an index.
 */
const setValues = new WeakSet();
export function setList(items, loc) {
    const l = list(items, loc);
    setValues.add(l);
    return l;
}
export function isSet(v) {
    return v.t === 'list' && setValues.has(v);
}
