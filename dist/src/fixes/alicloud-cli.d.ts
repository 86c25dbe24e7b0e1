import type { Finding, FixSnippet } from '../findings/finding.js';
import type { ModelResource } from '../model/resources.js';
export declare function alicloudCliFix(finding: Finding, resource: ModelResource | undefined): FixSnippet | undefined;
