import { describe, expect, it } from '@jest/globals';
import { type Expr, SPLAT_ITEM } from '../../src/sources/terraform/hcl/ast.js';
import { as, attribute, expression, parse, sourceOf, span } from './helpers.js';

/** A compact rendering of an expression tree's shape, for precedence and traversal assertions. */
function shape(expr: Expr): string {
  switch (expr.kind) {
    case 'literal':
      return String(expr.value);
    case 'variable':
      return expr.name === SPLAT_ITEM ? '*' : expr.name;
    case 'getattr':
      return `${shape(expr.object)}.${expr.name}`;
    case 'index':
      return `${shape(expr.object)}[${shape(expr.key)}]`;
    case 'splat':
      return `splat(${shape(expr.object)}, ${shape(expr.each)}${expr.full ? '' : ', attr-only'})`;
    case 'unary':
      return `(${expr.op}${shape(expr.operand)})`;
    case 'binary':
      return `(${shape(expr.left)} ${expr.op} ${shape(expr.right)})`;
    case 'conditional':
      return `(${shape(expr.cond)} ? ${shape(expr.then)} : ${shape(expr.else)})`;
    case 'parens':
      return `[${shape(expr.expr)}]`;
    case 'call':
      return `${expr.name}(${expr.args.map(shape).join(', ')}${expr.expandFinal ? '...' : ''})`;
    default:
      return expr.kind;
  }
}

describe('HCL literals', () => {
  it('parses numbers, including fractions and exponents', () => {
    expect(expression('42')).toMatchObject({ kind: 'literal', value: 42 });
    expect(expression('3.25')).toMatchObject({ kind: 'literal', value: 3.25 });
    expect(expression('1e3')).toMatchObject({ kind: 'literal', value: 1000 });
    expect(expression('1.5E-3')).toMatchObject({ kind: 'literal', value: 0.0015 });
    expect(expression('2e+2')).toMatchObject({ kind: 'literal', value: 200 });
    expect(span(expression('1.5e-3').range)).toBe('1:5-1:11');
  });

  it('parses true, false and null as literals, other names as variables', () => {
    expect(expression('true')).toMatchObject({ kind: 'literal', value: true });
    expect(expression('false')).toMatchObject({ kind: 'literal', value: false });
    expect(expression('null')).toMatchObject({ kind: 'literal', value: null });
    expect(expression('string')).toMatchObject({ kind: 'variable', name: 'string' });
  });
});

describe('HCL operators', () => {
  it('applies HCL precedence: unary, multiplicative, additive, comparison, equality, and, or', () => {
    expect(shape(expression('1 + 2 * 3 - 4 / 5 % 6'))).toBe('((1 + (2 * 3)) - ((4 / 5) % 6))');
    expect(shape(expression('!a && b || c && d'))).toBe('(((!a) && b) || (c && d))');
    expect(shape(expression('a == b != c'))).toBe('((a == b) != c)');
    expect(shape(expression('a < b == c >= d'))).toBe('((a < b) == (c >= d))');
    expect(shape(expression('a + b > c * d'))).toBe('((a + b) > (c * d))');
    expect(shape(expression('a <= b || a > c'))).toBe('((a <= b) || (a > c))');
  });

  it('binds unary operators to the following term with its traversals', () => {
    expect(shape(expression('-a.b + 1'))).toBe('((-a.b) + 1)');
    expect(shape(expression('- -1'))).toBe('(-(-1))');
    expect(shape(expression('!var.enabled'))).toBe('(!var.enabled)');
  });

  it('parses the conditional operator right-associatively', () => {
    const source = 'v = a ? b : c ? d : e\n';
    const cond = as(attribute(parse(source), 'v').expr, 'conditional');
    expect(shape(cond)).toBe('(a ? b : (c ? d : e))');
    expect(sourceOf(source, cond.range)).toBe('a ? b : c ? d : e');
    expect(shape(expression('x > 0 && y ? "a" : "b"'))).toBe('(((x > 0) && y) ? template : template)');
  });

  it('gives binary and unary expressions ranges from first to last operand', () => {
    const source = 'v = -x * (y + 2)\n';
    const product = as(attribute(parse(source), 'v').expr, 'binary');
    expect(sourceOf(source, product.range)).toBe('-x * (y + 2)');
    expect(sourceOf(source, product.left.range)).toBe('-x');
    const parens = as(product.right, 'parens');
    expect(sourceOf(source, parens.range)).toBe('(y + 2)');
    expect(sourceOf(source, parens.expr.range)).toBe('y + 2');
  });
});

