/**
 * IPv4/IPv6 address ranges as firewalls, ACLs and allowlists write them, and the
 * two questions rules ask of them: does this range let "anyone on the internet"
 * in, and does it stay inside private address space?
 *
 * A range whose prefix is shorter than /8 is treated as everyone: 0.0.0.0/1 or
 * 1.2.3.4/5 admit hundreds of millions of addresses, so an attacker is in them.
 * Host bits are ignored the way AWS and Alibaba normalise them (0.1.0.0/0 is
 * 0.0.0.0/0).
 */
export type IpVersion = 4 | 6;
export interface Cidr {
    version: IpVersion;
    /** The network address (host bits cleared). */
    network: bigint;
    prefix: number;
    /** The text as written. */
    text: string;
}
/** Prefixes shorter than this admit so much of the address space that we call them "everyone". */
export declare const WIDE_PREFIX_V4 = 8;
export declare const WIDE_PREFIX_V6 = 8;
/**
 * Parses "a.b.c.d/n", "a.b.c.d" (a single host), IPv6 forms, and the address-less
 * "/n" that some templates write for 0.0.0.0/n (the provider rejects it, but the
 * intent is unambiguous, so judge it as written). Returns undefined for anything
 * that is not a range at all ("250.250.250.1:8451", "sg-123", "").
 */
export declare function parseCidr(text: string): Cidr | undefined;
/** An address as text: dotted IPv4 for 32 bits, else IPv6 in its shortest form (RFC 5952). */
export declare function formatAddress(value: bigint, bits: number): string;
/** True when `inner` lies entirely inside `outer` (same IP version). */
export declare function cidrContains(outer: Cidr, inner: Cidr): boolean;
/** True when the whole range is private (not routable from the internet). */
export declare function isPrivateCidr(c: Cidr): boolean;
/** True for 0.0.0.0/0, ::/0, and ranges so wide (prefix < /8) that they admit anyone. */
export declare function isEveryoneCidr(c: Cidr): boolean;
/** The same question on text; unparseable text is not a range and admits no one. */
export declare function isEveryone(text: string): boolean;
/**
 * Alibaba Cloud allowlists (RDS/Redis/MongoDB/PolarDB `security_ips`,
 * Elasticsearch whitelists) also accept a bare `0.0.0.0`, which the services and
 * Alibaba's own policy checks treat as "any address", like 0.0.0.0/0.
 */
export declare function isEveryoneAllowlistEntry(text: string): boolean;
/** A human description of how wide a range is: "0.0.0.0/0 (all IPv4 addresses)". */
export declare function describeCidr(text: string): string;
