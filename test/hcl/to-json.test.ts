import { describe, expect, it } from '@jest/globals';
import { decimalText, toHcl2Json } from '../../src/sources/terraform/hcl/to-json.js';
import { parse } from './helpers.js';

function render(source: string): unknown {
  return toHcl2Json(parse(source), source);
}

describe('rendering in the @cdktf/hcl2json shape', () => {
  it('turns blocks into arrays of bodies nested by label', () => {
    expect(render('resource "a" "x" {\n  n = 1\n}\nresource "a" "x" {}\nresource "a" "y" {}\nlocals { v = 2 }\n')).toEqual({
      resource: { a: { x: [{ n: 1 }, {}], y: [{}] } },
      locals: [{ v: 2 }],
    });
  });

  it('renders values as JSON and other expressions as ${source}', () => {
    expect(render('a = 1.5e3\nb = -2\nc = !true\nd = null\ne = [1, "x"]\nf = { k = v }\ng = var.x\nh = f(1,\n  2)\n')).toEqual({
      a: 1500,
      b: -2,
      c: false,
      d: null,
      e: [1, 'x'],
      f: { k: '${v}' },
      g: '${var.x}',
      h: '${f(1,\n  2)}',
    });
  });

  it('unwraps a lone interpolation and re-renders templates with directives', () => {
    expect(render('a = "${var.x}"\nb = "${1}"\nc = "n-${1.50}-%{ if x ~} y %{~ else }z%{ endif }"\nd = "%{for k, v in m}${k}%{endfor}"\n')).toEqual({
      a: '${var.x}',
      b: 1,
      c: 'n-1.5-%{if x}y%{else}z%{endif}',
      d: '%{for k, v in m}${k}%{endfor}',
    });
  });

  it('escapes literal ${ and %{ in text', () => {
    expect(render('a = "$${x} %%{y}"\nb = <<EOT\n$${z}\nEOT\n')).toEqual({ a: '$${x} %%{y}', b: '$${z}\n' });
  });

  it('renders object keys by kind', () => {
    expect(render('a = { b = 1, "c" = 2, (d) = 3, e.f = 4, 5 = 6, "${g}" = 7 }\n')).toEqual({
      a: { b: 1, c: 2, '${(d)}': 3, 'e.f': 4, '5': 6, '${g}': 7 },
    });
  });

  it('lets an attribute replace a block of the same name, as hcl2json does', () => {
    expect(render('x {}\nx = 1\n')).toEqual({ x: 1 });
  });

  it('rejects mixing labelled and unlabelled blocks of one type, as hcl2json does', () => {
    expect(() => render('a {}\na "b" {}\n')).toThrow('Unable to convert Block to JSON');
  });

  it('writes numbers in templates in plain decimal notation', () => {
    expect(['0', '7', '1.50', '1e3', '1.5e3', '2.5E-3', '1e-7', '0.1', '00.5', '123.456e1', '1e21'].map(decimalText)).toEqual([
      '0',
      '7',
      '1.5',
      '1000',
      '1500',
      '0.0025',
      '0.0000001',
      '0.1',
      '0.5',
      '1234.56',
      '1000000000000000000000',
    ]);
  });
});
