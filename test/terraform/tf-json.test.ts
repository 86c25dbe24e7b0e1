/**
 * Terraform's JSON configuration syntax: the converter to the native syntax
 * tree (blocks, labels, nested blocks, templates, locations, comments, errors),
 * a differential test that a .tf.json evaluates to the same resources as the
 * .tf it translates, and the CLI's verdicts at file:line.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { HclSyntaxError, type Attribute, type Block, type Body, type Expr, type TemplateExpr } from '../../src/sources/terraform/hcl/ast.js';
import { parseHclJson } from '../../src/sources/terraform/hcl/json-syntax.js';
import { loadTerraform } from '../../src/sources/terraform/load.js';
import { walkInputs } from '../../src/sources/walk.js';
import { toPlain } from '../../src/model/value.js';
import type { SourceResult } from '../../src/model/source-resource.js';
import { runCli } from '../support/run-cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-tf-json-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(nodePath.dirname(nodePath.join(dir, name)), { recursive: true });
    fs.writeFileSync(nodePath.join(dir, name), content);
  }
  return nodePath.relative(process.cwd(), dir).split(nodePath.sep).join('/');
}

function load(path: string): SourceResult {
  const walked = walkInputs([path]);
  expect(walked.errors).toEqual([]);
  return loadTerraform(walked.units[0]!);
}

const blocks = (body: Body): Block[] => body.items.filter((i): i is Block => i.kind === 'block');
const attribute = (body: Body, name: string): Attribute => {
  const found = body.items.find((i): i is Attribute => i.kind === 'attribute' && i.name === name);
  if (!found) throw new Error(`no attribute ${name}`);
  return found;
};

function syntaxError(text: string): HclSyntaxError {
  try {
    parseHclJson(text, 'bad.tf.json');
  } catch (e) {
    if (e instanceof HclSyntaxError) return e;
    throw e;
  }
  throw new Error('no syntax error');
}

describe('parseHclJson: blocks and labels', () => {
  const text = `{
  "//": "a comment, not a block",
  "resource": {
    "aws_s3_bucket": {
      "logs": { "bucket": "logs" },
      "data": { "bucket": "data" }
    }
  },
  "module": { "net": { "source": "./net", "cidr": "10.0.0.0/16" } },
  "variable": { "region": { "type": "string", "default": "eu-west-1" } },
  "locals": { "name": "app", "tags": { "team": "x" } },
  "provider": { "aws": [ { "region": "eu-west-1" }, { "alias": "us", "region": "us-east-1" } ] },
  "output": { "id": { "value": "\${aws_s3_bucket.logs.id}" } }
}
`;
  const file = parseHclJson(text, 'main.tf.json');
  const all = blocks(file.body);

  test('each top-level property is a block type with its number of labels; "//" is a comment', () => {
    expect(all.map((b) => [b.type, ...b.labels].join(' '))).toEqual([
      'resource aws_s3_bucket logs',
      'resource aws_s3_bucket data',
      'module net',
      'variable region',
      'locals',
      'provider aws',
      'provider aws',
      'output id',
    ]);
    expect(file.body.items.every((i) => i.kind === 'block')).toBe(true);
  });

  test('an array where a body is expected means several blocks of that type', () => {
    const providers = all.filter((b) => b.type === 'provider');
    expect(providers.map((p) => p.body.items.map((i) => (i.kind === 'attribute' ? i.name : '')))).toEqual([['region'], ['alias', 'region']]);
    expect(providers.map((p) => p.range.start.line)).toEqual([12, 12]);
  });

  test('every block and attribute is located at its JSON key line', () => {
    const [logs, data] = all;
    expect(logs!.range.start.line).toBe(5);
    expect(data!.range.start.line).toBe(6);
    expect(attribute(logs!.body, 'bucket').range.start.line).toBe(5);
    const locals = all.find((b) => b.type === 'locals')!;
    expect(locals.range.start.line).toBe(11);
    // In locals every property is an argument, an object too.
    expect(attribute(locals.body, 'tags').expr.kind).toBe('object');
  });

  test('a variable type is a type expression and its default is literal text', () => {
    const variable = all.find((b) => b.type === 'variable')!;
    expect(attribute(variable.body, 'type').expr).toMatchObject({ kind: 'variable', name: 'string' });
    expect(attribute(variable.body, 'default').expr).toMatchObject({ kind: 'template', parts: [{ kind: 'text', value: 'eu-west-1' }] });
    const literal = parseHclJson('{"variable": {"v": {"default": {"k": "${not.a.template}"}}}}', 'v.tf.json');
    expect(attribute(blocks(literal.body)[0]!.body, 'default').expr).toMatchObject({
      kind: 'object',
      items: [{ key: { parts: [{ value: 'k' }] }, value: { kind: 'template', parts: [{ kind: 'text', value: '${not.a.template}' }] } }],
    });
  });
});

describe('parseHclJson: nested blocks', () => {
  const text = `{
  "resource": {
    "aws_security_group": {
      "web": {
        "count": 2,
        "provider": "aws.us",
        "depends_on": ["aws_vpc.main", "module.net"],
        "tags": { "Name": "web", "data-classification": "secret" },
        "ingress": [
          { "from_port": 22, "to_port": 22, "cidr_blocks": ["0.0.0.0/0"] },
          { "from_port": 443, "to_port": 443, "cidr_blocks": ["0.0.0.0/0"] }
        ],
        "egress": { "from_port": 0, "to_port": 0 },
        "lifecycle": { "ignore_changes": ["tags"], "precondition": { "condition": "\${true}", "error_message": "no" } },
        "dynamic": { "ingress": { "for_each": "\${var.ports}", "iterator": "p", "content": { "from_port": "\${p.value}" } } },
        "cidr_list": [],
        "empty": {}
      }
    }
  }
}
`;
  const sg = blocks(parseHclJson(text, 'sg.tf.json').body)[0]!;
  const items = sg.body.items;

  test('objects and arrays of objects are nested blocks; map arguments, meta-arguments and empty lists are arguments', () => {
    expect(items.map((i) => (i.kind === 'block' ? `block ${[i.type, ...i.labels].join(' ')}` : `attr ${i.name}`))).toEqual([
      'attr count',
      'attr provider',
      'attr depends_on',
      'attr tags',
      'block ingress',
      'block ingress',
      'block egress',
      'block lifecycle',
      'block dynamic ingress',
      'attr cidr_list',
      'block empty',
    ]);
    expect(items.filter((i) => i.kind === 'block' && i.type === 'ingress').map((b) => b.range.start.line)).toEqual([10, 11]);
  });

  test('depends_on and ignore_changes are references, not strings', () => {
    const deps = attribute(sg.body, 'depends_on').expr;
    expect(deps.kind).toBe('tuple');
    expect((deps as Extract<Expr, { kind: 'tuple' }>).items.map((e) => e.kind)).toEqual(['getattr', 'getattr']);
    const lifecycle = blocks(sg.body).find((b) => b.type === 'lifecycle')!;
    expect(attribute(lifecycle.body, 'ignore_changes').expr).toMatchObject({ kind: 'tuple', items: [{ kind: 'variable', name: 'tags' }] });
    expect(blocks(lifecycle.body).map((b) => b.type)).toEqual(['precondition']);
  });

  test('a dynamic block keeps for_each, iterator and its content block', () => {
    const dynamic = blocks(sg.body).find((b) => b.type === 'dynamic')!;
    expect(dynamic.body.items.map((i) => (i.kind === 'block' ? i.type : i.name))).toEqual(['for_each', 'iterator', 'content']);
  });
});

describe('parseHclJson: templates', () => {
  const expr = (value: string): TemplateExpr => {
    const file = parseHclJson(`{\n  "locals": {\n    "v": ${JSON.stringify(value)}\n  }\n}\n`, 't.tf.json');
    return attribute(blocks(file.body)[0]!.body, 'v').expr as TemplateExpr;
  };

  test('a string without template sequences is one literal text', () => {
    expect(expr('plain')).toMatchObject({ kind: 'template', parts: [{ kind: 'text', value: 'plain' }] });
    expect(expr('').parts).toEqual([]);
  });

  test('${...} is an HCL expression, located at the string line', () => {
    const t = expr('${var.a[0].b}');
    expect(t.parts).toHaveLength(1);
    expect(t.parts[0]).toMatchObject({ kind: 'interp', expr: { kind: 'getattr', name: 'b', range: { start: { line: 3 } } } });
    expect(expr('arn:${var.p}:x').parts.map((p) => p.kind)).toEqual(['text', 'interp', 'text']);
  });

  test('%{...} directives and the $${ escape; JSON escapes are decoded once', () => {
    expect(expr('%{ if var.on }yes%{ else }no%{ endif }').parts[0]).toMatchObject({ kind: 'if' });
    expect(expr('$${literal}')).toMatchObject({ parts: [{ kind: 'text', value: '${literal}' }] });
    expect(expr('a\\n${var.x}\nb').parts).toMatchObject([
      { kind: 'text', value: 'a\\n' },
      { kind: 'interp' },
      { kind: 'text', value: '\nb' },
    ]);
  });
});

describe('parseHclJson: bad files are errors at file:line', () => {
  test('invalid JSON', () => {
    expect(syntaxError('{\n  "resource": {\n    "a": 1,\n  }\n}')).toMatchObject({ file: 'bad.tf.json', line: 4 });
  });

  test('a top level that is not an object, an unknown block type', () => {
    expect(syntaxError('[1]')).toMatchObject({ line: 1 });
    const e = syntaxError('{\n  "locals": {},\n  "resorce": {}\n}');
    expect(e).toMatchObject({ line: 3 });
    expect(e.expected).toMatch(/unsupported block type "resorce"/);
  });

  test('a body that is not an object', () => {
    const e = syntaxError('{\n  "resource": {\n    "aws_s3_bucket": {\n      "b": "oops"\n    }\n  }\n}');
    expect(e).toMatchObject({ line: 4 });
    expect(e.expected).toMatch(/resource "aws_s3_bucket" "b": expected a JSON object \(the block body\), found a string/);
  });

  test('a broken template and a broken type expression', () => {
    expect(syntaxError('{\n  "locals": {\n    "a": "ok",\n    "b": "${var.}"\n  }\n}')).toMatchObject({ line: 4 });
    expect(syntaxError('{\n  "variable": {\n    "v": {\n      "type": "list(("\n    }\n  }\n}')).toMatchObject({ line: 4 });
  });

  test('a repeated key is an error at its line, so that it cannot hide the first one', () => {
    const e = syntaxError('{\n  "resource": { "aws_s3_bucket": { "a": {} } },\n  "locals": { "x": "a,\\"b\\"", "y": [{ "x": 1 }] },\n  "resource": {}\n}');
    expect(e).toMatchObject({ line: 4, column: 3 });
    expect(e.expected).toMatch(/the key "resource" is repeated/);
    // Equal keys in different objects are fine.
    expect(() => parseHclJson('{"locals": {"x": {"x": [{"x": 1}, {"x": 2}]}}}', 'ok.tf.json')).not.toThrow();
  });

  test('nesting deeper than the native parser allows is an error, not a stack overflow', () => {
    const deep = `{"locals": {"x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    expect(syntaxError(deep).expected).toMatch(/nesting deeper than/);
  });
});

/** Pairs of a native file and its JSON translation: they must evaluate to the same resources. */
const DIFFERENTIAL: Array<{ name: string; tf: string; json: unknown; spot: Record<string, unknown> }> = [
  {
    name: 'a security group with variables, locals and nested blocks',
    tf: `
variable "cidr" {
  type    = string
  default = "0.0.0.0/0"
}
locals {
  name = "web-\${var.cidr == "0.0.0.0/0" ? "open" : "closed"}"
  tags = { Name = local.name, "data-classification" = "secret" }
}
resource "aws_security_group" "web" {
  name = local.name
  tags = local.tags
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.cidr]
  }
  ingress {
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
  egress {
    from_port = 0
    to_port   = 0
    protocol  = "-1"
  }
}
`,
    json: {
      variable: { cidr: { type: 'string', default: '0.0.0.0/0' } },
      locals: { name: 'web-${var.cidr == "0.0.0.0/0" ? "open" : "closed"}', tags: { Name: '${local.name}', 'data-classification': 'secret' } },
      resource: {
        aws_security_group: {
          web: {
            name: '${local.name}',
            tags: '${local.tags}',
            ingress: [
              { from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['${var.cidr}'] },
              { from_port: 443, to_port: 443, protocol: 'tcp', ipv6_cidr_blocks: ['::/0'] },
            ],
            egress: { from_port: 0, to_port: 0, protocol: '-1' },
          },
        },
      },
    },
    spot: {
      'aws_security_group.web': {
        attrs: { name: 'web-open', tags: { Name: 'web-open', 'data-classification': 'secret' }, ingress: [{ from_port: 22, cidr_blocks: ['0.0.0.0/0'] }, { ipv6_cidr_blocks: ['::/0'] }] },
      },
    },
  },
  {
    name: 'count, for_each, a dynamic block and functions',
    tf: `
variable "ports" {
  type    = map(number)
  default = { ssh = 22, pg = 5432 }
}
resource "aws_security_group" "each" {
  for_each = var.ports
  name     = "sg-\${each.key}"
  dynamic "ingress" {
    for_each = [each.value]
    iterator = port
    content {
      from_port   = port.value
      to_port     = port.value
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
resource "aws_s3_bucket" "b" {
  count  = 2
  bucket = format("data-%02d", count.index)
  tags   = merge({ a = "1" }, { b = upper("x") })
}
`,
    json: {
      variable: { ports: { type: 'map(number)', default: { ssh: 22, pg: 5432 } } },
      resource: {
        aws_security_group: {
          each: {
            for_each: '${var.ports}',
            name: 'sg-${each.key}',
            dynamic: { ingress: { for_each: '${[each.value]}', iterator: 'port', content: { from_port: '${port.value}', to_port: '${port.value}', cidr_blocks: ['0.0.0.0/0'] } } },
          },
        },
        aws_s3_bucket: { b: { count: 2, bucket: '${format("data-%02d", count.index)}', tags: '${merge({ a = "1" }, { b = upper("x") })}' } },
      },
    },
    spot: {
      'aws_security_group.each["pg"]': { attrs: { name: 'sg-pg', ingress: [{ from_port: 5432, to_port: 5432 }] } },
      'aws_s3_bucket.b[1]': { attrs: { bucket: 'data-01', tags: { a: '1', b: 'X' } } },
    },
  },
  {
    name: 'a database behind a module call, half .tf and half .tf.json',
    tf: `
module "net" {
  source = "./net"
  cidr   = "10.1.0.0/16"
}
resource "aws_db_instance" "db" {
  engine                 = "postgres"
  publicly_accessible    = true
  vpc_security_group_ids = [module.net.sg_id]
  tags                   = { owner = "team" }
}
`,
    json: {
      module: { net: { source: './net', cidr: '10.1.0.0/16' } },
      resource: { aws_db_instance: { db: { engine: 'postgres', publicly_accessible: true, vpc_security_group_ids: ['${module.net.sg_id}'], tags: { owner: 'team' } } } },
    },
    spot: {
      'aws_db_instance.db': { attrs: { publicly_accessible: true, tags: { owner: 'team' } } },
      'module.net.aws_vpc.v': { attrs: { cidr_block: '10.1.0.0/16' } },
    },
  },
  {
    name: 'provider aliases: a resource provider reference and a module providers map',
    tf: `
provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "us"
  region = "us-east-1"
}
resource "aws_s3_bucket" "eu" {
  bucket = "eu"
}
resource "aws_s3_bucket" "us" {
  provider   = aws.us
  bucket     = "us"
  depends_on = [aws_s3_bucket.eu]
  lifecycle {
    ignore_changes = [tags]
  }
}
module "net" {
  source    = "./net"
  providers = { aws = aws.us }
  cidr      = "10.2.0.0/16"
}
`,
    json: {
      provider: { aws: [{ region: 'eu-west-1' }, { alias: 'us', region: 'us-east-1' }] },
      resource: {
        aws_s3_bucket: {
          eu: { bucket: 'eu' },
          us: { provider: 'aws.us', bucket: 'us', depends_on: ['aws_s3_bucket.eu'], lifecycle: { ignore_changes: ['tags'] } },
        },
      },
      module: { net: { source: './net', providers: { aws: 'aws.us' }, cidr: '10.2.0.0/16' } },
    },
    spot: {
      'aws_s3_bucket.eu': { region: 'eu-west-1' },
      'aws_s3_bucket.us': { region: 'us-east-1', attrs: { bucket: 'us' } },
      'module.net.aws_vpc.v': { region: 'us-east-1' },
    },
  },
];

