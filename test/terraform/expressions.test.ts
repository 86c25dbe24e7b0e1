/** Expression semantics: operators, templates and directives, conditionals, for expressions, splats, unknowns. */
import { describe, expect, test } from '@jest/globals';
import { list, map, num, refValue, str, unknown } from '../../src/model/value.js';
import { evalExpr, evalPlain } from './helpers.js';

describe('operators', () => {
  test.each<[string, unknown]>([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 / 4', 2.5],
    ['10 % 3', 1],
    ['-5 + 2', -3],
    ['"5" + 1', 6],
    ['1 < 2 && 2 <= 2', true],
    ['3 > 4 || !false', true],
    ['1 == 1', true],
    ['1 == "1"', false],
    ['[1, "a"] == [1, "a"]', true],
    ['{a = 1} != {a = 2}', true],
    ['null == null', true],
  ])('%s', (source, expected) => {
    expect(evalPlain(source)).toEqual(expected);
  });

  test('division by zero is an error, not Infinity', () => {
    expect(() => evalExpr('1 / 0')).toThrow(/division by zero/);
  });

  test('a known deciding operand settles && and || even beside an unknown', () => {
    const vars = { u: unknown('var.u has no value') };
    expect(evalPlain('false && var.u', vars)).toBe(false);
    expect(evalPlain('var.u || true', vars)).toBe(true);
    expect(evalExpr('var.u && true', vars)).toMatchObject({ t: 'unknown', reason: 'var.u has no value' });
    expect(evalExpr('var.u == 1', vars).t).toBe('unknown');
  });
});

describe('templates', () => {
  const vars = { name: str('db'), n: num(3), items: list([str('a'), str('b')]), flag: { t: 'bool' as const, v: true } };

  test('interpolation converts numbers and bools', () => {
    expect(evalPlain('"${var.name}-${var.n}-${var.flag}"', vars)).toBe('db-3-true');
  });

  test('a template that is one interpolation yields the value itself', () => {
    expect(evalPlain('"${var.items}"', vars)).toEqual(['a', 'b']);
    expect(evalPlain('"${var.n}"', vars)).toBe(3);
  });

  test('if and for directives, with strip markers', () => {
    expect(evalPlain('"%{ if var.flag }on%{ else }off%{ endif }"', vars)).toBe('on');
    expect(evalPlain('"%{ for i, x in var.items }${i}=${x};%{ endfor }"', vars)).toBe('0=a;1=b;');
    expect(evalPlain('<<EOT\n%{ for x in var.items ~}\n- ${x}\n%{ endfor ~}\nEOT', vars)).toBe('- a\n- b\n');
  });

  test('escapes stay literal', () => {
    expect(evalPlain('"$${var.name} %%{x}"', vars)).toBe('${var.name} %{x}');
  });

  test('a list inside a longer template is an error', () => {
    expect(() => evalExpr('"x${var.items}"', vars)).toThrow(/cannot include a tuple/);
  });

  test('an unknown part makes the string unknown and keeps the resource it refers to', () => {
    const v = evalExpr('"${var.arn}/*"', { arn: refValue({ address: 'aws_s3_bucket.b', attr: ['arn'] }) });
    expect(v).toMatchObject({ t: 'unknown', reason: 'known after apply', ref: { address: 'aws_s3_bucket.b', attr: ['arn'] } });
  });
});

describe('conditionals', () => {
  test('only the chosen branch is evaluated', () => {
    expect(evalPlain('true ? "yes" : {}.missing')).toBe('yes');
    expect(evalPlain('false ? {}.missing : 2')).toBe(2);
  });

  test('an unknown condition gives an unknown result with its reason', () => {
    expect(evalExpr('var.c ? 1 : 0', { c: unknown('var.c has no value') })).toMatchObject({ t: 'unknown', reason: 'var.c has no value' });
  });
});

