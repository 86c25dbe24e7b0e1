/** Loading Terraform folders: variables, locals, expansion, blocks, references, modules, providers, bad input. */
import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { loadTerraform } from '../../src/sources/terraform/load.js';
import { walkInputs } from '../../src/sources/walk.js';
import { attr, byAddress, fixture, loadPath, plain } from './helpers.js';

describe('variables', () => {
  const dir = fixture('variables');
  const result = loadPath(dir, {
    varFiles: [fixture('variables-extra') + '/extra.tfvars'],
    vars: [
      ['from_cli', 'cli'],
      ['cli_list', '["a", "b"]'],
      ['cli_number', '12'],
      ['cli_string', '007'],
      ['cli_map', '{ env = "prod", tier = 1 }'],
      ['cli_bool', 'true'],
    ],
  });
  const r = byAddress(result, 'aws_ssm_parameter.vars');

  test('a default applies when nothing else sets the variable, located at the default', () => {
    expect(attr(r, 'from_default')).toMatchObject({ t: 'string', v: 'default', loc: { file: `${dir}/variables.tf`, startLine: 2 } });
  });

  test('terraform.tfvars overrides the default, located at its line', () => {
    expect(attr(r, 'from_tfvars')).toMatchObject({ t: 'string', v: 'tfvars', loc: { file: `${dir}/terraform.tfvars`, startLine: 1 } });
  });

  test('*.auto.tfvars(.json) files apply after terraform.tfvars, in lexical order', () => {
    expect(attr(r, 'auto_order')).toMatchObject({ v: 'b.auto.tfvars.json', loc: { file: `${dir}/b.auto.tfvars.json`, startLine: 2 } });
  });

  test('--var-file applies after the automatic files, --var after every file', () => {
    expect(attr(r, 'from_var_file')).toMatchObject({ v: 'extra.tfvars', loc: { file: `${fixture('variables-extra')}/extra.tfvars`, startLine: 1 } });
    expect(attr(r, 'from_cli')).toMatchObject({ v: 'cli', loc: { file: '--var from_cli' } });
  });

  test('--var values are read as HCL when they look like lists or numbers, literally for string variables', () => {
    expect(plain(attr(r, 'cli_list'))).toEqual(['a', 'b']);
    expect(attr(r, 'cli_number')).toMatchObject({ t: 'number', v: 12 });
    expect(attr(r, 'cli_string')).toMatchObject({ t: 'string', v: '007' });
    expect(plain(attr(r, 'cli_map'))).toEqual({ env: 'prod', tier: '1' });
    expect(attr(r, 'cli_bool')).toMatchObject({ t: 'bool', v: true });
  });

  test('a variable with no value is unknown, never a guess', () => {
    expect(attr(r, 'no_value')).toMatchObject({ t: 'unknown', reason: 'var.no_value has no value' });
  });

  test('type conversion: a number from a string, an object with optional defaults and undeclared attributes dropped', () => {
    expect(attr(r, 'typed_number')).toMatchObject({ t: 'number', v: 41 });
    expect(plain(attr(r, 'settings'))).toEqual({ name: 'orders', port: 5432, tags: {} });
    expect(attr(r, 'derived')).toMatchObject({ t: 'string', v: 'tfvars-42', loc: { file: `${dir}/main.tf`, startLine: 24 } });
  });

  test('a null for a non-nullable variable gives its default', () => {
    expect(attr(r, 'not_nullable')).toMatchObject({ t: 'string', v: 'fallback' });
  });

  test('the provider region comes from a variable', () => {
    expect(r.region).toMatchObject({ t: 'string', v: 'eu-central-1' });
    expect(r.provider).toBe('aws');
  });

  test('no errors, and the files read are listed', () => {
    expect(result.errors).toEqual([]);
    expect(result.files).toEqual(
      expect.arrayContaining([`${dir}/main.tf`, `${dir}/terraform.tfvars`, `${dir}/a.auto.tfvars`, `${dir}/b.auto.tfvars.json`]),
    );
  });
});

