import { bool, list, map, nul, num, str } from '../../../../model/value.js';
import { EvalError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { numberToString, sortedKeys } from '../values.js';
/** Go's encoding/json escapes <, > and & (and the JS line separators), and Terraform inherits that. */
function quote(s) {
    return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
/** Callers make sure the value is fully known. The length is checked as it grows: shared values can be huge once expanded. */
export function jsonEncode(v) {
    const parts = [];
    let length = 0;
    const push = (s) => {
        length += s.length;
        if (length > LIMITS.maxStringLength)
            throw new EvalError(`JSON result longer than ${LIMITS.maxStringLength} characters`);
        parts.push(s);
    };
    const encode = (x) => {
        switch (x.t) {
            case 'string':
                return push(quote(x.v));
            case 'number':
                return push(numberToString(x.v));
            case 'bool':
                return push(x.v ? 'true' : 'false');
            case 'null':
                return push('null');
            case 'list':
                push('[');
                x.items.forEach((item, i) => {
                    if (i > 0)
                        push(',');
                    encode(item);
                });
                return push(']');
            case 'map':
                push('{');
                sortedKeys(x).forEach((k, i) => {
                    push((i > 0 ? ',' : '') + quote(k) + ':');
                    encode(x.entries.get(k));
                });
                return push('}');
            default:
                throw new EvalError('jsonencode: value is not known');
        }
    };
    encode(v);
    return parts.join('');
}
/** Plain decoded data (JSON.parse, YAML) to located values, depth-bounded. */
export function valueFromData(x, loc, depth = 0) {
    if (depth > LIMITS.maxValueDepth)
        throw new EvalError('decoded value is nested too deeply');
    if (x === null || x === undefined)
        return nul(loc);
    if (typeof x === 'string')
        return str(x, loc);
    if (typeof x === 'number')
        return num(x, loc);
    if (typeof x === 'bigint')
        return num(Number(x), loc);
    if (typeof x === 'boolean')
        return bool(x, loc);
    if (x instanceof Date)
        return str(x.toISOString(), loc);
    if (Array.isArray(x))
        return list(x.map((item) => valueFromData(item, loc, depth + 1)), loc);
    if (typeof x === 'object') {
        const entries = new Map();
        for (const [k, item] of Object.entries(x))
            entries.set(k, valueFromData(item, loc, depth + 1));
        return map(entries, loc);
    }
    throw new EvalError(`cannot represent a ${typeof x} as a value`);
}
export function jsonDecode(text, loc) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new EvalError(`jsondecode: ${e.message}`);
    }
    return valueFromData(data, loc);
}
