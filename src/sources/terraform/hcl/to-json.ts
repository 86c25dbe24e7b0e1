/**
 * Renders a parsed file in the JSON shape of `@cdktf/hcl2json` (tmccombs/hcl2json
 * as forked by cdktf). Only the differential test uses it: matching that output
 * for every real file shows the parser reads values and source ranges the way
 * HashiCorp's parser does. Its conventions, reproduced here:
 * - a block becomes an array of body objects under its type, nested one object
 *   level per label (`resource.aws_s3_bucket.b = [{...}]`); blocks come first,
 *   then attributes, so an attribute overrides a block of the same name;
 * - numbers, booleans, null, tuples, objects and quoted or heredoc strings
 *   become JSON values; `-1` and `!true` are folded;
 * - any other expression becomes `"${" + its exact source text + "}"`, and a
 *   template that is a single interpolation (`"${x}"`) is replaced by its inner
 *   expression;
 * - literal text in templates gets `${` and `%{` escaped back to `$${` and `%%{`;
 *   interpolations stay `${source}`; directives are re-rendered as
 *   `%{if cond}...%{else}...%{endif}` and `%{for k, v in coll}...%{endfor}`, with
 *   strip markers already applied and no spaces inside the braces;
 * - object keys: a bare name or traversal keeps its source text, a string its
 *   value, anything else is rendered like a template part (`"${(k)}"`).
 */
import type { Block, Body, Expr, HclFile, Range, TemplateExpr, TemplatePart } from './ast.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function toHcl2Json(file: HclFile, source: string): JsonObject {
  return new Hcl2JsonRenderer(source).body(file.body);
}