describe('expansion, blocks and references', () => {
  const dir = fixture('expansion');
  const result = loadPath(dir);
  const db = byAddress(result, 'aws_db_instance.db');

  test('count instances are addressed [0], [1] and see count.index', () => {
    const s1 = byAddress(result, 'aws_subnet.private[1]');
    expect(attr(s1, 'cidr_block')).toMatchObject({ t: 'string', v: '10.0.1.0/24', loc: { file: `${dir}/main.tf`, startLine: 32 } });
    expect(attr(s1, 'name')).toMatchObject({ v: 'shop-private-1' });
    expect(attr(s1, 'vpc_id')).toMatchObject({ t: 'ref', ref: { address: 'aws_vpc.main', attr: ['id'] } });
    expect(s1.loc).toMatchObject({ file: `${dir}/main.tf`, startLine: 29, endLine: 34 });
  });

  test('for_each instances are addressed ["key"] and see each.key', () => {
    expect(result.resources.filter((r) => r.type === 'aws_s3_bucket').map((r) => r.address)).toEqual([
      'aws_s3_bucket.named["data"]',
      'aws_s3_bucket.named["logs"]',
    ]);
    expect(attr(byAddress(result, 'aws_s3_bucket.named["logs"]'), 'bucket')).toMatchObject({ v: 'shop-logs' });
  });

  test('locals are evaluated in dependency order', () => {
    expect(plain(attr(byAddress(result, 'aws_vpc.main'), 'tags'))).toEqual({ Project: 'shop', Owner: 'team' });
  });

  test('dynamic blocks expand to one map per block, located at the dynamic block; static blocks too', () => {
    const sg = byAddress(result, 'aws_security_group.db');
    expect(plain(attr(sg, 'ingress'))).toEqual([
      { description: 'pg', from_port: 5432, to_port: 5432, cidr_blocks: ['10.0.0.0/8', '192.168.0.0/16'] },
      { description: 'ssh', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] },
    ]);
    expect(attr(sg, 'ingress', 0)!.loc).toMatchObject({ file: `${dir}/main.tf`, startLine: 45, endLine: 54 });
    // The rule's values are located where they were written: the variable default.
    expect(attr(sg, 'ingress', 1, 'cidr_blocks')!.loc).toMatchObject({ file: `${dir}/main.tf`, startLine: 10 });
    expect(attr(sg, 'egress', 0)!.loc).toMatchObject({ startLine: 56, endLine: 61 });
    expect(plain(attr(sg, 'egress'))).toEqual([{ from_port: 0, to_port: 0, protocol: '-1', cidr_blocks: ['0.0.0.0/0'] }]);
  });

  test('lifecycle, depends_on and other meta-arguments are not attributes', () => {
    const sg = byAddress(result, 'aws_security_group.db');
    expect([...sg.attrs.entries.keys()]).toEqual(['name', 'vpc_id', 'ingress', 'egress']);
  });

  test('nested dynamic blocks with their own iterators', () => {
    const acl = byAddress(result, 'aws_wafv2_web_acl.nested');
    expect(plain(attr(acl, 'rule'))).toEqual([
      { name: 'allow', condition: [] },
      { name: 'block', condition: [{ cidr: '1.2.3.4/32', rule: 'block' }] },
    ]);
  });

  test('references: computed attributes are refs, configured ones are values', () => {
    expect(attr(db, 'vpc_security_group_ids')).toMatchObject({
      t: 'list',
      items: [{ t: 'ref', ref: { address: 'aws_security_group.db', attr: ['id'] } }],
    });
    expect(attr(db, 'db_subnet_group_name')).toMatchObject({ t: 'ref', ref: { address: 'aws_subnet.private[0]', attr: ['id'] } });
    expect(attr(db, 'subnet_ids')).toMatchObject({
      t: 'list',
      items: [
        { t: 'ref', ref: { address: 'aws_subnet.private[0]', attr: ['id'] } },
        { t: 'ref', ref: { address: 'aws_subnet.private[1]', attr: ['id'] } },
      ],
    });
    expect(attr(db, 'first_subnet_name')).toMatchObject({ t: 'string', v: 'shop-private-0' });
    expect(plain(attr(db, 'bucket_names'))).toEqual(['shop-data', 'shop-logs']);
    expect(attr(db, 'log_bucket')).toMatchObject({ t: 'string', v: 'shop-logs' });
    expect(attr(db, 'log_bucket_arn')).toMatchObject({ t: 'ref', ref: { address: 'aws_s3_bucket.named["logs"]', attr: ['arn'] } });
    expect(attr(db, 'first_ingress_port')).toMatchObject({ t: 'number', v: 5432 });
    expect(attr(db, 'sg_owner')).toMatchObject({ t: 'ref', ref: { address: 'aws_security_group.db', attr: ['owner_id'] } });
    expect(attr(db, 'publicly_accessible')).toMatchObject({ t: 'bool', v: false });
    expect(attr(db, 'sg_arn_lookup')).toMatchObject({ t: 'ref', ref: { address: 'aws_security_group.db', attr: ['arn'] } });
  });

  test('data sources are emitted as data, and reading them is unknown', () => {
    const me = byAddress(result, 'data.aws_caller_identity.me');
    expect(me.isData).toBe(true);
    expect(attr(db, 'account')).toMatchObject({
      t: 'unknown',
      reason: 'data source',
      ref: { address: 'data.aws_caller_identity.me', attr: ['account_id'] },
    });
  });

  test('a count that an unknown condition decides gives the instance it could have, possibly existing, and a note', () => {
    // Unknown counts in general: test/terraform/unknown-count.test.ts.
    const inst = byAddress(result, 'aws_instance.unknown_count[0]');
    expect(attr(inst, 'index')).toMatchObject({ t: 'number', v: 0 });
    expect(inst.mayNotExist).toBe('count of aws_instance.unknown_count is not known (data source)');
    expect(result.notes.some((n) => n.startsWith('count of aws_instance.unknown_count'))).toBe(true);
  });

  test('every resource gets its provider region', () => {
    for (const r of result.resources) expect(r.region).toMatchObject({ t: 'string', v: 'eu-west-1' });
    expect(result.errors).toEqual([]);
  });
});

