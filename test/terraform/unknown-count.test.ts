/**
 * An undecided count or for_each never hides an exposure: the instances the
 * expansion could have are evaluated as possibly existing when they are known
 * (an unknown condition choosing between known counts or maps, a product with
 * a known factor); else one instance is evaluated with an unknown index. Each
 * such instance says why it may not exist, and the report phrases what it
 * exposes as "possibly". Shown on a cut-down copy of terraform-aws-vpc's
 * examples/network-acls, and on the real one when the corpus is present.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import type { SourceResult } from '../../src/model/source-resource.js';
import { toPlain } from '../../src/model/value.js';
import { scanPaths } from '../../src/scan.js';
import { loadTerraform } from '../../src/sources/terraform/load.js';
import { walkInputs } from '../../src/sources/walk.js';
import { attr, byAddress } from './helpers.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-unknown-count-')));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const full = nodePath.join(dir, name);
    fs.mkdirSync(nodePath.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

function load(dir: string): SourceResult {
  return loadTerraform(walkInputs([dir]).units[0]!);
}

const rel = (abs: string) => nodePath.relative(process.cwd(), abs).split(nodePath.sep).join('/');

describe('evaluating an expansion that is not known', () => {
  const dir = tree({
    'main.tf': `data "aws_availability_zones" "available" {}

variable "enabled" {
  type = bool
}

locals {
  azs   = data.aws_availability_zones.available.names
  rules = [
    { port = 443, cidr = "10.0.0.0/8" },
    { port = 22, cidr = "0.0.0.0/0" },
    { port = 3389, cidr = "0.0.0.0/0" },
  ]
  groups = { web = 80, admin = 22 }
}

resource "aws_security_group_rule" "gated" {
  count       = length(local.azs) > 0 ? length(local.rules) : 0
  type        = "ingress"
  from_port   = local.rules[count.index].port
  to_port     = local.rules[count.index].port
  protocol    = "tcp"
  cidr_blocks = [local.rules[count.index].cidr]
}

resource "aws_security_group" "by_key" {
  for_each = var.enabled ? local.groups : {}
  name     = each.key
  ingress {
    from_port   = each.value
    to_port     = each.value
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "product" {
  count     = length(local.rules) * length(local.azs)
  type      = "ingress"
  from_port = local.rules[count.index % length(local.rules)].port
  to_port   = local.rules[count.index % length(local.rules)].port
  protocol  = "tcp"
}

resource "aws_subnet" "per_az" {
  count             = length(local.azs)
  availability_zone = local.azs[count.index]
  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index)
}

resource "aws_instance" "two_or_three" {
  count = var.enabled ? 3 : 2
  ami   = "ami-\${count.index}"
}

resource "aws_vpc" "differs" {
  for_each   = var.enabled ? { main = "10.0.0.0/16" } : { main = "10.1.0.0/16" }
  cidr_block = each.value
}

resource "aws_instance" "decided" {
  count = 2
  ami   = "ami-known"
}

resource "aws_eip" "reads" {
  first  = aws_security_group_rule.gated[1].from_port
  beyond = aws_security_group_rule.product[7].from_port
}

module "gated" {
  source = "./child"
  count  = var.enabled ? 1 : 0
}

module "always" {
  source = "./child"
}
`,
    // A database reachable from the internet (the LP-DB-001 positive fixture), behind the module call's count.
    'child/main.tf': `resource "aws_vpc" "main" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "public" {
  count      = 2
  vpc_id     = aws_vpc.main.id
  cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }
}

resource "aws_route_table_association" "public" {
  count          = 2
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public.id
}

resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group_rule" "postgres" {
  type              = "ingress"
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.db.id
}

resource "aws_db_subnet_group" "db" {
  name       = "accounts"
  subnet_ids = aws_subnet.public[*].id
}

resource "aws_db_instance" "this" {
  engine                 = "postgres"
  instance_class         = "db.t3.micro"
  allocated_storage      = 20
  db_subnet_group_name   = aws_db_subnet_group.db.name
  vpc_security_group_ids = [aws_security_group.db.id]
  publicly_accessible    = true
}
`,
  });
  const result = load(dir);
  const main = `${rel(dir)}/main.tf`;

  test('no errors', () => {
    expect(result.errors).toEqual([]);
  });

  test('count = cond ? length(list) : 0 evaluates every instance the list gives, each possibly existing', () => {
    const ports = [0, 1, 2].map((i) => toPlain(attr(byAddress(result, `aws_security_group_rule.gated[${i}]`), 'from_port')));
    expect(ports).toEqual([443, 22, 3389]);
    expect(byAddress(result, 'aws_security_group_rule.gated[2]').mayNotExist).toBe('count of aws_security_group_rule.gated is not known (data source)');
    expect(result.resources.some((r) => r.address === 'aws_security_group_rule.gated')).toBe(false);
    expect(result.notes).toContain(
      `count of aws_security_group_rule.gated in ${main}:18 is not known (data source); the instances it could have are evaluated as possibly existing: [0], [1], [2]`,
    );
  });

  test('for_each over a known map behind an unknown condition evaluates each key', () => {
    const admin = byAddress(result, 'aws_security_group.by_key["admin"]');
    expect(toPlain(attr(admin, 'ingress', 0, 'from_port'))).toBe(22);
    expect(toPlain(attr(admin, 'name'))).toBe('admin');
    expect(admin.mayNotExist).toMatch(/^for_each of aws_security_group\.by_key is not known \(var\.enabled has no value\)$/);
    expect(byAddress(result, 'aws_security_group.by_key["web"]').mayNotExist).toBeDefined();
  });

  test('count = length(known) * length(unknown): the first instances are known, the rest has an unknown index', () => {
    expect([0, 1, 2].map((i) => toPlain(attr(byAddress(result, `aws_security_group_rule.product[${i}]`), 'from_port')))).toEqual([443, 22, 3389]);
    const rest = byAddress(result, 'aws_security_group_rule.product');
    expect(attr(rest, 'from_port')).toMatchObject({ t: 'unknown' });
    expect(rest.mayNotExist).toBeDefined();
  });

  test('a count that is not determinable: one instance with count.index unknown, so what it decides is unknown', () => {
    const subnet = byAddress(result, 'aws_subnet.per_az');
    expect(attr(subnet, 'cidr_block')).toMatchObject({ t: 'unknown' });
    expect(subnet.mayNotExist).toBe('count of aws_subnet.per_az is not known (data source)');
    expect(result.resources.filter((r) => r.address.startsWith('aws_subnet.per_az'))).toHaveLength(1);
    expect(result.notes).toContain(`count of aws_subnet.per_az in ${main}:46 is not known (data source); one possibly existing instance is evaluated, with count.index unknown`);
  });

  test('instances every outcome has are certain; only the others are possibly existing', () => {
    expect(byAddress(result, 'aws_instance.two_or_three[0]').mayNotExist).toBeUndefined();
    expect(byAddress(result, 'aws_instance.two_or_three[1]').mayNotExist).toBeUndefined();
    expect(byAddress(result, 'aws_instance.two_or_three[2]').mayNotExist).toBeDefined();
  });

  test('each.value that differs between the outcomes is unknown', () => {
    const vpc = byAddress(result, 'aws_vpc.differs["main"]');
    expect(attr(vpc, 'cidr_block')).toMatchObject({ t: 'unknown' });
    expect(vpc.mayNotExist).toBeUndefined();
  });

  test('a decided count is unchanged', () => {
    expect(byAddress(result, 'aws_instance.decided[1]').mayNotExist).toBeUndefined();
  });

  test('references: a possible instance is read; one past the known outcomes is unknown', () => {
    const eip = byAddress(result, 'aws_eip.reads');
    expect(toPlain(attr(eip, 'first'))).toBe(22);
    expect(attr(eip, 'beyond')).toMatchObject({ t: 'unknown' });
  });

  test("a module call's undecided count carries over to the module's resources", () => {
    const db = byAddress(result, 'module.gated[0].aws_db_instance.this');
    expect(db.mayNotExist).toBe('count of module.gated is not known (var.enabled has no value)');
  });

  test('the datastore of a possibly existing module instance is at most possibly reachable', async () => {
    const report = await scanPaths([dir]);
    const db001 = (address: string) => report.findings.filter((f) => f.resource.address === address && f.ruleId === 'LP-DB-001');
    expect(db001('module.always.aws_db_instance.this').map((f) => f.severity)).toEqual(['critical']);
    const db = db001('module.gated[0].aws_db_instance.this');
    expect(db.map((f) => f.severity)).toEqual(['medium']);
    for (const f of db) expect(f.message).toMatch(/possibly reachable.*whether module\.gated\[0\]\.aws_db_instance\.this exists \(count of module\.gated is not known/);
  });
});

describe('a firewall that may not exist decides nothing for sure', () => {
  const db = fs.readFileSync(nodePath.join(process.cwd(), 'test/fixtures/rules/LP-DB-001/positive-public-subnet.tf'), 'utf8');
  const lockdown = (count: string) => `variable "lockdown" {
  type = bool
}

resource "aws_network_acl" "locked" {
  count      = ${count}
  vpc_id     = aws_vpc.main.id
  subnet_ids = aws_subnet.public[*].id
  ingress {
    rule_no    = 100
    action     = "deny"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }
}
`;

  test('a NACL that denies everything keeps the database unreachable only when it surely exists', async () => {
    const certain = await scanPaths([tree({ 'main.tf': db, 'acl.tf': lockdown('1') })]);
    expect(certain.findings.filter((f) => f.ruleId === 'LP-DB-001')).toEqual([]);
    const possible = await scanPaths([tree({ 'main.tf': db, 'acl.tf': lockdown('var.lockdown ? 1 : 0') })]);
    const found = possible.findings.filter((f) => f.ruleId === 'LP-DB-001');
    expect(found.map((f) => f.severity)).toEqual(['medium']);
    expect(found[0]!.message).toMatch(/is possibly reachable .*not known: .*whether aws_network_acl\.locked\[0\] exists \(count of aws_network_acl\.locked is not known \(var\.lockdown has no value\)\)/);
  });
});

/** In the spirit of terraform-aws-vpc examples/network-acls: the rules' count hangs on the number of availability zones. */
const NETWORK_ACLS_ROOT = `provider "aws" {
  region = "eu-west-1"
}

data "aws_availability_zones" "available" {}

locals {
  azs = slice(data.aws_availability_zones.available.names, 0, 3)
  network_acls = {
    public_inbound = [
      { rule_number = 100, rule_action = "allow", from_port = 1024, to_port = 65535, protocol = "tcp", cidr_block = "0.0.0.0/0" },
      { rule_number = 120, rule_action = "allow", from_port = 22, to_port = 22, protocol = "tcp", cidr_block = "0.0.0.0/0" },
      { rule_number = 130, rule_action = "allow", from_port = 3389, to_port = 3389, protocol = "tcp", cidr_block = "0.0.0.0/0" },
    ]
  }
}

module "vpc" {
  source                      = "./vpc"
  public_subnets              = [for k, v in local.azs : cidrsubnet("10.0.0.0/16", 8, k)]
  public_dedicated_network_acl = true
  public_inbound_acl_rules    = local.network_acls["public_inbound"]
}
`;

