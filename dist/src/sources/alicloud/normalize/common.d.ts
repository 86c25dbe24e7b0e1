/**
 * Shared by the Alibaba Cloud normalizers: resource names (Alibaba Cloud's own
 * `acs:<service>:<region>:<account>:<type>/<id>` form) that serve as model ids
 * and finding locations, the common record fields, and links between records
 * by resource id within a region. A link to a kind that could not be read is
 * an explicit unknown naming the failed read; to one that was read but is not
 * there, external.
 */
import { type Fact } from '../../../model/fact.js';
import type { SourceLocation } from '../../../model/location.js';
import type { Part } from '../../live/coverage.js';
import { itemsOf, liveLoc, ReadIds } from '../../live/links.js';
import type { RawTag } from '../snapshot.js';
export { itemsOf, liveLoc };
export type ArnKind = 'securitygroup' | 'instance' | 'vpc' | 'vswitch' | 'rds' | 'kvstore' | 'dds' | 'elasticsearch';
/** `acs:rds:eu-central-1:1234567890:dbinstance/rm-abc`. */
export declare function acsArn(kind: ArnKind, region: string, account: string, id: string): string;
/** OSS buckets are global names: `acs:oss:*:1234567890:camera-exports`. */
export declare function bucketArn(account: string, bucket: string): string;
export interface AlicloudRecordBase {
    id: string;
    provider: 'alicloud';
    sourceKind: 'alicloud-live';
    sourceType: string;
    region: Fact<string>;
    account: string;
    loc: SourceLocation;
    tags: Record<string, string>;
}
/** sourceType is the ROS resource type (ALIYUN::RDS::DBInstance), as the AWS audit uses CloudFormation's. */
export declare function recordBase(id: string, sourceType: string, region: string, account: string, apiCall: string, tags?: RawTag[]): AlicloudRecordBase;
/** Resource ids read in one region, by kind, so records link to each other (or say why they cannot). */
export declare class RegionIds extends ReadIds<ArnKind> {
    readonly region: string;
    readonly account: string;
    constructor(region: string, account: string);
    add<T>(kind: ArnKind, what: string, part: Part<T[]> | undefined, idOf: (item: T) => string): void;
    arn(kind: ArnKind, id: string): string;
}
