/**
 * CloudFormation and ROS source resources → model records, the same records
 * the Terraform normalizers produce, so that every rule applies unchanged.
 * Resources of other sources are ignored: a scan unit that mixes sources
 * normalizes each through its own normalizer. Logical ids are unique only
 * within a template, so give this the resources of one template (one `root`)
 * when the model is to be indexed by id, as the scan pipeline does.
 */
import type { ModelResource } from '../../../model/resources.js';
import type { SourceResource } from '../../../model/source-resource.js';
import { normalizeAlicloud } from './alicloud.js';
import { createNormalizeContext } from './common.js';
import { normalizeAwsCompute } from './compute.js';
import { normalizeAwsDatastores } from './datastores.js';
import { normalizeAwsNetwork } from './network.js';
import { normalizePublicFlagDatastores } from './public-flag-datastores.js';
import { normalizeAwsReplication } from './replication.js';
import { normalizeBuckets } from './storage.js';

export function isTemplateResource(r: SourceResource): boolean {
  return r.sourceKind === 'cloudformation' || r.sourceKind === 'ros';
}

/** Model records of template resources; each template (root) is normalized on its own. */
export function normalizeCloudFormation(resources: SourceResource[]): ModelResource[] {
  const byRoot = new Map<string, SourceResource[]>();
  for (const r of resources) {
    if (!isTemplateResource(r)) continue;
    const key = r.root ?? '';
    let group = byRoot.get(key);
    if (!group) byRoot.set(key, (group = []));
    group.push(r);
  }
  return [...byRoot.values()].flatMap(normalizeTemplate);
}

function normalizeTemplate(resources: SourceResource[]): ModelResource[] {
  const ctx = createNormalizeContext(resources);
  return [
    ...normalizeAwsNetwork(ctx),
    ...normalizeAwsDatastores(ctx),
    ...normalizePublicFlagDatastores(ctx),
    ...normalizeAwsCompute(ctx),
    ...normalizeBuckets(ctx),
    ...normalizeAwsReplication(ctx),
    ...normalizeAlicloud(ctx),
  ];
}
