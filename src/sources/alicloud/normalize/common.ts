/**
 * Shared by the Alibaba Cloud normalizers: resource names (Alibaba Cloud's own
 * `acs:<service>:<region>:<account>:<type>/<id>` form) that serve as model ids
 * and finding locations, the common record fields, and links between records
 * by resource id within a region. A link to a kind that could not be read is
 * an explicit unknown naming the failed read; to one that was read but is not
 * there, external.
 */
import { known, type Fact } from '../../../model/fact.js';
import type { SourceLocation } from '../../../model/location.js';
import type { Part } from '../../live/coverage.js';
import { itemsOf, liveLoc, ReadIds } from '../../live/links.js';
import type { RawTag } from '../snapshot.js';

export { itemsOf, liveLoc };

export type ArnKind = 'securitygroup' | 'instance' | 'vpc' | 'vswitch' | 'rds' | 'kvstore' | 'dds' | 'elasticsearch';

const ARN_SHAPES: Record<ArnKind, [service: string, type: string]> = {
  securitygroup: ['ecs', 'securitygroup'],
  instance: ['ecs', 'instance'],
  vpc: ['vpc', 'vpc'],
  vswitch: ['vpc', 'vswitch'],
  rds: ['rds', 'dbinstance'],
  kvstore: ['kvstore', 'instance'],
  dds: ['dds', 'dbinstance'],
  elasticsearch: ['elasticsearch', 'instances'],
};

/** `acs:rds:eu-central-1:1234567890:dbinstance/rm-abc`. */
export function acsArn(kind: ArnKind, region: string, account: string, id: string): string {
  const [service, type] = ARN_SHAPES[kind];
  return `acs:${service}:${region}:${account}:${type}/${id}`;
}

/** OSS buckets are global names: `acs:oss:*:1234567890:camera-exports`. */
export function bucketArn(account: string, bucket: string): string {
  return `acs:oss:*:${account}:${bucket}`;
}

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
export function recordBase(id: string, sourceType: string, region: string, account: string, apiCall: string, tags: RawTag[] = []): AlicloudRecordBase {
  const loc = liveLoc(id, apiCall);
  return { id, provider: 'alicloud', sourceKind: 'alicloud-live', sourceType, region: known(region, loc), account, loc, tags: Object.fromEntries(tags.map((t) => [t.key, t.value])) };
}

/** Resource ids read in one region, by kind, so records link to each other (or say why they cannot). */
export class RegionIds extends ReadIds<ArnKind> {
  constructor(readonly region: string, readonly account: string) {
    super();
  }

  add<T>(kind: ArnKind, what: string, part: Part<T[]> | undefined, idOf: (item: T) => string): void {
    this.register(kind, what, part, idOf, (id) => this.arn(kind, id));
  }

  arn(kind: ArnKind, id: string): string {
    return acsArn(kind, this.region, this.account, id);
  }
}
