/**
 * Provider configurations and which one each resource uses. A resource uses
 * the configuration its `provider` meta-argument names, else the default
 * configuration of the provider its type belongs to (`aws_s3_bucket` → `aws`).
 * A child module gets its parent's default configurations, or exactly those
 * its module block passes with `providers = { aws = aws.eu }`; provider blocks
 * inside the child (an older style) override what it was given.
 */
import type { CloudProvider } from '../../../model/source-resource.js';
import type { Value } from '../../../model/value.js';
import type { ModuleCallDecl } from './module-def.js';
export interface ProviderConfig {
    /** `aws` or `aws.eu`, as the defining module names it. */
    readonly key: string;
    /** The configured region (evaluated once, in the defining module). */
    region(): Value;
}
export type ProviderMap = ReadonlyMap<string, ProviderConfig>;
/** The provider a resource type belongs to: the part of the type name before the first underscore. */
export declare function providerNameOf(resourceType: string): string;
export declare function cloudOf(resourceType: string): CloudProvider | 'other';
/** The configurations a child module starts with, before its own provider blocks. */
export declare function providersForChild(parent: ProviderMap, call: ModuleCallDecl): Map<string, ProviderConfig>;
