/**
 * Modules that `terraform init` downloaded: the manifest
 * `.terraform/modules/modules.json` of a root module folder, which maps each
 * module call's key (`vpc`, `vpc.nested` for a call inside module.vpc) to the
 * folder it was installed in (`Dir`, relative to the root module folder).
 *
 * The manifest is part of the scanned tree, so it is hostile data like the
 * .tf files: it is read only inside the trust root and up to a size cap, a
 * syntax error is reported at file:line, an entry that is not of the expected
 * shape is reported at its line and ignored, and a `Dir` that leads outside
 * the trust root (`../../etc`, an absolute path, a symlink out) is refused and
 * reported. Nothing here reads a module's files: the loader does, through the
 * same trust-root checks as for local modules.
 */
import * as nodePath from 'node:path';
import { JsonSyntaxError, parseLocatedJson } from '../shared/located-json.js';
import { readUserText, UserFileError } from '../shared/read-user-file.js';
import { locateInTrustRoot } from '../trust-root.js';
/** Where the manifest lives, relative to a root module folder. */
export const MANIFEST_PATH = ['.terraform', 'modules', 'modules.json'];
/** Far more than any real manifest (a few hundred bytes per module call). */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Entries read from one manifest; each costs a real-path lookup, so a padded manifest must not cost more. */
export const MAX_MANIFEST_ENTRIES = 2_000;
/**
 * The manifest of the root module in `rootAbsDir`, or undefined when the
 * folder was not initialised (no manifest) or the manifest cannot be used (the
 * reason is reported).
 */
export function readModuleManifest(rootAbsDir, trustRoot, rel, problems, onRead) {
    const abs = nodePath.join(rootAbsDir, ...MANIFEST_PATH);
    const file = rel(abs);
    const where = locateInTrustRoot(trustRoot, abs);
    if (!where.ok) {
        if (!where.missing)
            problems.error(`the module manifest is not read: ${where.refused}`, undefined, file);
        return undefined;
    }
    let text;
    try {
        // A FIFO, a device or an oversized file is refused before it is read.
        text = readUserText(where.real, 'the module manifest', MAX_MANIFEST_BYTES);
    }
    catch (e) {
        problems.error(e instanceof UserFileError ? e.message : `cannot read the module manifest (${e.code ?? String(e)})`, undefined, file);
        return undefined;
    }
    onRead(abs);
    let doc;
    try {
        doc = parseLocatedJson(text, { file, maxDepth: 16 });
    }
    catch (e) {
        if (e instanceof JsonSyntaxError) {
            problems.error(`the module manifest is not valid JSON: ${e.message}`, { file, startLine: e.line, endLine: e.line, startColumn: e.column }, file);
        }
        else
            problems.error(`the module manifest cannot be read: ${String(e)}`, undefined, file);
        return undefined;
    }
    const list = doc.t === 'map' ? doc.entries.get('Modules') : undefined;
    if (!list || list.t !== 'list') {
        problems.error('the module manifest has no "Modules" list', doc.loc, file);
        return undefined;
    }
    const modules = new Map();
    if (list.items.length > MAX_MANIFEST_ENTRIES) {
        problems.error(`the module manifest lists ${list.items.length} modules, more than the limit of ${MAX_MANIFEST_ENTRIES}; the rest are not read`, list.loc, file);
    }
    for (const item of list.items.slice(0, MAX_MANIFEST_ENTRIES)) {
        const entry = entryOf(item, file, problems);
        if (!entry || entry.key === '')
            continue; // '' is the root module itself.
        if (modules.has(entry.key)) {
            problems.error(`the module manifest lists module key "${entry.key}" twice; the first entry is used`, entry.loc, file);
            continue;
        }
        if (nodePath.isAbsolute(entry.dir)) {
            const reason = `its folder "${entry.dir}" in the module manifest is an absolute path, which is refused`;
            problems.error(`module key "${entry.key}": ${reason}`, entry.loc, file);
            modules.set(entry.key, { key: entry.key, reason });
            continue;
        }
        const dirWhere = locateInTrustRoot(trustRoot, nodePath.resolve(rootAbsDir, entry.dir));
        if (!dirWhere.ok) {
            const reason = dirWhere.missing
                ? `its folder ${entry.dir} named in the module manifest does not exist (run terraform init)`
                : `its folder ${entry.dir} named in the module manifest is ${dirWhere.refused}`;
            // A missing folder is a stale manifest, not an attack: the call says so, no error.
            if (!dirWhere.missing)
                problems.error(`module key "${entry.key}": ${reason}`, entry.loc, file);
            modules.set(entry.key, { key: entry.key, reason });
            continue;
        }
        modules.set(entry.key, { ...entry, absDir: dirWhere.real });
    }
    return { file, modules };
}
function entryOf(item, file, problems) {
    const loc = item.loc;
    if (item.t !== 'map') {
        problems.error('a module manifest entry is not an object; it is ignored', loc, file);
        return undefined;
    }
    const key = text(item, 'Key');
    const dir = text(item, 'Dir');
    const source = text(item, 'Source') ?? '';
    if (key === undefined || dir === undefined) {
        problems.error('a module manifest entry lacks a string "Key" or "Dir"; it is ignored', loc, file);
        return undefined;
    }
    const version = text(item, 'Version');
    return { key, dir, source, ...(version ? { version } : {}), loc: loc ?? { file, startLine: 0, endLine: 0 } };
}
function text(m, name) {
    const v = m.entries.get(name);
    return v?.t === 'string' ? v.v : undefined;
}
/**
 * Whether a manifest entry was installed for the source a call names now.
 * Terraform records registry sources with their host and git shorthands as
 * `git::https://...`; both are compared without those spellings. A call whose
 * source changed since `terraform init` would make Terraform refuse to plan.
 */