describe('modules', () => {
  const root = fixture('modules/root');
  const result = loadPath(fixture('modules'));

  test('every resource belongs to the one root module that nothing calls', () => {
    expect(new Set(result.resources.map((r) => r.root))).toEqual(new Set([root]));
  });

  test('called folders are evaluated in their caller and not on their own', () => {
    expect(result.resources.map((r) => r.address).sort()).toEqual([
      'aws_instance.app',
      'module.db.aws_db_instance.this',
      'module.net.aws_vpc.this',
      'module.net.module.inner.aws_subnet.this',
      'module.replicas["a"].aws_db_instance.this',
      'module.replicas["b"].aws_db_instance.this',
      'module.vpc',
    ]);
  });

  test('inputs reach the module; a literal passed in is located in the caller', () => {
    const db = byAddress(result, 'module.db.aws_db_instance.this');
    expect(attr(db, 'publicly_accessible')).toMatchObject({ t: 'bool', v: true, loc: { file: `${root}/main.tf`, startLine: 13 } });
    expect(attr(db, 'identifier')).toMatchObject({ v: 'orders', loc: { file: `${root}/main.tf`, startLine: 12 } });
    expect(db.loc).toMatchObject({ file: `${fixture('modules/db')}/main.tf`, startLine: 7 });
    const replica = byAddress(result, 'module.replicas["b"].aws_db_instance.this');
    expect(attr(replica, 'identifier')).toMatchObject({ v: 'replica-b' });
    expect(attr(replica, 'publicly_accessible')).toMatchObject({ v: false, loc: { file: `${fixture('modules/db')}/main.tf`, startLine: 4 } });
  });

  test('nested modules: inputs computed in the caller, refs with full addresses, outputs back up', () => {
    const subnet = byAddress(result, 'module.net.module.inner.aws_subnet.this');
    expect(attr(subnet, 'cidr_block')).toMatchObject({ v: '10.1.1.0/24', loc: { file: `${root}/net/main.tf`, startLine: 10 } });
    expect(attr(subnet, 'vpc_id')).toMatchObject({ t: 'ref', ref: { address: 'module.net.aws_vpc.this', attr: ['id'] } });
    const app = byAddress(result, 'aws_instance.app');
    expect(attr(app, 'subnet_id')).toMatchObject({ t: 'ref', ref: { address: 'module.net.module.inner.aws_subnet.this', attr: ['id'] } });
    expect(attr(app, 'db_endpoint')).toMatchObject({ t: 'ref', ref: { address: 'module.db.aws_db_instance.this', attr: ['endpoint'] } });
    expect(attr(app, 'db_name')).toMatchObject({ t: 'string', v: 'orders' });
    expect(plain(attr(app, 'replica_ids'))).toEqual(['replica-a', 'replica-b']);
  });

  test('providers pass down: implicitly the default one, explicitly an alias', () => {
    expect(byAddress(result, 'module.db.aws_db_instance.this').region).toMatchObject({ v: 'us-east-1' });
    expect(byAddress(result, 'module.net.module.inner.aws_subnet.this').region).toMatchObject({ v: 'eu-west-1' });
    expect(byAddress(result, 'module.replicas["a"].aws_db_instance.this').region).toMatchObject({ v: 'eu-west-1' });
  });

  test('a remote module is not downloaded: a note, an unevaluated-module resource, unknown outputs', () => {
    expect(result.notes).toContain(
      `module.vpc (terraform-aws-modules/vpc/aws) in ${root}/main.tf:31: modelled from its inputs by the built-in model of terraform-aws-modules/vpc/aws (run terraform init to evaluate the module itself)`,
    );
    const vpc = byAddress(result, 'module.vpc');
    expect(vpc.type).toBe('module');
    expect(plain(vpc.attrs)).toEqual({ source: 'terraform-aws-modules/vpc/aws', version: '5.0.0', name: 'main' });
    expect(vpc.region).toMatchObject({ v: 'eu-west-1' });
    expect(attr(byAddress(result, 'aws_instance.app'), 'vpc_id')).toMatchObject({ t: 'unknown' });
    expect(result.errors).toEqual([]);
  });

  test('a module folder scanned by itself is a root: defaults apply, missing values are unknown', () => {
    const alone = loadPath(fixture('modules/db'));
    const db = byAddress(alone, 'aws_db_instance.this');
    expect(attr(db, 'identifier')).toMatchObject({ t: 'unknown', reason: 'var.name has no value' });
    expect(attr(db, 'publicly_accessible')).toMatchObject({ t: 'bool', v: false });
    expect(db.region).toMatchObject({ t: 'unknown', reason: 'no provider region configured' });
  });

  test('a caller scanned alone still reads its local modules from disk', () => {
    const net = loadPath(fixture('modules/root/net'));
    expect(net.resources.map((r) => r.address)).toEqual(['aws_vpc.this', 'module.inner.aws_subnet.this']);
    expect(net.files).toContain(`${fixture('modules/inner')}/main.tf`);
  });

  test('a single .tf file is a module by itself', () => {
    const one = loadPath(`${root}/main.tf`);
    expect(one.resources.map((r) => r.address)).toContain('module.db.aws_db_instance.this');
  });

  test('in a single file, names declared in the other files are unknown with a note, not errors', () => {
    const dir = fixture('variables');
    const one = loadPath(`${dir}/main.tf`);
    expect(one.errors).toEqual([]);
    const r = byAddress(one, 'aws_ssm_parameter.vars');
    expect(attr(r, 'from_default')).toMatchObject({ t: 'unknown', reason: 'var.from_default is not declared in the scanned files' });
    expect(r.region).toMatchObject({ t: 'string', v: 'eu-central-1' });
    expect(one.notes).toContain(`${dir}: var.from_default is not declared in the scanned files; what refers to it is unknown`);
  });
});