const NETWORK_ACLS_VPC = `variable "public_subnets" {
  default = []
}
variable "public_dedicated_network_acl" {
  default = false
}
variable "public_inbound_acl_rules" {
  default = []
}
locals {
  create_public_subnets = length(var.public_subnets) > 0
}
resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_network_acl" "public" {
  count  = local.create_public_subnets && var.public_dedicated_network_acl ? 1 : 0
  vpc_id = aws_vpc.this.id
}
resource "aws_network_acl_rule" "public_inbound" {
  count          = local.create_public_subnets && var.public_dedicated_network_acl ? length(var.public_inbound_acl_rules) : 0
  network_acl_id = aws_network_acl.public[0].id
  egress         = false
  rule_number    = var.public_inbound_acl_rules[count.index]["rule_number"]
  rule_action    = var.public_inbound_acl_rules[count.index]["rule_action"]
  from_port      = lookup(var.public_inbound_acl_rules[count.index], "from_port", null)
  to_port        = lookup(var.public_inbound_acl_rules[count.index], "to_port", null)
  protocol       = var.public_inbound_acl_rules[count.index]["protocol"]
  cidr_block     = lookup(var.public_inbound_acl_rules[count.index], "cidr_block", null)
}
`;

/** The LP-FW-005 messages about the public ACL's SSH and RDP rules. */
function adminRuleMessages(messages: string[], acl: string): string[] {
  return messages.filter((m) => m.startsWith(`Network ACL ${acl} rule 1`) && /rule (120|130) /.test(m)).sort();
}

