/**
 * The Terraform plan source (`terraform show -json plan.out`, plan format 0.1
 * through 1.x): planned resources become source resources with their
 * Terraform types and addresses (`module.x.aws_db_instance.y[0]`), so the
 * Terraform normalizers apply unchanged. Values come from `planned_values`
 * (else a change's `after`); `after_unknown` marks become unknowns or, through
 * the configuration's references, links; data sources come from `prior_state`
 * when the plan has one; resources being destroyed are not scanned.
 *
 * Locations: the .tf declaration when the configuration is beside the plan (or
 * in `--tf-dir`), else the resource's entry in the plan JSON, and every
 * attribute its own line there.
 */
import * as nodePath from 'node:path';
import { readTextFile } from '../shared/decode-text.js';
import { JsonSyntaxError, parseLocatedJson } from '../shared/located-json.js';
import { mergeUnknowns } from './attribute-values.js';
import { configResource, ReferenceResolver, scopeOf } from './configuration.js';
import { configurationLocations, relocate } from './configuration-locations.js';
import { items, member, path, text } from './json-tree.js';
import { regionOf } from './provider-regions.js';
const MAX_PLAN_DEPTH = 512;
function providerOf(type) {
    if (type.startsWith('aws_'))
        return 'aws';
    if (type.startsWith('alicloud_'))
        return 'alicloud';
    return 'other';
}
/** `module.a[0].aws_x.y["k"]` → `module.a[0]` (older plans give no module_address on planned values). */
function moduleAddressOf(address) {
    const m = /^((?:module\.[^.[\]]+(?:\[[^\]]*\])?\.)*)/.exec(address);
    return (m?.[1] ?? '').replace(/\.$/, '');
}
/** Every resource instance of a values module tree (planned_values / prior_state), child modules included. */
function instancesOf(moduleNode, out = [], depth = 0) {
    if (!moduleNode || depth > 64)
        return out;
    for (const r of items(member(moduleNode, 'resources'))) {
        const address = text(member(r, 'address'));
        const type = text(member(r, 'type'));
        if (!address || !type)
            continue;
        out.push({
            address,
            mode: text(member(r, 'mode')) ?? 'managed',
            type,
            name: text(member(r, 'name')) ?? '',
            moduleAddress: moduleAddressOf(address),
            values: member(r, 'values'),
            node: r,
        });
    }
    for (const child of items(member(moduleNode, 'child_modules')))
        instancesOf(child, out, depth + 1);
    return out;
}
function supportedVersion(plan) {
    const version = text(member(plan, 'format_version'));
    if (version === undefined)
        return 'the plan has no format_version';
    const major = Number(version.split('.')[0]);
    // Plan JSON 0.x (Terraform 0.12-1.0) and 1.x are read; a new major version may change meanings.
    if (!(major === 0 || major === 1))
        return `plan format_version ${version} is not supported (0.1 to 1.x are)`;
    return undefined;
}
export function loadTerraformPlan(file, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const errors = [];
    const notes = [];
    let source;
    try {
        source = readTextFile(nodePath.resolve(cwd, file));
    }
    catch (e) {
        return { resources: [], errors: [{ file, message: `cannot read the plan (${e.code ?? e.message})` }], notes, files: [] };
    }
    let plan;
    try {
        plan = parseLocatedJson(source, { file, maxDepth: MAX_PLAN_DEPTH });
    }
    catch (e) {
        if (!(e instanceof JsonSyntaxError))
            throw e;
        return { resources: [], errors: [{ file, line: e.line, column: e.column, message: `invalid plan JSON: ${e.message}` }], notes, files: [file] };
    }
    const unsupported = supportedVersion(plan);
    if (unsupported)
        return { resources: [], errors: [{ file, message: unsupported }], notes, files: [file] };
    const configuration = member(plan, 'configuration');
    const changes = new Map();
    for (const change of items(member(plan, 'resource_changes'))) {
        const address = text(member(change, 'address'));
        if (address)
            changes.set(address, change);
    }
    // Resources to scan: planned values; else what the changes will leave; data sources also from the prior state.
    let instances = instancesOf(path(plan, 'planned_values', 'root_module'));
    if (instances.length === 0)
        instances = instancesFromChanges(changes);
    const planned = new Set(instances.map((i) => i.address));
    for (const d of instancesOf(path(plan, 'prior_state', 'values', 'root_module')))
        if (d.mode === 'data' && !planned.has(d.address))
            instances.push(d);
    const addresses = instances.map((i) => i.address);
    const resolver = new ReferenceResolver((prefix) => {
        const hit = addresses.find((a) => a.startsWith(`${prefix}[`));
        return hit ? /^\[[^\]]*\]/.exec(hit.slice(prefix.length))[0] : '';
    });
    const tfDir = options.tfDir ?? nodePath.dirname(file);
    const located = configurationLocations(tfDir, configuration, cwd);
    const tf = 'reason' in located ? undefined : located;
    const overlaps = 'reason' in located ? located.overlaps : undefined;
    if (options.verbose)
        notes.push(tf ? `${file}: locations point at the configuration in ${tf.folder}` : `${file}: locations point into the plan JSON (${located.reason})`);
    const resources = [];
    for (const inst of instances) {
        const change = changes.get(inst.address);
        const actions = items(path(change, 'change', 'actions')).map(text);
        if (actions.length === 1 && actions[0] === 'delete')
            continue;
        const scope = scopeOf(member(configuration, 'root_module'), inst.moduleAddress);
        const config = configResource(scope, inst.mode, inst.type, inst.name);
        const after = inst.values ?? path(change, 'change', 'after');
        const merged = mergeUnknowns(after, path(change, 'change', 'after_unknown'), member(config, 'expressions'), { resolver, scope }, inst.node.loc);
        const planLoc = inst.node.loc ?? { file, startLine: 1, endLine: 1 };
        const declared = tf?.lookup(inst.address);
        let attrs = merged?.t === 'map' ? merged : { t: 'map', entries: new Map(), loc: planLoc };
        if (declared)
            attrs = relocate(attrs, declared.attrs, declared.loc);
        resources.push({
            sourceKind: 'terraform-plan',
            address: inst.address,
            type: inst.type,
            provider: providerOf(inst.type),
            region: regionOf(attrs.entries.get('region'), configuration, text(member(config, 'provider_config_key')), member(plan, 'variables')),
            attrs,
            loc: declared?.loc ?? planLoc,
            root: file,
            ...(inst.mode === 'data' ? { isData: true } : {}),
        });
    }
    if (resources.length === 0 && instances.length === 0)
        notes.push(`${file}: the plan has no resources`);
    const configurationOf = tf ? { folder: tf.folder, exact: true } : overlaps ? { folder: overlaps, exact: false } : undefined;
    return { resources, errors, notes, files: [file], ...(configurationOf ? { configuration: configurationOf } : {}) };
}
/** Plans without planned_values: each change's `after` (null for a destroy). */
function instancesFromChanges(changes) {
    const out = [];
    for (const [address, change] of changes) {
        const after = path(change, 'change', 'after');
        if (!after || after.t === 'null')
            continue;
        out.push({
            address,
            mode: text(member(change, 'mode')) ?? 'managed',
            type: text(member(change, 'type')) ?? '',
            name: text(member(change, 'name')) ?? '',
            moduleAddress: text(member(change, 'module_address')) ?? moduleAddressOf(address),
            values: after,
            node: change,
        });
    }
    return out;
}
