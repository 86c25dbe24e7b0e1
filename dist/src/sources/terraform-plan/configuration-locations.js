/**
 * Points planned resources at the .tf files they were declared in. Plans carry
 * no line numbers; when the configuration's .tf files are beside the plan (or
 * in `--tf-dir`), a Terraform load of that folder gives every resource and
 * attribute its file:line. The folder is used only when its root module
 * declares exactly the resources the plan's configuration declares, so an
 * unrelated .tf file beside a plan never lends it wrong lines.
 */
import * as nodePath from 'node:path';
import { UNEVALUATED_MODULE_TYPE } from '../../model/source-resource.js';
import { loadTerraform } from '../terraform/load.js';
import { toRelative, walkInputs } from '../walk.js';
import { items, member, text } from './json-tree.js';
const stripKeys = (address) => address.replace(/\[[^\]]*\]/g, '');
/** Root-module resource addresses the plan's configuration declares (`aws_s3_bucket.logs`, `data.x.y`). */
function declaredInPlan(configuration) {
    const out = new Set();
    for (const r of items(member(member(configuration, 'root_module'), 'resources'))) {
        const address = text(member(r, 'address'));
        if (address)
            out.add(address);
    }
    return out;
}
export function configurationLocations(folder, configuration, cwd) {
    const declared = declaredInPlan(configuration);
    if (declared.size === 0)
        return { reason: 'the plan has no configuration section' };
    const walked = walkInputs([folder], { cwd });
    const unit = walked.units[0];
    if (!unit || unit.terraformFolders.size === 0)
        return { reason: `no .tf files in ${folder}` };
    const loaded = loadTerraform(unit, { cwd });
    const rootDir = toRelative(cwd, nodePath.resolve(cwd, folder));
    const ofRoot = loaded.resources.filter((r) => r.root === undefined || r.root === rootDir);
    const inTf = new Set(ofRoot.filter((r) => !r.address.startsWith('module.')).map((r) => stripKeys(r.address)));
    const same = inTf.size === declared.size && [...declared].every((a) => inTf.has(a));
    if (!same) {
        // Most of the plan's resources still declared there: the same configuration, edited since the plan was made.
        const shared = [...declared].filter((a) => inTf.has(a)).length;
        return { reason: `the .tf files in ${folder} do not declare the plan's resources`, ...(shared * 2 > declared.size ? { overlaps: rootDir } : {}) };
    }
    const byAddress = new Map();
    const byBase = new Map();
    for (const r of ofRoot) {
        byAddress.set(r.address, r);
        if (!byBase.has(stripKeys(r.address)))
            byBase.set(stripKeys(r.address), r);
    }
    const calls = ofRoot.filter((r) => r.type === UNEVALUATED_MODULE_TYPE);
    return {
        folder: rootDir,
        lookup(address) {
            const found = byAddress.get(address) ?? byBase.get(stripKeys(address));
            if (found)
                return found;
            // A resource of a module that was not evaluated: its module call.
            return calls.find((c) => stripKeys(address).startsWith(`${stripKeys(c.address)}.`));
        },
    };
}
/**
 * The planned value tree located in the .tf declaration: each node takes the
 * location of the same attribute (or block) there, else its parent's.
 */
export function relocate(value, declared, fallback) {
    const loc = declared?.loc ?? fallback;
    switch (value.t) {
        case 'map': {
            const entries = new Map();
            for (const [k, v] of value.entries)
                entries.set(k, relocate(v, declared?.t === 'map' ? declared.entries.get(k) : undefined, loc));
            return { ...value, entries, loc };
        }
        case 'list':
            return { ...value, items: value.items.map((v, i) => relocate(v, declared?.t === 'list' ? declared.items[i] : undefined, loc)), loc };
        default:
            return { ...value, loc };
    }
}
