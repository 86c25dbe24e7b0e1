/**
 * aliyun CLI fixes for findings on live Alibaba Cloud resources, when the rule
 * itself offers none, followed by the same change in Terraform (as comments)
 * for accounts managed as code. Built from the finding (its message and
 * details say which rule, ports and sources) and the model record it is
 * about. Placeholders in angle brackets are what only the owner can decide.
 */
import { isEveryoneAllowlistEntry } from '../model/cidr.js';
const shell = (lines) => ({ language: 'shell', code: lines.join('\n') });
/** `acs:rds:eu-central-1:123:dbinstance/rm-abc` → rm-abc; `acs:oss:*:123:bucket` → bucket. */
function idOf(arn) {
    return arn.split(/[:/]/).pop() ?? arn;
}
function regionOf(r, finding) {
    return (r?.region.known ? r.region.value : undefined) ?? finding.resource.region ?? '<region>';
}
/** A Terraform resource name from a cloud id (rm-abc → rm_abc). */
const tfName = (id) => id.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(\d)/, '_$1');
const terraform = (lines) => ['', '# In Terraform:', ...lines.map((l) => `#   ${l}`)];
/** The allowlist groups (by their API name) that contain an everyone-entry: `security_ips (default)` → default. */
function wideGroups(ds) {
    return ds.allowlists
        .filter((l) => l.appliesTo !== 'private' && l.entries.known && l.entries.value.some(isEveryoneAllowlistEntry))
        .map((l) => /\(([^)]+)\)$/.exec(l.name)?.[1] ?? 'default');
}
function publicAddresses(ds) {
    return ds.publicEndpoints.filter((e) => e.enabled.known && e.enabled.value && e.address && e.address !== ds.id).map((e) => e.address);
}
function datastoreFix(ds, region) {
    const id = idOf(ds.id);
    const groups = wideGroups(ds);
    const narrow = (cmd) => (groups.length > 0 ? groups : ['default']).map(cmd);
    switch (ds.service) {
        case 'alicloud-rds':
            return shell([
                '# List only the clients\' addresses in the allowlist, then release the public connection unless clients outside the VPC need it.',
                ...narrow((g) => `aliyun rds ModifySecurityIps --region ${region} --DBInstanceId ${id} --DBInstanceIPArrayName ${g} --SecurityIps "<client CIDRs, e.g. 10.0.0.0/8>"`),
                ...publicAddresses(ds).map((a) => `aliyun rds ReleaseInstancePublicConnection --region ${region} --DBInstanceId ${id} --CurrentConnectionString ${a}`),
                ...terraform([`resource "alicloud_db_instance" "${tfName(id)}" {`, '  security_ips = ["10.0.0.0/8"] # never 0.0.0.0/0', '}', '# and remove the alicloud_db_connection that opens the public address']),
            ]);
        case 'alicloud-kvstore':
            return shell([
                '# List only the clients\' addresses in the allowlist, then release the public connection unless clients outside the VPC need it.',
                ...narrow((g) => `aliyun r-kvstore ModifySecurityIps --region ${region} --InstanceId ${id} --SecurityIpGroupName ${g} --SecurityIps "<client CIDRs, e.g. 10.0.0.0/8>"`),
                ...publicAddresses(ds).map((a) => `aliyun r-kvstore ReleaseInstancePublicConnection --region ${region} --InstanceId ${id} --CurrentConnectionString ${a}`),
                ...terraform([`resource "alicloud_kvstore_instance" "${tfName(id)}" {`, '  security_ips = ["10.0.0.0/8"] # never 0.0.0.0/0', '}', '# and remove the alicloud_kvstore_connection that opens the public address']),
            ]);
        case 'alicloud-mongodb':
            return shell([
                '# List only the clients\' addresses in the allowlist, then release the public address unless clients outside the VPC need it.',
                ...narrow((g) => `aliyun dds ModifySecurityIps --region ${region} --DBInstanceId ${id} --SecurityIpGroupName ${g} --ModifyMode Cover --SecurityIps "<client CIDRs, e.g. 10.0.0.0/8>"`),
                ...(publicAddresses(ds).length > 0 ? [`aliyun dds ReleasePublicNetworkAddress --region ${region} --DBInstanceId ${id}`] : []),
                ...terraform([`resource "${ds.sourceType.endsWith('ShardingInstance') ? 'alicloud_mongodb_sharding_instance' : 'alicloud_mongodb_instance'}" "${tfName(id)}" {`, '  security_ip_list = ["10.0.0.0/8"] # never 0.0.0.0/0', '}', '# and remove the public network address resource']),
            ]);
        case 'alicloud-elasticsearch':
            return shell([
                '# Close the public endpoint and Kibana\'s public access; if either must stay, admit named ranges only.',
                `aliyun elasticsearch POST /openapi/instances/${id}/public-network --region ${region} --body '{"enablePublic": false}'`,
                `aliyun elasticsearch POST /openapi/instances/${id}/actions/network-trigger --region ${region} --body '{"nodeType": "KIBANA", "networkType": "PUBLIC", "actionType": "CLOSE"}'`,
                `aliyun elasticsearch POST /openapi/instances/${id}/public-white-ips --region ${region} --body '{"publicIpWhitelist": ["<client CIDR>"]}'`,
                `aliyun elasticsearch POST /openapi/instances/${id}/kibana-white-ips --region ${region} --body '{"kibanaIPWhitelist": ["<client CIDR>"]}'`,
                ...terraform([
                    `resource "alicloud_elasticsearch_instance" "${tfName(id)}" {`,
                    '  enable_public                = false',
                    '  enable_kibana_public_network = false',
                    '  public_whitelist             = ["203.0.113.0/24"] # if public access must stay',
                    '  kibana_whitelist             = ["203.0.113.0/24"]',
                    '}',
                ]),
            ]);
        default:
            return undefined;
    }
}
/** The rule a firewall finding is about: its message starts with the rule's address. */
function ruleOf(group, finding) {
    return group.rules.find((r) => r.address !== undefined && finding.message.startsWith(`${r.address} `));
}
function revoke(region, groupId, rule, cidr) {
    const protocol = rule.protocol.known ? rule.protocol.value : 'all';
    const ports = rule.ports.known ? `${rule.ports.value.from}/${rule.ports.value.to}` : '-1/-1';
    const portRange = protocol === 'all' || (rule.ports.known && rule.ports.value.from === 0 && rule.ports.value.to === 65535) ? '-1/-1' : ports;
    const priority = rule.priority?.known ? ` --Priority ${rule.priority.value}` : '';
    return `aliyun ecs RevokeSecurityGroup --region ${region} --SecurityGroupId ${groupId} --IpProtocol ${protocol} --PortRange ${portRange} --${cidr.includes(':') ? 'Ipv6SourceCidrIp' : 'SourceCidrIp'} ${cidr} --Policy accept${priority}${rule.nicType ? ` --NicType ${rule.nicType}` : ''}`;
}
function firewallFix(group, finding, region) {
    const rule = ruleOf(group, finding);
    if (!rule)
        return undefined;
    const groupId = idOf(group.id);
    const sources = (finding.evidence?.details?.sources ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (sources.length === 0)
        return undefined;
    const protocol = rule.protocol.known ? rule.protocol.value : 'tcp';
    const portRange = rule.ports.known ? `${rule.ports.value.from}/${rule.ports.value.to}` : '<port>/<port>';
    return shell([
        '# Remove the world-open rule, then admit only the clients that need it (a range or their security group).',
        ...sources.map((cidr) => revoke(region, groupId, rule, cidr)),
        `aliyun ecs AuthorizeSecurityGroup --region ${region} --SecurityGroupId ${groupId} --IpProtocol ${protocol} --PortRange ${portRange} --SourceCidrIp "<client CIDR>"`,
        ...terraform([
            `resource "alicloud_security_group_rule" "${tfName(rule.address ?? groupId)}" {`,
            '  type              = "ingress"',
            `  ip_protocol       = "${protocol}"`,
            `  port_range        = "${portRange}"`,
            '  cidr_ip           = "10.0.0.0/8" # instead of 0.0.0.0/0, or source_security_group_id = ...',
            `  security_group_id = "${groupId}"`,
            '}',
        ]),
    ]);
}
function computeFix(c, finding, region) {
    const id = idOf(c.id);
    const ports = finding.evidence?.details?.databasePorts ?? '<port>';
    const groups = Array.isArray(c.securityGroups) ? c.securityGroups.map((l) => (l.kind === 'resource' ? idOf(l.id) : l.kind === 'external' ? l.value : '<security group>')) : ['<security group>'];
    return shell([
        `# Admit the database port(s) (${ports}) only from the application tier: find the rule that opens them to 0.0.0.0/0 and revoke it.`,
        ...groups.map((g) => `aliyun ecs DescribeSecurityGroupAttribute --region ${region} --SecurityGroupId ${g} --Direction ingress`),
        `aliyun ecs RevokeSecurityGroup --region ${region} --SecurityGroupId ${groups[0]} --IpProtocol tcp --PortRange <port>/<port> --SourceCidrIp 0.0.0.0/0`,
        `# and drop the public address unless it is needed (${c.publicIpDetail ?? 'public IP'}): unbind the EIP, or set the bandwidth to 0`,
        `aliyun ecs ModifyInstanceNetworkSpec --region ${region} --InstanceId ${id} --InternetMaxBandwidthOut 0`,
        ...terraform([`resource "alicloud_instance" "${tfName(id)}" {`, '  internet_max_bandwidth_out = 0', '}']),
    ]);
}
function bucketFix(b, finding) {
    const name = b.name.known ? b.name.value : idOf(b.id);
    if (finding.ruleId === 'LP-ST-004')
        return shell([
            '# Make the bucket private; serve public objects through signed URLs or a CDN origin instead.',
            `aliyun oss set-acl oss://${name} private -b`,
            ...terraform([`resource "alicloud_oss_bucket_acl" "${tfName(name)}" {`, `  bucket = "${name}"`, '  acl    = "private"', '}']),
        ]);
    if (finding.ruleId === 'LP-ST-002')
        return shell([
            '# Remove the statement that admits everyone (or delete the policy and write one that names its principals).',
            `aliyun oss bucket-policy --method get oss://${name} policy.json`,
            `aliyun oss bucket-policy --method delete oss://${name}`,
            ...terraform([`resource "alicloud_oss_bucket_policy" "${tfName(name)}" {`, `  bucket = "${name}"`, '  policy = jsonencode({ ... }) # Principal: named RAM users or roles, not "*"', '}']),
        ]);
    return undefined;
}
function flowFix(flow, region) {
    const dest = flow.destinationRegion.known ? flow.destinationRegion.value : '<region>';
    if (flow.flowKind === 'oss-replication' && flow.source.kind === 'resource') {
        const bucket = idOf(flow.source.id);
        const ruleId = / replication (.+) -> /.exec(flow.id)?.[1] ?? '<rule id>';
        return shell([
            `# Stop copying ${bucket} to ${dest}; replicate to a bucket in an allowed region instead (or allow ${dest} explicitly).`,
            `aliyun oss replication --method delete oss://${bucket} ${ruleId}`,
            ...terraform(['destination {', '  bucket   = alicloud_oss_bucket.replica.bucket', '  location = "oss-<an allowed region>"', '}']),
        ]);
    }
    if (flow.flowKind === 'alicloud-rds-backup') {
        const instance = flow.source.kind === 'resource' ? idOf(flow.source.id) : flow.source.kind === 'external' ? flow.source.value : '<instance>';
        return shell([
            `# Stop the cross-region backups of ${instance} to ${dest}, or move them to an allowed region.`,
            `aliyun rds ModifyInstanceCrossBackupPolicy --region ${region} --DBInstanceId ${instance} --BackupEnabled 0 --LogBackupEnabled 0`,
            `# or: aliyun rds ModifyInstanceCrossBackupPolicy --region ${region} --DBInstanceId ${instance} --CrossBackupRegion <an allowed region>`,
            ...terraform([`resource "alicloud_rds_instance_cross_backup_policy" "${tfName(instance)}" {`, `  instance_id         = "${instance}"`, '  cross_backup_region = "<an allowed region>"', '}']),
        ]);
    }
    return undefined;
}
export function alicloudCliFix(finding, resource) {
    if (!resource)
        return undefined;
    const region = regionOf(resource, finding);
    switch (resource.kind) {
        case 'datastore':
            return datastoreFix(resource, region);
        case 'security-group':
            return firewallFix(resource, finding, region);
        case 'compute':
            return computeFix(resource, finding, region);
        case 'bucket':
            return bucketFix(resource, finding);
        case 'data-flow':
            return finding.severity === 'info' ? undefined : flowFix(resource, region);
        default:
            return undefined;
    }
}
