import type { ModelResource } from '../../../model/resources.js';
import type { SourceResource } from '../../../model/source-resource.js';
import { type Value } from '../../../model/value.js';
import { type NormalizeContext } from './common.js';
export declare const VPC = "AWS::EC2::VPC";
export declare const SUBNET = "AWS::EC2::Subnet";
export declare const SECURITY_GROUP = "AWS::EC2::SecurityGroup";
/** The VPC an internet gateway is attached to (AWS::EC2::VPCGatewayAttachment), with the attachment. */
export declare function attachmentsOf(ctx: NormalizeContext, gatewayAddress: string): SourceResource[];
/**
 * Which group a separate rule (or a rule source) names: a group in the template,
 * a VPC's implicit default group, or — outside the template — the id its
 * orphan record gets.
 */
export declare function groupIdOf(v: Value | undefined, ctx: NormalizeContext): {
    id: string;
    declared: boolean;
} | undefined;
export declare function normalizeAwsNetwork(ctx: NormalizeContext): ModelResource[];
