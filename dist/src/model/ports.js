export const ALL_PORTS = { from: 0, to: 65535 };
const PROTOCOL_NUMBERS = { '-1': 'all', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };
/** "-1", -1, "all", "ALL", "6", "TCP" → 'all' / 'tcp' ... */
export function normalizeProtocol(p) {
    const s = p.trim().toLowerCase();
    if (s === 'all' || s === '-1' || s === '')
        return 'all';
    return PROTOCOL_NUMBERS[s] ?? s;
}
/** Protocols that carry ports; for the others (icmp, gre, esp...) a port range means nothing. */
export function hasPorts(protocol) {
    return protocol === 'tcp' || protocol === 'udp' || protocol === 'all';
}
/** Does traffic of protocol `a` (as a rule states it) include traffic of protocol `b`? */
export function protocolCovers(a, b) {
    return a === 'all' || a === b;
}
/** Can the two protocols carry the same packets? */
export function protocolsOverlap(a, b) {
    return a === 'all' || b === 'all' || a === b;
}
export function rangeOverlaps(a, b) {
    return a.from <= b.to && b.from <= a.to;
}
export function rangeContains(outer, inner) {
    return outer.from <= inner.from && inner.to <= outer.to;
}
export function intersect(a, b) {
    const from = Math.max(a.from, b.from);
    const to = Math.min(a.to, b.to);
    return from <= to ? { from, to } : undefined;
}
/** `ranges` minus `cut`, still as ranges. */
export function subtract(ranges, cut) {
    const out = [];
    for (const r of ranges) {
        if (!rangeOverlaps(r, cut)) {
            out.push(r);
            continue;
        }
        if (r.from < cut.from)
            out.push({ from: r.from, to: cut.from - 1 });
        if (r.to > cut.to)
            out.push({ from: cut.to + 1, to: r.to });
    }
    return out;
}
/** Sorted, merged ranges. */
export function normalizeRanges(ranges) {
    const sorted = [...ranges].sort((a, b) => a.from - b.from);
    const out = [];
    for (const r of sorted) {
        const last = out[out.length - 1];
        if (last && r.from <= last.to + 1)
            last.to = Math.max(last.to, r.to);
        else
            out.push({ ...r });
    }
    return out;
}
/** Every port (1-65535; port 0 is not a real service port, so 1-65535 counts too). */
export function isAllPorts(r) {
    return r.from <= 1 && r.to >= 65535;
}
export function formatRange(r) {
    if (isAllPorts(r))
        return 'all ports';
    return r.from === r.to ? `port ${r.from}` : `ports ${r.from}-${r.to}`;
}
export function formatRanges(rs) {
    return rs.map(formatRange).join(', ');
}
/**
 * AWS security group / NACL port fields: protocol -1 means all ports whatever
 * from/to say; tcp/udp take from..to (an inverted or negative range is read as
 * all ports, which is how the API treats -1); other protocols have no ports.
 */
export function awsPortRange(protocol, from, to) {
    if (protocol === 'all')
        return ALL_PORTS;
    if (!hasPorts(protocol))
        return undefined;
    if (from === undefined || to === undefined)
        return undefined;
    if (from < 0 || to < 0)
        return ALL_PORTS;
    if (from > to)
        return undefined;
    return { from, to: Math.min(to, 65535) };
}
/** Alibaba `port_range`: "22/22", "1/65535", "-1/-1" (all ports, or not applicable for icmp/gre). */
export function alicloudPortRange(text) {
    const m = /^\s*(-?\d+)\s*\/\s*(-?\d+)\s*$/.exec(text);
    if (!m)
        return undefined;
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (from === -1 && to === -1)
        return ALL_PORTS;
    if (from < 0 || to < 0 || from > to)
        return undefined;
    return { from, to: Math.min(to, 65535) };
}
/** Remote administration: a shell or desktop on the host. */
export const ADMIN_PORTS = [
    { range: { from: 22, to: 22 }, name: 'SSH' },
    { range: { from: 23, to: 23 }, name: 'Telnet' },
    { range: { from: 3389, to: 3389 }, name: 'RDP' },
    { range: { from: 5985, to: 5986 }, name: 'WinRM' },
];
/**
 * Database and search-engine service ports: the ports whose exposure gave the
 * well-known leaks (Elasticsearch, MongoDB, Redis, ...). Only ports that are the
 * registered or default port of a data store, so a hit names what is exposed.
 */
export const DATABASE_PORTS = [
    { range: { from: 1433, to: 1434 }, name: 'Microsoft SQL Server' },
    { range: { from: 1521, to: 1521 }, name: 'Oracle' },
    { range: { from: 2379, to: 2380 }, name: 'etcd' },
    { range: { from: 2383, to: 2383 }, name: 'SQL Server Analysis Services' },
    { range: { from: 3306, to: 3306 }, name: 'MySQL/MariaDB' },
    { range: { from: 5432, to: 5432 }, name: 'PostgreSQL' },
    { range: { from: 5601, to: 5601 }, name: 'Kibana' },
    { range: { from: 5984, to: 5984 }, name: 'CouchDB' },
    { range: { from: 6379, to: 6379 }, name: 'Redis' },
    { range: { from: 7000, to: 7001 }, name: 'Cassandra inter-node' },
    { range: { from: 7474, to: 7474 }, name: 'Neo4j HTTP' },
    { range: { from: 7687, to: 7687 }, name: 'Neo4j Bolt' },
    { range: { from: 8086, to: 8086 }, name: 'InfluxDB' },
    { range: { from: 8123, to: 8123 }, name: 'ClickHouse HTTP' },
    { range: { from: 8529, to: 8529 }, name: 'ArangoDB' },
    { range: { from: 9000, to: 9000 }, name: 'ClickHouse native' },
    { range: { from: 9042, to: 9042 }, name: 'Cassandra CQL' },
    { range: { from: 9160, to: 9160 }, name: 'Cassandra Thrift' },
    { range: { from: 9200, to: 9200 }, name: 'Elasticsearch/OpenSearch HTTP' },
    { range: { from: 9300, to: 9300 }, name: 'Elasticsearch transport' },
    { range: { from: 11211, to: 11211 }, name: 'Memcached' },
    { range: { from: 26257, to: 26257 }, name: 'CockroachDB' },
    { range: { from: 27017, to: 27019 }, name: 'MongoDB' },
    { range: { from: 28015, to: 28015 }, name: 'RethinkDB' },
    { range: { from: 50000, to: 50000 }, name: 'IBM Db2' },
];
/** The named ports of `list` that `ranges` open (any overlap counts). */
export function namedPortsIn(ranges, list) {
    return list.filter((p) => ranges.some((r) => rangeOverlaps(r, p.range)));
}
export function describeNamedPorts(ports) {
    return ports
        .map((p) => `${p.name} ${p.range.from === p.range.to ? p.range.from : `${p.range.from}-${p.range.to}`}`)
        .join(', ');
}
/**
 * Stateless NACLs must admit return traffic on the ephemeral ports (1024-65535
 * or a sub-range ending at 65535). That range contains database and RDP ports,
 * but allowing it is required for any outbound connection to work, so it is
 * not itself a misconfiguration.
 */
export function isEphemeralReturnRange(r) {
    return r.from >= 1024 && r.to === 65535;
}
