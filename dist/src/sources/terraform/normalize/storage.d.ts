import type { ModelResource, PublicAccessBlock } from '../../../model/resources.js';
import type { SourceResource } from '../../../model/source-resource.js';
import { type NormalizeContext } from './common.js';
/** An S3 public access block; omitted settings default to false, located at the block. */
export declare function s3AccessBlockOf(r: SourceResource): PublicAccessBlock;
export declare function normalizeStorage(ctx: NormalizeContext): ModelResource[];
