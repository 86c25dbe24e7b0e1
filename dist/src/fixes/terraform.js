/**
 * Terraform snippets that several storage rules' fixes share: the module call
 * that created a bucket, and an aws_s3_bucket_public_access_block that turns
 * every setting on.
 */
import { bucketReference, terraformName } from '../analysis/bucket-exposure.js';
/** The four settings of an S3 public access block, all on. */
export const S3_FULL_BLOCK = ['  block_public_acls       = true', '  ignore_public_acls      = true', '  block_public_policy     = true', '  restrict_public_buckets = true'];
/** The opening lines of the module call a bucket comes from (`bucket.viaModule` set); the caller adds arguments and the closing brace. */
export function bucketModuleHead(bucket) {
    return [`module "${bucket.id.split('.')[1]?.replace(/\[.*\]$/, '')}" {`, `  source = "${bucket.viaModule}"`, '  # ...'];
}
/** An aws_s3_bucket_public_access_block for the bucket with every setting on. */
export function s3FullAccessBlock(bucket) {
    return [`resource "aws_s3_bucket_public_access_block" "${terraformName(bucket.id)}" {`, `  bucket                  = ${bucketReference(bucket)}`, ...S3_FULL_BLOCK, '}'];
}
