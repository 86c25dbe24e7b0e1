/**
 * Terraform source resources → model records. Each family file folds the
 * Terraform resource types it knows (including separate attachment resources
 * such as aws_security_group_rule or aws_s3_bucket_acl) into model records.
 */
import type { ModelResource } from '../../../model/resources.js';
import type { SourceResource } from '../../../model/source-resource.js';
import { createNormalizeContext } from './common.js';
import { normalizeDatastores } from './datastores.js';
import { normalizeNetwork } from './network.js';
import { normalizePublicFlagDatastores } from './public-flag-datastores.js';
import { normalizeReplication } from './replication.js';
import { normalizeSnapshots } from './snapshots.js';
import { normalizeStorage } from './storage.js';

export function normalizeTerraform(resources: SourceResource[]): ModelResource[] {
  const ctx = createNormalizeContext(
    resources.filter((r) => !r.isData),
    resources.filter((r) => r.isData),
  );
  return [
    ...normalizeNetwork(ctx),
    ...normalizeDatastores(ctx),
    ...normalizePublicFlagDatastores(ctx),
    ...normalizeStorage(ctx),
    ...normalizeReplication(ctx),
    ...normalizeSnapshots(ctx),
  ];
}
