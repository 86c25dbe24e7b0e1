import { str, unknown } from '../../../model/value.js';
import { BudgetExceededError, EvalError, messageOf } from './errors.js';
import { evaluate } from './expressions.js';
import { valueFromData } from './functions/json.js';
import { locOf } from './scope.js';
/** The tfvars files Terraform loads by itself from a root module folder, in load order. */
export function automaticVarFiles(folderFiles) {
    const base = (f) => f.slice(f.lastIndexOf('/') + 1);
    const auto = folderFiles.filter((f) => /\.auto\.tfvars(\.json)?$/.test(base(f))).sort((a, b) => (base(a) < base(b) ? -1 : base(a) > base(b) ? 1 : 0));
    return [
        ...folderFiles.filter((f) => base(f) === 'terraform.tfvars'),
        ...folderFiles.filter((f) => base(f) === 'terraform.tfvars.json'),
        ...auto,
    ];
}
/** A scope for expressions that may not refer to anything: tfvars values, --var values. */
export function constantScope(session, files) {
    return {
        files,
        parseTemplate: (t, p) => session.parseTemplate(t, p),
        note: (m) => session.problems.note(m),
        resolve(name) {
            throw new EvalError(`"${name}" cannot be referred to here: variable values must be constant`);
        },
    };
}
function constantValue(session, files, evaluateIt, loc) {
    try {
        return evaluateIt(constantScope(session, files));
    }
    catch (e) {
        if (e instanceof BudgetExceededError)
            throw e;
        const message = messageOf(e);
        session.problems.error(message, loc);
        return unknown(`could not be evaluated: ${message}`, loc);
    }
}
/** Adds the attributes of a parsed .tfvars file; each value is evaluated on first use. */
export function addHclVarFile(into, file, session, files) {
    for (const item of file.body.items) {
        if (item.kind !== 'attribute') {
            session.problems.error(`a variables file holds only name = value assignments, not blocks`, locOf(file.path, item.range));
            continue;
        }
        const loc = locOf(file.path, item.range);
        let cached;
        into.set(item.name, () => (cached ??= constantValue(session, files, (scope) => evaluate(item.expr, { scope, bindings: undefined, loc }), loc)));
    }
}
/** Adds the members of a .tfvars.json file, each located at the line that names it. */
export function addJsonVarFile(into, path, text, session) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        session.problems.error(`invalid JSON: ${messageOf(e)}`, { file: path, startLine: 0, endLine: 0 });
        return;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        session.problems.error('a variables file in JSON must be an object', { file: path, startLine: 0, endLine: 0 });
        return;
    }
    const lines = text.split('\n');
    for (const [name, raw] of Object.entries(data)) {
        const needle = JSON.stringify(name);
        const index = lines.findIndex((l) => l.includes(needle));
        const line = index < 0 ? 1 : index + 1;
        const loc = { file: path, startLine: line, endLine: line };
        let cached;
        into.set(name, () => {
            if (cached)
                return cached;
            try {
                cached = valueFromData(raw, loc);
            }
            catch (e) {
                session.problems.error(messageOf(e), loc);
                cached = unknown(`could not be read: ${messageOf(e)}`, loc);
            }
            return cached;
        });
    }
}
/**
 * A `--var name=value` option. Terraform takes the text literally for a
 * string variable; otherwise a value that looks like a list, map, number or
 * bool is read as an HCL expression, anything else as a string.
 */
export function addCliVar(into, name, text, root, session, files) {
    const loc = { file: `--var ${name}`, startLine: 0, endLine: 0 };
    const declared = root.variables.get(name)?.type;
    const looksLikeExpression = /^\s*[[{]/.test(text) || /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(text) || /^\s*(true|false|null)\s*$/.test(text);
    if ((declared && declared.kind === 'string') || !looksLikeExpression) {
        into.set(name, () => str(text, loc));
        return;
    }
    let cached;
    into.set(name, () => {
        if (cached)
            return cached;
        try {
            const expr = session.parseExpression(text, loc.file);
            cached = constantValue(session, files, (scope) => evaluate(expr, { scope, bindings: undefined, loc }), loc);
        }
        catch (e) {
            if (e instanceof BudgetExceededError)
                throw e;
            cached = str(text, loc);
        }
        return cached;
    });
}
