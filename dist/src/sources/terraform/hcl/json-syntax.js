import { parseLocatedJson, JsonSyntaxError } from '../../shared/located-json.js';
import { HclSyntaxError } from './ast.js';
import { MAX_NESTING, parseHcl } from './parser.js';
/** How many labels each block type has; a type missing here is not Terraform configuration. */
const TOP_LEVEL_LABELS = {
    resource: 2,
    data: 2,
    ephemeral: 2,
    module: 1,
    variable: 1,
    output: 1,
    provider: 1,
    check: 1,
    locals: 0,
    terraform: 0,
    moved: 0,
    import: 0,
    removed: 0,
};
/** Nested block types that have a label (`provisioner "local-exec"`, `dynamic "ingress"`, `backend "s3"`). */
const NESTED_LABELS = { provisioner: 1, dynamic: 1, backend: 1 };
/** Arguments whose value is a map in the providers' schemas: an object there is a value, not a block. */
const MAP_ARGUMENTS = new Set([
    'tags',
    'tags_all',
    'labels',
    'variables',
    'parameters',
    'triggers',
    'metadata',
    'annotations',
    'advanced_options',
    'environment_variables',
]);
/** Meta-arguments of a resource: expressions whatever their JSON shape (a module's body is all arguments anyway). */
const EXPRESSION_ARGUMENTS = new Set(['count', 'for_each', 'provider']);
/** Arguments that are lists of references written as strings. */
const REFERENCE_LISTS = new Set(['depends_on', 'ignore_changes', 'replace_triggered_by']);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
export function parseHclJson(text, path) {
    let root;
    try {
        root = parseLocatedJson(text, { file: path, maxDepth: MAX_NESTING });
    }
    catch (e) {
        if (e instanceof JsonSyntaxError)
            throw new HclSyntaxError(path, e.line, e.column, e.message);
        throw e;
    }
    const duplicate = firstDuplicateKey(text);
    if (duplicate)
        throw new HclSyntaxError(path, duplicate.line, duplicate.column, `the key ${JSON.stringify(duplicate.key)} is repeated in one object; write the blocks as one property (an array for several)`);
    const c = new Converter(path);
    if (root.t !== 'map')
        return c.fail(root, 'a Terraform JSON configuration file must hold one JSON object');
    const items = [];
    for (const [key, value] of root.entries) {
        if (key === '//')
            continue;
        const labels = TOP_LEVEL_LABELS[key];
        if (labels === undefined)
            return c.fail(value, `unsupported block type "${key}" at the top level of a JSON configuration`);
        c.blocks(key, labels, value, [], [], key, items);
    }
    return { path, body: { items, range: c.range(root) }, comments: [] };
}
class Converter {
    path;
    constructor(path) {
        this.path = path;
    }
    fail(at, message) {
        throw new HclSyntaxError(this.path, at.loc?.startLine ?? 1, at.loc?.startColumn ?? 1, message);
    }
    range(v) {
        const line = v.loc?.startLine ?? 1;
        const start = { line, column: v.loc?.startColumn ?? 1, offset: 0 };
        // The located reader keeps no end column (nor offsets): 0 says "not known", and reporters leave it out.
        const end = { line: v.loc?.endLine ?? line, column: v.loc?.endColumn ?? 0, offset: 0 };
        return { start, end };
    }
    /** One or more blocks of a type: `labelsLeft` property levels are labels, then the body (an array anywhere means several). */
    blocks(type, labelsLeft, value, labels, labelRanges, context, out, at = value) {
        if (value.t === 'list') {
            for (const item of value.items)
                this.blocks(type, labelsLeft, item, labels, labelRanges, context, out, item);
            return;
        }
        if (value.t !== 'map')
            return this.fail(value, `${describe(type, labels)}: expected a JSON object${labelsLeft > 0 ? ' of labels' : ' (the block body)'}, found ${kindOf(value)}`);
        if (labelsLeft === 0) {
            out.push({ kind: 'block', type, labels, labelRanges, body: this.body(value, bodyKind(context, type)), range: this.range(at) });
            return;
        }
        for (const [label, inner] of value.entries) {
            if (label === '//')
                continue;
            this.blocks(type, labelsLeft - 1, inner, [...labels, label], [...labelRanges, this.range(inner)], context, out, inner);
        }
    }
    /** A block body; `kind` says which arguments are expressions, values or nested blocks. */
    body(obj, kind) {
        const items = [];
        for (const [name, value] of obj.entries) {
            if (name === '//')
                continue;
            if (this.isNestedBlock(name, value, kind)) {
                this.blocks(name, NESTED_LABELS[name] ?? 0, value, [], [], `${kind}>${name}`, items);
                continue;
            }
            const range = this.range(value);
            items.push({ kind: 'attribute', name, nameRange: range, expr: this.argument(name, value, kind), range });
        }
        return { items, range: this.range(obj) };
    }
    isNestedBlock(name, value, kind) {
        switch (kind) {
            case 'locals':
            case 'module':
            case 'attributes':
                return false;
            case 'variable':
                return name === 'validation';
            case 'output':
                return name === 'precondition';
            case 'lifecycle':
                return name === 'precondition' || name === 'postcondition';
            case 'dynamic':
                return name === 'content';
            default:
                break;
        }
        if (EXPRESSION_ARGUMENTS.has(name) || REFERENCE_LISTS.has(name) || MAP_ARGUMENTS.has(name))
            return false;
        if (name === 'lifecycle' || name === 'connection' || name === 'provisioner' || name === 'dynamic')
            return true;
        if (value.t === 'map')
            return plainKeys(value);
        if (value.t === 'list')
            return value.items.length > 0 && value.items.every((i) => i.t === 'map' && plainKeys(i));
        return false;
    }
    /** An argument's expression. */
    argument(name, value, kind) {
        if (kind === 'variable' && name === 'type' && value.t === 'string')
            return this.expression(value.v, value);
        // A variable's default and description are literal values: their strings are not templates.
        if (kind === 'variable')
            return this.literal(value, false);
        if (REFERENCE_LISTS.has(name) && value.t === 'list') {
            return { kind: 'tuple', items: value.items.map((i) => (i.t === 'string' ? this.expression(i.v, i) : this.literal(i, true))), range: this.range(value) };
        }
        return this.literal(value, true);
    }
    /** A JSON value as an expression: strings are templates when `templates`, else literal text. */
    literal(value, templates) {
        const range = this.range(value);
        switch (value.t) {
            case 'string':
                return templates ? this.template(value.v, value) : textTemplate(value.v, range);
            case 'number':
            case 'bool':
                return { kind: 'literal', value: value.v, range };
            case 'null':
                return { kind: 'literal', value: null, range };
            case 'list':
                return { kind: 'tuple', items: value.items.map((i) => this.literal(i, templates)), range };
            case 'map':
                return {
                    kind: 'object',
                    items: [...value.entries].map(([k, v]) => ({
                        key: templates ? this.template(k, v) : textTemplate(k, this.range(v)),
                        keyIsIdentifier: false,
                        value: this.literal(v, templates),
                        range: this.range(v),
                    })),
                    range,
                };
            default:
                return this.fail(value, `unexpected value ${kindOf(value)}`);
        }
    }
    /** A string as a template, parsed like a heredoc's body so that JSON's already-decoded escapes are not decoded again. */
    template(text, at) {
        const range = this.range(at);
        if (!text.includes('${') && !text.includes('%{'))
            return textTemplate(text, range);
        let delimiter = 'LEAKPROOF_JSON_END';
        while (text.includes(delimiter))
            delimiter += '_';
        const expr = this.parseFragment(`t = <<${delimiter}\n${text}\n${delimiter}\n`, at, 'the template');
        if (expr.kind !== 'template')
            this.fail(at, 'the string could not be read as a template');
        // The newline that closes the heredoc is not part of the string.
        const last = expr.parts[expr.parts.length - 1];
        if (last?.kind === 'text') {
            const trimmed = last.value.slice(0, -1);
            if (trimmed === '')
                expr.parts.pop();
            else
                expr.parts[expr.parts.length - 1] = { ...last, value: trimmed };
        }
        relocate(expr, range);
        return expr;
    }
    /** A string that the spec reads as an expression (a type, a reference). */
    expression(text, at) {
        const expr = this.parseFragment(`t = ${text}\n`, at, 'the expression');
        relocate(expr, this.range(at));
        return expr;
    }
    parseFragment(source, at, what) {
        let file;
        try {
            file = parseHcl(source, this.path);
        }
        catch (e) {
            if (e instanceof HclSyntaxError)
                this.fail(at, `in ${what}: ${e.expected}`);
            throw e;
        }
        const item = file.body.items[0];
        if (file.body.items.length !== 1 || item?.kind !== 'attribute')
            return this.fail(at, `${what} is not a single expression`);
        return item.expr;
    }
}
function bodyKind(context, type) {
    switch (type) {
        case 'locals':
            return 'locals';
        case 'module':
            return context === 'module' ? 'module' : 'nested';
        case 'variable':
            return context === 'variable' ? 'variable' : 'nested';
        case 'output':
            return context === 'output' ? 'output' : 'nested';
        case 'resource':
        case 'data':
        case 'ephemeral':
            return context === type ? 'resource' : 'nested';
        case 'lifecycle':
            return 'lifecycle';
        case 'dynamic':
            return 'dynamic';
        case 'precondition':
        case 'postcondition':
        case 'validation':
        case 'required_providers':
            return 'attributes';
        default:
            return 'nested';
    }
}
function textTemplate(value, range) {
    return { kind: 'template', parts: value === '' ? [] : [{ kind: 'text', value, range }], heredoc: false, range };
}
/** Every range inside a fragment parsed on its own becomes the JSON string's range (the fragment lives on that line). */
function relocate(node, range) {
    const stack = [node];
    while (stack.length > 0) {
        const n = stack.pop();
        if (n === null || typeof n !== 'object')
            continue;
        const record = n;
        for (const key of Object.keys(record)) {
            if (key === 'range')
                record[key] = range;
            else
                stack.push(record[key]);
        }
    }
    if (node && typeof node === 'object' && 'heredoc' in node)
        node.heredoc = false;
}
/**
 * The first key repeated within one object of (already valid) JSON text. A
 * flat scan with an explicit stack: no recursion, however deep the text.
 */
