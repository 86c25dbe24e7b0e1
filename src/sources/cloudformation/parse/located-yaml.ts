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
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node as YamlNode } from 'yaml';
import type { SourceLocation } from '../../../model/location.js';
import type { Value } from '../../../model/value.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from './limits.js';
import { INTRINSIC_YAML_TAGS, longFormKey } from './yaml-tags.js';
import { flowNestingTooDeep } from './yaml-flow-depth.js';

export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

export interface LocatedDocument {
  /** 0-based position of the document in the file. */
  index: number;
  value: Value;
}

class Converter {
  private aliases = 0;
  private nodes = 0;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
    private readonly file: string,
    private readonly limits: ParseLimits,
  ) {}

  private loc(start: number, end: number): SourceLocation {
    const s = this.lines.linePos(start);
    const e = this.lines.linePos(Math.max(start, end - 1));
    return { file: this.file, startLine: s.line, endLine: e.line, startColumn: s.col };
  }

  private fail(message: string, offset: number): never {
    const p = this.lines.linePos(offset);
    throw new TemplateSyntaxError(message, p.line, p.col);
  }

  /** Converts a node; `start` overrides where its location begins (a mapping entry's key). */
  convert(node: unknown, depth: number, start?: number): Value {
    if (++this.nodes > this.limits.maxNodes) this.fail(`the document expands to more than ${this.limits.maxNodes} nodes`, start ?? 0);
    if (depth > this.limits.maxDepth) this.fail(`nesting deeper than ${this.limits.maxDepth} levels`, start ?? 0);
    if (node === null || node === undefined) return { t: 'null' };
    if (isAlias(node)) {
      if (++this.aliases > this.limits.maxAliases) this.fail(`more than ${this.limits.maxAliases} alias uses`, node.range?.[0] ?? 0);
      const target = node.resolve(this.doc);
      if (!target) this.fail(`unresolved alias *${node.source}`, node.range?.[0] ?? 0);
      return this.convert(target, depth + 1, start ?? node.range?.[0]);
    }
    const yamlNode = node as YamlNode;
    const range = yamlNode.range ?? [0, 0, 0];
    const loc = this.loc(start ?? range[0], range[1]);
    const plain = this.convertPlain(yamlNode, depth, loc);
    const tag = yamlNode.tag;
    if (!tag || !tag.startsWith('!') || tag.startsWith('!!')) return plain;
    return this.intrinsic(tag, plain, loc);
  }

  private convertPlain(node: YamlNode, depth: number, loc: SourceLocation): Value {
    if (isScalar(node)) return scalarValue(node.value, loc, node.source);
    if (isMap(node)) {
      const entries = new Map<string, Value>();
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const key = keyText(item.key);
        const keyStart = (item.key as YamlNode | null)?.range?.[0];
        const value = item.value === null || item.value === undefined
          ? { t: 'null' as const, loc: keyStart !== undefined ? this.loc(keyStart, keyStart + 1) : loc }
          : this.convert(item.value, depth + 1, keyStart);
        entries.set(key, value);
      }
      return { t: 'map', entries, loc };
    }
    if (isSeq(node)) return { t: 'list', items: node.items.map((item) => this.convert(item, depth + 1)), loc };
    return { t: 'null', loc };
  }

  /** `!Ref x` → {Ref: x}; `!GetAtt a.b` → {"Fn::GetAtt": [a, b]}; an unknown tag → its long form `Fn::<name>`. */
  private intrinsic(tag: string, content: Value, loc: SourceLocation): Value {
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

function keyText(key: unknown): string {
  if (key === null || key === undefined) return '';
  if (isScalar(key)) {
    if (key.value === null || key.value === undefined) return '';
    // A number-like key keeps its text (`012345678901` is an account id, not a number).
    return typeof key.value === 'string' ? key.value : (key.source ?? String(key.value));
  }
  return String((key as { toString(): string }).toString());
}

function scalarValue(v: unknown, loc: SourceLocation, source: string | undefined): Value {
  if (v === null || v === undefined) return { t: 'null', loc };
  if (typeof v === 'string') return { t: 'string', v, loc };
  if (typeof v === 'number') return { t: 'number', v, loc };
  if (typeof v === 'boolean') return { t: 'bool', v, loc };
  // Anything else (a big integer, a date from a custom schema) keeps its source text.
  return { t: 'string', v: source ?? String(v), loc };
}

/** Parses every document of a YAML file; throws TemplateSyntaxError on the first syntax error. */
export function parseLocatedYaml(text: string, file: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): LocatedDocument[] {
  const lines = new LineCounter();
  const tooDeep = flowNestingTooDeep(text, limits.maxDepth);
  if (tooDeep !== undefined) {
    const { line, col } = positionOf(text, tooDeep);
    throw new TemplateSyntaxError(`nesting deeper than ${limits.maxDepth} levels`, line, col);
  }
  const docs = parseGuarded(() =>
    parseAllDocuments(text, {
      lineCounter: lines,
      customTags: INTRINSIC_YAML_TAGS,
      uniqueKeys: false,
      prettyErrors: false,
    }),
  );
  const list = Array.isArray(docs) ? docs : [];
  const out: LocatedDocument[] = [];
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
function parseGuarded<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof RangeError) throw new TemplateSyntaxError('nested too deeply to parse');
    throw e;
  }
}

function positionOf(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}
