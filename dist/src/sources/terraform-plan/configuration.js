import { items, member, path, text } from './json-tree.js';
const MAX_DEPTH = 12;
/** Splits `module.a[0].module.b["x"]` into its calls, keeping instance keys. */
export function moduleSegments(moduleAddress) {
    const out = [];
    for (const m of moduleAddress.matchAll(/module\.([^.[\]]+)(\[[^\]]*\])?/g))
        out.push({ name: m[1], key: m[2] ?? '' });
    return out;
}
export function scopeOf(root, moduleAddress) {
    let scope = { module: root, prefix: '' };
    for (const seg of moduleSegments(moduleAddress)) {
        const call = path(scope.module, 'module_calls', seg.name);
        scope = { module: member(call, 'module'), prefix: `${scope.prefix}module.${seg.name}${seg.key}.`, parent: scope, call };
    }
    return scope;
}
/** The configuration block of a resource (matched by mode, type and name). */
export function configResource(scope, mode, type, name) {
    return items(member(scope.module, 'resources')).find((r) => (text(member(r, 'mode')) ?? 'managed') === mode && text(member(r, 'type')) === type && text(member(r, 'name')) === name);
}
/** Is this node an expression (`{constant_value}` / `{references}`) rather than a nested block of expressions? */
export function isExpression(v) {
    return v?.t === 'map' && (v.entries.has('references') || v.entries.has('constant_value'));
}
const REFERENCE = /^(data\.)?([A-Za-z][\w-]*)\.([A-Za-z_][\w-]*)(\[[^\]]*\])?(?:\.(.+))?$/;
const NOT_RESOURCES = new Set(['local', 'each', 'count', 'path', 'terraform', 'self']);
export class ReferenceResolver {
    instanceKeyOf;
    /**
     * @param instanceKeyOf the first instance key the plan has for a module call
     * under a prefix (`module.m` → `[0]`), for outputs of counted modules.
     */
    constructor(instanceKeyOf) {
        this.instanceKeyOf = instanceKeyOf;
    }
    /** Resource targets of an expression's references, in order, one per resource. */
    targets(expression, scope, depth = 0) {
        const out = [];
        const seen = new Map();
        for (const ref of items(member(expression, 'references'))) {
            const s = text(ref);
            if (s === undefined)
                continue;
            for (const t of this.resolve(s, scope, depth)) {
                const prior = seen.get(t.address);
                if (!prior) {
                    seen.set(t.address, t);
                    out.push(t);
                }
                else if (prior.attr.length === 0 && t.attr.length > 0)
                    prior.attr = t.attr;
            }
        }
        return out;
    }
    resolve(reference, scope, depth) {
        if (depth > MAX_DEPTH)
            return [];
        const head = reference.split('.')[0];
        if (NOT_RESOURCES.has(head))
            return [];
        if (head === 'var') {
            // A module input: follow the caller's argument in the caller's scope.
            const name = reference.split('.')[1];
            if (!name || !scope.parent || !scope.call)
                return [];
            return this.targets(path(scope.call, 'expressions', name), scope.parent, depth + 1);
        }
        if (head === 'module') {
            const [, call, output] = reference.split('.');
            const name = call?.replace(/\[.*$/, '');
            if (!name || !output)
                return [];
            const callNode = path(scope.module, 'module_calls', name);
            const key = /\[.*\]$/.exec(call ?? '')?.[0] ?? this.instanceKeyOf(`${scope.prefix}module.${name}`);
            const child = { module: member(callNode, 'module'), prefix: `${scope.prefix}module.${name}${key}.`, parent: scope, call: callNode };
            return this.targets(path(callNode, 'module', 'outputs', output.replace(/\[.*$/, ''), 'expression'), child, depth + 1);
        }
        const m = REFERENCE.exec(reference);
        if (!m)
            return [];
        const [, data, type, name, key, rest] = m;
        return [{ address: `${scope.prefix}${data ?? ''}${type}.${name}${key ?? ''}`, attr: rest ? rest.split('.') : [] }];
    }
}
