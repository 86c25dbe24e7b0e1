/**
 * The Alibaba Cloud products an audit reads, how each is addressed (API style,
 * API version, endpoint), and every operation leakproof sends with the RAM
 * action that authorises it. docs/alicloud-ram-policy.json grants exactly
 * these actions; a test checks that the table, the policy document and the
 * calls an audit makes agree, and that every action is read-only.
 */
/*
 * Endpoints: the regional form `<product>.<region>.aliyuncs.com` for ECS and
 * Elasticsearch everywhere; RDS documents the central `rds.aliyuncs.com` for
 * the regions in CENTRAL_REGIONS and the regional form elsewhere. R-KVStore,
 * DDS and VPC are taken to follow RDS's pattern (not confirmed against their
 * endpoint tables). OSS uses `oss-<region>.aliyuncs.com`; STS is global.
 */
export const PRODUCTS = {
    ecs: { style: 'rpc', apiVersion: '2014-05-26', ramPrefix: 'ecs', endpoint: 'https://ecs.{region}.aliyuncs.com', label: 'ECS' },
    vpc: { style: 'rpc', apiVersion: '2016-04-28', ramPrefix: 'vpc', endpoint: 'https://vpc.{region}.aliyuncs.com', central: 'https://vpc.aliyuncs.com', label: 'VPC' },
    rds: { style: 'rpc', apiVersion: '2014-08-15', ramPrefix: 'rds', endpoint: 'https://rds.{region}.aliyuncs.com', central: 'https://rds.aliyuncs.com', label: 'ApsaraDB RDS' },
    kvstore: { style: 'rpc', apiVersion: '2015-01-01', ramPrefix: 'kvstore', endpoint: 'https://r-kvstore.{region}.aliyuncs.com', central: 'https://r-kvstore.aliyuncs.com', label: 'Redis (R-KVStore)' },
    dds: { style: 'rpc', apiVersion: '2015-12-01', ramPrefix: 'dds', endpoint: 'https://mongodb.{region}.aliyuncs.com', central: 'https://mongodb.aliyuncs.com', label: 'MongoDB (DDS)' },
    elasticsearch: { style: 'roa', apiVersion: '2017-06-13', ramPrefix: 'elasticsearch', endpoint: 'https://elasticsearch.{region}.aliyuncs.com', label: 'Elasticsearch' },
    oss: { style: 'oss', ramPrefix: 'oss', endpoint: 'https://oss-{region}.aliyuncs.com', label: 'OSS' },
    sts: { style: 'rpc', apiVersion: '2015-04-01', ramPrefix: 'sts', endpoint: 'https://sts.aliyuncs.com', label: 'STS' },
};
/**
 * Every operation an audit sends, by product, with its RAM action when it
 * differs from `<prefix>:<Operation>`. sts:AssumeRole is absent on purpose: it
 * is the caller's own permission to enter the audited account (granted by the
 * role's trust policy), not something the audited account's policy grants.
 */
export const OPERATIONS = {
    ecs: ['DescribeRegions', 'DescribeSecurityGroups', 'DescribeSecurityGroupAttribute', 'DescribeInstances'],
    vpc: ['DescribeVpcs', 'DescribeVSwitches', 'DescribeEipAddresses'],
    rds: ['DescribeDBInstances', 'DescribeDBInstanceNetInfo', 'DescribeDBInstanceIPArrayList', 'DescribeCrossRegionBackupDBInstance'],
    kvstore: ['DescribeInstances', 'DescribeSecurityIps', 'DescribeDBInstanceNetInfo'],
    dds: ['DescribeDBInstances', 'DescribeSecurityIps', 'DescribeReplicaSetRole', 'DescribeShardingNetworkAddress'],
    elasticsearch: ['ListInstance', 'DescribeInstance'],
    oss: ['ListBuckets', 'GetBucketAcl', 'GetBucketPolicy', 'GetBucketReplication', 'GetBucketPublicAccessBlock', 'GetPublicAccessBlock'],
    sts: ['GetCallerIdentity', 'AssumeRole'],
};
/** Operations that are not part of the audited account's read-only policy (see OPERATIONS). */
export const CALLER_ONLY_OPERATIONS = new Set(['sts:AssumeRole']);
/** The RAM action of an operation: `rds:DescribeDBInstances`. */
export function ramAction(product, operation) {
    return `${PRODUCTS[product].ramPrefix}:${operation}`;
}
/** Describe*, Get*, List*: the only verbs an audit may use in the audited account. */
export const READ_ONLY_VERB = /^(Describe|Get|List)[A-Z]/;
export function isReadOnlyAction(action) {
    const [, name] = action.split(':');
    return name !== undefined && READ_ONLY_VERB.test(name);
}
/** Is this operation one the table knows (so a collector cannot send an unlisted one)? */
export function isKnownOperation(product, operation) {
    return OPERATIONS[product].includes(operation);
}
/** The RAM actions the audited account must grant: every listed operation but the caller's own. */
export function requiredRamActions() {
    const out = [];
    for (const product of Object.keys(OPERATIONS))
        for (const op of OPERATIONS[product]) {
            const action = ramAction(product, op);
            if (!CALLER_ONLY_OPERATIONS.has(action))
                out.push(action);
        }
    return out.sort();
}
/** Regions RDS's endpoint table serves from the central endpoint. */
export const CENTRAL_REGIONS = new Set(['cn-qingdao', 'cn-beijing', 'cn-hangzhou', 'cn-shanghai', 'cn-shenzhen', 'cn-heyuan', 'cn-hongkong', 'us-east-1', 'us-west-1']);
/** A product's endpoint for a region, honouring `--endpoint` overrides (which may contain `{region}`). */
export function endpointFor(product, region, overrides = {}) {
    const spec = PRODUCTS[product];
    const template = overrides[product] ?? (spec.central && CENTRAL_REGIONS.has(region) ? spec.central : spec.endpoint);
    return template.replace(/\{region\}/g, region).replace(/\/+$/, '');
}
export function isProduct(name) {
    return Object.prototype.hasOwnProperty.call(PRODUCTS, name);
}
