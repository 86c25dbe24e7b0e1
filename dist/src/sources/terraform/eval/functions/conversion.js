/** Type conversion functions: tobool tolist tomap tonumber toset tostring type, and the sensitivity markers (no-ops here). */
import { bool, list, map, nul, num, str } from '../../../../model/value.js';
import { EvalError } from '../errors.js';
import { isUnknownish, numberToString, setList, toBoolean, toNum, toStr, typeName, unknownFrom } from '../values.js';
import { distinctValues, listItems, setOrder } from './collections.js';
/**
 * Collections in Terraform hold one element type: mixing strings with numbers
 * or bools converts them all to strings, as tolist/toset/tomap do.
 */
export function unifyPrimitives(items, fc) {
    const hasString = items.some((i) => i.t === 'string');
    const hasOther = items.some((i) => i.t === 'number' || i.t === 'bool');
    if (!hasString || !hasOther)
        return items;
    return items.map((i) => (i.t === 'number' || i.t === 'bool' ? str(toStr(i), fc.loc) : i));
}
function typeString(v) {
    if (v.t === 'list')
        return `tuple([${v.items.map(typeString).join(', ')}])`;
    if (v.t === 'map')
        return `object({${[...v.entries].map(([k, i]) => `${k}: ${typeString(i)}`).join(', ')}})`;
    if (v.t === 'null')
        return 'dynamic';
    return typeName(v);
}
export const conversionFunctions = {
    tostring: {
        params: 1,
        unknowns: 'shallow',
        impl: ([v], fc) => {
            if (v.t === 'null')
                return nul(fc.loc);
            if (v.t === 'string')
                return v;
            if (v.t === 'number')
                return str(numberToString(v.v), fc.loc);
            if (v.t === 'bool')
                return str(v.v ? 'true' : 'false', fc.loc);
            throw new EvalError(`tostring: cannot convert a ${typeName(v)} to a string`);
        },
    },
    tonumber: {
        params: 1,
        unknowns: 'shallow',
        impl: ([v], fc) => (v.t === 'null' ? nul(fc.loc) : v.t === 'number' ? v : num(toNum(v, 'tonumber'), fc.loc)),
    },
    tobool: {
        params: 1,
        unknowns: 'shallow',
        impl: ([v], fc) => (v.t === 'null' ? nul(fc.loc) : v.t === 'bool' ? v : bool(toBoolean(v, 'tobool'), fc.loc)),
    },
    tolist: {
        params: 1,
        unknowns: 'shallow',
        impl: ([v], fc) => (v.t === 'null' ? nul(fc.loc) : list(unifyPrimitives(listItems(v, 'tolist'), fc), fc.loc)),
    },
    toset: {
        params: 1,
        unknowns: 'shallow',
        impl: ([v], fc) => {
            if (v.t === 'null')
                return nul(fc.loc);
            const items = unifyPrimitives(listItems(v, 'toset'), fc);
            // A set with unknown members cannot be deduplicated yet.
            const pending = items.find(isUnknownish);
            if (pending)
                return unknownFrom(pending, fc.loc);
            return setList(setOrder(distinctValues(items)), fc.loc);
        },
    },
    tomap: {
        params: 1,
        unknowns: 'shallow',
        impl: ([v], fc) => {
            if (v.t === 'null')
                return nul(fc.loc);
            if (v.t !== 'map')
                throw new EvalError(`tomap: cannot convert a ${typeName(v)} to a map`);
            const keys = [...v.entries.keys()];
            const items = unifyPrimitives([...v.entries.values()], fc);
            return map(new Map(keys.map((k, i) => [k, items[i]])), fc.loc);
        },
    },
    type: { params: 1, unknowns: 'shallow', impl: ([v], fc) => str(typeString(v), fc.loc) },
    sensitive: { params: 1, unknowns: 'self', impl: ([v]) => v },
    nonsensitive: { params: 1, unknowns: 'self', impl: ([v]) => v },
    // Values are never marked sensitive or ephemeral here: a scan reads configuration, not secrets.
    issensitive: { params: 1, unknowns: 'self', impl: (_args, fc) => bool(false, fc.loc) },
    ephemeralasnull: { params: 1, unknowns: 'self', impl: ([v]) => v },
};
