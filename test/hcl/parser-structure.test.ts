import { describe, expect, it } from '@jest/globals';
import { attribute, block, parse, sourceOf, span } from './helpers.js';

describe('HCL bodies: attributes, blocks and comments', () => {
  it('parses attributes with name and full ranges', () => {
    const source = 'name = "x"\ncount   = 3\n';
    const file = parse(source);
    expect(file.path).toBe('test.tf');
    const name = attribute(file, 'name');
    expect(span(name.nameRange)).toBe('1:1-1:5');
    expect(span(name.range)).toBe('1:1-1:11');
    expect(sourceOf(source, name.range)).toBe('name = "x"');
    const count = attribute(file, 'count');
    expect(sourceOf(source, count.range)).toBe('count   = 3');
    expect(count.range.start).toEqual({ line: 2, column: 1, offset: 11 });
    expect(span(file.body.range)).toBe('1:1-3:1');
  });

  it('parses blocks with quoted and bare labels, spanning type to closing brace', () => {
    const source = 'resource "aws_s3_bucket" logs {\n  bucket = "b"\n}\n';
    const b = block(parse(source));
    expect(b.type).toBe('resource');
    expect(b.labels).toEqual(['aws_s3_bucket', 'logs']);
    expect(b.labelRanges.map(span)).toEqual(['1:10-1:25', '1:26-1:30']);
    expect(span(b.range)).toBe('1:1-3:2');
    expect(sourceOf(source, b.range)).toBe(source.trimEnd());
    expect(span(b.body.range)).toBe('1:31-3:2');
    const bucket = b.body.items[0];
    expect(bucket.kind).toBe('attribute');
    expect(span(bucket.range)).toBe('2:3-2:15');
  });

  it('resolves escapes in quoted labels and keeps empty ones', () => {
    const b = block(parse('x "a\\"b" "" "ü" {}\n'));
    expect(b.labels).toEqual(['a"b', '', 'ü']);
  });

  it('parses nested blocks and keeps attributes and blocks in source order', () => {
    const file = parse('a {\n  x = 1\n  b "l" {\n    y = 2\n  }\n  z = 3\n}\n');
    const outer = block(file);
    expect(outer.body.items.map((item) => (item.kind === 'block' ? `block ${item.type}` : item.name))).toEqual(['x', 'block b', 'z']);
    const inner = outer.body.items[1];
    expect(inner.kind === 'block' && span(inner.range)).toBe('3:3-5:4');
  });

  it('parses one-line blocks, empty or with a single attribute', () => {
    const source = 'lifecycle { ignore_changes = [tags] }\nempty {}\n';
    const file = parse(source);
    const one = block(file, 0);
    expect(one.body.items).toHaveLength(1);
    const item = one.body.items[0];
    expect(item.kind === 'attribute' && sourceOf(source, item.range)).toBe('ignore_changes = [tags]');
    expect(span(one.range)).toBe('1:1-1:38');
    expect(block(file, 1).body.items).toEqual([]);
  });

  it('accepts a last line without a newline', () => {
    expect(attribute(parse('a = 1'), 'a').expr).toMatchObject({ kind: 'literal', value: 1 });
    expect(block(parse('b {\n}')).type).toBe('b');
  });

  it('collects every kind of comment with its range and text without markers', () => {
    const source = '# hash\na = 1 // slashes\n/* block\n  comment */\nb = 2 # leakproof:ignore rule-1\n';
    const file = parse(source);
    expect(file.comments.map((c) => c.text)).toEqual([' hash', ' slashes', ' block\n  comment ', ' leakproof:ignore rule-1']);
    expect(file.comments.map((c) => span(c.range))).toEqual(['1:1-1:7', '2:7-2:17', '3:1-4:13', '5:7-5:32']);
    expect(sourceOf(source, file.comments[2].range)).toBe('/* block\n  comment */');
    expect(file.body.items).toHaveLength(2);
  });

  it('keeps comments inside blocks and expressions', () => {
    const file = parse('a {\n  # inside\n  x = [\n    1, # one\n    2,\n  ]\n}\n');
    expect(file.comments.map((c) => [c.text, c.range.start.line])).toEqual([
      [' inside', 2],
      [' one', 4],
    ]);
  });

  it('handles CRLF line endings', () => {
    const source = 'a = "x"\r\nb {\r\n  c = 1 # note\r\n}\r\n';
    const file = parse(source);
    expect(span(attribute(file, 'a').range)).toBe('1:1-1:8');
    const b = block(file);
    expect(span(b.range)).toBe('2:1-4:2');
    expect(file.comments[0].text).toBe(' note');
    expect(span(file.comments[0].range)).toBe('3:9-3:15');
  });

  it('skips a UTF-8 byte order mark without shifting columns', () => {
    const source = '\ufeffa = 1\nb = 2\n';
    const a = attribute(parse(source), 'a');
    expect(a.range.start).toEqual({ line: 1, column: 1, offset: 1 });
    expect(sourceOf(source, a.range)).toBe('a = 1');
  });

  it('counts a tab as one column', () => {
    const source = 'x {\n\ta\t=\t1\n}\n';
    const a = block(parse(source)).body.items[0];
    expect(span(a.range)).toBe('2:2-2:7');
  });

  it('accepts non-ASCII identifiers and strings, with columns in UTF-16 units', () => {
    const source = 'größe = "日本語"\nb = var.ñ\n';
    const file = parse(source);
    const groesse = attribute(file, 'größe');
    expect(span(groesse.range)).toBe('1:1-1:14');
    expect(attribute(file, 'b').expr).toMatchObject({ kind: 'getattr', name: 'ñ' });
  });

  it('parses an empty file and a file of only comments', () => {
    expect(parse('').body.items).toEqual([]);
    const onlyComments = parse('# a\n\n// b');
    expect(onlyComments.body.items).toEqual([]);
    expect(onlyComments.comments).toHaveLength(2);
  });
});
