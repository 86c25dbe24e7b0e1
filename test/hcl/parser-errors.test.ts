import { describe, expect, it } from '@jest/globals';
import { HclSyntaxError } from '../../src/sources/terraform/hcl/ast.js';
import { MAX_NESTING } from '../../src/sources/terraform/hcl/parser.js';
import { parse, syntaxError } from './helpers.js';

/** Deterministic pseudo-random numbers (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Parses, and returns 'ok' or the syntax error; anything else thrown fails the test. */
function outcome(source: string): 'ok' | HclSyntaxError {
  try {
    parse(source);
    return 'ok';
  } catch (error) {
    if (error instanceof HclSyntaxError) return error;
    throw new Error(`parser threw ${String(error)} instead of HclSyntaxError for ${JSON.stringify(source.slice(0, 200))}`);
  }
}

function elapsedMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('HCL syntax errors', () => {
  it.each([
    ['resource "a" "b" {\n  x = 1\n', 3, 1, "expected '}' to close the block opened at line 1"],
    ['a = "unterminated\n', 1, 5, 'unterminated string'],
    ['a = 1 @ 2\n', 1, 7, "unexpected character '@'"],
    ['a = "x\\qy"\n', 1, 7, "invalid escape sequence '\\q'"],
    ['a = <<EOT\nno end\n', 1, 5, "unterminated heredoc: expected a line containing only 'EOT'"],
    ['a = [1, 2\n', 2, 1, "expected ']' to close the list opened at line 1"],
    ['a = f(1\n', 2, 1, "expected ')' to close the call to 'f' opened at line 1"],
    ['a = {\n  b = 1\n', 3, 1, "expected '}' to close the object opened at line 1"],
    ['a = "${x"\n', 1, 9, 'unterminated string'],
    ['a = "${x\n', 1, 6, "unterminated template sequence: expected '}' to close '${'"],
    ['a = 1, b = 2\n', 1, 6, 'attributes are separated by newlines, not commas'],
    ['a = 1\na = 2\n', 2, 1, "attribute 'a' is already set at line 1"],
    ['x "${y}" {}\n', 1, 4, "block labels cannot contain '${'"],
    ['x "y"\n{}\n', 1, 6, "expected '{' on the same line as the header of block 'x'"],
    ['x { a = 1, b = 2 }\n', 1, 10, 'a single-line block can contain only one attribute'],
    ['x { y {} }\n', 1, 7, 'a single-line block can contain only one attribute'],
    ['x {} y {}\n', 1, 6, "expected a newline after the closing '}' of block 'x'"],
    ['}\n', 1, 1, "unexpected '}'"],
    ['"a" = 1\n', 1, 1, 'attribute names are not quoted'],
    ['a = [for x in y : x => x]\n', 1, 21, "a key ('=>') is only allowed"],
    ['a = {for x in y : x}\n', 1, 20, 'needs a key'],
    ['a = "%{if x}y"\n', 1, 6, "the '%{if}' opened at line 1 has no matching '%{endif}'"],
    ['a = "%{endfor}"\n', 1, 6, "unexpected '%{endfor}' without a matching '%{for}'"],
    ['a = "%{when x}"\n', 1, 8, "unknown template directive 'when'"],
    ['a = a.0.1\n', 1, 7, 'chained legacy indexes are not allowed, write [0][1] instead'],
    ['a = 1.2.3\n', 1, 5, "invalid number '1.2.3'"],
    ['a = b ? c\n', 1, 10, "expected ':' and a false result for the conditional"],
    ['a =\n1\n', 1, 4, 'expected an expression, found a newline'],
    ['/* never closed\n', 1, 1, "unterminated comment: '/*' has no matching '*/'"],
    ['a = 1 & 2\n', 1, 7, "the logical AND operator is '&&'"],
    ['a = x.*.*\n', 1, 9, 'a splat cannot be nested inside an attribute-only splat'],
  ])('%j fails at %i:%i with a clear message', (source, line, column, message) => {
    const error = syntaxError(source);
    expect(error.file).toBe('test.tf');
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.expected).toContain(message);
    expect(error.message).toBe(`test.tf:${line}:${column}: ${error.expected}`);
  });

  it('accepts what HCL accepts around those errors', () => {
    expect(outcome('a = f(\n  1,\n  2,\n)\n')).toBe('ok');
    expect(outcome('a = (x ?\n y : z)\n')).toBe('ok');
    expect(outcome('a = {\n  a = 1,\n  b = 2,\n}\n')).toBe('ok');
    expect(outcome('a = "$${literal}"\nb = <<EOT\n  EOT  \n')).toBe('ok');
  });
});

