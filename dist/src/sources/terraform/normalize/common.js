/**
 * Helpers shared by the Terraform normalizers: turning located values into
 * facts and links. A normalizer reads SourceResource attributes and writes model
 * records; it never guesses a default for an unknown value.
 */
import { known, unknownFact } from '../../../model/fact.js';
import { asBool, asList, asNumber, asString, getPath, refOf } from '../../../model/value.js';
export function createNormalizeContext(resources, dataSources = []) {
    const byAddress = new Map();
    const typeIndex = new Map();
    for (const r of resources) {
        byAddress.set(r.address, r);
        let bucket = typeIndex.get(r.type);
        if (!bucket)
            typeIndex.set(r.type, (bucket = []));
        bucket.push(r);
    }
    const dataByAddress = new Map();
    for (const d of dataSources)
        dataByAddress.set(d.address, d);
    return { byAddress, byType: (type) => typeIndex.get(type) ?? [], dataByAddress };
}
/** The attribute value at a path of a resource's attributes (nested blocks are walked into their first block). */
export function attr(r, ...path) {
    return getPath(r.attrs, ...path);
}
function unknownReason(v) {
    if (v.t === 'unknown')
        return v.reason;
    if (v.t === 'ref')
        return `${v.ref.address}.${v.ref.attr.join('.')} is known only after apply`;
    return `unexpected ${v.t} value`;
}
/** A string fact; absent → the fallback fact (if given) else unknown "not set". */
export function stringFact(v, ifAbsent) {
    if (!v || v.t === 'null')
        return ifAbsent ?? unknownFact('not set');
    const s = asString(v);
    return s !== undefined ? known(s, v.loc) : unknownFact(unknownReason(v), v.loc);
}
export function boolFact(v, ifAbsent) {
    if (!v || v.t === 'null')
        return ifAbsent;
    const b = asBool(v);
    return b !== undefined ? known(b, v.loc) : unknownFact(unknownReason(v), v.loc);
}
export function numberFact(v, ifAbsent) {
    if (!v || v.t === 'null')
        return ifAbsent ?? unknownFact('not set');
    const n = asNumber(v);
    return n !== undefined ? known(n, v.loc) : unknownFact(unknownReason(v), v.loc);
}
/** A list of strings; unknown if the list or any item is unknown. */
export function stringListFact(v, ifAbsent) {
    if (!v || v.t === 'null')
        return ifAbsent ?? known([]);
    if (v.t === 'unknown' || v.t === 'ref')
        return unknownFact(unknownReason(v), v.loc);
    const out = [];
    for (const item of asList(v)) {
        if (item.t === 'null')
            continue;
        const s = asString(item);
        if (s === undefined)
            return unknownFact(unknownReason(item), item.loc ?? v.loc);
        out.push(s);
    }
    return known(out, v.loc);
}
/**
 * The first instance address (`x[0]`, `x["a"]`, `module.m[0].x`...) under an
 * un-indexed address, as the first of `ctx.byAddress` in order that starts
 * with `address[`. Indexed once per context: every address is filed under each
 * of its prefixes that end before a `[`, so a lookup is one Map read instead
 * of a scan of the whole scan unit per reference.
 */
const instancePrefixes = new WeakMap();
export function firstInstanceOf(ctx, address) {
    let index = instancePrefixes.get(ctx);
    if (!index) {
        index = new Map();
        for (const a of ctx.byAddress.keys())
            for (let i = a.indexOf('['); i >= 0; i = a.indexOf('[', i + 1)) {
                const prefix = a.slice(0, i);
                if (!index.has(prefix))
                    index.set(prefix, a);
            }
        instancePrefixes.set(ctx, index);
    }
    return index.get(address);
}
/**
 * Resources of `types` (in `types` order, then declaration order) filed by
 * the literal text of attribute `key`, built once per context: normalizers
 * that find a resource by its name attribute ask once per referring resource.
 */
const textIndexes = new WeakMap();
export function byAttributeText(ctx, types, key) {
    let perContext = textIndexes.get(ctx);
    if (!perContext)
        textIndexes.set(ctx, (perContext = new Map()));
    const id = `${types.join('\u0000')}\u0001${key}`;
    let index = perContext.get(id);
    if (!index) {
        index = new Map();
        for (const type of types)
            for (const r of ctx.byType(type)) {
                const text = asString(attr(r, key));
                if (text === undefined)
                    continue;
                const list = index.get(text);
                if (list)
                    list.push(r);
                else
                    index.set(text, [r]);
            }
        perContext.set(id, index);
    }
    return index;
}
/**
 * Resolves a reference-like value to a link: a `ref` to a resource in the scan
 * becomes a resource link (count/for_each instances are matched by base address
 * when the ref names the un-indexed resource); a literal id is external.
 */
export function linkOf(v, ctx) {
    if (!v || v.t === 'null')
        return { kind: 'unknown', reason: 'not set' };
    const ref = refOf(v);
    if (ref) {
        if (ctx.byAddress.has(ref.address))
            return { kind: 'resource', id: ref.address, loc: v.loc };
        const firstInstance = firstInstanceOf(ctx, ref.address);
        if (firstInstance)
            return { kind: 'resource', id: firstInstance, loc: v.loc };
        return { kind: 'unknown', reason: `${ref.address} is not in the scanned files`, loc: v.loc };
    }
    if (v.t === 'unknown')
        return { kind: 'unknown', reason: v.reason, loc: v.loc };
    const s = asString(v);
    if (s !== undefined)
        return { kind: 'external', value: s, loc: v.loc };
    return { kind: 'unknown', reason: `unexpected ${v.t} value`, loc: v.loc };
}
/** A list of links; an unknown list (e.g. from a variable) is reported as such. */
export function linkListOf(v, ctx) {
    if (!v || v.t === 'null')
        return [];
    if (v.t === 'unknown')
        return v.ref ? [linkOf(v, ctx)] : { unknown: v.reason };
    if (v.t === 'ref')
        return [linkOf(v, ctx)];
    return asList(v).map((item) => linkOf(item, ctx));
}
export function providerOf(r) {
    return r.provider === 'alicloud' ? 'alicloud' : 'aws';
}
export function regionFact(r) {
    return stringFact(r.region, unknownFact('no provider region configured'));
}
/** Tags as plain strings (unknown tag values are left out). */
export function tagsOf(r, key = 'tags') {
    const v = attr(r, key);
    const out = {};
    if (v?.t === 'map')
        for (const [k, item] of v.entries) {
            const s = asString(item);
            if (s !== undefined)
                out[k] = s;
        }
    return out;
}
/** The common base fields of a model record from its source resource. */
export function baseOf(r) {
    return {
        id: r.address,
        provider: providerOf(r),
        sourceKind: r.sourceKind,
        sourceType: r.type,
        region: regionFact(r),
        loc: r.loc,
        tags: tagsOf(r),
        ...(r.account ? { account: r.account } : {}),
        ...(r.mayNotExist ? { mayNotExist: r.mayNotExist } : {}),
    };
}
