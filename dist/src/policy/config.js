/**
 * `.leakproof.yaml`: found upward from the scanned path (or named with
 * --config), validated against its JSON Schema, with every problem reported
 * as file:line from the YAML node it concerns.
 */
import ajvModule from 'ajv';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { readUserText, UserFileError } from '../sources/shared/read-user-file.js';
import { CONFIG_SCHEMA } from './config-schema.js';
import { isCalendarDate } from './dates.js';
export const CONFIG_FILE_NAMES = ['.leakproof.yaml', '.leakproof.yml'];
const MAX_CONFIG_BYTES = 1024 * 1024;
export const EMPTY_CONFIG = { rules: { enable: [], disable: [] }, severity: {}, residency: {}, extraRules: [], waivers: [] };
// ajv is CommonJS: under NodeNext its class is the `default` export.
const Ajv = ajvModule.default;
const validateConfig = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(CONFIG_SCHEMA);
/** `/waivers/0/reason` → `waivers[0].reason` */
function pathText(segments) {
    return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || '(top level)';
}
function segmentsOf(instancePath) {
    if (!instancePath)
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** The YAML node at a path, or its nearest existing ancestor. */
function nodeAt(doc, segments) {
    for (let n = segments.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(segments.slice(0, n), true);
        if (node && typeof node === 'object' && 'range' in node)
            return node;
    }
    return undefined;
}
/** The key node of `key` inside the mapping at `segments` (for unknown keys, point at the key itself). */
function keyNode(doc, segments, key) {
    const parent = segments.length === 0 ? doc.contents : doc.getIn(segments, true);
    if (!isMap(parent))
        return undefined;
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    return pair && isScalar(pair.key) ? pair.key : undefined;
}
function describe(e) {
    const where = pathText(segmentsOf(e.instancePath));
    const p = e.params;
    switch (e.keyword) {
        case 'additionalProperties':
            return { message: `unknown key '${String(p.additionalProperty)}' in ${where}`, key: String(p.additionalProperty) };
        case 'required':
            if (p.missingProperty === 'reason')
                return { message: `${where}: a waiver needs a 'reason' (why this exposure is accepted)` };
            return { message: `${where} is missing '${String(p.missingProperty)}'` };
        case 'type':
            return { message: `${where} must be ${p.type === 'object' ? 'a mapping' : p.type === 'array' ? 'a list' : `a ${String(p.type)}`}` };
        case 'enum':
            return { message: `${where} must be one of ${p.allowedValues.join(', ')}` };
        case 'pattern':
            if (where.endsWith('.expires'))
                return { message: `${where} must be a date written YYYY-MM-DD` };
            if (where.endsWith('.reason'))
                return { message: `${where}: a waiver needs a non-empty 'reason'` };
            return { message: `${where} is not a valid rule id or glob` };
        case 'propertyNames':
            return { message: `${where}: '${String(p.propertyName)}' is not a valid rule id` };
        case 'minLength':
            return { message: `${where} must not be empty` };
        default:
            return { message: `${where} ${e.message ?? 'is invalid'}` };
    }
}
/** Parses and validates config text; `file` is used for messages and to resolve relative paths. */
export function parseConfig(text, file) {
    const shown = path.relative(process.cwd(), file) || file;
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
    const lineOf = (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
    const error = (message, line) => ({ file: shown, ...(line ? { line } : {}), message });
    if (doc.errors.length > 0) {
        return { config: { ...EMPTY_CONFIG, file }, errors: doc.errors.map((e) => error(`not valid YAML: ${e.message.split('\n')[0]}`, e.linePos?.[0]?.line)) };
    }
    let raw;
    try {
        // The alias bound keeps a "billion laughs" file from expanding without limit.
        raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (e) {
        return { config: { ...EMPTY_CONFIG, file }, errors: [error(`could not be read: ${e.message}`)] };
    }
    if (!validateConfig(raw)) {
        const errors = (validateConfig.errors ?? []).map((e) => {
            const { message, key } = describe(e);
            const segments = segmentsOf(e.instancePath);
            const node = (key ? keyNode(doc, segments, key) : undefined) ?? nodeAt(doc, segments);
            return error(message, lineOf(node));
        });
        return { config: { ...EMPTY_CONFIG, file }, errors };
    }
    const r = raw;
    const errors = [];
    const dir = path.dirname(file);
    const waivers = (r.waivers ?? []).map((w, i) => {
        const line = lineOf(nodeAt(doc, ['waivers', i])) ?? 0;
        if (w.expires !== undefined && !isCalendarDate(w.expires))
            errors.push(error(`waivers[${i}].expires: ${w.expires} is not a calendar date`, lineOf(nodeAt(doc, ['waivers', i, 'expires']))));
        return {
            rule: w.rule,
            resource: w.resource,
            reason: w.reason.trim(),
            ...(w.owner ? { owner: w.owner } : {}),
            ...(w.expires ? { expires: w.expires } : {}),
            file: shown,
            line,
        };
    });
    const lineAt = (segments) => lineOf(nodeAt(doc, segments));
    const lines = {
        ...(r['fail-on'] ? { failOn: lineAt(['fail-on']) } : {}),
        disable: (r.rules?.disable ?? []).map((_, i) => lineAt(['rules', 'disable', i]) ?? 0),
        severity: Object.fromEntries(Object.keys(r.severity ?? {}).map((k) => [k, lineOf(keyNode(doc, ['severity'], k)) ?? 0])),
        extraRules: (r['extra-rules'] ?? []).map((_, i) => lineAt(['extra-rules', i]) ?? 0),
        ...(r.baseline ? { baseline: lineAt(['baseline']) } : {}),
    };
    const config = {
        file,
        lines,
        ...(r['fail-on'] ? { failOn: r['fail-on'] } : {}),
        rules: { enable: r.rules?.enable ?? [], disable: r.rules?.disable ?? [] },
        severity: r.severity ?? {},
        residency: {
            ...(r.residency?.['allowed-jurisdictions'] ? { allowedJurisdictions: r.residency['allowed-jurisdictions'] } : {}),
            ...(r.residency?.['allowed-regions'] ? { allowedRegions: r.residency['allowed-regions'] } : {}),
        },
        // An npm package name stays as written; anything that looks like a path is relative to the config file.
        extraRules: (r['extra-rules'] ?? []).map((spec) => (/^[.~/]|^[A-Za-z]:[\\/]/.test(spec) || existsSync(path.resolve(dir, spec)) ? path.resolve(dir, spec) : spec)),
        ...(r.baseline ? { baseline: path.resolve(dir, r.baseline) } : {}),
        ...(r.history ? { history: /^postgres(ql)?:\/\//i.test(r.history) ? r.history : path.resolve(dir, r.history) } : {}),
        ...(r.exclude?.length ? { exclude: r.exclude.map((pattern, i) => ({ pattern, line: lineAt(['exclude', i]) ?? 0 })) } : {}),
        waivers,
    };
    return { config, errors };
}
export function loadConfig(file) {
    const absolute = path.resolve(file);
    const shown = path.relative(process.cwd(), absolute) || absolute;
    let text;
    try {
        // A folder, a FIFO, /dev/zero or an oversized file is refused before it is read.
        text = readUserText(absolute, 'config file', MAX_CONFIG_BYTES);
    }
    catch (e) {
        if (!(e instanceof UserFileError))
            throw e;
        return { config: { ...EMPTY_CONFIG }, errors: [{ file: shown, message: e.message }] };
    }
    return parseConfig(text, absolute);
}
/**
 * The config file for a scanned path: the nearest `.leakproof.yaml` in its
 * folder or above, stopping at the repository root (the folder holding `.git`)
 * so a stray file in a home folder never applies.
 */
export function findConfigFile(scanned) {
    let dir = path.resolve(scanned);
    if (existsSync(dir) && !statSync(dir).isDirectory())
        dir = path.dirname(dir);
    else if (!existsSync(dir))
        dir = process.cwd();
    for (;;) {
        for (const name of CONFIG_FILE_NAMES) {
            const candidate = path.join(dir, name);
            if (existsSync(candidate) && statSync(candidate).isFile())
                return candidate;
        }
        if (existsSync(path.join(dir, '.git')))
            return undefined;
        const parent = path.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/**
 * One config for the whole run. Paths that find different config files are an
 * error: which waivers apply would otherwise depend on argument order.
 */
export function discoverConfigFile(paths) {
    const found = new Map();
    for (const p of paths.length > 0 ? paths : ['.']) {
        const file = findConfigFile(p);
        if (file && !found.has(file))
            found.set(file, p);
    }
    if (found.size > 1) {
        const list = [...found.entries()].map(([file, p]) => `${p} → ${path.relative(process.cwd(), file) || file}`).join(', ');
        return { error: `the scanned paths have different config files (${list}); scan them separately or pass --config` };
    }
    const file = [...found.keys()][0];
    return file ? { file } : {};
}
