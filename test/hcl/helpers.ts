/** Small helpers shared by the HCL parser tests. */
import { expect } from '@jest/globals';
import { type Attribute, type Block, type Expr, HclSyntaxError, type HclFile, type Range } from '../../src/sources/terraform/hcl/ast.js';
import { parseHcl } from '../../src/sources/terraform/hcl/parser.js';

export function parse(source: string): HclFile {
  return parseHcl(source, 'test.tf');
}

export function attribute(file: HclFile, name: string): Attribute {
  const found = file.body.items.find((item): item is Attribute => item.kind === 'attribute' && item.name === name);
  if (!found) throw new Error(`no attribute ${name}`);
  return found;
}

export function block(file: HclFile, index = 0): Block {
  const blocks = file.body.items.filter((item): item is Block => item.kind === 'block');
  return blocks[index];
}

/** Parses `v = <text>` and returns the expression. */
export function expression(text: string): Expr {
  return attribute(parse(`v = ${text}\n`), 'v').expr;
}

/** A range as `line:column-line:column`. */
export function span(range: Range): string {
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}

/** The source text a range covers. */
export function sourceOf(source: string, range: Range): string {
  return source.slice(range.start.offset, range.end.offset);
}

/** Narrows an expression to one kind, failing the test otherwise. */
export function as<K extends Expr['kind']>(expr: Expr, kind: K): Extract<Expr, { kind: K }> {
  expect(expr.kind).toBe(kind);
  return expr as Extract<Expr, { kind: K }>;
}

/** The HclSyntaxError that parsing throws. */
export function syntaxError(source: string): HclSyntaxError {
  try {
    parse(source);
  } catch (error) {
    if (error instanceof HclSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected a syntax error for ${JSON.stringify(source)}`);
}
