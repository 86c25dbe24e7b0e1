/**
 * Reads and checks the framework mappings in `compliance/*.yaml`. Every
 * problem is reported with file:line: an unknown key, a control with neither
 * rules nor a `not_covered` reason (or both), a duplicate control id, and a
 * rule id that no rule has. The built-in files are part of leakproof, so the
 * CLI treats any problem in them as a bug; tests load them against the
 * built-in rules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
/** The `compliance/` folder of the leakproof package, found upward from this file (src/ and dist/src/ alike). */
export function builtinComplianceDir() {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const candidate = path.join(dir, 'compliance');
        if (existsSync(path.join(dir, 'package.json')) && existsSync(candidate))
            return candidate;
        dir = path.dirname(dir);
    }
    throw new Error('the compliance/ folder of the leakproof package was not found');
}
const FRAMEWORK_KEYS = new Set(['id', 'name', 'version', 'provider', 'url']);
const CONTROL_KEYS = new Set(['id', 'title', 'section', 'rules', 'not_covered', 'coverage', 'note', 'informs']);
const RULE_REF_KEYS = new Set(['id', 'ports', 'sources', 'resource_types']);
const TOP_KEYS = new Set(['framework', 'controls']);
class FileChecker {
    file;
    doc;
    lines;
    errors = [];
    constructor(file, doc, lines) {
        this.file = file;
        this.doc = doc;
        this.lines = lines;
    }
    lineOf(segments) {
        for (let n = segments.length; n >= 0; n--) {
            const node = (n === 0 ? this.doc.contents : this.doc.getIn(segments.slice(0, n), true));
            if (node && typeof node === 'object' && 'range' in node && node.range)
                return this.lines.linePos(node.range[0]).line;
        }
        return undefined;
    }
    error(segments, message) {
        const line = this.lineOf(segments);
        this.errors.push({ file: this.file, ...(line ? { line } : {}), message });
    }
    unknownKeys(value, allowed, segments, where) {
        for (const key of Object.keys(value))
            if (!allowed.has(key))
                this.error([...segments, key], `unknown key '${key}' in ${where}`);
    }
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmptyString = (v) => typeof v === 'string' && v.trim() !== '';
/** YAML reads 6.2 as a number; control ids are text. */
const idText = (v) => (typeof v === 'number' ? String(v) : nonEmptyString(v) ? v.trim() : undefined);
function ruleRefOf(raw, at, check, knownRules) {
    const ref = { id: '' };
    if (typeof raw === 'string')
        ref.id = raw;
    else if (isRecord(raw)) {
        check.unknownKeys(raw, RULE_REF_KEYS, at, 'a rule reference');
        if (!nonEmptyString(raw.id)) {
            check.error(at, "a rule reference needs an 'id'");
            return undefined;
        }
        ref.id = raw.id;
        if (raw.ports !== undefined) {
            if (!Array.isArray(raw.ports) || raw.ports.length === 0 || !raw.ports.every((p) => Number.isInteger(p) && p >= 0 && p <= 65535))
                check.error([...at, 'ports'], "'ports' must be a list of port numbers (0-65535)");
            else
                ref.ports = raw.ports;
        }
        if (raw.sources !== undefined) {
            if (raw.sources !== 'ipv4' && raw.sources !== 'ipv6')
                check.error([...at, 'sources'], "'sources' must be ipv4 or ipv6");
            else
                ref.sources = raw.sources;
        }
        if (raw.resource_types !== undefined) {
            if (!Array.isArray(raw.resource_types) || raw.resource_types.length === 0 || !raw.resource_types.every(nonEmptyString))
                check.error([...at, 'resource_types'], "'resource_types' must be a list of resource types or globs");
            else
                ref.resourceTypes = raw.resource_types;
        }
    }
    else {
        check.error(at, 'a rule reference must be a rule id or a mapping with an id');
        return undefined;
    }
    if (knownRules && !knownRules.has(ref.id)) {
        check.error(at, `unknown rule id '${ref.id}'`);
        return undefined;
    }
    return ref;
}
function controlOf(raw, i, check, knownRules) {
    const at = ['controls', i];
    if (!isRecord(raw)) {
        check.error(at, `controls[${i}] must be a mapping`);
        return undefined;
    }
    check.unknownKeys(raw, CONTROL_KEYS, at, `controls[${i}]`);
    const id = idText(raw.id);
    if (!id)
        check.error(at, `controls[${i}] needs an 'id'`);
    if (!nonEmptyString(raw.title))
        check.error(at, `control ${id ?? `[${i}]`} needs a 'title' (as published)`);
    const rules = [];
    if (raw.rules !== undefined) {
        if (!Array.isArray(raw.rules) || raw.rules.length === 0)
            check.error([...at, 'rules'], `control ${id}: 'rules' must be a non-empty list`);
        else
            raw.rules.forEach((r, j) => {
                const ref = ruleRefOf(r, [...at, 'rules', j], check, knownRules);
                if (ref)
                    rules.push(ref);
            });
    }
    const hasRules = raw.rules !== undefined;
    const notCovered = raw.not_covered;
    if (hasRules && notCovered !== undefined)
        check.error(at, `control ${id}: give either 'rules' or 'not_covered', not both`);
    if (!hasRules && !nonEmptyString(notCovered))
        check.error(at, `control ${id}: give the 'rules' that test it, or 'not_covered' with the reason no rule can`);
    if (raw.coverage !== undefined && raw.coverage !== 'full' && raw.coverage !== 'partial')
        check.error([...at, 'coverage'], `control ${id}: 'coverage' must be full or partial`);
    if (!hasRules && raw.coverage !== undefined)
        check.error([...at, 'coverage'], `control ${id}: 'coverage' applies only to controls with rules`);
    const informs = [];
    if (raw.informs !== undefined) {
        if (!Array.isArray(raw.informs) || !raw.informs.every(nonEmptyString))
            check.error([...at, 'informs'], `control ${id}: 'informs' must be a list of rule ids`);
        else
            raw.informs.forEach((r, j) => {
                if (knownRules && !knownRules.has(r))
                    check.error([...at, 'informs', j], `unknown rule id '${r}'`);
                else
                    informs.push(r);
            });
    }
    for (const key of ['section', 'note'])
        if (raw[key] !== undefined && !nonEmptyString(raw[key]))
            check.error([...at, key], `control ${id}: '${key}' must be text`);
    if (!id || !nonEmptyString(raw.title))
        return undefined;
    return {
        id,
        title: raw.title.trim(),
        ...(nonEmptyString(raw.section) ? { section: raw.section.trim() } : {}),
        rules,
        ...(nonEmptyString(notCovered) && !hasRules ? { notCovered: notCovered.trim() } : {}),
        ...(raw.coverage === 'full' || raw.coverage === 'partial' ? { coverage: raw.coverage } : {}),
        ...(nonEmptyString(raw.note) ? { note: raw.note.trim() } : {}),
        informs,
        origin: `${check.file}:${check.lineOf(at) ?? 0}`,
    };
}
/** Parses one framework file. `knownRules` (when given) turns an unknown rule id into an error. */
export function parseFramework(text, file, knownRules) {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length > 0)
        return { errors: doc.errors.map((e) => ({ file, line: e.linePos?.[0]?.line, message: `not valid YAML: ${e.message.split('\n')[0]}` })) };
    const check = new FileChecker(file, doc, lines);
    const known = knownRules ? new Set(knownRules) : undefined;
    const root = doc.toJS();
    if (!isRecord(root) || !isMap(doc.contents))
        return { errors: [{ file, message: 'a framework file is a mapping with framework: and controls:' }] };
    check.unknownKeys(root, TOP_KEYS, [], 'the file');
    const meta = root.framework;
    if (!isRecord(meta))
        check.error(['framework'], "'framework' (id, name, version) is missing");
    else {
        check.unknownKeys(meta, FRAMEWORK_KEYS, ['framework'], 'framework');
        for (const key of ['id', 'name', 'version'])
            if (!idText(meta[key]))
                check.error(['framework'], `framework needs '${key}'`);
        if (meta.provider !== undefined && meta.provider !== 'aws' && meta.provider !== 'alicloud')
            check.error(['framework', 'provider'], "framework 'provider' must be aws or alicloud");
    }
    const controls = [];
    if (!Array.isArray(root.controls) || !isSeq(doc.get('controls', true)))
        check.error(['controls'], "'controls' must be a list");
    else {
        const seen = new Map();
        root.controls.forEach((raw, i) => {
            const control = controlOf(raw, i, check, known);
            if (!control)
                return;
            const first = seen.get(control.id);
            if (first !== undefined)
                check.error(['controls', i], `control ${control.id} is listed twice (first at controls[${first}])`);
            else
                seen.set(control.id, i);
            controls.push(control);
        });
    }
    if (check.errors.length > 0 || !isRecord(meta))
        return { errors: check.errors };
    const framework = {
        id: idText(meta.id),
        name: idText(meta.name),
        version: idText(meta.version),
        ...(meta.provider === 'aws' || meta.provider === 'alicloud' ? { provider: meta.provider } : {}),
        ...(nonEmptyString(meta.url) ? { url: meta.url } : {}),
        file,
        controls,
    };
    return { framework, errors: [] };
}
/** Loads every `*.yaml` in the folder (the built-in one by default), sorted by framework id; ids must be unique. */
export function loadFrameworks(knownRules, dir = builtinComplianceDir()) {
    const frameworks = [];
    const errors = [];
    const known = knownRules ? [...knownRules] : undefined;
    for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
        const file = path.join(dir, name);
        const shown = `compliance/${name}`;
        const parsed = parseFramework(readFileSync(file, 'utf8'), shown, known);
        errors.push(...parsed.errors);
        if (!parsed.framework)
            continue;
        const clash = frameworks.find((f) => f.id === parsed.framework.id);
        if (clash)
            errors.push({ file: shown, message: `framework id '${clash.id}' is also used by ${clash.file}` });
        else
            frameworks.push(parsed.framework);
    }
    frameworks.sort((a, b) => a.id.localeCompare(b.id));
    return { frameworks, errors };
}
/** The built-in frameworks; a problem in them is a bug in leakproof, not a user error. */
export function loadBuiltinFrameworks(knownRules) {
    const { frameworks, errors } = loadFrameworks(knownRules);
    if (errors.length > 0)
        throw new Error(`compliance mappings: ${errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`).join('; ')}`);
    return frameworks;
}
/** Finds a framework by id (case-insensitive). */
export function findFramework(frameworks, id) {
    const wanted = id.trim().toLowerCase();
    return frameworks.find((f) => f.id.toLowerCase() === wanted);
}
/** The controls a rule decides or informs, per framework, for `rules` and `explain`. */
export function controlsOfRule(frameworks, ruleId) {
    const out = [];
    for (const framework of frameworks)
        for (const control of framework.controls) {
            if (control.rules.some((r) => r.id === ruleId))
                out.push({ framework, control, role: 'tests' });
            else if (control.informs.includes(ruleId))
                out.push({ framework, control, role: 'informs' });
        }
    return out;
}