describe('bad input', () => {
  test('a file that fails to parse is an error with its position; the rest of the module is evaluated', () => {
    const dir = fixture('broken');
    const result = loadPath(dir);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: `${dir}/bad.tf`, line: 2 });
    expect(attr(byAddress(result, 'aws_s3_bucket.kept'), 'bucket')).toMatchObject({ v: 'still-evaluated' });
    expect(attr(byAddress(result, 'aws_s3_bucket_policy.p'), 'bucket')).toMatchObject({ t: 'unknown' });
    // A resource declared only in the broken file is still named, so links can follow it.
    expect(attr(byAddress(result, 'aws_s3_bucket_policy.p'), 'bucket_arn')).toMatchObject({
      t: 'unknown',
      reason: 'aws_s3_bucket.broken is not declared in the scanned files',
      ref: { address: 'aws_s3_bucket.broken', attr: ['arn'] },
    });
  });

  test('cycles, runaway counts and bad function arguments: one error each, unknown values, the rest goes on', () => {
    const dir = fixture('cycles');
    const result = loadPath(dir);
    const cyclic = byAddress(result, 'aws_s3_bucket.cyclic');
    expect(attr(cyclic, 'bucket')!.t).toBe('unknown');
    expect(attr(cyclic, 'other')).toMatchObject({ v: 'fine' });
    const messages = result.errors.map((e) => `${e.line}: ${e.message}`);
    expect(messages.filter((m) => m.includes('reference cycle'))).toHaveLength(1);
    expect(messages.some((m) => /count gives 20000 instances, more than the limit/.test(m))).toBe(true);
    expect(result.resources.some((r) => r.address.startsWith('aws_s3_bucket.huge'))).toBe(false);
    const bad = byAddress(result, 'aws_s3_bucket.bad_function');
    expect(attr(bad, 'bucket')!.t).toBe('unknown');
    expect(attr(bad, 'fine')).toMatchObject({ v: 'kept' });
    expect(result.errors.find((e) => e.message.includes('invalid CIDR'))).toMatchObject({ file: `${dir}/main.tf`, line: 18 });
    expect(result.errors).toHaveLength(3);
  });
});

