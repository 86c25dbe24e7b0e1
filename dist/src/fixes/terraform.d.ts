import type { Bucket } from '../model/resources.js';
/** The four settings of an S3 public access block, all on. */
export declare const S3_FULL_BLOCK: string[];
/** The opening lines of the module call a bucket comes from (`bucket.viaModule` set); the caller adds arguments and the closing brace. */
export declare function bucketModuleHead(bucket: Bucket): string[];
/** An aws_s3_bucket_public_access_block for the bucket with every setting on. */
export declare function s3FullAccessBlock(bucket: Bucket): string[];
