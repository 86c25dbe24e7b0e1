import { describe, expect, it } from '@jest/globals';
import type { TemplateExpr, TemplatePart } from '../../src/sources/terraform/hcl/ast.js';
import { as, attribute, expression, parse, sourceOf, span } from './helpers.js';

function template(text: string): TemplateExpr {
  return as(expression(text), 'template');
}

/** Text parts as their value, other parts as a marker, for compact assertions. */
function parts(list: TemplatePart[]): unknown[] {
  return list.map((part) => {
    switch (part.kind) {
      case 'text':
        return part.value;
      case 'interp':
        return { interp: part.expr.kind };
      case 'if':
        return { if: parts(part.then), else: part.else && parts(part.else) };
      case 'for':
        return { for: [part.keyVar, part.valueVar], body: parts(part.body) };
    }
  });
}

describe('HCL quoted templates', () => {
  it('parses a plain string as one text part, with the quotes in the range', () => {
    const source = 'v = "hello"\n';
    const t = as(attribute(parse(source), 'v').expr, 'template');
    expect(t.heredoc).toBe(false);
    expect(parts(t.parts)).toEqual(['hello']);
    expect(sourceOf(source, t.range)).toBe('"hello"');
    expect(span(t.parts[0].range)).toBe('1:6-1:11');
  });

  it('gives an empty string one empty text part', () => {
    expect(parts(template('""').parts)).toEqual(['']);
  });

  it('resolves escapes', () => {
    expect(parts(template('"a\\nb\\tc\\"d\\\\e\\r"').parts)).toEqual(['a\nb\tc"d\\e\r']);
    expect(parts(template('"\\u00e9\\U0001F600"').parts)).toEqual(['é😀']);
  });

  it('turns $${ and %%{ into literal ${ and %{, and leaves other $ and % alone', () => {
    expect(parts(template('"$${var.x} %%{if} $5 100% $$"').parts)).toEqual(['${var.x} %{if} $5 100% $$']);
  });

  it('parses interpolations with ranges covering ${ to }', () => {
    const source = 'v = "arn:${var.partition}:s3:::${local.name}"\n';
    const t = as(attribute(parse(source), 'v').expr, 'template');
    expect(parts(t.parts)).toEqual(['arn:', { interp: 'getattr' }, ':s3:::', { interp: 'getattr' }]);
    expect(sourceOf(source, t.parts[1].range)).toBe('${var.partition}');
    const interp = t.parts[1];
    expect(interp.kind === 'interp' && sourceOf(source, interp.expr.range)).toBe('var.partition');
  });

  it('keeps a lone interpolation as a one-part template (HCL then yields the value itself)', () => {
    expect(parts(template('"${var.port}"').parts)).toEqual([{ interp: 'getattr' }]);
  });

  it('parses strings, objects and newlines inside an interpolation', () => {
    const t = template('"${jsonencode({\n  a = "x"\n})}"');
    expect(parts(t.parts)).toEqual([{ interp: 'call' }]);
  });

  it('parses if/else/endif directives', () => {
    const source = 'v = "%{ if var.on }yes%{ else }no%{ endif }"\n';
    const t = as(attribute(parse(source), 'v').expr, 'template');
    expect(parts(t.parts)).toEqual([{ if: ['yes'], else: ['no'] }]);
    const directive = t.parts[0];
    expect(sourceOf(source, directive.range)).toBe('%{ if var.on }yes%{ else }no%{ endif }');
    expect(directive.kind === 'if' && sourceOf(source, directive.cond.range)).toBe('var.on');
    expect(parts(template('"%{if a}x%{endif}"').parts)).toEqual([{ if: ['x'], else: undefined }]);
  });

  it('parses for/endfor directives with one or two variables', () => {
    const source = 'v = "%{ for k, v in var.tags }${k}=${v},%{ endfor }"\n';
    const t = as(attribute(parse(source), 'v').expr, 'template');
    expect(parts(t.parts)).toEqual([{ for: ['k', 'v'], body: [{ interp: 'variable' }, '=', { interp: 'variable' }, ','] }]);
    const loop = t.parts[0];
    expect(loop.kind === 'for' && sourceOf(source, loop.collection.range)).toBe('var.tags');
    expect(parts(template('"%{for x in xs}${x}%{endfor}"').parts)).toEqual([{ for: [undefined, 'x'], body: [{ interp: 'variable' }] }]);
  });

  it('nests directives', () => {
    expect(parts(template('"%{for x in xs}%{if x}[${x}]%{endif}%{endfor}"').parts)).toEqual([
      { for: [undefined, 'x'], body: [{ if: ['[', { interp: 'variable' }, ']'], else: undefined }] },
    ]);
  });

  it('applies strip markers to the neighbouring text, including around directives', () => {
    expect(parts(template('"a  ${~ x ~}  b"').parts)).toEqual(['a', { interp: 'variable' }, 'b']);
    expect(parts(template('"%{ if a ~}  x  %{~ else ~}  y  %{~ endif }"').parts)).toEqual([{ if: ['x'], else: ['y'] }]);
    expect(parts(template('"  ${~x}"').parts)).toEqual(['', { interp: 'variable' }]);
  });
});

