/**
 * Helpers for the CloudFormation / ROS normalizers: reading template
 * properties as facts and following `Ref` / `Fn::GetAtt` links between
 * resources. The fact and link builders are the Terraform normalizers' own
 * (src/sources/terraform/normalize/common.ts), so both sources state unknowns
 * and links the same way; what differs is template syntax (tags as
 * `[{Key, Value}]`, names given by `XxxName` properties).
 */
import { unknownFact } from '../../../model/fact.js';
import { asList, asString, present, refOf } from '../../../model/value.js';
import { describeRef } from '../evaluate/evaluator.js';
import { attr, baseOf, boolFact, createNormalizeContext, linkListOf, linkOf, numberFact, stringFact, stringListFact, } from '../../terraform/normalize/common.js';
export { attr, boolFact, createNormalizeContext, linkListOf, linkOf, numberFact, present, refOf, stringFact, stringListFact };
/** Why a value is not a usable literal, in words. */
export function reasonOf(v) {
    if (!v || v.t === 'null')
        return 'not set';
    if (v.t === 'unknown')
        return v.reason;
    if (v.t === 'ref')
        return `${describeRef(v.ref)} is known only after deploy`;
    return `unexpected ${v.t} value`;
}
/** The resource in the scan a value refers to. */
export function referenced(v, ctx) {
    const ref = refOf(v);
    return ref ? ctx.byAddress.get(ref.address) : undefined;
}
const propertyIndexes = new WeakMap();
function push(m, key, entry) {
    const list = m.get(key);
    if (list)
        list.push(entry);
    else
        m.set(key, [entry]);
}
export function propertyIndex(ctx, types, key) {
    let perContext = propertyIndexes.get(ctx);
    if (!perContext)
        propertyIndexes.set(ctx, (perContext = new Map()));
    const id = `${types.join('\u0000')}\u0001${key}`;
    let index = perContext.get(id);
    if (!index) {
        index = { byText: new Map(), byRef: new Map() };
        let pos = 0;
        for (const type of types)
            for (const r of ctx.byType(type)) {
                const v = attr(r, key);
                const entry = { r, pos: pos++ };
                if (!present(v))
                    continue;
                const ref = refOf(v);
                if (ref)
                    push(index.byRef, ref.address, entry);
                else {
                    const text = asString(v);
                    if (text !== undefined)
                        push(index.byText, text, entry);
                }
            }
        perContext.set(id, index);
    }
    return index;
}
/** Resources of `types` whose property `key` equals `value`. */
export function findByProperty(ctx, types, key, value) {
    return propertyIndex(ctx, types, key).byText.get(value)?.[0]?.r;
}
/** Resources of `types` whose property `key` refers to the resource at `address`. */
export function referringTo(ctx, types, key, address) {
    return (propertyIndex(ctx, types, key).byRef.get(address) ?? []).map((e) => e.r);
}
/** A resource named by reference or by the literal value of one of its name properties. */
export function resolveNamed(v, ctx, types, nameKeys) {
    if (!present(v))
        return undefined;
    const target = referenced(v, ctx);
    if (target)
        return types.includes(target.type) ? target : undefined;
    const s = asString(v);
    if (s === undefined)
        return undefined;
    for (const key of nameKeys) {
        const found = findByProperty(ctx, types, key, s);
        if (found)
            return found;
    }
    return undefined;
}
/** Does `v` name `target` (by reference, or by the value of one of its name properties)? */
export function pointsAt(v, target, ctx, nameKeys = []) {
    if (!present(v))
        return false;
    const ref = refOf(v);
    if (ref)
        return ref.address === target.address;
    const s = asString(v);
    return s !== undefined && nameKeys.some((k) => asString(attr(target, k)) === s);
}
/** Resources of `types` whose property `key` points at `target` (as `pointsAt` decides, through the index). */
export function attachedTo(ctx, types, key, target, nameKeys = []) {
    const index = propertyIndex(ctx, types, key);
    const found = new Map();
    for (const e of index.byRef.get(target.address) ?? [])
        found.set(e.r, e.pos);
    for (const k of nameKeys) {
        const name = asString(attr(target, k));
        if (name !== undefined)
            for (const e of index.byText.get(name) ?? [])
                found.set(e.r, e.pos);
    }
    return [...found].sort((a, b) => a[1] - b[1]).map(([r]) => r);
}
/** Tags written `[{Key, Value}]` (CloudFormation, ROS) or as a map (some ROS types). */
export function templateTags(r) {
    const v = attr(r, 'Tags');
    const out = {};
    if (v?.t === 'map') {
        for (const [k, item] of v.entries) {
            const s = asString(item);
            if (s !== undefined)
                out[k] = s;
        }
        return out;
    }
    for (const item of asList(v)) {
        if (item.t !== 'map')
            continue;
        const key = asString(item.entries.get('Key'));
        const value = asString(item.entries.get('Value'));
        if (key !== undefined && value !== undefined)
            out[key] = value;
    }
    return out;
}
/** The common base fields of a model record from a template resource. */
export function templateBase(r) {
    return { ...baseOf(r), region: stringFact(r.region, unknownFact("the stack's region is not given (use --region)")), tags: templateTags(r) };
}
/** Links of a list property; a single value is a one-item list. */
export function linksOf(v, ctx) {
    return linkListOf(v, ctx);
}
/** The location of a property, else of the resource. */
export function locOf(v, r) {
    return v?.loc ?? r.loc;
}
/** A value's items as maps (a list of property blocks, e.g. SecurityGroupIngress). */
export function mapItems(v) {
    return asList(v).filter((i) => i.t === 'map');
}
