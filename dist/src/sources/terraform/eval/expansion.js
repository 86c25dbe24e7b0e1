import { map, num, str, unknown } from '../../../model/value.js';
import { messageOf } from './errors.js';
import { LIMITS } from './limits.js';
import { bind } from './scope.js';
import { AFTER_APPLY, compareStrings, isUnknownish, sortedKeys, toInt, toStr, typeName } from './values.js';
export function instanceSuffix(key) {
    if (key === undefined)
        return '';
    if (typeof key === 'number')
        return `[${key}]`;
    return `[${JSON.stringify(key)}]`;
}
export function instanceKeys(exp) {
    switch (exp.kind) {
        case 'single':
        case 'unknown':
            return [undefined];
        case 'count':
            return Array.from({ length: exp.count }, (_, i) => i);
        case 'each':
            return exp.keys;
        case 'possible':
            return exp.rest ? [...exp.keys, undefined] : exp.keys;
    }
}
/** Why an instance may not exist (its expansion is not known and not every outcome has it), or undefined when it surely does. */
export function doubtOf(exp, key) {
    if (exp.kind === 'unknown')
        return exp.doubt ?? `${exp.by} is not known (${exp.reason})`;
    if (exp.kind === 'possible' && (key === undefined || !exp.certain.has(key)))
        return exp.doubt ?? `${exp.by} is not known (${exp.reason})`;
    return undefined;
}
/**
 * The expansion a count (`by` = count) or for_each value gives. An invalid
 * value gives no instances (after reporting why); a value over the instance
 * limit too.
 */
export function expand(value, by, loc, problems) {
    const pending = (reason) => {
        problems.unknown(reason);
        return { kind: 'unknown', by, reason, loc };
    };
    const invalid = (message) => {
        problems.invalid(message);
        return { kind: 'count', count: 0, loc };
    };
    if (value.t === 'unknown')
        return pending(value.reason);
    if (value.t === 'ref')
        return pending(AFTER_APPLY);
    if (value.t === 'null')
        return invalid(`${by} must not be null`);
    const tooMany = (n) => invalid(`${by} gives ${n} instances, more than the limit of ${LIMITS.maxInstances}`);
    if (by === 'count') {
        let n;
        try {
            n = toInt(value, 'count');
        }
        catch (e) {
            return invalid(messageOf(e));
        }
        if (n < 0)
            return invalid('count must not be negative');
        if (n > LIMITS.maxInstances)
            return tooMany(n);
        return { kind: 'count', count: n, loc };
    }
    const values = new Map();
    if (value.t === 'map') {
        for (const k of sortedKeys(value))
            values.set(k, value.entries.get(k));
    }
    else if (value.t === 'list') {
        // A set of strings: each.key and each.value are both the string.
        for (const item of value.items) {
            if (isUnknownish(item))
                return pending(item.t === 'unknown' ? item.reason : AFTER_APPLY);
            if (item.t !== 'string' && item.t !== 'number' && item.t !== 'bool') {
                return invalid(`for_each needs a map or a set of strings, and this set holds a ${typeName(item)}`);
            }
            const s = toStr(item);
            values.set(s, item.t === 'string' ? item : str(s, item.loc));
        }
    }
    else
        return invalid(`for_each needs a map or a set of strings, not a ${typeName(value)}`);
    if (values.size > LIMITS.maxInstances)
        return tooMany(values.size);
    return { kind: 'each', keys: [...values.keys()].sort(compareStrings), values, loc };
}
/** Binds count.index or each.key / each.value for one instance. */
export function bindInstance(ctx, exp, key) {
    switch (exp.kind) {
        case 'single':
            return ctx;
        case 'count':
            return bind(ctx, 'count', map({ index: num(key, exp.loc) }, exp.loc));
        case 'each':
            return bind(ctx, 'each', map({ key: str(key, exp.loc), value: exp.values.get(key) }, exp.loc));
        case 'possible': {
            const pending = unknown(exp.reason, exp.loc);
            if (exp.by === 'count')
                return bind(ctx, 'count', map({ index: typeof key === 'number' ? num(key, exp.loc) : pending }, exp.loc));
            if (typeof key !== 'string')
                return bind(ctx, 'each', map({ key: pending, value: pending }, exp.loc));
            return bind(ctx, 'each', map({ key: str(key, exp.loc), value: exp.values.get(key) ?? pending }, exp.loc));
        }
        case 'unknown': {
            const pending = unknown(exp.reason, exp.loc);
            if (exp.by === 'count')
                return bind(ctx, 'count', map({ index: typeof key === 'number' ? num(key, exp.loc) : pending }, exp.loc));
            return bind(ctx, 'each', map({ key: typeof key === 'string' ? str(key, exp.loc) : pending, value: pending }, exp.loc));
        }
    }
}
