import { assessStatement, statementLabel } from '../model/policy.js';
import { describeCidr, isEveryoneAllowlistEntry, parseCidr, isEveryoneCidr } from '../model/cidr.js';
import { ALL_PORTS, formatRanges, intersect, normalizeRanges, protocolCovers, subtract } from '../model/ports.js';
function closed(blockedBy) {
    return { open: [], unknown: [], hops: [], missing: [], blockedBy };
}
function undecided(ports, reason, hop) {
    return { open: [], unknown: ports, hops: hop ? [hop] : [], missing: [reason] };
}
function intersectAll(a, b) {
    const out = [];
    for (const x of a)
        for (const y of b) {
            const i = intersect(x, y);
            if (i)
                out.push(i);
        }
    return normalizeRanges(out);
}
function minus(a, b) {
    let out = a;
    for (const cut of b)
        out = subtract(out, cut);
    return normalizeRanges(out);
}
/** Gates in sequence: open where every gate is open; unknown where none is closed and some is unknown. */
function chain(a, b) {
    const open = intersectAll(a.open, b.open);
    const passable = intersectAll([...a.open, ...a.unknown], [...b.open, ...b.unknown]);
    const unknown = minus(passable, open);
    const aPasses = a.open.length + a.unknown.length > 0;
    return {
        open,
        unknown,
        hops: [...a.hops, ...b.hops],
        missing: unknown.length > 0 ? [...new Set([...a.missing, ...b.missing])] : [],
        blockedBy: aPasses ? b.blockedBy ?? a.blockedBy : a.blockedBy,
    };
}
/** Alternatives (placement in one of several subnets): open only where every alternative is open. */
function eitherOf(results) {
    const [first, ...rest] = results;
    if (!first)
        return { open: [], unknown: [], hops: [], missing: [] };
    let open = first.open;
    let passable = [...first.open, ...first.unknown];
    for (const r of rest) {
        open = intersectAll(open, r.open);
        passable = normalizeRanges([...passable, ...r.open, ...r.unknown]);
    }
    const unknown = minus(passable, open);
    const withOpen = results.find((r) => r.open.length > 0) ?? results.find((r) => r.unknown.length > 0) ?? first;
    const missing = new Set(results.flatMap((r) => r.missing));
    if (results.length > 1 && unknown.length > 0 && results.some((r) => r.open.length > 0))
        missing.add('which of its subnets AWS places it in (only some of them are reachable)');
    return { open, unknown, hops: withOpen.hops, missing: [...missing], blockedBy: results.find((r) => r.blockedBy)?.blockedBy };
}
const hop = (kind, address, detail, loc) => ({ kind, address, detail, ...(loc ? { loc } : {}) });
// ---------------------------------------------------------------- the model, indexed
class Index {
    byId;
    mainTables = new Map();
    defaultAcls = new Map();
    defaultGroups = new Map();
    constructor(model) {
        this.byId = model.byId;
        for (const r of model.resources) {
            if (r.kind === 'route-table' && r.isMain.known && r.isMain.value && r.network.kind === 'resource')
                this.mainTables.set(r.network.id, r);
            if (r.kind === 'network-acl' && r.isDefault && r.network.kind === 'resource')
                this.defaultAcls.set(r.network.id, r);
            if (r.kind === 'security-group' && r.isDefault && r.network.kind === 'resource')
                this.defaultGroups.set(r.network.id, r);
        }
    }
    get(link, kind) {
        if (!link || link.kind !== 'resource')
            return undefined;
        const r = this.byId.get(link.id);
        return r && r.kind === kind ? r : undefined;
    }
    defaultVpcFound;
    /** The default VPC record (aws_default_vpc), when declared; looked for once, not once per resource placed in it. */
    defaultVpc() {
        if (!this.defaultVpcFound) {
            let vpc;
            for (const r of this.byId.values())
                if (r.kind === 'network' && r.isDefault) {
                    vpc = r;
                    break;
                }
            this.defaultVpcFound = { vpc };
        }
        return this.defaultVpcFound.vpc;
    }
}
function linkText(link) {
    if (link.kind === 'resource')
        return link.id;
    if (link.kind === 'external')
        return link.value;
    return link.reason;
}
function missingLink(what, link) {
    if (link.kind === 'external')
        return `${what} ${link.value} is not in the scanned files`;
    if (link.kind === 'unknown')
        return `${what}: ${link.reason}`;
    return `${what} ${link.id} is not in the scanned files`;
}
function routeCheck(table, subnetId, how, idx) {
    let unknownReason;
    for (const route of table.routes) {
        const dest = route.destination;
        if (!dest.known) {
            unknownReason ??= `a route of ${table.id}: ${dest.reason}`;
            continue;
        }
        const c = parseCidr(dest.value);
        if (!c || c.version !== 4 || !isEveryoneCidr(c))
            continue;
        const target = route.target;
        if (target.kind === 'unknown') {
            unknownReason ??= `the target of ${table.id}'s ${dest.value} route: ${target.reason}`;
            continue;
        }
        if (target.kind !== 'internet-gateway')
            continue;
        const gateway = target.link ? linkText(target.link) : 'internet gateway';
        const record = idx.get(target.link, 'gateway');
        return {
            status: 'yes',
            hops: [
                hop('internet-gateway', gateway, record ? 'internet gateway' : 'internet gateway (not in the scanned files)', record?.loc ?? target.link?.loc),
                hop('route', route.address ?? table.id, `${dest.value} → ${gateway} (${how} route table of ${subnetId})`, route.loc ?? table.loc),
            ],
        };
    }
    if (unknownReason)
        return { status: 'unknown', reason: unknownReason };
    return { status: 'no', blockedBy: hop('route', table.id, `${how} route table has no route from the internet (no 0.0.0.0/0 → internet gateway): a private subnet`, table.loc) };
}
function subnetRoute(subnet, idx) {
    if (subnet.routeTable) {
        const table = idx.get(subnet.routeTable, 'route-table');
        if (!table)
            return { status: 'unknown', reason: missingLink('the route table associated with ' + subnet.id, subnet.routeTable) };
        return routeCheck(table, subnet.id, 'associated', idx);
    }
    const network = subnet.network;
    if (network.kind !== 'resource') {
        if (subnet.isDefault)
            return defaultVpcRoute();
        return { status: 'unknown', reason: missingLink(`the VPC of ${subnet.id}`, network) };
    }
    const main = idx.mainTables.get(network.id);
    if (main)
        return routeCheck(main, subnet.id, 'main', idx);
    const vpc = idx.get(network, 'network');
    if (vpc?.isDefault)
        return defaultVpcRoute();
    // A VPC's own main table starts with only the local route; nothing in the scan adds one.
    return { status: 'no', blockedBy: hop('route', network.id, `${subnet.id} has no route table association and the main route table of ${network.id} has only the local route: a private subnet`, subnet.loc) };
}
function defaultVpcRoute() {
    return { status: 'yes', hops: [hop('internet-gateway', 'default VPC internet gateway', 'internet gateway of the default VPC (AWS default)'), hop('route', 'default VPC main route table', '0.0.0.0/0 → internet gateway (AWS default for the default VPC)')] };
}
// ---------------------------------------------------------------- AWS: network ACLs
function aclEntryHop(acl, e, verb, ports) {
    const n = e.ruleNumber.known ? e.ruleNumber.value : '?';
    const cidr = e.cidr.known ? e.cidr.value : '?';
    return { ...hop('network-acl', e.address ?? acl.id, `rule ${n} ${verb} ${formatRanges(ports)} from ${cidr}`, e.loc ?? acl.loc), ports };
}
/** Walks ordered NACL entries for traffic from anyone to `ports` (tcp); the first matching entry decides. */
function evaluateAcl(acl, ports, egress) {
    const entries = acl.entries.filter((e) => e.egress === egress);
    const ordered = [...entries].sort((a, b) => (a.ruleNumber.known ? a.ruleNumber.value : Infinity) - (b.ruleNumber.known ? b.ruleNumber.value : Infinity));
    let remaining = normalizeRanges(ports);
    const result = { open: [], unknown: [], hops: [], missing: [] };
    for (const e of ordered) {
        if (remaining.length === 0)
            break;
        let uncertain;
        if (!e.protocol.known)
            uncertain = `protocol of ${e.address ?? acl.id}: ${e.protocol.reason}`;
        else if (!protocolCovers(e.protocol.value, 'tcp'))
            continue;
        if (!e.cidr.known)
            uncertain ??= `CIDR of ${e.address ?? acl.id}: ${e.cidr.reason}`;
        else {
            const c = parseCidr(e.cidr.value);
            if (!c || c.version !== 4 || !isEveryoneCidr(c))
                continue; // the attacker picks an address outside it
        }
        if (!e.action.known)
            uncertain ??= `action of ${e.address ?? acl.id}: ${e.action.reason}`;
        if (!e.ruleNumber.known)
            uncertain ??= `rule number of ${e.address ?? acl.id}: ${e.ruleNumber.reason}`;
        const range = e.ports.known ? e.ports.value : ALL_PORTS;
        if (!e.ports.known)
            uncertain ??= `ports of ${e.address ?? acl.id}: ${e.ports.reason}`;
        if (e.mayNotExist)
            uncertain ??= `whether ${e.address ?? acl.id} exists (${e.mayNotExist})`;
        const affected = intersectAll(remaining, [range]);
        if (affected.length === 0)
            continue;
        remaining = minus(remaining, affected);
        if (uncertain) {
            result.unknown.push(...affected);
            result.missing.push(uncertain);
        }
        else if (e.action.known && e.action.value === 'allow') {
            result.open.push(...affected);
            result.hops.push(aclEntryHop(acl, e, egress ? 'allows return traffic on' : 'allows', affected));
        }
        else {
            result.blockedBy ??= aclEntryHop(acl, e, egress ? 'denies return traffic on' : 'denies', affected);
        }
    }
    if (remaining.length > 0 && result.open.length === 0 && result.unknown.length === 0)
        result.blockedBy ??= hop('network-acl', acl.id, `no rule allows ${formatRanges(remaining)} from the internet (the final * rule denies it)`, acl.loc);
    result.open = normalizeRanges(result.open);
    result.unknown = normalizeRanges(result.unknown);
    return result;
}
/** Ingress through a subnet's ACL, plus a cheap check that return traffic can leave (ACLs are stateless). */
function subnetAcl(subnet, idx, ports) {
    let acl;
    if (subnet.networkAcl) {
        acl = idx.get(subnet.networkAcl, 'network-acl');
        if (!acl)
            return undecided(ports, missingLink(`the network ACL of ${subnet.id}`, subnet.networkAcl));
    }
    else if (subnet.network.kind === 'resource') {
        acl = idx.defaultAcls.get(subnet.network.id);
    }
    if (!acl)
        return untouchedDefaultAcl(subnet, ports);
    if (acl.mayNotExist) {
        // Without the ACL the subnet keeps the ACL it would have had: only what both let through is surely open.
        const withAcl = throughAcl(acl, ports);
        const fallback = subnet.networkAcl && subnet.network.kind === 'resource' ? idx.defaultAcls.get(subnet.network.id) : undefined;
        const without = fallback && fallback !== acl ? throughAcl(fallback, ports) : untouchedDefaultAcl(subnet, ports);
        const open = intersectAll(withAcl.open, without.open);
        const unknown = minus(normalizeRanges([...withAcl.open, ...withAcl.unknown, ...without.open, ...without.unknown]), open);
        const missing = unknown.length > 0 ? [...new Set([...withAcl.missing, ...without.missing, `whether ${acl.id} exists (${acl.mayNotExist})`])] : [];
        return { open, unknown, hops: withAcl.hops.length > 0 ? withAcl.hops : without.hops, missing, ...(withAcl.blockedBy ?? without.blockedBy ? { blockedBy: withAcl.blockedBy ?? without.blockedBy } : {}) };
    }
    return throughAcl(acl, ports);
}
/** A VPC's default network ACL as AWS creates it: everything in and out. */
function untouchedDefaultAcl(subnet, ports) {
    return { open: normalizeRanges(ports), unknown: [], hops: [hop('network-acl', subnet.network.kind === 'resource' ? `${subnet.network.id} default network ACL` : 'default network ACL', 'the default network ACL allows all traffic (AWS default)')], missing: [] };
}
/** Ingress through one ACL, with return traffic out through the same ACL. */
function throughAcl(acl, ports) {
    const inbound = evaluateAcl(acl, ports, false);
    if (inbound.open.length + inbound.unknown.length === 0)
        return inbound;
    const outbound = evaluateAcl(acl, [ALL_PORTS], true);
    if (outbound.open.length > 0)
        return inbound;
    if (outbound.unknown.length > 0)
        return { ...inbound, open: [], unknown: normalizeRanges([...inbound.open, ...inbound.unknown]), missing: [...inbound.missing, ...outbound.missing] };
    return closed(outbound.blockedBy ?? hop('network-acl', acl.id, 'no egress rule lets return traffic out to the internet', acl.loc));
}
// ---------------------------------------------------------------- security groups
function ruleHop(group, rule, ports) {
    const src = rule.source.kind === 'cidr' ? describeCidr(rule.source.cidr) : rule.source.kind === 'unknown' ? 'an unknown source' : rule.source.kind;
    const proto = rule.protocol.known ? (rule.protocol.value === 'all' ? 'all protocols' : rule.protocol.value) : '?';
    const verb = rule.policy.known && rule.policy.value === 'drop' ? 'drops' : 'allows';
    const prio = rule.priority?.known ? ` (priority ${rule.priority.value})` : '';
    return { ...hop('security-group', rule.address ?? rule.key ?? group.id, `${group.id} ${verb} ${proto} ${formatRanges(ports)} from ${src}${prio}`, rule.loc ?? group.loc), ports };
}
/**
 * Ingress rules of a set of groups for traffic from anyone to `ports`. AWS
 * groups only allow, so their union decides. Alibaba rules are taken in
 * priority order (1 first) and at equal priority a drop beats an accept.
 */
