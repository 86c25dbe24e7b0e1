/**
 * Helpers for the CloudFormation / ROS normalizers: reading template
 * properties as facts and following `Ref` / `Fn::GetAtt` links between
 * resources. The fact and link builders are the Terraform normalizers' own
 * (src/sources/terraform/normalize/common.ts), so both sources state unknowns
 * and links the same way; what differs is template syntax (tags as
 * `[{Key, Value}]`, names given by `XxxName` properties).
 */
import { type Link } from '../../../model/fact.js';
import type { SourceLocation } from '../../../model/location.js';
import type { SourceResource } from '../../../model/source-resource.js';
import { present, refOf, type Value } from '../../../model/value.js';
import { attr, baseOf, boolFact, createNormalizeContext, linkListOf, linkOf, numberFact, stringFact, stringListFact, type NormalizeContext } from '../../terraform/normalize/common.js';
export { attr, boolFact, createNormalizeContext, linkListOf, linkOf, numberFact, present, refOf, stringFact, stringListFact, type NormalizeContext };
/** Why a value is not a usable literal, in words. */
export declare function reasonOf(v: Value | undefined): string;
/** The resource in the scan a value refers to. */
export declare function referenced(v: Value | undefined, ctx: NormalizeContext): SourceResource | undefined;
/**
 * Indexes over the resources of a context, built on first use and kept with
 * the context: normalizers ask "which X points at this Y" once per Y, and a
 * scan of every X per question made 10,000-resource templates quadratic.
 * Each index lists resources in `types` order, then template order, as the
 * scans they replace did.
 */
interface PropertyIndex {
    /** Resources by the literal text of the property. */
    byText: Map<string, Array<{
        r: SourceResource;
        pos: number;
    }>>;
    /** Resources by the address the property refers to. */
    byRef: Map<string, Array<{
        r: SourceResource;
        pos: number;
    }>>;
}
export declare function propertyIndex(ctx: NormalizeContext, types: string[], key: string): PropertyIndex;
/** Resources of `types` whose property `key` equals `value`. */
export declare function findByProperty(ctx: NormalizeContext, types: string[], key: string, value: string): SourceResource | undefined;
/** Resources of `types` whose property `key` refers to the resource at `address`. */
export declare function referringTo(ctx: NormalizeContext, types: string[], key: string, address: string): SourceResource[];
/** A resource named by reference or by the literal value of one of its name properties. */
export declare function resolveNamed(v: Value | undefined, ctx: NormalizeContext, types: string[], nameKeys: string[]): SourceResource | undefined;
/** Does `v` name `target` (by reference, or by the value of one of its name properties)? */
export declare function pointsAt(v: Value | undefined, target: SourceResource, ctx: NormalizeContext, nameKeys?: string[]): boolean;
/** Resources of `types` whose property `key` points at `target` (as `pointsAt` decides, through the index). */
export declare function attachedTo(ctx: NormalizeContext, types: string[], key: string, target: SourceResource, nameKeys?: string[]): SourceResource[];
/** Tags written `[{Key, Value}]` (CloudFormation, ROS) or as a map (some ROS types). */
export declare function templateTags(r: SourceResource): Record<string, string>;
/** The common base fields of a model record from a template resource. */
export declare function templateBase(r: SourceResource): ReturnType<typeof baseOf>;
/** Links of a list property; a single value is a one-item list. */
export declare function linksOf(v: Value | undefined, ctx: NormalizeContext): Link[] | {
    unknown: string;
};
/** The location of a property, else of the resource. */
export declare function locOf(v: Value | undefined, r: SourceResource): SourceLocation;
/** A value's items as maps (a list of property blocks, e.g. SecurityGroupIngress). */
export declare function mapItems(v: Value | undefined): Array<Extract<Value, {
    t: 'map';
}>>;
