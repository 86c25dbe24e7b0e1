import type { Compute, Network, SecurityGroup, Subnet } from '../../../model/resources.js';
import type { AlicloudRegionSnapshot } from '../snapshot.js';
import { RegionIds } from './common.js';
export interface RegionContext {
    account: string;
    region: string;
    snap: AlicloudRegionSnapshot;
    ids: RegionIds;
}
export declare function regionIds(account: string, region: string, snap: AlicloudRegionSnapshot): RegionIds;
export declare function normalizeNetwork(ctx: RegionContext): Array<Network | Subnet | SecurityGroup | Compute>;