const NET_MODULE = {
  'net/variables.tf.json': JSON.stringify({ variable: { cidr: { type: 'string' } } }),
  'net/main.tf': `resource "aws_vpc" "v" {\n  cidr_block = var.cidr\n}\nresource "aws_security_group" "s" {\n  vpc_id = aws_vpc.v.id\n}\noutput "sg_id" {\n  value = aws_security_group.s.id\n}\n`,
};

/** Evaluated resources without locations: the values the rules see. */
function evaluated(result: SourceResult): Record<string, unknown> {
  return Object.fromEntries(result.resources.map((r) => [r.address, { type: r.type, region: toPlain(r.region), attrs: toPlain(r.attrs) }]));
}

describe('a .tf.json evaluates to the same resources as the .tf it translates', () => {
  test.each(DIFFERENTIAL.map((d) => [d.name, d] as const))('%s', (_name, d) => {
    const native = load(tree({ 'main.tf': d.tf, ...NET_MODULE }));
    const json = load(tree({ 'main.tf.json': JSON.stringify(d.json, null, 2), ...NET_MODULE }));
    expect(native.errors).toEqual([]);
    expect(json.errors).toEqual([]);
    expect(native.resources.length).toBeGreaterThan(0);
    expect(evaluated(json)).toEqual(evaluated(native));
    expect(evaluated(json)).toMatchObject(d.spot);
  });
});

