/**
 * Which firewall declarations admit the whole internet, on which ports, after
 * the rules that take precedence over them: security-group rules (AWS, and
 * Alibaba Cloud with accept/drop and priority) and network ACL entries (ordered
 * by rule number). One exposure per declaration — an `ingress {}` block, an
 * aws_security_group_rule, an alicloud_security_group_rule, a NACL entry —
 * classed by the most serious thing it opens, so each declaration is reported
 * by exactly one rule.
 */
import type { SourceLocation } from '../model/location.js';
import type { NetworkAcl, PortRange, SecurityGroup } from '../model/resources.js';
import { type NamedPort } from '../model/ports.js';
/** `undetermined`: open to everyone on a protocol or ports the input does not decide (a variable without a value, an invalid range). */
export type ExposureClass = 'all' | 'admin' | 'database' | 'other' | 'undetermined';
export interface FirewallExposure {
    /** The declaration's stable key (rule address, or `<group>.ingress[i]`). */
    key: string;
    /** The record (group or ACL) the declaration belongs to. */
    ownerId: string;
    /** 'security-group' or 'network-acl'. */
    layer: 'security-group' | 'network-acl';
    /** The source type of the declaration (`aws_security_group`, `aws_security_group_rule`, `alicloud_security_group_rule`, ...). */
    declaredBy: string;
    /** Separate rule resource address, when not inline. */
    address?: string;
    protocol: string;
    /** The ports still open after higher-precedence denies; for port-less protocols, all of them. */
    ports: PortRange[];
    /** The world-wide sources as written (0.0.0.0/0, ::/0, 0.1.0.0/0 ...). */
    sources: string[];
    class: ExposureClass;
    /** Admin and database ports inside the open ranges, for the message. */
    adminPorts: NamedPort[];
    databasePorts: NamedPort[];
    /** Ports removed because a higher-priority drop or lower-numbered deny covers them. */
    shadowed: PortRange[];
    loc?: SourceLocation;
    /** Alibaba priority / NACL rule number, as written. */
    order?: number;
    description?: string;
    /** For `undetermined`: the facts that are unknown. */
    missing?: string[];
    /** Set when the input does not decide whether the declaration (or its group / ACL) exists: why. The exposure is then only possible. */
    mayNotExist?: string;
}
/**
 * Ingress exposures of a security group: declarations that accept traffic from
 * everyone. ICMP is left out (it carries no data); unknown protocols, ports or
 * sources are left to the reachability verdict, which reports them as "possibly".
 */
export declare function securityGroupExposures(group: SecurityGroup): FirewallExposure[];
/**
 * Ingress exposures of a network ACL: allow entries from everyone, minus the
 * ports that lower-numbered world-wide denies already decided. Only all-port,
 * admin and database exposures are returned: a NACL admitting 80/443 is normal,
 * and so is the 1024-65535 range that stateless return traffic needs.
 */
export declare function networkAclExposures(acl: NetworkAcl): FirewallExposure[];
