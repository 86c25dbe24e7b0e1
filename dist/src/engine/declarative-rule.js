/**
 * Declarative rules: simple attribute conditions written in YAML, no code.
 * A rule targets either model records (`resourceKinds`, format-neutral) or the
 * evaluated attributes of source resources (`sourceTypes`, e.g. aws_db_instance).
 * Conditions are three-valued: an attribute whose value is unknown makes the
 * rule report "could not be decided" instead of passing silently.
 */
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import { getPath, toPlain, containsUnknown } from '../model/value.js';
import { ruleMetadataProblems } from './rule-validation.js';
const OPERATORS = ['equals', 'notEquals', 'in', 'notIn', 'exists', 'matches', 'contains', 'greaterThan', 'lessThan'];
const MODEL_KINDS = ['network', 'subnet', 'route-table', 'gateway', 'network-acl', 'security-group', 'datastore', 'compute', 'bucket', 'account-public-access-block', 'data-flow', 'snapshot'];
/** Parses one YAML rule file (a single rule, or a list of rules); errors carry file:line. */
export function parseDeclarativeRules(source, file) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
    const lineOf = (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        return { rules: [], errors: [{ file, line: e.linePos?.[0]?.line, message: `not valid YAML: ${e.message.split('\n')[0]}` }] };
    }
    let plain;
    try {
        // The alias bound keeps a "billion laughs" file from expanding without limit.
        plain = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        return { rules: [], errors: [{ file, message: `could not be read: ${e.message}` }] };
    }
    const root = doc.contents;
    const nodes = isSeq(root) ? root.items : [root];
    const plainItems = (Array.isArray(plain) ? plain : [plain]);
    const rules = [];
    const errors = [];
    for (const [index, node] of nodes.entries()) {
        if (!isMap(node)) {
            errors.push({ file, line: lineOf(node), message: 'expected a rule (a mapping with id, title, severity, ...)' });
            continue;
        }
        const raw = plainItems[index];
        const line = lineOf(node);
        const problems = [...ruleMetadataProblems(raw), ...shapeProblems(raw)];
        if (problems.length > 0) {
            for (const p of problems)
                errors.push({ file, line, message: `rule ${String(raw.id ?? '(no id)')}: ${p}` });
            continue;
        }
        rules.push({
            id: raw.id,
            slug: typeof raw.slug === 'string' ? raw.slug : raw.id.toLowerCase(),
            title: raw.title,
            severity: raw.severity,
            category: raw.category,
            description: raw.description,
            remediation: raw.remediation,
            references: raw.references ?? [],
            frameworks: raw.frameworks ?? [],
            resourceKinds: raw.resourceKinds ?? [],
            sourceTypes: raw.sourceTypes ?? [],
            message: typeof raw.message === 'string' ? raw.message : raw.title,
            when: raw.when,
            file,
        });
    }
    return { rules, errors };
}
function shapeProblems(raw) {
    const problems = [];
    const kinds = raw.resourceKinds;
    const types = raw.sourceTypes;
    if (kinds === undefined && types === undefined)
        problems.push("needs 'resourceKinds' (model records) or 'sourceTypes' (e.g. [aws_db_instance])");
    if (kinds !== undefined && (!Array.isArray(kinds) || kinds.some((k) => !MODEL_KINDS.includes(k))))
        problems.push(`'resourceKinds' must be a list of ${MODEL_KINDS.join(', ')}`);
    if (types !== undefined && (!Array.isArray(types) || types.some((t) => typeof t !== 'string')))
        problems.push("'sourceTypes' must be a list of type names");
    for (const key of ['references', 'frameworks'])
        if (raw[key] !== undefined && (!Array.isArray(raw[key]) || raw[key].some((x) => typeof x !== 'string')))
            problems.push(`'${key}' must be a list of strings`);
    if (raw.when === undefined)
        problems.push("needs a 'when' condition");
    else
        problems.push(...conditionProblems(raw.when, 'when'));
    return problems;
}
function conditionProblems(c, where) {
    if (typeof c !== 'object' || c === null || Array.isArray(c))
        return [`'${where}' must be a mapping`];
    const obj = c;
    if ('all' in obj || 'any' in obj) {
        const list = (obj.all ?? obj.any);
        if (!Array.isArray(list) || list.length === 0)
            return [`'${where}.${'all' in obj ? 'all' : 'any'}' must be a non-empty list`];
        return list.flatMap((item, i) => conditionProblems(item, `${where}[${i}]`));
    }
    if ('not' in obj)
        return conditionProblems(obj.not, `${where}.not`);
    if (typeof obj.attribute !== 'string')
        return [`'${where}' needs 'attribute' (a dotted path), or all/any/not`];
    const ops = OPERATORS.filter((op) => op in obj);
    if (ops.length !== 1)
        return [`'${where}' needs exactly one of ${OPERATORS.join(', ')}`];
    const unknownKeys = Object.keys(obj).filter((k) => k !== 'attribute' && !OPERATORS.includes(k));
    if (unknownKeys.length > 0)
        return [`'${where}' has unknown key(s) ${unknownKeys.join(', ')}`];
    if ((ops[0] === 'in' || ops[0] === 'notIn') && !Array.isArray(obj[ops[0]]))
        return [`'${where}.${ops[0]}' must be a list`];
    if (ops[0] === 'matches') {
        try {
            new RegExp(obj.matches);
        }
        catch {
            return [`'${where}.matches' is not a valid regular expression`];
        }
    }
    return [];
}
// ---- evaluation ----
function lookupSource(r, path) {
    const v = getPath(r.attrs, ...path.split('.'));
    if (!v || v.t === 'null')
        return { state: 'absent' };
    if (v.t === 'unknown')
        return { state: 'unknown', reason: v.reason };
    if (v.t === 'ref')
        return { state: 'unknown', reason: `${v.ref.address}.${v.ref.attr.join('.')} is known only after apply` };
    if (containsUnknown(v))
        return { state: 'unknown', reason: `part of ${path} is unknown` };
    return { state: 'value', value: toPlain(v), loc: v.loc };
}
/** Model records hold Fact objects; a lookup unwraps them. */
function lookupModel(r, path) {
    let cur = r;
    let loc;
    for (const key of path.split('.')) {
        cur = unwrapFact(cur);
        if (isUnknownFact(cur))
            return { state: 'unknown', reason: cur.reason };
        if (cur === null || typeof cur !== 'object')
            return { state: 'absent' };
        cur = cur[key];
        if (isKnownFact(cur))
            loc = cur.loc ?? loc;
    }
    cur = unwrapFact(cur);
    if (isUnknownFact(cur))
        return { state: 'unknown', reason: cur.reason };
    if (cur === undefined || cur === null)
        return { state: 'absent' };
    return { state: 'value', value: cur, loc };
}
const isKnownFact = (x) => typeof x === 'object' && x !== null && x.known === true && 'value' in x;
const isUnknownFact = (x) => typeof x === 'object' && x !== null && x.known === false;
const unwrapFact = (x) => (isKnownFact(x) ? x.value : x);
function evaluate(c, lookup) {
    if ('all' in c) {
        let pending;
        let last = { outcome: false };
        for (const sub of c.all) {
            const v = evaluate(sub, lookup);
            if (v.outcome === false)
                return v;
            if (v.outcome === 'unknown')
                pending ??= v;
            else
                last = v;
        }
        return pending ?? last;
    }
    if ('any' in c) {
        let pending;
        for (const sub of c.any) {
            const v = evaluate(sub, lookup);
            if (v.outcome === true)
                return v;
            if (v.outcome === 'unknown')
                pending ??= v;
        }
        return pending ?? { outcome: false };
    }
    if ('not' in c) {
        const v = evaluate(c.not, lookup);
        if (v.outcome === 'unknown')
            return v;
        return v.outcome ? { outcome: false } : { outcome: true, attribute: '', value: undefined };
    }
    const found = lookup(c.attribute);
    if (found.state === 'unknown')
        return { outcome: 'unknown', reason: `${c.attribute}: ${found.reason}` };
    const holds = leafHolds(c, found);
    return holds ? { outcome: true, loc: found.state === 'value' ? found.loc : undefined, attribute: c.attribute, value: found.state === 'value' ? found.value : undefined } : { outcome: false };
}
function leafHolds(c, found) {
    const present = found.state === 'value';
    const value = present ? found.value : undefined;
    if ('exists' in c)
        return present === c.exists;
    if ('notEquals' in c)
        return !looselyEqual(value, c.notEquals);
    if ('notIn' in c)
        return !(c.notIn ?? []).some((x) => looselyEqual(value, x));
    if (!present)
        return false;
    if ('equals' in c)
        return looselyEqual(value, c.equals);
    if ('in' in c)
        return (c.in ?? []).some((x) => looselyEqual(value, x));
    if ('matches' in c)
        return typeof value === 'string' && new RegExp(c.matches).test(value);
    if ('contains' in c)
        return Array.isArray(value) ? value.some((x) => looselyEqual(x, c.contains)) : typeof value === 'string' && value.includes(String(c.contains));
    if ('greaterThan' in c)
        return Number(value) > c.greaterThan;
    if ('lessThan' in c)
        return Number(value) < c.lessThan;
    return false;
}
/** Terraform writes numbers and booleans as strings often enough that "3306" must equal 3306. */
function looselyEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a === 'object' || typeof b === 'object')
        return JSON.stringify(a) === JSON.stringify(b);
    return String(a) === String(b);
}
function render(template, address, attribute, value) {
    return template
        .replaceAll('{address}', address)
        .replaceAll('{attribute}', attribute)
        .replaceAll('{value}', value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));
}
function resultOf(rule, verdict, address) {
    if (verdict.outcome === false)
        return [];
    if (verdict.outcome === 'unknown')
        return [{ message: `Could not be decided for ${address}: ${verdict.reason}`, severity: 'info', key: 'undecided', missing: [verdict.reason] }];
    return [{ message: render(rule.message, address, verdict.attribute, verdict.value), ...(verdict.loc ? { location: verdict.loc } : {}) }];
}
export function checkModelRecord(rule, r) {
    return resultOf(rule, evaluate(rule.when, (p) => lookupModel(r, p)), r.id);
}
export function checkSourceResource(rule, r) {
    return resultOf(rule, evaluate(rule.when, (p) => lookupSource(r, p)), r.address);
}
