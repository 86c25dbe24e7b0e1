import type { AccountPublicAccessBlock, Bucket } from '../../../model/resources.js';
import type { AccountSnapshot } from '../snapshot.js';
/** The id of an account's S3 public access block record (the setting has no ARN of its own). */
export declare function accountBlockId(account: string): string;
export declare function normalizeStorage(snapshot: AccountSnapshot): Array<Bucket | AccountPublicAccessBlock>;
