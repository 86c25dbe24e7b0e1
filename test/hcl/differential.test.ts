/**
 * Differential test: our parser + to-json.ts against @cdktf/hcl2json (HashiCorp's
 * own hclsyntax compiled to WebAssembly). hcl2json keeps every non-literal
 * expression as its exact source text ("${...}"), so agreeing with it on a file
 * means we read every value, every string escape and template, and the exact
 * source range of every expression the way Terraform does.
 *
 * No normalisation is applied to either side: the trees are compared as they are.
 *
 * The real corpus lives outside the repository (../shared/corpus/real); without
 * it those parts are skipped with a message. Besides the files themselves, 600
 * randomly mutated copies check that both parsers accept and reject the same
 * inputs. The inline cases below always run and
 * cover constructs the corpus lacks (template directives, CRLF, BOM, ...).
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parseHcl } from '../../src/sources/terraform/hcl/parser.js';
import { toHcl2Json } from '../../src/sources/terraform/hcl/to-json.js';

// Loaded through require with a local type: the package's own .d.ts pulls the DOM
// library into the whole program.
const hcl2json = createRequire(import.meta.url)('@cdktf/hcl2json') as {
  parse(filename: string, contents: string): Promise<Record<string, unknown>>;
};

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const corpusDir = resolve(repoRoot, '../shared/corpus/real');

function tfFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...tfFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.tf')) found.push(path);
  }
  return found.sort();
}

/** Where two JSON trees first differ, for a readable failure. */
function firstDifference(ours: unknown, theirs: unknown, path = ''): string | undefined {
  if (isDeepStrictEqual(ours, theirs)) return undefined;
  if (ours && theirs && typeof ours === 'object' && typeof theirs === 'object') {
    const a = ours as Record<string, unknown>;
    const b = theirs as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const difference = firstDifference(a[key], b[key], `${path}/${key}`);
      if (difference) return difference;
    }
  }
  return `${path || '/'}: ours ${JSON.stringify(ours)?.slice(0, 200)}, hcl2json ${JSON.stringify(theirs)?.slice(0, 200)}`;
}