describe('HCL traversals and splats', () => {
  it('parses attribute access and indexing with ranges', () => {
    const source = 'v = aws_s3_bucket.logs[0].arn\n';
    const arn = as(attribute(parse(source), 'v').expr, 'getattr');
    expect(shape(arn)).toBe('aws_s3_bucket.logs[0].arn');
    expect(sourceOf(source, arn.range)).toBe('aws_s3_bucket.logs[0].arn');
    const index = as(arn.object, 'index');
    expect(sourceOf(source, index.range)).toBe('aws_s3_bucket.logs[0]');
    expect(sourceOf(source, index.key.range)).toBe('0');
    expect(shape(expression('var.map["key"]'))).toBe('var.map[template]');
    expect(shape(expression('local.list[var.i + 1]'))).toBe('local.list[(var.i + 1)]');
  });

  it('parses the legacy index form a.0 as an index with a number key', () => {
    const source = 'v = a.0.b\n';
    const b = as(attribute(parse(source), 'v').expr, 'getattr');
    const index = as(b.object, 'index');
    expect(index.key).toMatchObject({ kind: 'literal', value: 0 });
    expect(sourceOf(source, index.range)).toBe('a.0');
  });

  it('parses full splats: the rest of the traversal applies to each element', () => {
    const source = 'v = a[*].b[0]\n';
    const splat = as(attribute(parse(source), 'v').expr, 'splat');
    expect(splat.full).toBe(true);
    expect(shape(splat)).toBe('splat(a, *.b[0])');
    expect(sourceOf(source, splat.range)).toBe('a[*].b[0]');
    const item = as(as(as(splat.each, 'index').object, 'getattr').object, 'variable');
    expect(item.name).toBe(SPLAT_ITEM);
    expect(sourceOf(source, item.range)).toBe('[*]');
    expect(shape(expression('a[*]'))).toBe('splat(a, *)');
  });

  it('parses attribute-only splats, which take only the following names', () => {
    const source = 'v = a.*.b.c[0]\n';
    const index = as(attribute(parse(source), 'v').expr, 'index');
    const splat = as(index.object, 'splat');
    expect(splat.full).toBe(false);
    expect(shape(splat)).toBe('splat(a, *.b.c, attr-only)');
    expect(sourceOf(source, splat.range)).toBe('a.*.b.c');
    expect(shape(expression('x.*'))).toBe('splat(x, *, attr-only)');
  });

  it('parses traversals of parenthesised expressions and calls', () => {
    expect(shape(expression('(a).b'))).toBe('[a].b');
    expect(shape(expression('f(x)[0].y'))).toBe('f(x)[0].y');
  });
});

describe('HCL function calls', () => {
  it('parses calls with arguments, trailing comma and ranges', () => {
    const source = 'v = merge(var.a, { b = 1 },)\n';
    const call = as(attribute(parse(source), 'v').expr, 'call');
    expect(call.name).toBe('merge');
    expect(call.args.map((a) => a.kind)).toEqual(['getattr', 'object']);
    expect(call.expandFinal).toBe(false);
    expect(sourceOf(source, call.range)).toBe('merge(var.a, { b = 1 },)');
    expect(as(expression('timestamp()'), 'call').args).toEqual([]);
  });

  it('parses provider-namespaced function names', () => {
    const source = 'v = provider::aws::arn_parse(x)\n';
    const call = as(attribute(parse(source), 'v').expr, 'call');
    expect(call.name).toBe('provider::aws::arn_parse');
    expect(sourceOf(source, call.range)).toBe('provider::aws::arn_parse(x)');
  });

  it('marks an expanded final argument', () => {
    const call = as(expression('concat(a, lists...)'), 'call');
    expect(call.expandFinal).toBe(true);
    expect(shape(call)).toBe('concat(a, lists...)');
  });

  it('ignores newlines inside the parentheses', () => {
    const source = 'v = format(\n  "%s-%s",\n  a,\n  b\n)\n';
    const call = as(attribute(parse(source), 'v').expr, 'call');
    expect(call.args).toHaveLength(3);
    expect(span(call.range)).toBe('1:5-5:2');
  });
});