describe('HCL parser on hostile input', () => {
  const deep = 100_000;

  it(`accepts ${MAX_NESTING} levels of nesting and rejects one more`, () => {
    expect(outcome(`a = ${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}\n`)).toBe('ok');
    const error = syntaxError(`a = ${'['.repeat(MAX_NESTING + 1)}${']'.repeat(MAX_NESTING + 1)}\n`);
    expect(error.expected).toBe(`nesting deeper than ${MAX_NESTING} levels`);
    expect([error.line, error.column]).toEqual([1, 5 + MAX_NESTING]);
  });

  it.each([
    ['brackets', `a = ${'['.repeat(deep)}`],
    ['parentheses', `a = ${'('.repeat(deep)}`],
    ['objects', `a = ${'{ a = '.repeat(deep)}`],
    ['blocks', 'b {\n'.repeat(deep)],
    ['templates', `a = ${'"${'.repeat(deep)}`],
    ['directives', `a = "${'%{if x}'.repeat(deep)}"\n`],
    ['heredocs', `a = ${'<<EOT\n${'.repeat(deep)}`],
    ['unary operators', `a = ${'-'.repeat(deep)}1\n`],
    ['conditionals', `a = ${'x ? y : '.repeat(deep)}z\n`],
    ['binary operator chains', `a = 1${' + 1'.repeat(deep)}\n`],
    ['attribute chains', `a = x${'.y'.repeat(deep)}\n`],
    ['splat chains', `a = x${'[*]'.repeat(deep)}\n`],
    ['calls', `a = ${'f('.repeat(deep)}`],
  ])('rejects %s nested 100,000 deep with a syntax error, not a stack overflow', (_, source) => {
    const error = syntaxError(source);
    expect(error.expected).toBe(`nesting deeper than ${MAX_NESTING} levels`);
  });

  it('recognises a binary file by a NUL byte in its first 8 KiB', () => {
    const error = syntaxError('a = 1\n\u0000\u0001\u0002');
    expect(error.expected).toContain('binary file');
    expect([error.line, error.column]).toEqual([2, 1]);
  });

  it('rejects random bytes with a syntax error', () => {
    const next = random(42);
    for (let round = 0; round < 20; round++) {
      const bytes = Buffer.alloc(4096);
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
      const result = outcome(bytes.toString('utf8'));
      expect(result).toBeInstanceOf(HclSyntaxError);
    }
    // Printable noise without NUL bytes must fail in the lexer or parser, not crash.
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let i = 0; i < 300; i++) text += String.fromCharCode(9 + Math.floor(next() * 118));
      outcome(text);
    }
  });

  it('only ever throws HclSyntaxError on mutated valid input', () => {
    const seed = [
      'resource "aws_s3_bucket" "b" {',
      '  bucket = "logs-${var.env}"',
      '  tags   = merge(local.tags, { Name = "x" })',
      '  acl    = var.public ? "public-read" : "private"',
      '  list   = [for s in var.subnets : s.id if s.public]',
      '  map    = { for k, v in var.m : k => v... }',
      '  policy = <<-EOT',
      '    {"Statement": ${jsonencode(local.st)}}',
      '    %{ if var.x ~} yes %{~ endif }',
      '    EOT',
      '  ids    = aws_instance.web[*].id',
      '  first  = element(var.list, 0).a.0',
      '  dynamic "rule" { for_each = var.rules }',
      '}',
      '# comment',
      '/* block */ x = -1.5e3 % 2 == 0 || !true && null != provider::aws::f(x...)',
      '',
    ].join('\n');
    const next = random(7);
    const alphabet = '{}[]()"$%~<<-\n=:,.*?!&|#/ \\aEOT01';
    let failures = 0;
    for (let round = 0; round < 3000; round++) {
      let text = seed;
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * text.length);
        const choice = next();
        if (choice < 0.4) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 4));
        else text = text.slice(0, at) + alphabet[Math.floor(next() * alphabet.length)] + text.slice(at);
      }
      if (outcome(text) !== 'ok') failures++;
    }
    expect(failures).toBeGreaterThan(0);
  });

  it('stays linear on large inputs', () => {
    const line = (n: number) => `x${n} = { a = "aaa \${b.c[0]} %{if d}e%{endif}", f = [1, 2.5, -3], g = h(i, j...) } # k\n`;
    const block = `blk "l" {\n${Array.from({ length: 50 }, (_, n) => line(n)).join('')}}\n`;
    const big = block.repeat(250); // about 1 MB
    const huge = big + big;
    const singleString = `a = "${'x'.repeat(1_000_000)}"\n`;
    const bigHeredoc = `a = <<EOT\n${'line of text\n'.repeat(100_000)}EOT\n`;
    const bigComment = `/*${' comment text\n'.repeat(100_000)}*/\n`;
    // Warm up, then time: a quadratic step anywhere would take minutes on these sizes.
    parse(block.repeat(10));
    const bigMs = elapsedMs(() => parse(big));
    const hugeMs = elapsedMs(() => parse(huge));
    expect(hugeMs).toBeLessThan(5_000);
    expect(hugeMs / Math.max(bigMs, 1)).toBeLessThan(6);
    for (const source of [singleString, bigHeredoc, bigComment]) expect(elapsedMs(() => parse(source))).toBeLessThan(3_000);
    expect(elapsedMs(() => outcome(`a = "${'x'.repeat(1_000_000)}`))).toBeLessThan(3_000);
  });
});
