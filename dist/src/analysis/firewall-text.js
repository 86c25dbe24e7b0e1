/**
 * Words and Terraform fixes for firewall exposures, shared by the open-firewall
 * rules: what a declaration opens, to whom, and the declaration rewritten to
 * admit only a named range or another security group.
 */
import { describeCidr } from '../model/cidr.js';
import { describeNamedPorts, formatRanges, isAllPorts } from '../model/ports.js';
/** `module.x.aws_security_group_rule.ssh[0]` → { type: 'aws_security_group_rule', name: 'ssh' } */
export function declarationName(address) {
    const parts = address.replace(/\[[^\]]*\]/g, '').split('.');
    return { type: parts[parts.length - 2] ?? 'resource', name: parts[parts.length - 1] ?? 'this' };
}
function protocolText(e) {
    if (e.protocol === 'all')
        return 'all traffic (every protocol and port)';
    if (e.protocol !== 'tcp' && e.protocol !== 'udp')
        return `protocol ${e.protocol}`;
    return `${e.protocol} ${formatRanges(e.ports)}`;
}
/** "aws_security_group.web ingress[0] accepts tcp port 22 from 0.0.0.0/0 (all IPv4 addresses) — SSH" */
export function exposureSentence(e) {
    const who = e.layer === 'network-acl' ? `Network ACL ${e.ownerId} rule ${e.order ?? '?'}` : e.address ?? e.key;
    // A declaration that may not exist possibly opens what it declares; the missing fact is named, as for any "possibly".
    const verb = `${e.mayNotExist ? 'possibly ' : ''}${e.layer === 'network-acl' ? 'allows' : 'accepts'}`;
    const doubt = e.mayNotExist ? `; not known: whether it exists (${e.mayNotExist})` : '';
    const from = e.sources.map(describeCidr).join(' and ');
    if (e.class === 'undetermined')
        return `${who} ${verb} traffic from ${from} on a protocol or ports that could not be determined (${(e.missing ?? []).join('; ')})${doubt}.`;
    // Every port: naming them all says nothing more than "all".
    const named = e.class === 'all'
        ? ['admin and database ports included']
        : [e.adminPorts.length > 0 ? `admin ${describeNamedPorts(e.adminPorts)}` : '', e.databasePorts.length > 0 ? `database ${describeNamedPorts(e.databasePorts)}` : ''].filter(Boolean);
    const prio = e.layer === 'security-group' && e.order !== undefined ? ` (priority ${e.order}, not overridden by a drop)` : '';
    const shadow = e.shadowed.length > 0 ? `; ${formatRanges(e.shadowed)} ${e.layer === 'network-acl' ? 'are denied by lower-numbered rules' : 'are dropped by higher-priority rules'}` : '';
    return `${who} ${verb} ${protocolText(e)} from ${from}${prio}${named.length > 0 ? ` — ${named.join('; ')}` : ''}${shadow}${doubt}.`;
}
function portLines(e, indent, fromKey = 'from_port', toKey = 'to_port', protoKey = 'protocol') {
    const range = e.ports[0];
    const specific = range && !isAllPorts(range) && e.protocol !== 'all' ? range : { from: 443, to: 443 };
    const proto = e.protocol === 'all' ? 'tcp' : e.protocol;
    const note = e.protocol === 'all' || (range && isAllPorts(range)) ? ' # only the port the service needs, not all ports' : '';
    return `${indent}${fromKey} = ${specific.from}${note}\n${indent}${toKey} = ${specific.to}\n${indent}${protoKey} = "${proto}"`;
}
function advice(e) {
    if (e.class === 'admin')
        return '# Admin access: reach hosts through SSM Session Manager, a VPN or a bastion, or admit only their address.';
    if (e.class === 'database')
        return '# Database ports: admit only the application tier (its security group), never the internet.';
    if (e.class === 'all')
        return '# Open only the ports the service needs, to the clients that need them.';
    return '# Admit only the clients that need this port (a load balancer\'s group, a known range).';
}
/** The declaration rewritten with a narrow source, in the form it was written. */
export function exposureFix(e) {
    const lines = [advice(e)];
    const address = e.address ?? e.key;
    const { type, name } = declarationName(e.address ?? e.ownerId);
    switch (e.declaredBy) {
        case 'aws_security_group_rule':
            lines.push(`resource "aws_security_group_rule" "${name}" {`, '  type                     = "ingress"', portLines(e, '  '), '  # instead of cidr_blocks = ["0.0.0.0/0"]:', '  source_security_group_id = aws_security_group.clients.id', '  security_group_id        = ...', '}');
            break;
        case 'aws_vpc_security_group_ingress_rule':
            lines.push(`resource "aws_vpc_security_group_ingress_rule" "${name}" {`, portLines(e, '  ', 'from_port', 'to_port', 'ip_protocol'), '  # instead of cidr_ipv4 = "0.0.0.0/0":', '  referenced_security_group_id = aws_security_group.clients.id', '  security_group_id            = ...', '}');
            break;
        case 'alicloud_security_group_rule':
            lines.push(`resource "alicloud_security_group_rule" "${name}" {`, '  type        = "ingress"', `  ip_protocol = "${e.protocol === 'all' ? 'tcp' : e.protocol}"`, `  port_range  = "${e.ports[0] && !isAllPorts(e.ports[0]) && e.protocol !== 'all' ? `${e.ports[0].from}/${e.ports[0].to}` : '443/443'}"`, '  policy      = "accept"', '  # instead of cidr_ip = "0.0.0.0/0":', '  cidr_ip     = "10.0.0.0/8" # or source_security_group_id = alicloud_security_group.clients.id', '  security_group_id = ...', '}');
            break;
        case 'aws_network_acl_rule':
            lines.push(`resource "aws_network_acl_rule" "${name}" {`, '  egress      = false', '  rule_action = "allow"', portLines(e, '  '), '  cidr_block  = "10.0.0.0/16" # instead of 0.0.0.0/0', '  rule_number = ...', '}');
            break;
        case 'aws_network_acl':
        case 'aws_default_network_acl':
        case 'aws_vpc':
            lines.push(`# ${address}`, 'ingress {', `  rule_no    = ${e.order ?? 100}`, '  action     = "allow"', portLines(e, '  '), '  cidr_block = "10.0.0.0/16" # instead of 0.0.0.0/0', '}');
            break;
        case 'module':
            lines.push(`# ${address}: pass a narrow range instead of 0.0.0.0/0`, `module "${name}" {`, '  ingress_cidr_blocks = ["10.0.0.0/16"]', '}');
            break;
        default:
            lines.push(`# ${address} (${type} "${name}")`, 'ingress {', portLines(e, '  '), '  # instead of cidr_blocks = ["0.0.0.0/0"]:', '  security_groups = [aws_security_group.clients.id]', '}');
    }
    return lines.join('\n');
}
