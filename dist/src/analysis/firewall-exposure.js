import { isEveryone, parseCidr } from '../model/cidr.js';
import { ADMIN_PORTS, ALL_PORTS, DATABASE_PORTS, hasPorts, isAllPorts, isEphemeralReturnRange, namedPortsIn, normalizeRanges, protocolCovers, subtract, } from '../model/ports.js';
/** Why a declaration may not exist: its own doubt and its owner's. */
function existenceDoubt(owner, decl) {
    const doubts = [...new Set([owner.mayNotExist, decl.mayNotExist].filter((d) => !!d))];
    return doubts.length > 0 ? { mayNotExist: doubts.join('; ') } : {};
}
const NO_DATA_PROTOCOLS = new Set(['icmp', 'icmpv6', '1', '58']);
function classify(protocol, ports) {
    const portful = hasPorts(protocol);
    const adminPorts = portful && protocol !== 'udp' ? namedPortsIn(ports, ADMIN_PORTS) : [];
    const databasePorts = portful ? namedPortsIn(ports, DATABASE_PORTS) : [];
    if (protocol === 'all' || (portful && ports.some(isAllPorts)))
        return { class: 'all', adminPorts, databasePorts };
    if (adminPorts.length > 0)
        return { class: 'admin', adminPorts, databasePorts };
    if (databasePorts.length > 0)
        return { class: 'database', adminPorts, databasePorts };
    return { class: 'other', adminPorts, databasePorts };
}
/**
 * Where to point: the declaration, unless the world-wide range was written in
 * another file (a module caller's argument, a variable default, a tfvars file),
 * which is where it has to be changed.
 */
function exposureLoc(rules) {
    const declared = rules[0]?.loc;
    for (const r of rules)
        if (r.source.kind === 'cidr' && r.source.loc && isEveryone(r.source.cidr) && declared && r.source.loc.file !== declared.file)
            return r.source.loc;
    return declared;
}
/** The world-wide CIDR sources of rules sharing one declaration. */
function worldSources(rules) {
    const out = [];
    for (const r of rules)
        if (r.source.kind === 'cidr' && isEveryone(r.source.cidr))
            out.push(r.source.cidr);
    return [...new Set(out)];
}
function groupByKey(items, fallback) {
    const out = new Map();
    items.forEach((item, i) => {
        const key = item.key ?? fallback(item, i);
        let list = out.get(key);
        if (!list)
            out.set(key, (list = []));
        list.push(item);
    });
    return out;
}
const versionOf = (cidr) => parseCidr(cidr)?.version;
/**
 * A drop rule that takes precedence over `accept` (Alibaba: priority number
 * lower or equal; at equal priority the drop wins) and covers every world-wide
 * source of it (same IP version, itself world-wide).
 */
function overrides(drop, accept, sources) {
    if (!drop.policy.known || drop.policy.value !== 'drop' || drop.direction !== accept.direction)
        return false;
    if (!drop.priority?.known || !accept.priority?.known || drop.priority.value > accept.priority.value)
        return false;
    if (!drop.protocol.known || !accept.protocol.known || !protocolCovers(drop.protocol.value, accept.protocol.value))
        return false;
    if (!drop.ports.known || drop.source.kind !== 'cidr' || !isEveryone(drop.source.cidr))
        return false;
    const v = versionOf(drop.source.cidr);
    return sources.every((s) => versionOf(s) === v);
}
/**
 * Ingress exposures of a security group: declarations that accept traffic from
 * everyone. ICMP is left out (it carries no data); unknown protocols, ports or
 * sources are left to the reachability verdict, which reports them as "possibly".
 */
