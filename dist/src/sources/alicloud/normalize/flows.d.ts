import type { DataFlow } from '../../../model/resources.js';
import type { AlicloudSnapshot } from '../snapshot.js';
export declare function normalizeFlows(snapshot: AlicloudSnapshot): DataFlow[];