function evaluateGroups(groups, ports, extraMissing) {
    const ranked = [];
    for (const group of groups)
        for (const rule of group.rules)
            if (rule.direction === 'ingress')
                ranked.push({ group, rule });
    const prio = (r) => (r.rule.priority ? (r.rule.priority.known ? r.rule.priority.value : -Infinity) : 0);
    const dropFirst = (r) => (r.rule.policy.known && r.rule.policy.value === 'drop' ? 0 : 1);
    ranked.sort((a, b) => prio(a) - prio(b) || dropFirst(a) - dropFirst(b));
    let remaining = normalizeRanges(ports);
    const result = { open: [], unknown: [], hops: [], missing: [...extraMissing] };
    for (const { group, rule } of ranked) {
        if (remaining.length === 0)
            break;
        let uncertain;
        const where = rule.address ?? rule.key ?? group.id;
        if (!rule.protocol.known)
            uncertain = `protocol of ${where}: ${rule.protocol.reason}`;
        else if (!protocolCovers(rule.protocol.value, 'tcp'))
            continue;
        const src = rule.source;
        if (src.kind === 'unknown')
            uncertain ??= `source of ${where}: ${src.reason}`;
        else if (src.kind !== 'cidr')
            continue; // another group or a prefix list: not the internet
        else {
            const c = parseCidr(src.cidr);
            if (!c || c.version !== 4 || !isEveryoneCidr(c))
                continue;
        }
        if (!rule.policy.known)
            uncertain ??= `policy of ${where}: ${rule.policy.reason}`;
        if (rule.priority && !rule.priority.known)
            uncertain ??= `priority of ${where}: ${rule.priority.reason}`;
        if (!rule.ports.known)
            uncertain ??= `ports of ${where}: ${rule.ports.reason}`;
        // A rule (or group) the input may not create decides nothing for sure.
        const doubt = rule.mayNotExist ?? group.mayNotExist;
        if (doubt)
            uncertain ??= `whether ${where} exists (${doubt})`;
        const range = rule.ports.known ? rule.ports.value : ALL_PORTS;
        const affected = intersectAll(remaining, [range]);
        if (affected.length === 0)
            continue;
        const isDrop = rule.policy.known && rule.policy.value === 'drop';
        if (uncertain) {
            // An unknown AWS allow cannot close anything: later rules still decide.
            result.unknown.push(...affected);
            result.missing.push(uncertain);
            if (!isDrop)
                result.hops.push({ ...ruleHop(group, rule, affected), uncertain });
            remaining = minus(remaining, affected);
            continue;
        }
        remaining = minus(remaining, affected);
        if (isDrop)
            result.blockedBy ??= ruleHop(group, rule, affected);
        else {
            result.open.push(...affected);
            result.hops.push(ruleHop(group, rule, affected));
        }
    }
    // Groups whose other rules are outside the scan may still open what is left.
    const partial = groups.filter((g) => g.declared === false);
    if (remaining.length > 0 && partial.length > 0) {
        result.unknown.push(...remaining);
        for (const g of partial)
            result.missing.push(`the other rules of ${g.id} (the group is not in the scanned files)`);
    }
    else if (remaining.length > 0 && result.open.length === 0 && result.unknown.length === 0) {
        result.blockedBy ??= hop('security-group', groups.map((g) => g.id).join(', ') || 'security groups', `no rule admits ${formatRanges(remaining)} from the internet`, groups[0]?.loc);
    }
    result.open = normalizeRanges(result.open);
    result.unknown = normalizeRanges(result.unknown);
    return result;
}
/** The groups a resource names; none named means its VPC's default group. */
function resolveGroups(links, vpcId, idx, ports) {
    if (!Array.isArray(links))
        return undecided(ports, `its security groups: ${links.unknown}`);
    const groups = [];
    const missing = [];
    for (const link of links) {
        const g = idx.get(link, 'security-group');
        if (g)
            groups.push(g);
        else
            missing.push(missingLink('security group', link));
    }
    if (links.length === 0) {
        const implicit = vpcId ? idx.defaultGroups.get(vpcId) ?? idx.byId.get(`${vpcId}#default_security_group`) : undefined;
        if (implicit)
            groups.push(implicit);
        // AWS's default group admits only its own members.
        else
            return closed(hop('security-group', vpcId ? `${vpcId} default security group` : 'default security group', 'no security group named: the VPC default group admits only its own members (AWS default)'));
    }
    const result = evaluateGroups(groups, ports, []);
    if (missing.length > 0 && ports.length > 0) {
        const left = minus(ports, result.open);
        return { ...result, unknown: normalizeRanges([...result.unknown, ...left]), missing: [...result.missing, ...missing] };
    }
    return result;
}
// ---------------------------------------------------------------- AWS placement
/** Route + ACL for one subnet. */
function throughSubnet(subnetLink, idx, ports) {
    const subnet = idx.get(subnetLink, 'subnet');
    if (!subnet)
        return undecided(ports, missingLink('subnet', subnetLink));
    const route = subnetRoute(subnet, idx);
    if (route.status === 'no')
        return closed(route.blockedBy);
    const subnetHop = hop('subnet', subnet.id, `subnet ${subnet.cidr.known ? subnet.cidr.value : ''}`.trim(), subnet.loc);
    const acl = subnetAcl(subnet, idx, ports);
    if (route.status === 'unknown')
        return { ...acl, open: [], unknown: normalizeRanges([...acl.open, ...acl.unknown]), hops: [subnetHop, ...acl.hops], missing: [route.reason, ...acl.missing] };
    return { ...acl, hops: [...route.hops, subnetHop, ...acl.hops] };
}
function throughDefaultVpc(idx, ports) {
    const vpc = idx.defaultVpc();
    const acl = vpc ? idx.defaultAcls.get(vpc.id) : undefined;
    const route = defaultVpcRoute();
    const subnetHop = hop('subnet', 'default VPC subnet', 'a default subnet (no subnet group or subnet given)');
    if (!acl)
        return { open: normalizeRanges(ports), unknown: [], hops: [...route.hops, subnetHop, hop('network-acl', 'default VPC network ACL', 'the default network ACL allows all traffic (AWS default)')], missing: [] };
    const r = evaluateAcl(acl, ports, false);
    return { ...r, hops: [...route.hops, subnetHop, ...r.hops] };
}
function placement(subnets, defaultVpc, idx, ports) {
    if (defaultVpc)
        return { gate: throughDefaultVpc(idx, ports), vpcId: idx.defaultVpc()?.id };
    if (!Array.isArray(subnets))
        return { gate: undecided(ports, `its subnets: ${subnets.unknown}`) };
    if (subnets.length === 0)
        return { gate: undecided(ports, 'its subnets are not given') };
    const first = idx.get(subnets[0], 'subnet');
    const vpcId = first?.network.kind === 'resource' ? first.network.id : undefined;
    return { gate: eitherOf(subnets.map((s) => throughSubnet(s, idx, ports))), vpcId };
}
// ---------------------------------------------------------------- verdicts
function verdictOf(gate, lead, tail) {
    const internet = hop('internet', 'internet', 'any address on the internet');
    if (gate.open.length > 0)
        return { verdict: 'reachable', ports: gate.open, path: [internet, ...lead, ...gate.hops, ...tail], missing: [] };
    if (gate.unknown.length > 0)
        return { verdict: 'possibly', ports: gate.unknown, path: [internet, ...lead, ...gate.hops, ...tail], missing: [...new Set(gate.missing)] };
    const blockedBy = gate.blockedBy ?? hop('resource', tail[tail.length - 1]?.address ?? 'resource', 'no port is open through every gate on the way in');
    return { verdict: 'not-reachable', ports: [], path: [], missing: [], blockedBy };
}
function notReachable(blockedBy) {
    return { verdict: 'not-reachable', ports: [], path: [], missing: [], blockedBy };
}
function servicePorts(ports) {
    return normalizeRanges(ports.map((p) => ({ from: p, to: p })));
}
function resourceHop(ds) {
    const engine = ds.engine.known ? ds.engine.value : ds.service;
    return hop('resource', ds.id, `${engine} (${ds.sourceType}) listening on ${formatRanges(servicePorts(ds.ports))}`, ds.loc);
}
const NEVER_PUBLIC = {
    elasticache: 'ElastiCache nodes have private addresses only: no internet path',
    docdb: 'Amazon DocumentDB has no public endpoint',
};
function awsVpcDatastore(ds, idx) {
    const never = NEVER_PUBLIC[ds.service];
    if (never)
        return notReachable(hop('resource', ds.id, never, ds.loc));
    if (ds.ports.length === 0)
        return notReachable(hop('resource', ds.id, 'it listens on no service port of its own', ds.loc));
    const flag = ds.publiclyAccessible;
    const ports = servicePorts(ds.ports);
    let gateHop;
    const missing = [];
    if (!flag || (flag.known && !flag.value))
        return notReachable(hop('public-flag', ds.id, 'publicly_accessible is false: the endpoint resolves to private addresses only', flag?.loc ?? ds.loc));
    if (!flag.known) {
        missing.push(`whether it is publicly accessible: ${flag.reason}`);
        gateHop = hop('public-flag', ds.id, `publicly_accessible unknown (${flag.reason})`, flag.loc ?? ds.loc);
    }
    else
        gateHop = hop('public-flag', ds.id, 'publicly_accessible = true: the endpoint has a public address', flag.loc ?? ds.loc);
    const where = placement(ds.subnets, ds.defaultVpc, idx, ports);
    const groups = resolveGroups(ds.securityGroups, where.vpcId, idx, ports);
    let gate = chain(where.gate, groups);
    if (missing.length > 0)
        gate = { ...gate, open: [], unknown: normalizeRanges([...gate.open, ...gate.unknown]), missing: [...missing, ...gate.missing] };
    return verdictOf(gate, [], [gateHop, resourceHop(ds)]);
}
function searchDomain(ds) {
    const ports = servicePorts(ds.ports);
    if (!ds.inNetwork.known)
        return verdictOf(undecided(ports, `whether the domain is in a VPC: ${ds.inNetwork.reason}`), [], [resourceHop(ds)]);
    if (ds.inNetwork.value)
        return notReachable(hop('resource', ds.id, 'the domain is in a VPC: its endpoint has private addresses only', ds.inNetwork.loc ?? ds.loc));
    const endpointHop = hop('public-endpoint', ds.id, 'no vpc_options: the domain has a public endpoint', ds.loc);
    const policy = ds.accessPolicy;
    if (!policy)
        return notReachable(hop('policy', ds.id, 'no access policy: anonymous requests are denied', ds.loc));
    if (!policy.known)
        return verdictOf(undecided(ports, `the access policy: ${policy.reason}`, endpointHop), [], [resourceHop(ds)]);
    const doc = policy.value;
    let openHop;
    const unknownReasons = [];
    for (const st of doc.statements) {
        const exposure = assessStatement(st);
        if (exposure.kind === 'open')
            openHop ??= hop('policy', doc.address ?? ds.id, `${statementLabel(doc, st)}: ${exposure.detail}`, st.loc ?? doc.loc);
        else if (exposure.kind === 'unknown')
            unknownReasons.push(exposure.reason);
    }
    // Whole-domain denies for everyone without conditions close it regardless of allows.
    const blanketDeny = doc.statements.find((st) => st.effect === 'Deny' && st.principals.known && st.principals.value.includes('*') && st.conditions.length === 0 && st.actions.some((a) => a === '*' || a === 'es:*'));
    if (blanketDeny)
        return notReachable(hop('policy', doc.address ?? ds.id, `${statementLabel(doc, blanketDeny)} denies everyone`, blanketDeny.loc ?? doc.loc));
    if (openHop) {
        const creds = ds.requiresCredentials;
        if (creds?.known && creds.value)
            return notReachable(hop('resource', ds.id, 'fine-grained access control is on: the policy admits anyone, but every request needs credentials', creds.loc ?? ds.loc));
        const gate = { open: ports, unknown: [], hops: [endpointHop, openHop], missing: [] };
        if (creds && !creds.known)
            return verdictOf({ ...gate, open: [], unknown: ports, missing: [`whether fine-grained access control is on: ${creds.reason}`] }, [], [resourceHop(ds)]);
        return verdictOf(gate, [], [resourceHop(ds)]);
    }
    const incomplete = [...unknownReasons, ...(doc.incomplete ?? [])];
    if (incomplete.length > 0)
        return verdictOf({ open: [], unknown: ports, hops: [endpointHop], missing: incomplete.map((r) => `the access policy: ${r}`) }, [], [resourceHop(ds)]);
    return notReachable(hop('policy', doc.address ?? ds.id, 'the access policy admits no anonymous caller from anywhere', doc.loc ?? ds.loc));
}
/** Alibaba: a public endpoint, and an allowlist that admits everyone on it. */
function alicloudDatastore(ds) {
    const results = [];
    let blocked;
    for (const ep of ds.publicEndpoints) {
        const ports = servicePorts(ep.ports ?? ds.ports);
        const epHop = hop('public-endpoint', ep.address ?? ds.id, ep.name, ep.loc ?? ds.loc);
        if (ep.enabled.known && !ep.enabled.value) {
            blocked ??= hop('public-endpoint', ep.address ?? ds.id, `${ep.name} is disabled`, ep.loc ?? ds.loc);
            continue;
        }
        const lists = ds.allowlists.filter((l) => l.appliesTo !== 'private' && (l.endpoint === undefined || l.endpoint === ep.name));
        let openHop;
        const missing = [];
        if (!ep.enabled.known)
            missing.push(`whether ${ep.name} is enabled: ${ep.enabled.reason}`);
        for (const l of lists) {
            if (!l.entries.known) {
                missing.push(`the ${l.name} allowlist: ${l.entries.reason}`);
                continue;
            }
            const wide = l.entries.value.find(isEveryoneAllowlistEntry);
            if (wide)
                openHop ??= hop('allowlist', l.address ?? ds.id, `${l.name} admits ${describeCidr(wide === '0.0.0.0' ? '0.0.0.0/0' : wide)}`, l.loc ?? ds.loc);
        }
        if (openHop && missing.length === 0)
            results.push({ open: ports, unknown: [], hops: [epHop, openHop], missing: [] });
        else if (openHop || missing.length > 0)
            results.push({ open: [], unknown: ports, hops: openHop ? [epHop, openHop] : [epHop], missing });
        else
            blocked ??= hop('allowlist', ds.id, lists.length > 0 ? `the allowlist of ${ep.name} admits no wide range` : `${ep.name} has no allowlist entries: nothing is admitted`, lists[0]?.loc ?? ds.loc);
    }
    const open = results.find((r) => r.open.length > 0);
    if (open)
        return verdictOf(open, [], [resourceHop(ds)]);
    const maybe = results.find((r) => r.unknown.length > 0);
    if (maybe)
        return verdictOf({ ...maybe, missing: results.flatMap((r) => r.missing) }, [], [resourceHop(ds)]);
    return notReachable(blocked ?? hop('public-endpoint', ds.id, 'no public connection: reachable only inside its VPC', ds.loc));
}
function awsCompute(c, idx) {
    const ports = [ALL_PORTS];
    if (c.publicIp.known && !c.publicIp.value)
        return notReachable(hop('public-ip', c.id, 'no public IP address', c.publicIp.loc ?? c.loc));
    const ipHop = hop('public-ip', c.id, c.publicIp.known ? `public IP address (${c.publicIpDetail ?? 'assigned'})` : `public IP unknown (${c.publicIp.reason})`, c.publicIp.loc ?? c.loc);
    const where = c.defaultVpc ? placement([], true, idx, ports) : placement([c.subnet], false, idx, ports);
    let gate = chain(where.gate, resolveGroups(c.securityGroups, where.vpcId, idx, ports));
    if (!c.publicIp.known)
        gate = { ...gate, open: [], unknown: normalizeRanges([...gate.open, ...gate.unknown]), missing: [`whether it has a public IP: ${c.publicIp.reason}`, ...gate.missing] };
    return verdictOf(gate, [], [ipHop, hop('resource', c.id, c.sourceType, c.loc)]);
}
function alicloudCompute(c, idx) {
    const ports = [ALL_PORTS];
    if (c.publicIp.known && !c.publicIp.value)
        return notReachable(hop('public-ip', c.id, 'no public IP or EIP', c.publicIp.loc ?? c.loc));
    const ipHop = hop('public-ip', c.id, c.publicIp.known ? `public IP address (${c.publicIpDetail ?? 'assigned'})` : `public IP unknown (${c.publicIp.reason})`, c.publicIp.loc ?? c.loc);
    let gate = resolveAlicloudGroups(c.securityGroups, idx, ports);
    if (!c.publicIp.known)
        gate = { ...gate, open: [], unknown: normalizeRanges([...gate.open, ...gate.unknown]), missing: [`whether it has a public IP: ${c.publicIp.reason}`, ...gate.missing] };
    return verdictOf(gate, [], [ipHop, hop('resource', c.id, c.sourceType, c.loc)]);
}
function resolveAlicloudGroups(links, idx, ports) {
    if (!Array.isArray(links))
        return undecided(ports, `its security groups: ${links.unknown}`);
    if (links.length === 0)
        return undecided(ports, 'its security groups are not given');
    return resolveGroups(links, undefined, idx, ports);
}
/**
 * The reachability analysis for one model: call it per resource; verdicts are
 * computed once and cached.
 */