export function securityGroupExposures(group) {
    if (group.scope === 'database')
        return [];
    const out = [];
    const ingress = group.rules.filter((r) => r.direction === 'ingress');
    for (const [key, rules] of groupByKey(ingress, (_r, i) => `${group.id}.ingress#${i}`)) {
        const first = rules[0];
        if (!first.policy.known || first.policy.value !== 'accept')
            continue;
        const sources = worldSources(rules);
        if (sources.length === 0)
            continue;
        if (!first.protocol.known || !first.ports.known) {
            // Open to everyone on something the input does not decide: say so, rather than stay silent.
            if (first.protocol.known && NO_DATA_PROTOCOLS.has(first.protocol.value))
                continue;
            const missing = [first.protocol, first.ports].flatMap((f) => (f.known ? [] : [f.reason]));
            out.push({
                key,
                ownerId: group.id,
                layer: 'security-group',
                declaredBy: first.address ? (group.provider === 'alicloud' ? 'alicloud_security_group_rule' : addressType(first.address)) : group.sourceType,
                ...(first.address ? { address: first.address } : {}),
                protocol: first.protocol.known ? first.protocol.value : 'unknown',
                ports: [],
                sources,
                class: 'undetermined',
                adminPorts: [],
                databasePorts: [],
                shadowed: [],
                missing,
                ...existenceDoubt(group, first),
                ...(exposureLoc(rules) ? { loc: exposureLoc(rules) } : {}),
                ...(first.description ? { description: first.description } : {}),
            });
            continue;
        }
        const protocol = first.protocol.value;
        if (NO_DATA_PROTOCOLS.has(protocol))
            continue;
        let ports = [first.ports.value];
        const shadowed = [];
        for (const drop of ingress) {
            if (!overrides(drop, first, sources))
                continue;
            const before = ports;
            ports = subtract(ports, drop.ports.known ? drop.ports.value : ALL_PORTS);
            if (ports.length !== before.length || ports.some((p, i) => p.from !== before[i]?.from || p.to !== before[i]?.to))
                shadowed.push(drop.ports.known ? drop.ports.value : ALL_PORTS);
        }
        ports = normalizeRanges(ports);
        if (ports.length === 0)
            continue;
        out.push({
            key,
            ownerId: group.id,
            layer: 'security-group',
            declaredBy: first.address ? group.provider === 'alicloud' ? 'alicloud_security_group_rule' : addressType(first.address) : group.sourceType,
            ...(first.address ? { address: first.address } : {}),
            protocol,
            ports,
            sources,
            ...classify(protocol, ports),
            shadowed: normalizeRanges(shadowed),
            ...existenceDoubt(group, first),
            ...(exposureLoc(rules) ? { loc: exposureLoc(rules) } : {}),
            ...(first.priority?.known ? { order: first.priority.value } : {}),
            ...(first.description ? { description: first.description } : {}),
        });
    }
    return out;
}
function addressType(address) {
    const parts = address.replace(/\[[^\]]*\]/g, '').split('.');
    return parts[parts.length - 2] ?? address;
}
/**
 * Ingress exposures of a network ACL: allow entries from everyone, minus the
 * ports that lower-numbered world-wide denies already decided. Only all-port,
 * admin and database exposures are returned: a NACL admitting 80/443 is normal,
 * and so is the 1024-65535 range that stateless return traffic needs.
 */
export function networkAclExposures(acl) {
    const ingress = acl.entries.filter((e) => !e.egress);
    const out = [];
    for (const e of ingress) {
        if (!e.action.known || e.action.value !== 'allow' || !e.protocol.known || !e.ports.known || !e.cidr.known || !e.ruleNumber.known)
            continue;
        if (!isEveryone(e.cidr.value) || NO_DATA_PROTOCOLS.has(e.protocol.value))
            continue;
        if (hasPorts(e.protocol.value) && e.protocol.value !== 'all' && isEphemeralReturnRange(e.ports.value))
            continue;
        let ports = [e.ports.value];
        const shadowed = [];
        for (const d of ingress)
            if (shadows(d, e)) {
                ports = subtract(ports, d.ports.known ? d.ports.value : ALL_PORTS);
                shadowed.push(d.ports.known ? d.ports.value : ALL_PORTS);
            }
        ports = normalizeRanges(ports);
        if (ports.length === 0)
            continue;
        const cls = classify(e.protocol.value, ports);
        if (cls.class === 'other')
            continue;
        out.push({
            key: e.key ?? `${acl.id}.ingress#${e.ruleNumber.value}`,
            ownerId: acl.id,
            layer: 'network-acl',
            declaredBy: e.address ? 'aws_network_acl_rule' : acl.sourceType,
            ...(e.address ? { address: e.address } : {}),
            protocol: e.protocol.value,
            ports,
            sources: [e.cidr.value],
            ...cls,
            shadowed: normalizeRanges(shadowed),
            ...existenceDoubt(acl, e),
            ...(e.loc ? { loc: e.loc } : {}),
            order: e.ruleNumber.value,
        });
    }
    return out;
}
/** A world-wide deny numbered before the allow, for a protocol that covers it. */
function shadows(deny, allow) {
    if (!deny.action.known || deny.action.value !== 'deny' || !deny.ruleNumber.known || !allow.ruleNumber.known)
        return false;
    if (deny.ruleNumber.value >= allow.ruleNumber.value)
        return false;
    if (!deny.protocol.known || !allow.protocol.known || !protocolCovers(deny.protocol.value, allow.protocol.value))
        return false;
    if (!deny.cidr.known || !isEveryone(deny.cidr.value) || !deny.ports.known || !allow.cidr.known)
        return false;
    return versionOf(deny.cidr.value) === versionOf(allow.cidr.value);
}