export function sameModuleSource(callSource, manifestSource) {
    return canonicalSource(callSource) === canonicalSource(manifestSource);
}
function canonicalSource(s) {
    let out = s.trim().toLowerCase();
    out = out.replace(/^git::/, '').replace(/^(?:https?|ssh|git):\/\//, '').replace(/^git@([^:/]+):/, '$1/');
    out = out.replace(/^registry\.terraform\.io\//, '');
    // The ref and subfolder parts are kept: they select what was installed.
    const [base = '', ...rest] = out.split('?');
    const [repo = '', ...sub] = base.split('//');
    const tidyRepo = repo.replace(/\.git$/, '').replace(/\/$/, '');
    return [tidyRepo, ...sub].join('//') + (rest.length ? `?${rest.join('?')}` : '');
}
/** The manifest key of a call named `name` inside the module at `parentKey` ('' for the root module). */
export function childModuleKey(parentKey, name) {
    return parentKey === '' ? name : `${parentKey}.${name}`;
}
/**
 * Whether a downloaded version meets a call's `version` constraint
 * (`"~> 5.0"`, `">= 4.1, < 6"`, `"5.1.0"`); undefined when either cannot be
 * read. Terraform refuses to plan with a download that does not meet it.
 */
export function versionSatisfies(version, constraint) {
    const have = parseVersion(version);
    // The constraint is the tree's text: a long one is not read (the patterns stay linear on what is left).
    if (!have || constraint.length > 200)
        return undefined;
    for (const part of constraint.split(',')) {
        const m = /^(=|!=|>=|<=|>|<|~>)?\s*v?(\d+(?:\.\d+){0,2})(?:-[0-9A-Za-z.-]+)?$/.exec(part.trim());
        if (!m)
            return undefined;
        const op = m[1] ?? '=';
        const want = parseVersion(m[2]);
        const c = compareVersions(have, want.parts);
        let ok;
        switch (op) {
            case '=':
                ok = c === 0;
                break;
            case '!=':
                ok = c !== 0;
                break;
            case '>':
                ok = c > 0;
                break;
            case '>=':
                ok = c >= 0;
                break;
            case '<':
                ok = c < 0;
                break;
            case '<=':
                ok = c <= 0;
                break;
            default: {
                // ~> 5.1 allows 5.x from 5.1; ~> 5.1.2 allows 5.1.x from 5.1.2: the last written part may rise.
                const fixed = want.written - 1;
                ok = c >= 0 && have.parts.slice(0, Math.max(fixed, 1)).every((n, i) => n === want.parts[i]);
            }
        }
        if (!ok)
            return false;
    }
    return true;
}
function parseVersion(text) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text.trim());
    if (!m)
        return undefined;
    const written = m[3] !== undefined ? 3 : m[2] !== undefined ? 2 : 1;
    return { parts: [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)], written };
}
function compareVersions(a, b) {
    for (let i = 0; i < 3; i++)
        if (a.parts[i] !== b[i])
            return a.parts[i] - b[i];
    return 0;
}
