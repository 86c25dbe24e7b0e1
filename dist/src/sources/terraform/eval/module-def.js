import { locOf } from './scope.js';
import { parseTypeConstraint } from './types.js';
export const RESOURCE_META_ATTRIBUTES = new Set(['count', 'for_each', 'provider', 'depends_on']);
export const RESOURCE_META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection']);
const MODULE_META_ATTRIBUTES = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);
function attributesOf(body) {
    const out = new Map();
    for (const item of body.items)
        if (item.kind === 'attribute')
            out.set(item.name, item);
    return out;
}
/** A literal string expression's text, or undefined when it is not one. */
export function literalString(expr) {
    if (expr.kind !== 'template')
        return undefined;
    if (expr.parts.length === 0)
        return '';
    if (expr.parts.length === 1 && expr.parts[0].kind === 'text')
        return expr.parts[0].value;
    return undefined;
}
/** A static reference such as `aws.eu` written as an expression, or undefined. */
export function traversalName(expr) {
    if (expr.kind === 'variable')
        return expr.name;
    if (expr.kind === 'getattr') {
        const base = traversalName(expr.object);
        return base === undefined ? undefined : `${base}.${expr.name}`;
    }
    const s = literalString(expr);
    return s;
}
function configuredNames(body) {
    const names = new Set();
    for (const item of body.items) {
        if (item.kind === 'attribute') {
            if (!RESOURCE_META_ATTRIBUTES.has(item.name))
                names.add(item.name);
        }
        else if (item.type === 'dynamic') {
            if (item.labels[0] !== undefined)
                names.add(item.labels[0]);
        }
        else if (!RESOURCE_META_BLOCKS.has(item.type))
            names.add(item.type);
    }
    return names;
}
export function buildModuleDef(dir, absDir, files, incomplete, problems) {
    const def = {
        dir,
        absDir,
        files: files.map((f) => f.path),
        variables: new Map(),
        locals: new Map(),
        outputs: new Map(),
        resources: new Map(),
        dataSources: new Map(),
        declarationOrder: [],
        moduleCalls: new Map(),
        providers: [],
        incomplete,
    };
    const duplicate = (what, loc, first) => problems.error(`duplicate ${what}; it is already declared at ${first.file}:${first.startLine}`, loc);
    for (const file of files) {
        for (const item of file.body.items) {
            if (item.kind !== 'block')
                continue;
            const loc = locOf(file.path, item.range);
            const label = item.labels[0];
            switch (item.type) {
                case 'variable': {
                    if (label === undefined)
                        break;
                    const prior = def.variables.get(label);
                    if (prior) {
                        duplicate(`variable "${label}"`, loc, prior.loc);
                        break;
                    }
                    const attrs = attributesOf(item.body);
                    const decl = { name: label, file: file.path, loc, nullable: true };
                    const defaultAttr = attrs.get('default');
                    if (defaultAttr)
                        decl.defaultAttr = defaultAttr;
                    const typeAttr = attrs.get('type');
                    if (typeAttr) {
                        decl.typeLoc = locOf(file.path, typeAttr.range);
                        try {
                            decl.type = parseTypeConstraint(typeAttr.expr);
                        }
                        catch (e) {
                            problems.error(`variable "${label}": ${e.message}`, decl.typeLoc);
                        }
                    }
                    const nullable = attrs.get('nullable');
                    if (nullable?.expr.kind === 'literal' && nullable.expr.value === false)
                        decl.nullable = false;
                    def.variables.set(label, decl);
                    break;
                }
                case 'locals':
                    for (const attr of item.body.items) {
                        if (attr.kind !== 'attribute')
                            continue;
                        const aloc = locOf(file.path, attr.range);
                        const prior = def.locals.get(attr.name);
                        if (prior)
                            duplicate(`local value "${attr.name}"`, aloc, prior.loc);
                        else
                            def.locals.set(attr.name, { name: attr.name, attr, file: file.path, loc: aloc });
                    }
                    break;
                case 'output': {
                    if (label === undefined)
                        break;
                    const prior = def.outputs.get(label);
                    if (prior) {
                        duplicate(`output "${label}"`, loc, prior.loc);
                        break;
                    }
                    def.outputs.set(label, { name: label, file: file.path, loc, valueAttr: attributesOf(item.body).get('value') });
                    break;
                }
                case 'resource':
                case 'data': {
                    const type = label;
                    const name = item.labels[1];
                    if (type === undefined || name === undefined)
                        break;
                    const mode = item.type === 'data' ? 'data' : 'managed';
                    const index = mode === 'data' ? def.dataSources : def.resources;
                    let byName = index.get(type);
                    if (!byName)
                        index.set(type, (byName = new Map()));
                    const localAddress = mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
                    const prior = byName.get(name);
                    if (prior) {
                        duplicate(localAddress, loc, prior.loc);
                        break;
                    }
                    const attrs = attributesOf(item.body);
                    const decl = {
                        mode,
                        type,
                        name,
                        block: item,
                        localAddress,
                        file: file.path,
                        loc,
                        count: attrs.get('count'),
                        forEach: attrs.get('for_each'),
                        configured: configuredNames(item.body),
                    };
                    const provider = attrs.get('provider');
                    if (provider)
                        decl.providerRef = traversalName(provider.expr);
                    byName.set(name, decl);
                    def.declarationOrder.push(decl);
                    break;
                }
                case 'module': {
                    if (label === undefined)
                        break;
                    const prior = def.moduleCalls.get(label);
                    if (prior) {
                        duplicate(`module "${label}"`, loc, prior.loc);
                        break;
                    }
                    const attrs = attributesOf(item.body);
                    const call = {
                        name: label,
                        block: item,
                        file: file.path,
                        loc,
                        count: attrs.get('count'),
                        forEach: attrs.get('for_each'),
                        inputs: [...attrs.values()].filter((a) => !MODULE_META_ATTRIBUTES.has(a.name)),
                    };
                    const source = attrs.get('source');
                    if (source) {
                        call.sourceLoc = locOf(file.path, source.range);
                        call.source = literalString(source.expr);
                        if (call.source === undefined)
                            problems.error(`module "${label}": source must be a literal string`, call.sourceLoc);
                    }
                    const providers = attrs.get('providers');
                    if (providers?.expr.kind === 'object') {
                        call.providers = new Map();
                        for (const p of providers.expr.items) {
                            const childName = traversalName(p.key);
                            const parentName = traversalName(p.value);
                            if (childName !== undefined && parentName !== undefined)
                                call.providers.set(childName, parentName);
                        }
                    }
                    def.moduleCalls.set(label, call);
                    break;
                }
                case 'provider': {
                    if (label === undefined)
                        break;
                    const alias = attributesOf(item.body).get('alias');
                    const aliasName = alias ? literalString(alias.expr) : undefined;
                    def.providers.push({ key: aliasName ? `${label}.${aliasName}` : label, block: item, file: file.path, loc });
                    break;
                }
                default:
                    // terraform, moved, import, removed, check, ephemeral...: nothing to evaluate for a scan.
                    break;
            }
        }
    }
    return def;
}
