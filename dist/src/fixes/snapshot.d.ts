/**
 * Fixes for a snapshot shared with every AWS account: the Terraform argument
 * without `all`, and the AWS CLI call that removes `all` from the restore
 * attribute (RDS) or the create-volume permission (EBS) of a live snapshot.
 */
import type { Snapshot } from '../model/resources.js';
export declare function snapshotTerraformFix(snap: Snapshot, keep: string[]): string;
export declare function snapshotCliFix(snap: Snapshot): string;