export function createReachabilityAnalyzer(model) {
    const idx = new Index(model);
    const cache = new Map();
    return (resource) => {
        let v = cache.get(resource.id);
        if (!v) {
            v = reachabilityOf(resource, idx);
            cache.set(resource.id, v);
        }
        return v;
    };
}
/** A resource the input may not create is at most possibly reachable: its existence is the missing fact. */
function reachabilityOf(resource, idx) {
    const verdict = reachabilityOfExisting(resource, idx);
    if (!resource.mayNotExist || verdict.verdict === 'not-reachable')
        return verdict;
    return { ...verdict, verdict: 'possibly', missing: [...verdict.missing, `whether ${resource.id} exists (${resource.mayNotExist})`] };
}
function reachabilityOfExisting(resource, idx) {
    if (resource.kind === 'datastore') {
        if (resource.service === 'opensearch')
            return searchDomain(resource);
        if (resource.provider === 'alicloud')
            return alicloudDatastore(resource);
        return awsVpcDatastore(resource, idx);
    }
    if (resource.kind === 'compute')
        return resource.provider === 'alicloud' ? alicloudCompute(resource, idx) : awsCompute(resource, idx);
    return notReachable(hop('resource', resource.id, `${resource.kind} records are not endpoints`, resource.loc));
}
