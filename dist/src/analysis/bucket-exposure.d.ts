import type { SourceLocation } from '../model/location.js';
import type { Bucket, Model, PublicAccessBlock } from '../model/resources.js';
export type BlockSetting = 'blockPublicAcls' | 'ignorePublicAcls' | 'blockPublicPolicy' | 'restrictPublicBuckets';
/** The Terraform argument of each setting (S3; OSS has the single `block_public_access`). */
export declare const SETTING_ARGUMENT: Record<BlockSetting, string>;
export declare const ALL_SETTINGS: BlockSetting[];
export interface GoverningBlock {
    block: PublicAccessBlock;
    scope: 'bucket' | 'account';
    /** Address of the declaration. */
    address: string;
}
export type Neutralisation = {
    kind: 'neutralised';
    by: GoverningBlock;
    setting: BlockSetting;
    loc?: SourceLocation;
} | {
    kind: 'possibly';
    missing: string[];
} | {
    kind: 'not-neutralised';
};
/** The bucket's own blocks (all declarations of them) and the account-level blocks of the same provider in the model. */
export declare function governingBlocks(bucket: Bucket, model: Model): {
    bucketBlocks: GoverningBlock[];
    accountBlocks: GoverningBlock[];
};
/**
 * Is the exposure that any of `settings` blocks (ignore_public_acls for ACLs;
 * restrict_public_buckets or block_public_policy for policies) neutralised?
 * One account-level block with the setting on suffices; at bucket level every
 * declaration for the bucket must have it on, since which one is applied last
 * is not determined.
 */
export declare function neutralisation(bucket: Bucket, model: Model, settings: BlockSetting[]): Neutralisation;
/** The Terraform resource name of a bucket record (`aws_s3_bucket.logs` → `logs`), for fix snippets. */
export declare function terraformName(address: string): string;
/** How to write a reference to the bucket in a fix snippet. */
export declare function bucketReference(bucket: Bucket): string;
