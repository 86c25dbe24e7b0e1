/**
 * Terraform source resources → model records. Each family file folds the
 * Terraform resource types it knows (including separate attachment resources
 * such as aws_security_group_rule or aws_s3_bucket_acl) into model records.
 */
import type { ModelResource } from '../../../model/resources.js';
import type { SourceResource } from '../../../model/source-resource.js';
export declare function normalizeTerraform(resources: SourceResource[]): ModelResource[];
