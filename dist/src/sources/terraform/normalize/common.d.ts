/**
 * Helpers shared by the Terraform normalizers: turning located values into
 * facts and links. A normalizer reads SourceResource attributes and writes model
 * records; it never guesses a default for an unknown value.
 */
import { type Fact, type Link } from '../../../model/fact.js';
import type { SourceLocation } from '../../../model/location.js';
import type { CloudProvider, SourceResource } from '../../../model/source-resource.js';
import { type Value } from '../../../model/value.js';
export interface NormalizeContext {
    /** Every resource of the scan unit, by address. */
    byAddress: Map<string, SourceResource>;
    /** Resources by type, in declaration order. */
    byType(type: string): SourceResource[];
    /**
     * Data sources of the scan unit, by address (`data.aws_iam_policy_document.x`).
     * They are not model records, but some are computed locally from their
     * arguments (aws_iam_policy_document), so a normalizer may read them.
     */
    dataByAddress?: Map<string, SourceResource>;
}
export declare function createNormalizeContext(resources: SourceResource[], dataSources?: SourceResource[]): NormalizeContext;
/** The attribute value at a path of a resource's attributes (nested blocks are walked into their first block). */
export declare function attr(r: SourceResource, ...path: Array<string | number>): Value | undefined;
/** A string fact; absent → the fallback fact (if given) else unknown "not set". */
export declare function stringFact(v: Value | undefined, ifAbsent?: Fact<string>): Fact<string>;
export declare function boolFact(v: Value | undefined, ifAbsent: Fact<boolean>): Fact<boolean>;
export declare function numberFact(v: Value | undefined, ifAbsent?: Fact<number>): Fact<number>;
/** A list of strings; unknown if the list or any item is unknown. */
export declare function stringListFact(v: Value | undefined, ifAbsent?: Fact<string[]>): Fact<string[]>;
export declare function firstInstanceOf(ctx: NormalizeContext, address: string): string | undefined;
export declare function byAttributeText(ctx: NormalizeContext, types: string[], key: string): Map<string, SourceResource[]>;
/**
 * Resolves a reference-like value to a link: a `ref` to a resource in the scan
 * becomes a resource link (count/for_each instances are matched by base address
 * when the ref names the un-indexed resource); a literal id is external.
 */
export declare function linkOf(v: Value | undefined, ctx: NormalizeContext): Link;
/** A list of links; an unknown list (e.g. from a variable) is reported as such. */
export declare function linkListOf(v: Value | undefined, ctx: NormalizeContext): Link[] | {
    unknown: string;
};
export declare function providerOf(r: SourceResource): CloudProvider;
export declare function regionFact(r: SourceResource): Fact<string>;
/** Tags as plain strings (unknown tag values are left out). */
export declare function tagsOf(r: SourceResource, key?: string): Record<string, string>;
/** The common base fields of a model record from its source resource. */
export declare function baseOf(r: SourceResource): {
    id: string;
    provider: CloudProvider;
    sourceKind: SourceResource['sourceKind'];
    sourceType: string;
    region: Fact<string>;
    loc: SourceLocation;
    tags: Record<string, string>;
    account?: string;
    mayNotExist?: string;
};
