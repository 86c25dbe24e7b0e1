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
export declare function isTemplateResource(r: SourceResource): boolean;
/** Model records of template resources; each template (root) is normalized on its own. */
export declare function normalizeCloudFormation(resources: SourceResource[]): ModelResource[];
