import { TemplateBudgetError } from './budget.js';
const FOR_EACH = /^Fn::ForEach::/;
/** Loops nested deeper than this are not expanded (CloudFormation allows 5). */
const MAX_LOOP_DEPTH = 8;
function substituteText(text, id, item, alnum) {
    if (!text.includes('{' + id + '}'))
        return text;
    return text.split('${' + id + '}').join(item).split('&{' + id + '}').join(alnum);
}
function occurrences(s, part) {
    let n = 0;
    for (let at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + part.length))
        n++;
    return n;
}
function itemText(v) {
    if (v.t === 'string')
        return v.v;
    if (v.t === 'number' || v.t === 'bool')
        return String(v.v);
    return undefined;
}
/** The Resources map with every Fn::ForEach loop expanded; `problems` says which loops could not be. */
export function expandForEach(resources, evaluateCollection, problems, budget) {
    const max = budget.limits.maxExpandedResources;
    const out = new Map();
    const substitute = (v, id, item, alnum) => {
        budget.step(v.loc);
        switch (v.t) {
            case 'string': {
                const uses = occurrences(v.v, '{' + id + '}');
                if (uses > 0)
                    budget.text(v.v.length + uses * item.length, 'Fn::ForEach substitution', v.loc);
                return { ...v, v: substituteText(v.v, id, item, alnum) };
            }
            case 'list':
                return { ...v, items: v.items.map((i) => substitute(i, id, item, alnum)) };
            case 'map': {
                const ref = v.entries.size === 1 ? v.entries.get('Ref') : undefined;
                if (ref?.t === 'string' && ref.v === id)
                    return { t: 'string', v: item, loc: v.loc };
                const entries = new Map();
                for (const [k, e] of v.entries)
                    entries.set(substituteText(k, id, item, alnum), substitute(e, id, item, alnum));
                return { ...v, entries };
            }
            default:
                return v;
        }
    };
    const expandInto = (entries, depth) => {
        for (const [key, value] of entries) {
            if (!FOR_EACH.test(key)) {
                if (out.size >= max)
                    throw new TemplateBudgetError(`Fn::ForEach expands to more than ${max} resources`, value.loc ?? resources.loc);
                out.set(key, value);
                continue;
            }
            const args = value.t === 'list' ? value.items : [];
            const [identifier, collection, body] = args;
            const id = identifier ? itemText(identifier) : undefined;
            if (!id || !collection || body?.t !== 'map') {
                problems.push(`${key} is not [identifier, collection, template]`);
                continue;
            }
            if (depth >= MAX_LOOP_DEPTH) {
                problems.push(`${key}: loops nest deeper than ${MAX_LOOP_DEPTH}; its resources are not scanned`);
                continue;
            }
            const items = evaluateCollection(collection);
            if (items.t !== 'list') {
                problems.push(`${key}: the collection cannot be evaluated (${items.t === 'unknown' ? items.reason : `a ${items.t}`}), so its resources are not scanned`);
                continue;
            }
            for (const item of items.items) {
                const text = itemText(item);
                if (text === undefined) {
                    problems.push(`${key}: an item of the collection is not text`);
                    continue;
                }
                const stamped = substitute(body, id, text, text.replace(/[^A-Za-z0-9]/g, ''));
                if (stamped.t === 'map')
                    expandInto(stamped.entries, depth + 1);
            }
        }
    };
    expandInto(resources.entries, 0);
    return { t: 'map', entries: out, loc: resources.loc };
}