/** Sets a key without letting `__proto__` reach the prototype, as JSON.parse would. */
function setKey(object: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

function hasKey(object: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** Literal template text as hcl2json writes it: `${` and `%{` escaped so the string stays a template. */
function escapeTemplateText(text: string): string {
  if (text.indexOf('{') < 0) return text;
  // split/join rather than replaceAll: a '$$' in a replacement string means a single '$'.
  return text.split('${').join('$${').split('%{').join('%%{');
}

/**
 * A number literal as cty converts it to a string: plain decimal notation, no
 * exponent, no superfluous zeros (`1.5e3` → `1500`, `1e-7` → `0.0000001`).
 */
export function decimalText(literal: string): string {
  const e = literal.search(/[eE]/);
  const mantissa = e < 0 ? literal : literal.slice(0, e);
  const exponent = e < 0 ? 0 : Number(literal.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let point = (dot < 0 ? mantissa.length : dot) + exponent;
  let first = 0;
  while (first < digits.length - 1 && digits[first] === '0') {
    first++;
    point--;
  }
  let significant = digits.slice(first).replace(/0+$/, '');
  if (significant === '') return '0';
  if (point <= 0) return '0.' + '0'.repeat(-point) + significant;
  if (point >= significant.length) return significant + '0'.repeat(point - significant.length);
  significant = significant.slice(0, point) + '.' + significant.slice(point);
  return significant;
}

class Hcl2JsonRenderer {
  constructor(private readonly source: string) {}

  body(body: Body): JsonObject {
    const out: JsonObject = {};
    for (const item of body.items) if (item.kind === 'block') this.block(item, out);
    for (const item of body.items) if (item.kind === 'attribute') setKey(out, item.name, this.expression(item.expr));
    return out;
  }

  private block(block: Block, root: JsonObject): void {
    let out = root;
    let key = block.type;
    for (const label of block.labels) {
      if (hasKey(out, key)) {
        const existing = out[key];
        if (existing === null || typeof existing !== 'object' || Array.isArray(existing)) {
          throw new Error(`Unable to convert Block to JSON: ${block.type}.${block.labels.join('.')}`);
        }
        out = existing;
      } else {
        const nested: JsonObject = {};
        setKey(out, key, nested);
        out = nested;
      }
      key = label;
    }
    const value = this.body(block.body);
    if (hasKey(out, key)) {
      const existing = out[key];
      if (!Array.isArray(existing)) throw new Error(`Unable to convert Block to JSON: ${block.type}.${block.labels.join('.')}`);
      existing.push(value);
    } else {
      setKey(out, key, [value]);
    }
  }

  private expression(expr: Expr): JsonValue {
    switch (expr.kind) {
      case 'literal':
        return expr.value;
      case 'unary':
        if (expr.operand.kind === 'literal') {
          const value = expr.operand.value;
          if (expr.op === '-' && typeof value === 'number') return -value;
          if (expr.op === '!' && typeof value === 'boolean') return !value;
        }
        return this.wrap(expr.range);
      case 'template':
        if (isSingleInterpolation(expr)) return this.expression((expr.parts[0] as { expr: Expr }).expr);
        return this.template(expr.parts);
      case 'tuple':
        return expr.items.map((item) => this.expression(item));
      case 'object': {
        const out: JsonObject = {};
        for (const item of expr.items) {
          setKey(out, item.keyIsIdentifier ? this.sourceOf(item.key.range) : this.objectKey(item.key), this.expression(item.value));
        }
        return out;
      }
      default:
        return this.wrap(expr.range);
    }
  }

  private objectKey(key: Expr): string {
    if (isScopeTraversal(key)) return this.sourceOf(key.range);
    return this.templatePart(key);
  }

  private template(parts: TemplatePart[]): string {
    let out = '';
    for (const part of parts) {
      switch (part.kind) {
        case 'text':
          out += escapeTemplateText(part.value);
          break;
        case 'interp':
          out += this.templatePart(part.expr);
          break;
        case 'if': {
          out += '%{if ' + this.sourceOf(part.cond.range) + '}' + this.template(part.then);
          const otherwise = part.else ? this.template(part.else) : '';
          if (otherwise.length > 0) out += '%{else}' + otherwise;
          out += '%{endif}';
          break;
        }
        case 'for':
          out += '%{for ' + (part.keyVar !== undefined ? part.keyVar + ', ' : '') + part.valueVar + ' in ' + this.sourceOf(part.collection.range) + '}';
          out += this.template(part.body) + '%{endfor}';
          break;
      }
    }
    return out;
  }

  /** An expression interpolated into a string. */
  private templatePart(expr: Expr): string {
    if (expr.kind === 'literal') {
      if (typeof expr.value === 'number') return decimalText(this.sourceOf(expr.range));
      return String(expr.value);
    }
    if (expr.kind === 'template') {
      if (isSingleInterpolation(expr)) return this.templatePart((expr.parts[0] as { expr: Expr }).expr);
      return this.template(expr.parts);
    }
    return this.wrap(expr.range);
  }

  private wrap(range: Range): string {
    return '${' + this.sourceOf(range) + '}';
  }

  /**
   * Source text of a range. hcl2json appends a ')' that directly follows the range
   * (a workaround for old HCL ranges that missed a closing parenthesis); kept for fidelity.
   */
  private sourceOf(range: Range): string {
    let end = range.end.offset;
    if (this.source.charCodeAt(end) === 41) end++;
    return this.source.slice(range.start.offset, end);
  }
}

/** `"${x}"`: HCL yields the inner value itself, not a string. */
function isSingleInterpolation(template: TemplateExpr): boolean {
  return template.parts.length === 1 && template.parts[0].kind === 'interp';
}

/** A variable followed by attribute names and constant indexes: what HCL calls a scope traversal. */
function isScopeTraversal(expr: Expr): boolean {
  let current = expr;
  for (;;) {
    switch (current.kind) {
      case 'variable':
        return true;
      case 'getattr':
        current = current.object;
        continue;
      case 'index': {
        const key = current.key;
        const constant = key.kind === 'literal' || (key.kind === 'template' && key.parts.length === 1 && key.parts[0].kind === 'text');
        if (!constant) return false;
        current = current.object;
        continue;
      }
      default:
        return false;
    }
  }
}
