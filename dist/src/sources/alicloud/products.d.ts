/**
 * The Alibaba Cloud products an audit reads, how each is addressed (API style,
 * API version, endpoint), and every operation leakproof sends with the RAM
 * action that authorises it. docs/alicloud-ram-policy.json grants exactly
 * these actions; a test checks that the table, the policy document and the
 * calls an audit makes agree, and that every action is read-only.
 */
/** A product's key: also the name used in `--endpoint product=url`, progress lines and coverage. */
export type Product = 'ecs' | 'vpc' | 'rds' | 'kvstore' | 'dds' | 'elasticsearch' | 'oss' | 'sts';
export interface ProductSpec {
    style: 'rpc' | 'roa' | 'oss';
    /** The API version the client sends (RPC `Version`, ROA `x-acs-version`). */
    apiVersion?: string;
    /** The RAM service prefix of its actions (`kvstore:DescribeInstances`). */
    ramPrefix: string;
    /** The public endpoint for a region (`{region}` is replaced); region-less products ignore it. */
    endpoint: string;
    /** The central endpoint that serves the older mainland, Hong Kong and US regions instead (RPC takes RegionId). */
    central?: string;
    /** What a person calls it, for progress and not-assessed lines. */
    label: string;
}
export declare const PRODUCTS: Record<Product, ProductSpec>;
/**
 * Every operation an audit sends, by product, with its RAM action when it
 * differs from `<prefix>:<Operation>`. sts:AssumeRole is absent on purpose: it
 * is the caller's own permission to enter the audited account (granted by the
 * role's trust policy), not something the audited account's policy grants.
 */
export declare const OPERATIONS: Record<Product, string[]>;
/** Operations that are not part of the audited account's read-only policy (see OPERATIONS). */
export declare const CALLER_ONLY_OPERATIONS: Set<string>;
/** The RAM action of an operation: `rds:DescribeDBInstances`. */
export declare function ramAction(product: Product, operation: string): string;
/** Describe*, Get*, List*: the only verbs an audit may use in the audited account. */
export declare const READ_ONLY_VERB: RegExp;
export declare function isReadOnlyAction(action: string): boolean;
/** Is this operation one the table knows (so a collector cannot send an unlisted one)? */
export declare function isKnownOperation(product: Product, operation: string): boolean;
/** The RAM actions the audited account must grant: every listed operation but the caller's own. */
export declare function requiredRamActions(): string[];
/** Regions RDS's endpoint table serves from the central endpoint. */
export declare const CENTRAL_REGIONS: Set<string>;
/** A product's endpoint for a region, honouring `--endpoint` overrides (which may contain `{region}`). */
export declare function endpointFor(product: Product, region: string, overrides?: Partial<Record<Product, string>>): string;
export declare function isProduct(name: string): name is Product;
