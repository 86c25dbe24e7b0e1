/**
 * The line ranges of a plan's resource entries (in `planned_values`, else
 * `resource_changes`), for tools that match a finding to "the resource block
 * that contains a line" when locations point into the plan JSON.
 */
import { parseLocatedJson } from '../shared/located-json.js';
import { items, member, path, text } from './json-tree.js';
function collect(moduleNode, out, depth = 0) {
    if (!moduleNode || depth > 64)
        return;
    for (const r of items(member(moduleNode, 'resources'))) {
        const address = text(member(r, 'address'));
        if (address && r.loc)
            out.push({ address, start: r.loc.startLine, end: r.loc.endLine });
    }
    for (const child of items(member(moduleNode, 'child_modules')))
        collect(child, out, depth + 1);
}
export function planResourceRanges(source, file = 'plan.json') {
    let plan;
    try {
        plan = parseLocatedJson(source, { file });
    }
    catch {
        return [];
    }
    const out = [];
    collect(path(plan, 'planned_values', 'root_module'), out);
    if (out.length === 0)
        for (const c of items(member(plan, 'resource_changes'))) {
            const address = text(member(c, 'address'));
            if (address && c.loc)
                out.push({ address, start: c.loc.startLine, end: c.loc.endLine });
        }
    return out;
}