describe('for expressions', () => {
  const vars = {
    rules: map({ ssh: map({ port: num(22) }), pg: map({ port: num(5432) }) }),
    names: list([str('a'), str('bb'), str('a')]),
  };

  test('list results, with index and condition', () => {
    expect(evalPlain('[for s in var.names : upper(s)]', vars)).toEqual(['A', 'BB', 'A']);
    expect(evalPlain('[for i, s in var.names : "${i}:${s}" if length(s) == 1]', vars)).toEqual(['0:a', '2:a']);
  });

  test('object results iterate maps in key order', () => {
    expect(evalPlain('{for k, v in var.rules : k => v.port}', vars)).toEqual({ pg: 5432, ssh: 22 });
    expect(evalPlain('[for k, v in var.rules : k]', vars)).toEqual(['pg', 'ssh']);
  });

  test('a set has no indexes: its elements are their own keys', () => {
    expect(evalPlain('{for k, v in toset(["b", "a", "b"]) : k => v}', vars)).toEqual({ a: 'a', b: 'b' });
    expect(evalPlain('[for k, v in ["b", "a"] : k]', vars)).toEqual([0, 1]);
  });

  test('grouping collects values of equal keys', () => {
    expect(evalPlain('{for s in var.names : s => length(s)...}', vars)).toEqual({ a: [1, 1], bb: [2] });
  });

  test('a duplicate key without grouping is an error', () => {
    expect(() => evalExpr('{for s in var.names : s => 1}', vars)).toThrow(/duplicate key "a"/);
  });

  test('an unknown collection makes the result unknown', () => {
    expect(evalExpr('[for x in var.u : x]', { u: unknown('data source') })).toMatchObject({ t: 'unknown', reason: 'data source' });
  });
});

describe('splats and indexes', () => {
  const vars = {
    objs: list([map({ id: str('a'), tags: map({ n: str('1') }) }), map({ id: str('b'), tags: map({ n: str('2') }) })]),
    one: map({ id: str('solo') }),
  };

  test('full and attribute splats', () => {
    expect(evalPlain('var.objs[*].id', vars)).toEqual(['a', 'b']);
    expect(evalPlain('var.objs.*.id', vars)).toEqual(['a', 'b']);
    expect(evalPlain('var.objs[*].tags.n', vars)).toEqual(['1', '2']);
  });

  test('a splat of a single value is a one-element list; of null, an empty one', () => {
    expect(evalPlain('var.one[*].id', vars)).toEqual(['solo']);
    expect(evalPlain('null[*]', vars)).toEqual([]);
  });

  test('indexes, including the legacy .0 form and string keys', () => {
    expect(evalPlain('var.objs[1].id', vars)).toBe('b');
    expect(evalPlain('var.objs.0.id', vars)).toBe('a');
    expect(evalPlain('var.objs["1"].id', vars)).toBe('b');
    expect(evalPlain('{a = {b = 5}}["a"].b', vars)).toBe(5);
  });

  test('missing attributes and out-of-range indexes are errors that try() can catch', () => {
    expect(() => evalExpr('var.one.nope', vars)).toThrow(/does not have an attribute named "nope"/);
    expect(() => evalExpr('var.objs[5]', vars)).toThrow(/out of range/);
    expect(evalPlain('try(var.objs[5].id, "none")', vars)).toBe('none');
  });

  test('reading into a computed attribute extends the reference', () => {
    const v = evalExpr('var.sg.tags["Name"]', { sg: refValue({ address: 'aws_security_group.db', attr: [] }) });
    expect(v).toMatchObject({ t: 'ref', ref: { address: 'aws_security_group.db', attr: ['tags', 'Name'] } });
  });
});

describe('locations', () => {
  test('computed values are located at the expression being evaluated; passed-through values keep theirs', () => {
    const origin = { file: 'variables.tf', startLine: 7, endLine: 7 };
    const v = evalExpr('[var.name, upper(var.name)]', { name: str('db', origin) });
    expect(v.loc).toEqual({ file: 'expr.tf', startLine: 1, endLine: 1 });
    expect(v.t === 'list' && v.items[0]!.loc).toEqual(origin);
    expect(v.t === 'list' && v.items[1]!.loc).toEqual({ file: 'expr.tf', startLine: 1, endLine: 1 });
  });
});