describe('HCL tuples and objects', () => {
  it('parses tuples with commas, newlines and a trailing comma', () => {
    const source = 'v = [\n  1,\n  "two",\n  [3],\n]\n';
    const tuple = as(attribute(parse(source), 'v').expr, 'tuple');
    expect(tuple.items.map((i) => i.kind)).toEqual(['literal', 'template', 'tuple']);
    expect(span(tuple.range)).toBe('1:5-5:2');
    expect(as(expression('[]'), 'tuple').items).toEqual([]);
  });

  it('parses object items separated by newlines or commas, with = or : and every key form', () => {
    const source = 'v = {\n  a = 1, "b": 2\n  (var.c) = 3\n  4 = "four"\n}\n';
    const object = as(attribute(parse(source), 'v').expr, 'object');
    expect(object.items.map((i) => [i.key.kind, i.keyIsIdentifier])).toEqual([
      ['variable', true],
      ['template', false],
      ['parens', false],
      ['literal', false],
    ]);
    expect(object.items.map((i) => sourceOf(source, i.range))).toEqual(['a = 1', '"b": 2', '(var.c) = 3', '4 = "four"']);
    expect(span(object.range)).toBe('1:5-5:2');
  });

  it('ignores newlines inside parentheses and brackets but not between object items', () => {
    const object = as(expression('{\n  a = (1 +\n    2)\n  b = [\n    3\n  ]\n}'), 'object');
    expect(object.items).toHaveLength(2);
    expect(shape(object.items[0].value)).toBe('[(1 + 2)]');
  });

  it('parses nested objects in one line', () => {
    const object = as(expression('{ a = { b = 1 }, c = [] }'), 'object');
    expect(object.items.map((i) => i.value.kind)).toEqual(['object', 'tuple']);
  });
});

describe('HCL for-expressions', () => {
  it('parses a tuple for-expression with an if clause', () => {
    const source = 'v = [for s in var.list : upper(s) if s != ""]\n';
    const f = as(attribute(parse(source), 'v').expr, 'for');
    expect(f.keyVar).toBeUndefined();
    expect(f.valueVar).toBe('s');
    expect(shape(f.collection)).toBe('var.list');
    expect(f.keyExpr).toBeUndefined();
    expect(shape(f.valueExpr)).toBe('upper(s)');
    expect(f.cond && sourceOf(source, f.cond.range)).toBe('s != ""');
    expect(f.grouping).toBe(false);
    expect(sourceOf(source, f.range)).toBe('[for s in var.list : upper(s) if s != ""]');
  });

  it('parses an object for-expression with key and value variables and grouping', () => {
    const f = as(expression('{ for k, v in var.map : v.group => k... }'), 'for');
    expect(f.keyVar).toBe('k');
    expect(f.valueVar).toBe('v');
    expect(f.keyExpr && shape(f.keyExpr)).toBe('v.group');
    expect(shape(f.valueExpr)).toBe('k');
    expect(f.grouping).toBe(true);
    expect(f.cond).toBeUndefined();
  });

  it('ignores newlines anywhere inside a for-expression', () => {
    const f = as(expression('{\n  for k, v in var.map :\n  k => v\n  if v != null\n}'), 'for');
    expect(f.cond).toBeDefined();
    expect(span(f.range)).toBe('1:5-5:2');
  });
});
