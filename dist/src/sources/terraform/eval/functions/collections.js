/**
 * Collection functions: alltrue anytrue chunklist coalesce coalescelist compact
 * concat contains distinct element flatten index keys length lookup matchkeys
 * merge one range reverse setintersection setproduct setsubtract setunion
 * slice sort sum transpose values zipmap.
 */
import { bool, list, map, nul, num, refValue, str } from '../../../../model/value.js';
import { computedRefOf } from '../scope.js';
import { EvalError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { checkCollectionSize, compareStrings, isUnknownish, jsonKey, setList, sortedKeys, toBoolean, toInt, toNum, toStr, typeName, unknownFrom, valuesEqual, } from '../values.js';
import { graphemeLength } from './text.js';
export function listItems(v, fn) {
    if (v.t === 'list')
        return v.items;
    if (v.t === 'null')
        throw new EvalError(`${fn}: argument must not be null`);
    throw new EvalError(`${fn}: expected a list, not ${typeName(v)}`);
}
function mapOf(v, fn) {
    if (v.t === 'map')
        return v;
    if (v.t === 'null')
        throw new EvalError(`${fn}: argument must not be null`);
    throw new EvalError(`${fn}: expected a map, not ${typeName(v)}`);
}
/** Removes duplicates (by Terraform equality), keeping first occurrences. */
export function distinctValues(items) {
    const seen = new Set();
    const out = [];
    for (const item of items) {
        const key = jsonKey(item);
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(item);
    }
    return out;
}
/** Sets of strings or of numbers come out ordered, as Terraform orders them. */
export function setOrder(items) {
    if (items.length > 1 && items.every((i) => i.t === 'string')) {
        return [...items].sort((a, b) => compareStrings(a.v, b.v));
    }
    if (items.length > 1 && items.every((i) => i.t === 'number')) {
        return [...items].sort((a, b) => a.v - b.v);
    }
    return items;
}
function toSetItems(v, fn) {
    return distinctValues(listItems(v, fn));
}
function flattenInto(items, out, depth) {
    if (depth > LIMITS.maxValueDepth)
        throw new EvalError('flatten: list nested too deeply');
    for (const item of items) {
        if (isUnknownish(item))
            return item;
        if (item.t === 'list') {
            const unknownItem = flattenInto(item.items, out, depth + 1);
            if (unknownItem)
                return unknownItem;
        }
        else
            out.push(item);
        checkCollectionSize(out.length);
    }
    return undefined;
}
function boolScan(args, fc, fn, decisive) {
    const items = listItems(args[0], fn);
    let pending;
    for (const item of items) {
        if (isUnknownish(item)) {
            pending ??= item;
            continue;
        }
        if (item.t === 'null') {
            if (decisive)
                continue;
            return bool(false, fc.loc);
        }
        if (toBoolean(item, `${fn} element`) === decisive)
            return bool(decisive, fc.loc);
    }
    if (pending)
        return unknownFrom(pending, fc.loc);
    return bool(!decisive, fc.loc);
}
export const collectionFunctions = {
    alltrue: { params: 1, unknowns: 'shallow', impl: (args, fc) => boolScan(args, fc, 'alltrue', false) },
    anytrue: { params: 1, unknowns: 'shallow', impl: (args, fc) => boolScan(args, fc, 'anytrue', true) },
    chunklist: {
        params: 2,
        unknowns: 'shallow',
        impl: ([l, size], fc) => {
            const items = listItems(l, 'chunklist');
            const n = toInt(size, 'chunklist size');
            if (n < 0)
                throw new EvalError('chunklist: size must not be negative');
            if (n === 0)
                return list([list(items, fc.loc)], fc.loc);
            const out = [];
            for (let i = 0; i < items.length; i += n)
                out.push(list(items.slice(i, i + n), fc.loc));
            return list(out, fc.loc);
        },
    },
    coalesce: {
        params: 0,
        variadic: true,
        unknowns: 'self',
        impl: (args, fc) => {
            for (const a of args) {
                if (isUnknownish(a))
                    return unknownFrom(a, fc.loc);
                if (a.t === 'null' || (a.t === 'string' && a.v === ''))
                    continue;
                return a;
            }
            throw new EvalError('coalesce: no non-null, non-empty-string arguments');
        },
    },
    coalescelist: {
        params: 0,
        variadic: true,
        unknowns: 'self',
        impl: (args, fc) => {
            for (const a of args) {
                if (isUnknownish(a))
                    return unknownFrom(a, fc.loc);
                if (a.t === 'null')
                    continue;
                if (listItems(a, 'coalescelist').length > 0)
                    return a;
            }
            throw new EvalError('coalescelist: no non-empty list arguments');
        },
    },
    compact: {
        params: 1,
        unknowns: 'deep',
        impl: ([l], fc) => list(listItems(l, 'compact').filter((i) => i.t !== 'null' && toStr(i, 'compact element') !== ''), fc.loc),
    },
    concat: {
        params: 0,
        variadic: true,
        unknowns: 'shallow',
        impl: (args, fc) => {
            const out = [];
            for (const a of args)
                out.push(...listItems(a, 'concat'));
            checkCollectionSize(out.length);
            return list(out, fc.loc);
        },
    },
    contains: {
        params: 2,
        unknowns: 'shallow',
        impl: ([l, needle], fc) => {
            const items = listItems(l, 'contains');
            let pending;
            for (const item of items) {
                const eq = valuesEqual(item, needle);
                if (eq === true)
                    return bool(true, fc.loc);
                if (eq === undefined)
                    pending ??= isUnknownish(item) ? item : needle;
            }
            return pending ? unknownFrom(pending, fc.loc) : bool(false, fc.loc);
        },
    },
    distinct: { params: 1, unknowns: 'deep', impl: ([l], fc) => list(distinctValues(listItems(l, 'distinct')), fc.loc) },
    element: {
        params: 2,
        unknowns: 'shallow',
        impl: ([l, idx], _fc) => {
            const items = listItems(l, 'element');
            const i = toInt(idx, 'element index');
            if (items.length === 0)
                throw new EvalError('element: cannot use element function with an empty list');
            if (i < 0)
                throw new EvalError('element: index must not be negative');
            return items[i % items.length];
        },
    },
    flatten: {
        params: 1,
        unknowns: 'shallow',
        impl: ([l], fc) => {
            const out = [];
            const unknownItem = flattenInto(listItems(l, 'flatten'), out, 0);
            return unknownItem ? unknownFrom(unknownItem, fc.loc) : list(out, fc.loc);
        },
    },
    index: {
        params: 2,
        unknowns: 'deep',
        impl: ([l, needle], fc) => {
            const i = listItems(l, 'index').findIndex((item) => valuesEqual(item, needle) === true);
            if (i < 0)
                throw new EvalError('index: item not found');
            return num(i, fc.loc);
        },
    },
    keys: {
        params: 1,
        unknowns: 'shallow',
        impl: ([m], fc) => list(sortedKeys(mapOf(m, 'keys')).map((k) => str(k, fc.loc)), fc.loc),
    },
    length: {
        params: 1,
        unknowns: 'shallow',
        impl: ([v], fc) => {
            switch (v.t) {
                case 'string':
                    return num(graphemeLength(v.v), fc.loc);
                case 'list':
                    return num(v.items.length, fc.loc);
                case 'map':
                    return num(v.entries.size, fc.loc);
                case 'null':
                    throw new EvalError('length: argument must not be null');
                default:
                    throw new EvalError(`length: cannot take the length of a ${typeName(v)}`);
            }
        },
    },
    lookup: {
        params: 2,
        optional: 1,
        unknowns: 'shallow',
        impl: ([m, key, fallback], fc) => {
            const k = toStr(key, 'lookup key');
            const source = mapOf(m, 'lookup');
            const found = source.entries.get(k);
            // A resource object has every attribute: one it does not configure is computed.
            const computed = computedRefOf(source);
            if (computed && (!found || found.t === 'null'))
                return refValue({ address: computed.address, attr: [...computed.attr, k] }, fc.loc);
            if (found)
                return found;
            if (fallback)
                return fallback;
            throw new EvalError(`lookup: the map has no key "${k}"`);
        },
    },
    matchkeys: {
        params: 3,
        unknowns: 'deep',
        impl: ([vals, keyList, search], fc) => {
            const values = listItems(vals, 'matchkeys');
            const keyItems = listItems(keyList, 'matchkeys');
            if (values.length !== keyItems.length)
                throw new EvalError('matchkeys: values and keys must have the same length');
            const wanted = new Set(listItems(search, 'matchkeys').map(jsonKey));
            return list(values.filter((_, i) => wanted.has(jsonKey(keyItems[i]))), fc.loc);
        },
    },
    merge: {
        params: 0,
        variadic: true,
        unknowns: 'shallow',
        impl: (args, fc) => {
            const out = new Map();
            for (const a of args) {
                if (a.t === 'null')
                    continue;
                for (const [k, item] of mapOf(a, 'merge').entries) {
                    out.delete(k);
                    out.set(k, item);
                }
            }
            return map(out, fc.loc);
        },
    },
    one: {
        params: 1,
        unknowns: 'shallow',
        impl: ([l], fc) => {
            if (l.t === 'null')
                return nul(fc.loc);
            const items = listItems(l, 'one');
            if (items.length > 1)
                throw new EvalError(`one: the list has ${items.length} elements, at most one is allowed`);
            return items[0] ?? nul(fc.loc);
        },
    },
    range: {
        params: 1,
        optional: 2,
        unknowns: 'deep',
        impl: (args, fc) => {
            const nums = args.map((a) => toNum(a, 'range'));
            let start = 0;
            let limit;
            let step;
            if (nums.length === 1)
                limit = nums[0];
            else {
                start = nums[0];
                limit = nums[1];
            }
            if (nums.length === 3)
                step = nums[2];
            else
                step = limit >= start ? 1 : -1;
            if (step === 0)
                throw new EvalError('range: step must not be zero');
            if ((step > 0 && limit < start) || (step < 0 && limit > start)) {
                throw new EvalError('range: the step moves away from the limit');
            }
            const out = [];
            for (let x = start; step > 0 ? x < limit : x > limit; x += step) {
                out.push(num(x, fc.loc));
                if (out.length > 1024)
                    throw new EvalError('range: more than 1024 values were generated');
            }
            return list(out, fc.loc);
        },
    },
    reverse: { params: 1, unknowns: 'shallow', impl: ([l], fc) => list([...listItems(l, 'reverse')].reverse(), fc.loc) },
    setintersection: {
        params: 1,
        variadic: true,
        unknowns: 'deep',
        impl: (args, fc) => {
            let acc = toSetItems(args[0], 'setintersection');
            for (const a of args.slice(1)) {
                const keys = new Set(listItems(a, 'setintersection').map(jsonKey));
                acc = acc.filter((i) => keys.has(jsonKey(i)));
            }
            return setList(setOrder(acc), fc.loc);
        },
    },
    setsubtract: {
        params: 2,
        unknowns: 'deep',
        impl: ([a, b], fc) => {
            const remove = new Set(listItems(b, 'setsubtract').map(jsonKey));
            return setList(setOrder(toSetItems(a, 'setsubtract').filter((i) => !remove.has(jsonKey(i)))), fc.loc);
        },
    },
    setunion: {
        params: 1,
        variadic: true,
        unknowns: 'deep',
        impl: (args, fc) => {
            const all = [];
            for (const a of args)
                all.push(...listItems(a, 'setunion'));
            checkCollectionSize(all.length);
            return setList(setOrder(distinctValues(all)), fc.loc);
        },
    },
    setproduct: {
        params: 1,
        variadic: true,
        unknowns: 'shallow',
        impl: (args, fc) => {
            const sets = args.map((a) => listItems(a, 'setproduct'));
            const total = sets.reduce((n, s) => n * s.length, 1);
            checkCollectionSize(total);
            let rows = [[]];
            for (const s of sets) {
                const nextRows = [];
                for (const row of rows)
                    for (const item of s)
                        nextRows.push([...row, item]);
                rows = nextRows;
            }
            return list(rows.map((r) => list(r, fc.loc)), fc.loc);
        },
    },
    slice: {
        params: 3,
        unknowns: 'shallow',
        impl: ([l, from, to], fc) => {
            const items = listItems(l, 'slice');
            const start = toInt(from, 'slice start');
            const end = toInt(to, 'slice end');
            if (start < 0 || end > items.length || start > end) {
                throw new EvalError(`slice: indexes ${start}..${end} are out of range for a list of ${items.length}`);
            }
            return list(items.slice(start, end), fc.loc);
        },
    },
    sort: {
        params: 1,
        unknowns: 'deep',
        impl: ([l], fc) => {
            const strings = listItems(l, 'sort').map((i) => toStr(i, 'sort element'));
            return list(strings.sort(compareStrings).map((s) => str(s, fc.loc)), fc.loc);
        },
    },
    sum: {
        params: 1,
        unknowns: 'deep',
        impl: ([l], fc) => {
            const items = listItems(l, 'sum');
            if (items.length === 0)
                throw new EvalError('sum: cannot sum an empty list');
            return num(items.reduce((acc, i) => acc + toNum(i, 'sum element'), 0), fc.loc);
        },
    },
    transpose: {
        params: 1,
        unknowns: 'deep',
        impl: ([m], fc) => {
            const out = new Map();
            const source = mapOf(m, 'transpose');
            for (const k of sortedKeys(source)) {
                for (const item of listItems(source.entries.get(k), 'transpose')) {
                    const s = toStr(item, 'transpose element');
                    let bucket = out.get(s);
                    if (!bucket)
                        out.set(s, (bucket = []));
                    bucket.push(k);
                }
            }
            const entries = new Map();
            for (const [k, ks] of out)
                entries.set(k, list(ks.map((x) => str(x, fc.loc)), fc.loc));
            return map(entries, fc.loc);
        },
    },
    values: {
        params: 1,
        unknowns: 'shallow',
        impl: ([m], fc) => {
            const source = mapOf(m, 'values');
            return list(sortedKeys(source).map((k) => source.entries.get(k)), fc.loc);
        },
    },
    zipmap: {
        params: 2,
        unknowns: 'shallow',
        impl: ([ks, vs], fc) => {
            const keyItems = listItems(ks, 'zipmap');
            const valueItems = listItems(vs, 'zipmap');
            if (keyItems.length !== valueItems.length)
                throw new EvalError('zipmap: keys and values must have the same length');
            const out = new Map();
            for (let i = 0; i < keyItems.length; i++) {
                const k = keyItems[i];
                if (isUnknownish(k))
                    return unknownFrom(k, fc.loc);
                out.set(toStr(k, 'zipmap key'), valueItems[i]);
            }
            return map(out, fc.loc);
        },
    },
};
