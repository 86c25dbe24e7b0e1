import { isExpression } from './configuration.js';
import { member } from './json-tree.js';
const AFTER_APPLY = 'known after apply';
/** An unknown leaf: a link when the expression references exactly one resource per unknown value. */
function linkOrUnknown(target, loc) {
    if (!target)
        return { t: 'unknown', reason: AFTER_APPLY, loc };
    if (target.attr.length > 0)
        return { t: 'ref', ref: target, loc };
    return { t: 'unknown', reason: `${AFTER_APPLY} (from ${target.address})`, loc, ref: target };
}
function wholeUnknown(expression, ctx, loc) {
    const targets = isExpression(expression) ? ctx.resolver.targets(expression, ctx.scope) : [];
    if (targets.length <= 1)
        return linkOrUnknown(targets[0], loc);
    // Several resources feed the value (`concat([a.id], [b.id])`): a list of links.
    return { t: 'list', items: targets.map((t) => linkOrUnknown(t, loc)), loc };
}
/**
 * The expression of a nested block's member, or of the i-th block. Inside an
 * attribute's value (an object or list written as one expression) the
 * attribute's expression is handed down, marked as inherited.
 */
function blockMember(expression, key) {
    if (!expression || isExpression(expression))
        return expression;
    if (expression.t === 'list')
        return member(expression.items[0], key);
    return member(expression, key);
}
function blockItem(expression, i) {
    if (isExpression(expression))
        return expression;
    return expression?.t === 'list' ? expression.items[i] : undefined;
}
/** An inherited expression names the unknown's source only when it references exactly one resource. */
function inheritedTargets(expression, ctx) {
    const targets = isExpression(expression) ? ctx.resolver.targets(expression, ctx.scope) : [];
    return targets.length === 1 ? targets : [];
}
/**
 * Merges a planned value with its `after_unknown` marks (`true`, or a tree of
 * the value's shape) and the configuration expression at the same place.
 */
export function mergeUnknowns(value, mark, expression, ctx, loc, inherited = false) {
    const here = value?.loc ?? loc;
    if (mark?.t === 'bool') {
        if (!mark.v)
            return value;
        return inherited ? linkOrUnknown(inheritedTargets(expression, ctx)[0], here) : wholeUnknown(expression, ctx, here);
    }
    if (mark?.t === 'list') {
        const length = Math.max(value?.t === 'list' ? value.items.length : 0, mark.items.length);
        const unknownAt = mark.items.map((m, i) => (m.t === 'bool' && m.v ? i : -1)).filter((i) => i >= 0);
        // A list attribute whose elements are unknown: its expression's references, in order.
        const attributeTargets = unknownAt.length === 0 ? [] : inherited ? inheritedTargets(expression, ctx) : isExpression(expression) ? ctx.resolver.targets(expression, ctx.scope) : [];
        const out = [];
        for (let i = 0; i < length; i++) {
            const item = value?.t === 'list' ? value.items[i] : undefined;
            const itemMark = mark.items[i];
            if (isExpression(expression) && itemMark?.t === 'bool' && itemMark.v) {
                const k = unknownAt.indexOf(i);
                const target = attributeTargets.length === unknownAt.length ? attributeTargets[k] : attributeTargets.length === 1 ? attributeTargets[0] : undefined;
                out.push(linkOrUnknown(target, item?.loc ?? here));
                continue;
            }
            const merged = mergeUnknowns(item, itemMark, blockItem(expression, i), ctx, item?.loc ?? here, inherited || isExpression(expression));
            if (merged)
                out.push(merged);
        }
        return { t: 'list', items: out, loc: here };
    }
    if (mark?.t === 'map') {
        const entries = new Map(value?.t === 'map' ? value.entries : []);
        for (const [key, m] of mark.entries) {
            const merged = mergeUnknowns(entries.get(key), m, blockMember(expression, key), ctx, here, inherited || isExpression(expression));
            if (merged)
                entries.set(key, merged);
        }
        return { t: 'map', entries, loc: here };
    }
    return value;
}