describe('override files', () => {
  const dir = fixture('overrides');
  const result = loadPath(dir);

  test('an override attribute replaces the original, located in the override file', () => {
    const db = byAddress(result, 'aws_db_instance.db');
    expect(attr(db, 'publicly_accessible')).toMatchObject({ t: 'bool', v: true, loc: { file: `${dir}/override.tf`, startLine: 6 } });
    expect(attr(db, 'instance_class')).toMatchObject({ v: 'db.t3.micro', loc: { file: `${dir}/main.tf` } });
    expect(attr(db, 'engine')).toMatchObject({ v: 'postgres', loc: { file: `${dir}/override.tf`, startLine: 2 } });
    expect(db.loc).toMatchObject({ file: `${dir}/main.tf`, startLine: 5 });
  });

  test('override nested blocks replace all blocks of their type', () => {
    const sg = byAddress(result, 'aws_security_group.db');
    expect(plain(attr(sg, 'ingress'))).toEqual([{ from_port: 0, to_port: 65535, cidr_blocks: ['0.0.0.0/0'] }]);
    expect(attr(sg, 'ingress', 0)!.loc).toMatchObject({ file: `${dir}/sg_override.tf`, startLine: 2 });
  });

  test('an override of something not declared is an error and declares nothing', () => {
    expect(result.resources.map((r) => r.address)).toEqual(['aws_db_instance.db', 'aws_security_group.db']);
    expect(result.errors).toEqual([
      { file: `${dir}/sg_override.tf`, line: 9, column: 1, message: 'override of resource.aws_s3_bucket.not_declared, which is not declared elsewhere in the module' },
    ]);
  });
});

describe('module recursion', () => {
  test('a module that calls itself, directly or through another, is an error, not a hang', () => {
    const dir = fixture('recursion');
    const result = loadPath(dir);
    expect(result.resources.map((r) => r.address).sort()).toEqual(['aws_s3_bucket.a', 'aws_s3_bucket.self', 'module.b.aws_s3_bucket.b']);
    expect(result.errors.map((e) => [e.file, e.message])).toEqual([
      [`${dir}/self/main.tf`, 'module "again" calls a module that is already being evaluated (recursion)'],
      [`${dir}/b/main.tf`, 'module "a" calls a module that is already being evaluated (recursion)'],
    ]);
  });
});

describe('hostile input', () => {
  test('an evaluation that would run for hours is stopped by the budget, with one error', () => {
    const dir = fixture('hostile');
    const started = performance.now();
    const result = loadPath(dir, { maxEvaluations: 200_000 });
    expect(performance.now() - started).toBeLessThan(5000);
    // Located where evaluation was when the budget ran out (the local being built), naming the root.
    expect(result.errors).toEqual([
      {
        file: `${dir}/main.tf`,
        line: 2,
        column: 3,
        message: expect.stringMatching(new RegExp(`^evaluation of the root module ${dir} stopped: evaluation stopped after 200000 expression evaluations`)),
      },
    ]);
  });
});

describe('hostile counts', () => {
  test('nested counts that multiply into a hundred million resources stop at the per-root limit', () => {
    const dir = fixture('hostile-counts');
    const started = performance.now();
    const result = loadPath(dir);
    expect(performance.now() - started).toBeLessThan(30000);
    expect(result.resources).toEqual([]);
    // Located at the resource whose instances ran over, in the module the root calls.
    expect(result.errors).toEqual([
      { file: `${dir}/child/main.tf`, line: 1, column: 1, message: expect.stringMatching(new RegExp(`^evaluation of the root module ${dir} stopped: .*more than 200000 resource instances`)) },
    ]);
  });
});