interface JsonReport {
  findings: Array<{ ruleId: string; location: { file: string; startLine: number } }>;
  errors: Array<{ file: string; line?: number; message: string }>;
}

async function scanJson(path: string): Promise<{ code: number; report: JsonReport }> {
  const run = await runCli(['scan', path, '--format', 'json', '-o', '-']);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport };
}

const OPEN_SG_JSON = `{
  "resource": {
    "aws_security_group": {
      "ssh": {
        "ingress": {
          "from_port": 22,
          "to_port": 22,
          "protocol": "tcp",
          "cidr_blocks": ["0.0.0.0/0"]
        }
      }
    }
  }
}
`;

describe('leakproof scan of .tf.json', () => {
  test('an open security group is reported at the JSON line of its ingress block', async () => {
    const dir = tree({ 'sg.tf.json': OPEN_SG_JSON, 'other.tf': 'locals {\n  a = 1\n}\n' });
    const { code, report } = await scanJson(dir);
    expect(code).toBe(1);
    expect(report.errors).toEqual([]);
    const fw = report.findings.filter((f) => f.ruleId === 'LP-FW-002');
    expect(fw.map((f) => `${f.location.file}:${f.location.startLine}`)).toEqual([`${dir}/sg.tf.json:5`]);
  });

  test('a broken .tf.json is an error at file:line, and the rest of the scan goes on', async () => {
    const dir = tree({ 'a/broken.tf.json': '{\n  "resource": {\n    "aws_s3_bucket": { "b": 1 }\n  }\n}\n', 'b/sg.tf.json': OPEN_SG_JSON });
    const { code, report } = await scanJson(dir);
    expect(code).toBe(2);
    expect(report.errors).toEqual([expect.objectContaining({ file: `${dir}/a/broken.tf.json`, line: 3 })]);
    expect(report.findings.some((f) => f.location.file === `${dir}/b/sg.tf.json`)).toBe(true);
  });
});
