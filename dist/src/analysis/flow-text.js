import { regionLocation } from './jurisdictions.js';
import { suggestedRegions } from './residency.js';
export const FLOW_KIND_TEXT = {
    's3-replication': 'S3 replication',
    'oss-replication': 'OSS cross-region replication',
    'rds-read-replica': 'RDS read replica',
    'rds-backup-replication': 'RDS automated-backup replication',
    'aurora-global': 'Aurora global database',
    'dynamodb-replica': 'DynamoDB global-table replica',
    'elasticache-global': 'ElastiCache global datastore',
    'alicloud-rds-backup': 'ApsaraDB RDS cross-region backup',
};
export function describeEndpoint(e, provider) {
    if (!e)
        return 'an unknown region';
    const parts = [regionLocation(e.region, provider), e.jurisdiction ?? 'jurisdiction unknown'].filter((p) => p !== undefined);
    return `${e.region} (${parts.join(', ')})`;
}
function linkText(flow, end) {
    const link = flow[end];
    if (link.kind === 'resource')
        return link.id;
    if (link.kind === 'external')
        return link.value;
    return `an unknown ${end}`;
}
export function flowSummary(flow) {
    const source = linkText(flow, 'source');
    const destination = linkText(flow, 'destination');
    // A replica that the resource itself declares (a DynamoDB replica block) has no other name.
    if (source === destination)
        return `${FLOW_KIND_TEXT[flow.flowKind]} of ${source}`;
    return `${FLOW_KIND_TEXT[flow.flowKind]} from ${source} to ${destination}`;
}
/** A Terraform change that keeps the copy inside the allowed set. */
export function residencyFix(flow, policy) {
    const source = flow.sourceRegion.known ? flow.sourceRegion.value : undefined;
    const regions = suggestedRegions(source, flow.provider, policy);
    const region = regions[0] ?? '<an allowed region>';
    const provider = flow.provider === 'alicloud' ? 'alicloud' : 'aws';
    const alias = [`provider "${provider}" {`, '  alias  = "replica"', `  region = "${region}"${regions.length > 1 ? ` # or ${regions.slice(1).join(', ')}` : ''}`, '}'];
    switch (flow.flowKind) {
        case 'dynamodb-replica':
            return ['replica {', `  region_name = "${region}"`, '}'].join('\n');
        case 'oss-replication':
            return ['destination {', '  bucket   = alicloud_oss_bucket.replica.bucket # a bucket created through the provider below', `  location = "oss-${region}"`, '}', '', ...alias].join('\n');
        case 'alicloud-rds-backup':
            return [`cross_backup_region = "${region}"`].join('\n');
        default:
            return [...alias, '', '# create the replica (or destination bucket / member cluster) with provider = ' + `${provider}.replica`].join('\n');
    }
}
