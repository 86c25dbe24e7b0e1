import { type PolicyRefResolver } from '../../../model/policy.js';
import type { Bucket, BucketGrant } from '../../../model/resources.js';
import { type SourceResource } from '../../../model/source-resource.js';
import { type NormalizeContext } from './common.js';
/** Which S3 grantee group a grant names (`Group` grants by URI). */
export declare function granteeOf(type: string | undefined, uri: string | undefined): BucketGrant['grantee'];
export declare const S3_BUCKET_MODULE: RegExp;
export declare const S3_BUCKET_MODULE_GIT: RegExp;
type Version = [number, number, number];
/**
 * Would `terraform init` pick a version at or after `threshold` for this
 * constraint? It picks the newest version the constraint allows; newer
 * releases than the threshold exist, so only a pin or an upper bound below the
 * threshold keeps the old behaviour. Undefined when the constraint is unreadable.
 */
export declare function newestAllowedIsAtLeast(constraint: string | undefined, threshold: Version): boolean | undefined;
export declare function isS3BucketModule(call: SourceResource): boolean;
/** Bucket records for the calls of known bucket modules in the scan unit. */
export declare function bucketsFromKnownModules(ctx: NormalizeContext, resolvePolicy: PolicyRefResolver): Bucket[];
export {};
