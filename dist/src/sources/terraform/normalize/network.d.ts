/**
 * Terraform network resources → model records: VPCs and subnets, route tables
 * with their routes and associations, internet/NAT gateways, network ACLs and
 * security groups (AWS and Alibaba Cloud). Separately declared rules, routes
 * and associations are folded into the record they belong to, each keeping its
 * own address and location so a finding can point at the exact rule.
 */
import { type Link } from '../../../model/fact.js';
import type { ModelResource } from '../../../model/resources.js';
import type { SourceResource } from '../../../model/source-resource.js';
import { type Value } from '../../../model/value.js';
import { type NormalizeContext } from './common.js';
/** The type part of a resource address (`module.db.aws_vpc.main[0]` → `aws_vpc`). */
export declare function typeOfAddress(address: string): string;
/** The address of a resource in the scan a ref names (an un-indexed ref matches the first instance). */
export declare function scannedAddress(ctx: NormalizeContext, address: string): string | undefined;
/** Why a value is not a usable literal, in words. */
export declare function reasonOf(v: Value | undefined): string;
/**
 * Resources of the given types whose attribute `key` equals `value`: how a
 * literal (or an evaluated `aws_db_subnet_group.x.name`) finds its resource.
 */
export declare function findByAttribute(ctx: NormalizeContext, types: string[], key: string, value: string): SourceResource | undefined;
/** The account's default VPC: the declared aws_default_vpc if any, else a link that says it is not in the scan. */
export declare function defaultVpcLink(ctx: NormalizeContext): Link;
/**
 * Which group a separate rule attaches to: a model id for a group in the scan
 * (or a VPC's implicit default group), else the id its orphan record gets.
 */
export declare function groupIdOf(v: Value | undefined, ctx: NormalizeContext): {
    id: string;
    declared: boolean;
} | undefined;
export declare function normalizeNetwork(ctx: NormalizeContext): ModelResource[];
