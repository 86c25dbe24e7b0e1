import type { AccountPublicAccessBlock, Bucket } from '../../../model/resources.js';
import type { AlicloudSnapshot } from '../snapshot.js';
export declare function normalizeStorage(snapshot: AlicloudSnapshot): Array<Bucket | AccountPublicAccessBlock>;
