import { formatRanges } from '../model/ports.js';
/** "internet → aws_internet_gateway.main → aws_route_table.public (0.0.0.0/0 → ...) → ..." */
export function pathText(path) {
    return path
        .filter((h) => h.kind !== 'internet' && h.kind !== 'resource')
        .map((h) => `${h.address} (${h.detail})`)
        .join(' → ');
}
const GATE_KINDS = ['public-flag', 'policy', 'allowlist', 'public-ip'];
/** The hop a fix belongs to: the resource's own gate (its public flag, policy or allowlist). */
export function gateHop(path) {
    for (const kind of GATE_KINDS) {
        const h = path.find((x) => x.kind === kind && x.loc);
        if (h)
            return h;
    }
    return undefined;
}
/** Where a reachability finding points: the gate's location, else the resource. */
export function findingLocation(resource, verdict) {
    return gateHop(verdict.path)?.loc ?? resource.loc;
}
export function describeDatastore(ds) {
    const engine = ds.engine.known ? ds.engine.value : ds.service;
    const ports = ds.ports.length > 0 ? `, ${formatRanges(ds.ports.map((p) => ({ from: p, to: p })))}` : '';
    return `${ds.id} (${engine}${ports})`;
}
function blockName(address) {
    const parts = address.replace(/\[[^\]]*\]/g, '').split('.');
    return { type: parts[parts.length - 2] ?? 'resource', name: parts[parts.length - 1] ?? 'this' };
}
/** The Terraform change that takes a datastore off the internet, per service. */
export function datastoreFix(ds) {
    const { type, name } = blockName(ds.id);
    switch (ds.service) {
        case 'rds-instance':
            return [
                `resource "${type}" "${name}" {`,
                '  publicly_accessible    = false',
                '  db_subnet_group_name   = aws_db_subnet_group.private.name # subnets without a route to an internet gateway',
                '  vpc_security_group_ids = [aws_security_group.db.id]       # admitting only the application tier',
                '}',
            ].join('\n');
        case 'rds-cluster':
        case 'neptune':
        case 'docdb': {
            const instance = ds.sourceType.endsWith('_instance') ? ds.sourceType : `${ds.sourceType}_instance`;
            return [`resource "${instance}" "${ds.sourceType.endsWith('_instance') ? name : 'this'}" {`, '  publicly_accessible = false', '}', '', `# and keep ${ds.id} in private subnets behind a security group that admits only its clients`].join('\n');
        }
        case 'redshift':
        case 'dms':
            return [`resource "${type}" "${name}" {`, '  publicly_accessible = false', '}'].join('\n');
        case 'opensearch':
            return [
                `resource "${type}" "${name}" {`,
                '  vpc_options {',
                '    subnet_ids         = [aws_subnet.private.id]',
                '    security_group_ids = [aws_security_group.search.id]',
                '  }',
                '  # and an access policy that names principals, not "*":',
                '  access_policies = jsonencode({',
                '    Version = "2012-10-17"',
                '    Statement = [{',
                '      Effect    = "Allow"',
                '      Principal = { AWS = aws_iam_role.search_clients.arn }',
                '      Action    = "es:ESHttp*"',
                `      Resource  = "\${${type}.${name}.arn}/*"`,
                '    }]',
                '  })',
                '}',
            ].join('\n');
        case 'alicloud-rds':
        case 'alicloud-kvstore':
        case 'alicloud-mongodb':
        case 'alicloud-polardb': {
            const key = ds.service === 'alicloud-mongodb' ? 'security_ip_list' : 'security_ips';
            return [
                `resource "${type}" "${name}" {`,
                `  ${key} = ["10.0.0.0/8"] # the application's VPC range, never 0.0.0.0/0`,
                '}',
                '',
                '# and remove the public connection resource unless clients outside the VPC need it',
            ].join('\n');
        }
        case 'alicloud-elasticsearch':
            return [
                `resource "${type}" "${name}" {`,
                '  enable_public                = false',
                '  enable_kibana_public_network = false',
                '  public_whitelist             = ["203.0.113.0/24"] # if public access must stay: named ranges only',
                '  kibana_whitelist             = ["203.0.113.0/24"]',
                '}',
            ].join('\n');
        default:
            return `# ${ds.id}: place it in private subnets and admit only its clients`;
    }
}
/** The Terraform change that takes a self-hosted database's port off the internet. */
export function computeFix(c, ruleAddress) {
    const lines = ['# Admit the database port only from the application tier, not from the internet:'];
    if (c.provider === 'alicloud')
        lines.push(`resource "alicloud_security_group_rule" "${ruleAddress ? blockName(ruleAddress).name : 'db'}" {`, '  cidr_ip = "10.0.0.0/8" # instead of 0.0.0.0/0, or source_security_group_id = ...', '}');
    else
        lines.push(`# ${ruleAddress ?? 'the security group rule'}`, 'security_groups = [aws_security_group.app.id] # instead of cidr_blocks = ["0.0.0.0/0"]');
    lines.push('', c.provider === 'alicloud' ? '# and drop the public address unless it is needed: internet_max_bandwidth_out = 0' : '# and drop the public address unless it is needed: associate_public_ip_address = false');
    return lines.join('\n');
}
