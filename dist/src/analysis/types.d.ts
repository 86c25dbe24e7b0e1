/**
 * Shapes of the shared analyses that rules read. Computed once per scan unit
 * (src/analysis/*), so every rule sees the same verdict and the same path.
 */
import type { SourceLocation } from '../model/location.js';
import type { PortRange } from '../model/resources.js';
/** Three-valued: a needed fact that is unknown gives "possibly", never a silent pass or a false alarm. */
export type Reachability = 'reachable' | 'not-reachable' | 'possibly';
/** One hop of the way in from the internet, or the gate that stops it. */
export interface PathHop {
    kind: 'internet' | 'internet-gateway' | 'route' | 'subnet' | 'network-acl' | 'security-group' | 'public-ip' | 'public-flag' | 'public-endpoint' | 'allowlist' | 'policy' | 'resource';
    /** Address of the resource that holds this hop (`aws_route_table.public`, `aws_security_group_rule.db`). */
    address: string;
    /** What this hop contributes, e.g. "0.0.0.0/0 → igw-main" or "tcp 5432 from 0.0.0.0/0". */
    detail: string;
    loc?: SourceLocation;
    /** For a firewall rule or ACL entry: the ports it lets through on this path. */
    ports?: PortRange[];
    /** Set when the hop may or may not let traffic through: the fact that is unknown. */
    uncertain?: string;
}
export interface ReachabilityVerdict {
    verdict: Reachability;
    /** Ports the internet can open (for reachable/possibly). */
    ports: PortRange[];
    /** The way in, from the internet to the resource (for reachable/possibly). */
    path: PathHop[];
    /** Facts that were unknown and made the verdict "possibly". */
    missing: string[];
    /** For not-reachable: the first gate that closes the way. */
    blockedBy?: PathHop;
}
/** A region's legal home. */
export interface Jurisdiction {
    /** 'US', 'EU', 'CN', 'HK', 'GB', ... */
    code: string;
    name: string;
}