describe('HCL heredocs', () => {
  it('parses a heredoc, keeping text and interpolations, range from <<EOT to the marker', () => {
    const source = 'v = <<EOT\n  hello ${name}\n  bye\nEOT\nw = 1\n';
    const t = as(attribute(parse(source), 'v').expr, 'template');
    expect(t.heredoc).toBe(true);
    expect(parts(t.parts)).toEqual(['  hello ', { interp: 'variable' }, '\n  bye\n']);
    expect(span(t.range)).toBe('1:5-4:4');
    expect(attribute(parse(source), 'w').range.start.line).toBe(5);
  });

  it('does not resolve backslash escapes in heredocs, but does resolve $${', () => {
    expect(parts(template('<<EOT\na\\nb $${x}\nEOT').parts)).toEqual(['a\\nb ${x}\n']);
  });

  it('accepts an indented closing marker and marker names with dashes', () => {
    expect(parts(template('<<EOT\n  x\n  EOT').parts)).toEqual(['  x\n']);
    expect(parts(template('<<END-OF-TEXT\nx\nEND-OF-TEXT').parts)).toEqual(['x\n']);
  });

  it('gives an empty heredoc one empty text part', () => {
    expect(parts(template('<<EOT\nEOT').parts)).toEqual(['']);
  });

  it('strips the common indentation in the <<- form, counting an interpolation at line start as none', () => {
    expect(parts(template('<<-EOT\n    a\n      b\n    EOT').parts)).toEqual(['a\n  b\n']);
    expect(parts(template('<<-EOT\n\tx\n\t  y\n\tEOT').parts)).toEqual(['x\n  y\n']);
    expect(parts(template('<<-EOT\n    ${x}\n  y\n  EOT').parts)).toEqual(['  ', { interp: 'variable' }, '\ny\n']);
    expect(parts(template('<<-EOT\n${x}\n  y\n  EOT').parts)).toEqual([{ interp: 'variable' }, '\n  y\n']);
  });

  it('leaves whitespace-only lines of a <<- heredoc as they are, like hclsyntax', () => {
    expect(parts(template('<<-EOT\n    x\n\n  \n      y\n    EOT').parts)).toEqual(['x\n\n  \n  y\n']);
  });

  it('moves the text range start past the removed indentation', () => {
    const source = 'v = <<-EOT\n    a\n    EOT\n';
    const t = as(attribute(parse(source), 'v').expr, 'template');
    expect(span(t.parts[0].range)).toBe('2:5-3:1');
  });

  it('applies a strip marker only up to the end of its line, like hclsyntax', () => {
    expect(parts(template('<<EOT\n${x ~}\n\n  foo\nEOT').parts)).toEqual([{ interp: 'variable' }, '\n  foo\n']);
  });

  it('parses directives in heredocs', () => {
    // `~}` eats the newline ending the directive's line, so (as in hclsyntax) the next
    // line no longer counts as a line start and keeps its indentation.
    expect(parts(template('<<-EOT\n  %{ for v in xs ~}\n  - ${v}\n  %{ endfor ~}\n  EOT').parts)).toEqual([
      '',
      { for: [undefined, 'v'], body: ['  - ', { interp: 'variable' }, '\n'] },
      '',
    ]);
  });

  it('keeps CRLF line endings in heredoc text', () => {
    const t = as(attribute(parse('v = <<EOT\r\nline1\r\nline2\r\nEOT\r\n'), 'v').expr, 'template');
    expect(parts(t.parts)).toEqual(['line1\r\nline2\r\n']);
  });

  it('parses heredocs inside calls and lists', () => {
    const call = as(expression('upper(<<EOT\nx\nEOT\n)'), 'call');
    expect(call.args[0].kind).toBe('template');
    const list = as(expression('[<<EOT\na\nEOT\n, "b"]'), 'tuple');
    expect(list.items).toHaveLength(2);
  });
});