/** Deterministic pseudo-random numbers (a linear congruential generator), so failures reproduce. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

interface Comparison {
  parseFailure?: string;
  difference?: string;
}

async function compare(path: string, source: string): Promise<Comparison> {
  let ours: unknown;
  try {
    ours = toHcl2Json(parseHcl(source, path), source);
  } catch (error) {
    return { parseFailure: `${path}: ${(error as Error).message}` };
  }
  let theirs: unknown;
  try {
    theirs = await hcl2json.parse(path, source);
  } catch (error) {
    return { difference: `${path}: hcl2json failed (${(error as Error).message}) where we parsed` };
  }
  const difference = firstDifference(ours, theirs);
  return difference ? { difference: `${path}${difference}` } : {};
}

/** Sources given as lines, ending with a newline. */
const INLINE_CASES: Array<[string, string[]]> = [
  [
    'templates',
    [
      'a = "x${var.y}z"',
      'b = "%{if a}yes%{else}no%{endif}"',
      'c = "%{for k, v in x}${k}=${v}%{endfor}"',
      'd = "%{ if a ~}  x  %{~ else ~}  y  %{~ endif }"',
      'e = "%{for v in x ~}  ${v}  %{~ endfor}"',
      'f = "%{if a}%{else}b%{endif}"',
      'g = "%{if a}x%{else}%{endif}"',
      'h = "%{ for   k,v in  f(x) }${k}%{ endfor }"',
      'i = "%{if a == (b)}x%{endif}"',
      'j = "x${ (a) }"',
      'k = "a${1}b${true}c${null}d${1.5e3}e${0.10}"',
      'l = "$${x} %%{y} $$ %% $x %x"',
      'm = "${"$${q}"}"',
      'n = "${~ x}"',
      'o = " ${~x} "',
      'p = "a ${~ x ~} b"',
      'q = "\\u0024{x}\\U0001F600\\t\\"\\\\"',
      'r = "${"a"}"',
      's = "${"${x}"}"',
      't = "%{if x}%{if y}a%{endif}%{endif}"',
      'u = "%{for x in xs}%{if x}${x}%{endif}%{endfor}"',
      'v = "${[1, 2]}"',
      'w = "${{a = 1}}"',
      'x = "${-1}"',
      'y = "${1}"',
      'z = "ü${ü}"',
    ],
  ],
  [
    'heredocs',
    [
      'a = <<EOT',
      '  hi ${x}',
      'EOT',
      'b = <<-EOT',
      '    hi',
      '      there',
      '    EOT',
      'c = <<-EOT',
      '    x',
      '',
      '  ',
      '      ',
      '      y',
      '    ${z}',
      '  EOT',
      'd = <<EOT',
      'a\\nb\\t$${x}',
      'EOT',
      'e = <<-EOT',
      '	x',
      '	  y',
      '	EOT',
      'f = <<-EOT',
      '    ${x}',
      '  y',
      '  EOT',
      'g = <<EOT',
      'EOT',
      'h = <<EOT',
      '${x ~}',
      '',
      '  foo',
      'EOT',
      'i = <<-EOT',
      '  %{ for v in xs ~}',
      '  - ${v}',
      '  %{ endfor ~}',
      '  EOT',
      'j = <<EOT',
      '    indented end',
      '    EOT',
      'k = [<<EOT',
      'in a list',
      'EOT',
      ', "next"]',
      'l = <<EOT',
      '%{if a}yes%{endif}',
      'EOT',
      'm = <<END-OF-TEXT',
      'with dashes',
      'END-OF-TEXT',
      'n = "${<<EOT',
      'inner',
      'EOT',
      '}"',
      'o = upper(<<EOT',
      'x',
      'EOT',
      ')',
    ],
  ],
  [
    'exprs',
    [
      'a = 1 + 2 * 3 - 4 / 5 % 6',
      'b = !a && b || c',
      'c = a == b != c',
      'd = a < b <= c > d >= e',
      'e = -x',
      'f = - 1',
      'g = !false',
      'h = -(1)',
      'i = (a)',
      'j = a ? b : c ? d : e',
      'k = a.b.c',
      'l = a[0].b["c"]',
      'm = a.*.b',
      'n = a[*].b[0]',
      'o = a.0.b',
      'p = f(x...)',
      'q = provider::aws::arn_parse(x)',
      'r = [for x in y : x if x]',
      's = { for k, v in x : k => v... if v }',
      't = [for i, x in y: { a = x }]',
      'u = a[b].c',
      'v = f()',
      'w = f(1,)',
      'x = (a).b',
      'y = length(var.x) > 0 ? var.x : []',
      'z = x.*',
      'aa = x[*]',
      'bb = 1e400',
      'cc = 12345678901234567890',
      'dd = 0.1',
      'ee = 1.5e-3',
      'ff = -1.5',
      'gg = 007',
      'hh = a.b[0][1]',
    ],
  ],
  [
    'objects',
    [
      'a = { a = 1, "b" = 2, (c) = 3, d: 4 }',
      'b = {',
      '  a = 1',
      '  "b" = 2',
      '',
      '  c = [',
      '    1,',
      '    2,',
      '  ]',
      '  d = f(',
      '    x,',
      '    y',
      '  )',
      '}',
      'c = { "$${x}" = 1, "%%{y}" = 2 }',
      'd = { 1 = "one", true = "t" }',
      'e = { a.b = 1 }',
      'f = { "${x}" = 1 }',
      'g = { "a${x}b" = 2 }',
      'h = { a["k"] = 1 }',
      'i = { __proto__ = 1 }',
      'j = {}',
      'k = []',
      'l = {',
      '}',
      'm = { for x in y : x => x }',
      'n = {',
      '  for x in y : x => x',
      '}',
    ],
  ],
  [
    'blocks',
    [
      'resource "aws_s3_bucket" "b" {',
      '  bucket = "x"',
      '  tags = { Name = "y" }',
      '  dynamic "rule" {',
      '    for_each = var.x',
      '    content { id = rule.value }',
      '  }',
      '  lifecycle { ignore_changes = [tags] }',
      '}',
      'resource "aws_s3_bucket" "c" { bucket = "z" }',
      'resource aws_s3_bucket "b" {}',
      'locals { a = 1 }',
      'locals {',
      '  b = 2 # trailing',
      '}',
      '// line comment',
      '/* block',
      'comment */',
      'terraform {',
      '  required_version = ">= 1.0"',
      '}',
      'x = 1',
      'module "m" {',
      '  source = "./m"',
      '  a = 1',
      '  # comment',
      '  b = { for k, v in var.x : k => v }',
      '}',
      'empty {}',
      'labels "" "with space" "ünï" {}',
    ],
  ],
];

