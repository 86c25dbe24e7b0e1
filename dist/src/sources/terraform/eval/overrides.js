import { locOf, setRangeFile } from './scope.js';
export function isOverrideFile(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    return base === 'override.tf' || base.endsWith('_override.tf');
}
/** The key that matches an override block to the block it overrides. */
function blockKey(block, body) {
    switch (block.type) {
        case 'resource':
        case 'data':
            return block.labels.length >= 2 ? `${block.type}.${block.labels[0]}.${block.labels[1]}` : undefined;
        case 'variable':
        case 'output':
        case 'module':
            return block.labels.length >= 1 ? `${block.type}.${block.labels[0]}` : undefined;
        case 'provider': {
            const alias = body.items.find((i) => i.kind === 'attribute' && i.name === 'alias');
            const aliasName = alias?.expr.kind === 'template' && alias.expr.parts[0]?.kind === 'text' ? alias.expr.parts[0].value : '';
            return block.labels.length >= 1 ? `provider.${block.labels[0]}.${aliasName}` : undefined;
        }
        default:
            return undefined;
    }
}
/** Records that every attribute and block below a body was written in `file` (not in the block it is merged into). */
function markFile(body, file) {
    for (const item of body.items) {
        setRangeFile(item.range, file);
        if (item.kind === 'block')
            markFile(item.body, file);
    }
}
function mergeBodies(original, override, mergeNestedByAttribute) {
    const overrideAttrs = new Map();
    const overrideBlockTypes = new Set();
    for (const item of override.items) {
        if (item.kind === 'attribute')
            overrideAttrs.set(item.name, item);
        else
            overrideBlockTypes.add(item.type === 'dynamic' ? (item.labels[0] ?? '') : item.type);
    }
    const items = [];
    const usedAttrs = new Set();
    for (const item of original.items) {
        if (item.kind === 'attribute') {
            const replacement = overrideAttrs.get(item.name);
            items.push(replacement ?? item);
            if (replacement)
                usedAttrs.add(item.name);
            continue;
        }
        const type = item.type === 'dynamic' ? (item.labels[0] ?? '') : item.type;
        if (mergeNestedByAttribute && item.type === 'lifecycle') {
            const lifecycle = override.items.find((i) => i.kind === 'block' && i.type === 'lifecycle');
            items.push(lifecycle ? { ...item, body: mergeBodies(item.body, lifecycle.body, false) } : item);
            continue;
        }
        if (!overrideBlockTypes.has(type))
            items.push(item);
    }
    for (const item of override.items) {
        if (item.kind === 'attribute') {
            if (!usedAttrs.has(item.name))
                items.push(item);
        }
        else if (!(mergeNestedByAttribute && item.type === 'lifecycle' && original.items.some((i) => i.kind === 'block' && i.type === 'lifecycle'))) {
            items.push(item);
        }
    }
    return { items, range: original.range };
}
/** The module's files with every override merged in; override files themselves are left out. */
export function applyOverrides(files, problems) {
    const normal = files.filter((f) => !isOverrideFile(f.path));
    const overrides = files.filter((f) => isOverrideFile(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (overrides.length === 0)
        return files;
    // Where each overridable block lives: file index and item index.
    const targets = new Map();
    const localsAt = new Map();
    const result = normal.map((f) => ({ ...f, body: { ...f.body, items: [...f.body.items] } }));
    result.forEach((f, fi) => f.body.items.forEach((item, ii) => {
        if (item.kind !== 'block')
            return;
        if (item.type === 'locals') {
            item.body.items.forEach((a, ai) => {
                if (a.kind === 'attribute')
                    localsAt.set(a.name, { file: fi, block: ii, item: ai });
            });
            return;
        }
        const key = blockKey(item, item.body);
        if (key && !targets.has(key))
            targets.set(key, { file: fi, item: ii });
    }));
    for (const o of overrides) {
        for (const item of o.body.items) {
            if (item.kind !== 'block')
                continue;
            markFile(item.body, o.path);
            if (item.type === 'locals') {
                for (const a of item.body.items) {
                    if (a.kind !== 'attribute')
                        continue;
                    const at = localsAt.get(a.name);
                    if (!at) {
                        problems.error(`override of local value "${a.name}", which is not declared elsewhere`, locOf(o.path, a.range));
                        continue;
                    }
                    const block = result[at.file].body.items[at.block];
                    const blockItems = [...block.body.items];
                    blockItems[at.item] = a;
                    result[at.file].body.items[at.block] = { ...block, body: { ...block.body, items: blockItems } };
                }
                continue;
            }
            const key = blockKey(item, item.body);
            const at = key ? targets.get(key) : undefined;
            if (!at) {
                if (key)
                    problems.error(`override of ${key}, which is not declared elsewhere in the module`, locOf(o.path, item.range));
                continue;
            }
            const original = result[at.file].body.items[at.item];
            const resourceLike = original.type === 'resource' || original.type === 'data';
            result[at.file].body.items[at.item] = { ...original, body: mergeBodies(original.body, item.body, resourceLike) };
        }
    }
    return [...result, ...overrides.map((o) => ({ ...o, body: { ...o.body, items: [] } }))];
}
