/**
 * A planned resource's attributes as the located value tree the Terraform
 * normalizers read: the planned values, with every value the plan marks in
 * `after_unknown` turned into an explicit unknown ("known after apply") — or,
 * where the configuration expression references another resource, into a link
 * to it, so that a security group whose id is not known yet still links to the
 * database that names it. Nested blocks stay lists of maps, as in HCL.
 */
import type { SourceLocation } from '../../model/location.js';
import type { Value } from '../../model/value.js';
import { type ModuleScope, type ReferenceResolver } from './configuration.js';
export interface ValueContext {
    resolver: ReferenceResolver;
    scope: ModuleScope;
}
/**
 * Merges a planned value with its `after_unknown` marks (`true`, or a tree of
 * the value's shape) and the configuration expression at the same place.
 */
export declare function mergeUnknowns(value: Value | undefined, mark: Value | undefined, expression: Value | undefined, ctx: ValueContext, loc: SourceLocation | undefined, inherited?: boolean): Value | undefined;