const RAW_CASES: Array<[string, string]> = [
  ['byte order mark', '\ufeffa = 1\nb = "x"\n'],
  [
    'CRLF line endings',
    'a = "x"\r\nb = <<EOT\r\nline1\r\nline2\r\nEOT\r\nc = [\r\n  1,\r\n  2\r\n]\r\nd = <<-EOT\r\n    x\r\n      y\r\n    EOT\r\ne = f(\r\n  a,\r\n  b\r\n)\r\n# c\r\nblock "x" {\r\n  a = 1\r\n}\r\n',
  ],
  ['no final newline', 'a = b'],
  ['tabs', 'a\t=\t"tab\there"\n\tb = 1\nc = {\n\tx = 1\n}\n'],
  ['non-ASCII', 'ü = "ü"\nb = { ä = 1 }\nc = "日本語 ${日本}"\nd = var.ñ\n'],
];

describe('differential test against @cdktf/hcl2json', () => {
  it.each([...INLINE_CASES.map(([name, lines]): [string, string] => [name, lines.join('\n') + '\n']), ...RAW_CASES])(
    'renders %s as hcl2json does',
    async (name, source) => {
      expect(await compare(`${name}.tf`, source)).toEqual({});
    },
  );

  const haveCorpus = existsSync(corpusDir);
  if (!haveCorpus) console.warn(`HCL differential test on the real corpus SKIPPED: ${corpusDir} does not exist`);

  (haveCorpus ? it : it.skip)('parses every .tf file of the real corpus and renders each as hcl2json does', async () => {
    const files = tfFiles(corpusDir);
    const parseFailures: string[] = [];
    const differences: string[] = [];
    for (const file of files) {
      const result = await compare(relative(corpusDir, file), readFileSync(file, 'utf8'));
      if (result.parseFailure) parseFailures.push(result.parseFailure);
      if (result.difference) differences.push(result.difference);
    }
    const agree = files.length - parseFailures.length - differences.length;
    console.log(`HCL differential: ${files.length} files compared, ${agree} agree exactly with @cdktf/hcl2json`);
    expect(files.length).toBeGreaterThan(0);
    expect(parseFailures).toEqual([]);
    expect(differences).toEqual([]);
  });

  (haveCorpus ? it : it.skip)('agrees with hcl2json on which mutated corpus files are valid, and on their values', async () => {
    const files = tfFiles(corpusDir);
    const next = seededRandom(2024);
    const alphabet = ['{', '}', '[', ']', '(', ')', '"', '$', '%', '~', '<<', '<<-', '\n', '=', ':', ',', '.', '*', '?', '!', '#', '/*', '*/', ' ', '\\', 'EOT', '${', '%{', '-', 'for ', 'if ', '=>', '...', '\r\n'];
    const disagreements: string[] = [];
    let valid = 0;
    for (let round = 0; round < 600; round++) {
      let source = readFileSync(files[Math.floor(next() * files.length)], 'utf8').slice(0, 20_000);
      for (let edit = 0; edit < 2; edit++) {
        const at = Math.floor(next() * source.length);
        if (next() < 0.4) source = source.slice(0, at) + source.slice(at + 1 + Math.floor(next() * 3));
        else source = source.slice(0, at) + alphabet[Math.floor(next() * alphabet.length)] + source.slice(at);
      }
      let ours: unknown;
      let oursFailed = false;
      try {
        ours = toHcl2Json(parseHcl(source, 'mutated.tf'), source);
      } catch {
        oursFailed = true;
      }
      let theirs: unknown;
      let theirsFailed = false;
      try {
        theirs = await hcl2json.parse('mutated.tf', source);
      } catch {
        theirsFailed = true;
      }
      if (!oursFailed && !theirsFailed) valid++;
      const agree = oursFailed || theirsFailed ? oursFailed === theirsFailed : isDeepStrictEqual(ours, theirs);
      if (!agree) disagreements.push(`round ${round}: ours ${oursFailed ? 'failed' : 'parsed'}, hcl2json ${theirsFailed ? 'failed' : 'parsed'}: ${JSON.stringify(source.slice(0, 300))}`);
    }
    expect(disagreements).toEqual([]);
    expect(valid).toBeGreaterThan(100);
  });
});