describe('network-acls: world-open SSH and RDP behind a count that hangs on a data source', () => {
  test('a cut-down copy: rules 120 and 130 are reported as possibly open, naming the missing fact', async () => {
    const dir = tree({ 'main.tf': NETWORK_ACLS_ROOT, 'vpc/main.tf': NETWORK_ACLS_VPC });
    const report = await scanPaths([dir]);
    expect(report.errors).toEqual([]);
    const messages = report.findings.filter((f) => f.ruleId === 'LP-FW-005').map((f) => f.message);
    expect(adminRuleMessages(messages, 'module.vpc.aws_network_acl.public[0]')).toEqual([
      'Network ACL module.vpc.aws_network_acl.public[0] rule 120 possibly allows tcp port 22 from 0.0.0.0/0 (all IPv4 addresses) — admin SSH 22; not known: whether it exists (count of module.vpc.aws_network_acl.public is not known (data source)).',
      'Network ACL module.vpc.aws_network_acl.public[0] rule 130 possibly allows tcp port 3389 from 0.0.0.0/0 (all IPv4 addresses) — admin RDP 3389; not known: whether it exists (count of module.vpc.aws_network_acl.public is not known (data source)).',
    ]);
  });

  const corpus = nodePath.resolve(process.cwd(), '../shared/corpus/real/terraform-aws-modules__terraform-aws-vpc');
  const haveCorpus = fs.existsSync(nodePath.join(corpus, 'examples/network-acls/main.tf'));
  if (!haveCorpus) console.warn(`skipped: the real network-acls example is not at ${corpus}`);
  (haveCorpus ? test : test.skip)('the real terraform-aws-vpc examples/network-acls (corpus)', async () => {
    const report = await scanPaths([corpus]);
    const fromExample = report.findings.filter((f) => f.ruleId === 'LP-FW-005' && f.resource.address === 'module.vpc.aws_network_acl.public[0]');
    const messages = adminRuleMessages(fromExample.map((f) => f.message), 'module.vpc.aws_network_acl.public[0]');
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/rule 120 possibly allows tcp port 22 from 0\.0\.0\.0\/0 .*not known: whether it exists \(count of module\.vpc\.aws_network_acl\.public is not known/);
    expect(messages[1]).toMatch(/rule 130 possibly allows tcp port 3389 from 0\.0\.0\.0\/0 /);
  });
});
