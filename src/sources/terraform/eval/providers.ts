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
export function providerNameOf(resourceType: string): string {
  const i = resourceType.indexOf('_');
  return i < 0 ? resourceType : resourceType.slice(0, i);
}

export function cloudOf(resourceType: string): CloudProvider | 'other' {
  if (resourceType.startsWith('aws_')) return 'aws';
  if (resourceType.startsWith('alicloud_')) return 'alicloud';
  return 'other';
}

/** The configurations a child module starts with, before its own provider blocks. */
export function providersForChild(parent: ProviderMap, call: ModuleCallDecl): Map<string, ProviderConfig> {
  const out = new Map<string, ProviderConfig>();
  if (call.providers) {
    for (const [childName, parentName] of call.providers) {
      const config = parent.get(parentName);
      if (config) out.set(childName, config);
    }
    return out;
  }
  // Only default (unaliased) configurations are inherited implicitly.
  for (const [key, config] of parent) if (!key.includes('.')) out.set(key, config);
  return out;
}
