/**
 * Live EC2/VPC → network model records, with the meaning the Terraform
 * normaliser gives them: VPCs, subnets (with their explicit route-table and
 * network-ACL associations), route tables (main flag, routes with their
 * targets), internet / egress-only / NAT gateways, network ACLs (every entry,
 * AWS's own included, in rule-number order) and security groups (one
 * FirewallRule per source of each permission, sharing the permission's key).
 * When route tables or ACLs could not be read, every subnet's association is
 * an explicit unknown, so no subnet is judged private (or open) by default.
 */
import type { NetworkAcl as AwsNetworkAcl } from '@aws-sdk/client-ec2';
import type { Gateway, Network, NetworkAcl, RouteTable, SecurityGroup, Subnet } from '../../../model/resources.js';
import { type AccountScope } from '../arn.js';
import type { RegionSnapshot } from '../snapshot.js';
import { IdLinks } from './common.js';
export interface RegionContext {
    scope: AccountScope;
    region: string;
    snap: RegionSnapshot;
    links: IdLinks;
}
/** Registers every EC2 id of the region, so records can link to each other (or say why they cannot). */
export declare function regionLinks(scope: AccountScope, snap: RegionSnapshot): IdLinks;
/**
 * A default network ACL that still holds exactly AWS's own entries (allow all,
 * then the final deny, for IPv4 and IPv6). The Terraform normaliser leaves such
 * an ACL implicit, and so does this one: no record (so AWS's default posture is
 * not reported once per VPC), and its subnets take the analysis's
 * "default network ACL allows all traffic" gate, which is what the entries say.
 */
export declare function isUntouchedDefaultAcl(acl: AwsNetworkAcl): boolean;
export declare function normalizeNetwork(ctx: RegionContext): (Network | Subnet | RouteTable | Gateway | NetworkAcl | SecurityGroup)[];