describe('files', () => {
  const dir = fixture('files');
  const result = loadPath(dir);

  test('file() and templatefile() read relative to the module', () => {
    expect(plain(attr(byAddress(result, 'aws_s3_bucket_policy.from_file'), 'policy'))).toBe(
      '{"Statement": [{"Effect": "Allow", "Principal": "*"}]}\n',
    );
    expect(plain(attr(byAddress(result, 'aws_iam_policy.from_template'), 'policy'))).toBe('arn:aws:s3:::a\narn:aws:s3:::b\npublic=yes\n');
    expect(result.files).toEqual(expect.arrayContaining([`${dir}/policy.json`, `${dir}/templates/policy.tpl`]));
  });

  test('files outside the trust root (here the repository\'s git work tree) are never read', () => {
    const obj = byAddress(result, 'aws_s3_object.escapes');
    expect(attr(obj, 'passwd')).toMatchObject({
      t: 'unknown',
      reason: `file("/etc/passwd"): refused, outside the trust root ${fs.realpathSync(process.cwd())} (the scanned path's git work tree)`,
    });
    expect(attr(obj, 'upward')!.t).toBe('unknown');
    expect(attr(obj, 'exists')).toMatchObject({ t: 'bool', v: true });
    expect(result.errors).toEqual([]);
  });
});

describe('file size bound', () => {
  test('file() refuses a file over 1 MiB inside the tree, with the reason', () => {
    const tmp = fs.realpathSync(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-files-')));
    try {
      fs.writeFileSync(nodePath.join(tmp, 'big.json'), 'x'.repeat(1024 * 1024 + 1));
      fs.writeFileSync(nodePath.join(tmp, 'main.tf'), 'resource "aws_s3_bucket_policy" "p" {\n  policy = file("big.json")\n}\n');
      const unit = walkInputs(['.'], { cwd: tmp }).units[0]!;
      const result = loadTerraform(unit, { cwd: tmp });
      expect(attr(byAddress(result, 'aws_s3_bucket_policy.p'), 'policy')).toMatchObject({
        t: 'unknown',
        reason: 'file("big.json"): larger than 1048576 bytes; not read',
      });
      expect(result.errors).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('module calls with count', () => {
  test('count.index reaches the inputs of each module instance', () => {
    const tmp = fs.realpathSync(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-count-')));
    try {
      fs.mkdirSync(nodePath.join(tmp, 'child'));
      fs.writeFileSync(
        nodePath.join(tmp, 'main.tf'),
        'module "db" {\n  source = "./child"\n  count  = 2\n  name   = "db-${count.index}"\n}\noutput "names" {\n  value = module.db[*].name\n}\n',
      );
      fs.writeFileSync(
        nodePath.join(tmp, 'child/main.tf'),
        'variable "name" {}\nresource "aws_db_instance" "this" {\n  identifier = var.name\n}\noutput "name" {\n  value = aws_db_instance.this.identifier\n}\n',
      );
      const unit = walkInputs(['.'], { cwd: tmp }).units[0]!;
      const result = loadTerraform(unit, { cwd: tmp });
      expect(result.resources.map((r) => [r.address, plain(attr(r, 'identifier'))])).toEqual([
        ['module.db[0].aws_db_instance.this', 'db-0'],
        ['module.db[1].aws_db_instance.this', 'db-1'],
      ]);
      expect(result.errors).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('resources passed whole into modules', () => {
  test('a typed object variable given a resource reads its configured attributes and refs for the computed ones', () => {
    const tmp = fs.realpathSync(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-whole-')));
    try {
      fs.mkdirSync(nodePath.join(tmp, 'child'));
      fs.writeFileSync(
        nodePath.join(tmp, 'main.tf'),
        'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\nmodule "net" {\n  source = "./child"\n  vpc    = aws_vpc.main\n}\n',
      );
      fs.writeFileSync(
        nodePath.join(tmp, 'child/main.tf'),
        'variable "vpc" {\n  type = object({ id = string, cidr_block = string })\n}\n' +
          'resource "aws_subnet" "s" {\n  vpc_id     = var.vpc.id\n  cidr_block = cidrsubnet(var.vpc.cidr_block, 8, 0)\n}\n',
      );
      const unit = walkInputs(['.'], { cwd: tmp }).units[0]!;
      const result = loadTerraform(unit, { cwd: tmp });
      expect(result.errors).toEqual([]);
      const subnet = byAddress(result, 'module.net.aws_subnet.s');
      expect(attr(subnet, 'vpc_id')).toMatchObject({ t: 'ref', ref: { address: 'aws_vpc.main', attr: ['id'] } });
      expect(attr(subnet, 'cidr_block')).toMatchObject({ t: 'string', v: '10.0.0.0/24' });
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
