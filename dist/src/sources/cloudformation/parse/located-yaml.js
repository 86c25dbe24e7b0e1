/**
 * YAML text → located Value trees, one per document (`---` separates
 * templates in one file). Short-form intrinsic tags become their long forms
 * (`!GetAtt a.b` → `{"Fn::GetAtt": ["a", "b"]}`). Every node carries its
 * file:line; a mapping entry is located from its key's line, so a finding on
 * a property points at the line that names it.
 *
 * Aliases are expanded under a budget (uses and total nodes), and nesting
 * under a depth limit: a hostile file gives an error, not a hang.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import { DEFAULT_PARSE_LIMITS } from './limits.js';
import { INTRINSIC_YAML_TAGS, longFormKey } from './yaml-tags.js';
import { flowNestingTooDeep } from './yaml-flow-depth.js';
export class TemplateSyntaxError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
    }
}
class Converter {
    doc;
    lines;
    file;
    limits;
    aliases = 0;
    nodes = 0;
    constructor(doc, lines, file, limits) {
        this.doc = doc;
        this.lines = lines;
        this.file = file;
        this.limits = limits;
    }
    loc(start, end) {
        const s = this.lines.linePos(start);
        const e = this.lines.linePos(Math.max(start, end - 1));
        return { file: this.file, startLine: s.line, endLine: e.line, startColumn: s.col };
    }
    fail(message, offset) {
        const p = this.lines.linePos(offset);
        throw new TemplateSyntaxError(message, p.line, p.col);
    }
    /** Converts a node; `start` overrides where its location begins (a mapping entry's key). */
    convert(node, depth, start) {
        if (++this.nodes > this.limits.maxNodes)
            this.fail(`the document expands to more than ${this.limits.maxNodes} nodes`, start ?? 0);
        if (depth > this.limits.maxDepth)
            this.fail(`nesting deeper than ${this.limits.maxDepth} levels`, start ?? 0);
        if (node === null || node === undefined)
            return { t: 'null' };
        if (isAlias(node)) {
            if (++this.aliases > this.limits.maxAliases)
                this.fail(`more than ${this.limits.maxAliases} alias uses`, node.range?.[0] ?? 0);
            const target = node.resolve(this.doc);
            if (!target)
                this.fail(`unresolved alias *${node.source}`, node.range?.[0] ?? 0);
            return this.convert(target, depth + 1, start ?? node.range?.[0]);
        }
        const yamlNode = node;
        const range = yamlNode.range ?? [0, 0, 0];
        const loc = this.loc(start ?? range[0], range[1]);
        const plain = this.convertPlain(yamlNode, depth, loc);
        const tag = yamlNode.tag;
        if (!tag || !tag.startsWith('!') || tag.startsWith('!!'))
            return plain;
        return this.intrinsic(tag, plain, loc);
    }
    convertPlain(node, depth, loc) {
        if (isScalar(node))
            return scalarValue(node.value, loc, node.source);
        if (isMap(node)) {
            const entries = new Map();
            for (const item of node.items) {
                if (!isPair(item))
                    continue;
                const key = keyText(item.key);
                const keyStart = item.key?.range?.[0];
                const value = item.value === null || item.value === undefined
                    ? { t: 'null', loc: keyStart !== undefined ? this.loc(keyStart, keyStart + 1) : loc }
                    : this.convert(item.value, depth + 1, keyStart);
                entries.set(key, value);
            }
            return { t: 'map', entries, loc };
        }
        if (isSeq(node))
            return { t: 'list', items: node.items.map((item) => this.convert(item, depth + 1)), loc };
        return { t: 'null', loc };
    }
    /** `!Ref x` → {Ref: x}; `!GetAtt a.b` → {"Fn::GetAtt": [a, b]}; an unknown tag → its long form `Fn::<name>`. */
    intrinsic(tag, content, loc) {
        const key = longFormKey(tag) ?? `Fn::${tag.slice(1)}`;
        let arg = content;
        if (key === 'Fn::GetAtt' && content.t === 'string') {
            const dot = content.v.indexOf('.');
            arg = {
                t: 'list',
                items: dot < 0 ? [content] : [{ t: 'string', v: content.v.slice(0, dot), loc }, { t: 'string', v: content.v.slice(dot + 1), loc }],
                loc,
            };
        }
        return { t: 'map', entries: new Map([[key, arg]]), loc };
    }
}
function keyText(key) {
    if (key === null || key === undefined)
        return '';
    if (isScalar(key)) {
        if (key.value === null || key.value === undefined)
            return '';
        // A number-like key keeps its text (`012345678901` is an account id, not a number).
        return typeof key.value === 'string' ? key.value : (key.source ?? String(key.value));
    }
    return String(key.toString());
}
function scalarValue(v, loc, source) {
    if (v === null || v === undefined)
        return { t: 'null', loc };
    if (typeof v === 'string')
        return { t: 'string', v, loc };
    if (typeof v === 'number')
        return { t: 'number', v, loc };
    if (typeof v === 'boolean')
        return { t: 'bool', v, loc };
    // Anything else (a big integer, a date from a custom schema) keeps its source text.
    return { t: 'string', v: source ?? String(v), loc };
}
/** Parses every document of a YAML file; throws TemplateSyntaxError on the first syntax error. */
export function parseLocatedYaml(text, file, limits = DEFAULT_PARSE_LIMITS) {
    const lines = new LineCounter();
    const tooDeep = flowNestingTooDeep(text, limits.maxDepth);
    if (tooDeep !== undefined) {
        const { line, col } = positionOf(text, tooDeep);
        throw new TemplateSyntaxError(`nesting deeper than ${limits.maxDepth} levels`, line, col);
    }
    const docs = parseGuarded(() => parseAllDocuments(text, {
        lineCounter: lines,
        customTags: INTRINSIC_YAML_TAGS,
        uniqueKeys: false,
        prettyErrors: false,
    }));
    const list = Array.isArray(docs) ? docs : [];
    const out = [];
    list.forEach((doc, index) => {
        const error = doc.errors[0];
        if (error) {
            const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
            throw new TemplateSyntaxError(error.message.split('\n')[0] ?? error.message, pos?.line, pos?.col);
        }
        const converter = new Converter(doc, lines, file, limits);
        out.push({ index, value: converter.convert(doc.contents, 0) });
    });
    return out;
}
/** Block nesting is bounded by the file-size cap, but the parser's recursion must never surface as a crash. */
function parseGuarded(parse) {
    try {
        return parse();
    }
    catch (e) {
        if (e instanceof RangeError)
            throw new TemplateSyntaxError('nested too deeply to parse');
        throw e;
    }
}
function positionOf(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, col: offset - lineStart + 1 };
}
