/**
 * Ports and protocols as firewall rules state them. Ranges are compared and
 * subtracted as ranges, never expanded into port lists, so a rule for
 * 0-65535 costs the same as a rule for 22.
 */
import type { PortRange } from './resources.js';
export declare const ALL_PORTS: PortRange;
/** Protocols normalised: 'all', 'tcp', 'udp', 'icmp', 'icmpv6', or another name/number as text. */
export type Protocol = string;
/** "-1", -1, "all", "ALL", "6", "TCP" → 'all' / 'tcp' ... */
export declare function normalizeProtocol(p: string): Protocol;
/** Protocols that carry ports; for the others (icmp, gre, esp...) a port range means nothing. */
export declare function hasPorts(protocol: Protocol): boolean;
/** Does traffic of protocol `a` (as a rule states it) include traffic of protocol `b`? */
export declare function protocolCovers(a: Protocol, b: Protocol): boolean;
/** Can the two protocols carry the same packets? */
export declare function protocolsOverlap(a: Protocol, b: Protocol): boolean;
export declare function rangeOverlaps(a: PortRange, b: PortRange): boolean;
export declare function rangeContains(outer: PortRange, inner: PortRange): boolean;
export declare function intersect(a: PortRange, b: PortRange): PortRange | undefined;
/** `ranges` minus `cut`, still as ranges. */
export declare function subtract(ranges: PortRange[], cut: PortRange): PortRange[];
/** Sorted, merged ranges. */
export declare function normalizeRanges(ranges: PortRange[]): PortRange[];
/** Every port (1-65535; port 0 is not a real service port, so 1-65535 counts too). */
export declare function isAllPorts(r: PortRange): boolean;
export declare function formatRange(r: PortRange): string;
export declare function formatRanges(rs: PortRange[]): string;
/**
 * AWS security group / NACL port fields: protocol -1 means all ports whatever
 * from/to say; tcp/udp take from..to (an inverted or negative range is read as
 * all ports, which is how the API treats -1); other protocols have no ports.
 */
export declare function awsPortRange(protocol: Protocol, from: number | undefined, to: number | undefined): PortRange | undefined;
/** Alibaba `port_range`: "22/22", "1/65535", "-1/-1" (all ports, or not applicable for icmp/gre). */
export declare function alicloudPortRange(text: string): PortRange | undefined;
export interface NamedPort {
    range: PortRange;
    name: string;
}
/** Remote administration: a shell or desktop on the host. */
export declare const ADMIN_PORTS: NamedPort[];
/**
 * Database and search-engine service ports: the ports whose exposure gave the
 * well-known leaks (Elasticsearch, MongoDB, Redis, ...). Only ports that are the
 * registered or default port of a data store, so a hit names what is exposed.
 */
export declare const DATABASE_PORTS: NamedPort[];
/** The named ports of `list` that `ranges` open (any overlap counts). */
export declare function namedPortsIn(ranges: PortRange[], list: NamedPort[]): NamedPort[];
export declare function describeNamedPorts(ports: NamedPort[]): string;
/**
 * Stateless NACLs must admit return traffic on the ephemeral ports (1024-65535
 * or a sub-range ending at 65535). That range contains database and RDP ports,
 * but allowing it is required for any outbound connection to work, so it is
 * not itself a misconfiguration.
 */
export declare function isEphemeralReturnRange(r: PortRange): boolean;