export function firstDuplicateKey(text) {
    const stack = [];
    let expectKey = false;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            line++;
            lineStart = i + 1;
        }
        else if (c === 34) {
            const start = i;
            for (i++; i < text.length && text.charCodeAt(i) !== 34; i++)
                if (text.charCodeAt(i) === 92)
                    i++;
            const keys = stack[stack.length - 1];
            if (expectKey && keys) {
                const key = JSON.parse(text.slice(start, i + 1));
                if (keys.has(key))
                    return { key, line, column: start - lineStart + 1 };
                keys.add(key);
                expectKey = false;
            }
        }
        else if (c === 123) {
            stack.push(new Set());
            expectKey = true;
        }
        else if (c === 91) {
            stack.push(null);
            expectKey = false;
        }
        else if (c === 125 || c === 93) {
            stack.pop();
            expectKey = false;
        }
        else if (c === 44)
            expectKey = stack[stack.length - 1] != null;
    }
    return undefined;
}
function plainKeys(obj) {
    for (const k of obj.entries.keys())
        if (k !== '//' && !IDENTIFIER.test(k))
            return false;
    return true;
}
function describe(type, labels) {
    return [type, ...labels.map((l) => JSON.stringify(l))].join(' ');
}
function kindOf(v) {
    switch (v.t) {
        case 'map':
            return 'an object';
        case 'list':
            return 'an array';
        case 'string':
            return 'a string';
        case 'number':
            return 'a number';
        case 'bool':
            return 'a boolean';
        case 'null':
            return 'null';
        default:
            return v.t;
    }
}
