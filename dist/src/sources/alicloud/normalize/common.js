/**
 * Shared by the Alibaba Cloud normalizers: resource names (Alibaba Cloud's own
 * `acs:<service>:<region>:<account>:<type>/<id>` form) that serve as model ids
 * and finding locations, the common record fields, and links between records
 * by resource id within a region. A link to a kind that could not be read is
 * an explicit unknown naming the failed read; to one that was read but is not
 * there, external.
 */
import { known } from '../../../model/fact.js';
import { itemsOf, liveLoc, ReadIds } from '../../live/links.js';
export { itemsOf, liveLoc };
const ARN_SHAPES = {
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
export function acsArn(kind, region, account, id) {
    const [service, type] = ARN_SHAPES[kind];
    return `acs:${service}:${region}:${account}:${type}/${id}`;
}
/** OSS buckets are global names: `acs:oss:*:1234567890:camera-exports`. */
export function bucketArn(account, bucket) {
    return `acs:oss:*:${account}:${bucket}`;
}
/** sourceType is the ROS resource type (ALIYUN::RDS::DBInstance), as the AWS audit uses CloudFormation's. */
export function recordBase(id, sourceType, region, account, apiCall, tags = []) {
    const loc = liveLoc(id, apiCall);
    return { id, provider: 'alicloud', sourceKind: 'alicloud-live', sourceType, region: known(region, loc), account, loc, tags: Object.fromEntries(tags.map((t) => [t.key, t.value])) };
}
/** Resource ids read in one region, by kind, so records link to each other (or say why they cannot). */
export class RegionIds extends ReadIds {
    region;
    account;
    constructor(region, account) {
        super();
        this.region = region;
        this.account = account;
    }
    add(kind, what, part, idOf) {
        this.register(kind, what, part, idOf, (id) => this.arn(kind, id));
    }
    arn(kind, id) {
        return acsArn(kind, this.region, this.account, id);
    }
}
