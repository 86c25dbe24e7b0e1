import { suggestedRegions } from '../analysis/residency.js';
const lines = (...l) => l.join('\n');
/** Where a datastore stops being public, in its template's terms. */
export function datastoreTemplateFix(ds) {
    const id = ds.id;
    switch (ds.service) {
        case 'rds-instance':
            return {
                cloudformation: lines(`${id}:`, '  Type: AWS::RDS::DBInstance', '  Properties:', '    PubliclyAccessible: false', '    DBSubnetGroupName: !Ref PrivateDbSubnets       # subnets without a route to an internet gateway', '    VPCSecurityGroups: [!GetAtt AppDbGroup.GroupId] # admitting only the application tier'),
            };
        case 'rds-cluster':
        case 'neptune':
        case 'docdb':
            return { cloudformation: lines(`# every instance of ${id} (DBClusterIdentifier: !Ref ${id}):`, 'Properties:', '  PubliclyAccessible: false', `# and keep ${id} in private subnets behind a security group that admits only its clients`) };
        case 'redshift':
        case 'redshift-serverless':
        case 'dms':
            return { cloudformation: lines(`${id}:`, '  Properties:', '    PubliclyAccessible: false') };
        case 'msk':
            return { cloudformation: lines(`${id}:`, '  Properties:', '    BrokerNodeGroupInfo:', '      ConnectivityInfo:', '        PublicAccess:', '          Type: DISABLED # clients connect inside the VPC (or through PrivateLink)') };
        case 'opensearch':
            return {
                cloudformation: lines(`${id}:`, '  Properties:', '    VPCOptions:', '      SubnetIds: [!Ref PrivateSubnet]', '      SecurityGroupIds: [!Ref SearchGroup]', '    AccessPolicies:', '      Version: "2012-10-17"', '      Statement:', '        - Effect: Allow', '          Principal: {AWS: !Sub "arn:aws:iam::${AWS::AccountId}:role/search-app"} # named callers, not "*"', '          Action: "es:ESHttp*"', `          Resource: !Sub "\${${id}.Arn}/*"`),
            };
        case 'alicloud-rds':
            return { ros: lines(`${id}:`, '  Properties:', '    SecurityIPList: 10.0.0.0/8       # the clients\' addresses, not 0.0.0.0/0', '    AllocatePublicConnection: false') };
        case 'alicloud-kvstore':
            return { ros: lines('# the ALIYUN::REDIS::Whitelist of ' + id + ':', 'Properties:', '  SecurityIps: 10.0.0.0/8  # the clients\' addresses, not 0.0.0.0/0', `# and remove the public ALIYUN::REDIS::Connection of ${id}`) };
        case 'alicloud-elasticsearch':
            return { ros: lines(`${id}:`, '  Properties:', '    EnablePublic: false', '    EnableKibanaPublic: false', '    KibanaWhitelist: ["10.0.0.0/8"]   # the operators\' addresses, not 0.0.0.0/0') };
        default:
            return {};
    }
}
/** The rule (or entry) that admits the world, narrowed to the clients that need it. */
export function firewallTemplateFix(e) {
    const where = `# ${e.address ?? e.key}`;
    const world = e.sources.join(', ');
    if (e.layer === 'network-acl')
        return { cloudformation: lines(where, 'Properties:', `  CidrBlock: 10.0.0.0/16   # the networks that need it, instead of ${world}`, '  # or RuleAction: deny for these ports') };
    return {
        cloudformation: lines(where, `CidrIp: 203.0.113.0/24   # the clients that need it, instead of ${world}`, '# (CidrIpv6 likewise; or SourceSecurityGroupId: !Ref ClientGroup)'),
        ros: lines(where, `SourceCidrIp: 203.0.113.0/24   # the clients that need it, instead of ${world}`, '# or SourceGroupId: !Ref ClientGroup'),
    };
}
/** A self-hosted database: close its port to the world, or take away the public address. */
export function computeTemplateFix(c, ruleAddress) {
    const where = `# ${ruleAddress ?? c.id}`;
    return {
        cloudformation: lines(where, 'CidrIp: 10.0.0.0/16   # the application servers, not 0.0.0.0/0', `# or give ${c.id} no public address (a private subnet, AssociatePublicIpAddress: false)`),
        ros: lines(where, 'SourceCidrIp: 10.0.0.0/8   # the application servers, not 0.0.0.0/0', `# or give ${c.id} no public address (InternetMaxBandwidthOut: 0, no EIP)`),
    };
}
const BLOCK_ALL = ['    PublicAccessBlockConfiguration:', '      BlockPublicAcls: true', '      IgnorePublicAcls: true', '      BlockPublicPolicy: true', '      RestrictPublicBuckets: true'];
/** A bucket made private: S3 with ACLs disabled and every block setting on; OSS private with Block Public Access. */
export function bucketTemplateFix(bucket, what) {
    if (bucket.provider === 'alicloud')
        return { ros: lines(`${bucket.id}:`, '  Type: ALIYUN::OSS::Bucket', '  Properties:', '    AccessControl: private', '    BlockPublicAccess: true') };
    const head = bucket.external ? [`# the bucket ${bucket.name.known ? bucket.name.value : bucket.id} (declared elsewhere):`, 'Properties:'] : [`${bucket.id}:`, '  Type: AWS::S3::Bucket', '  Properties:'];
    const indent = bucket.external ? (l) => l.slice(2) : (l) => l;
    const extra = what === 'acl'
        ? ['    OwnershipControls:', '      Rules: [{ObjectOwnership: BucketOwnerEnforced}]   # disables ACLs; remove AccessControl']
        : what === 'policy'
            ? ['    # and in the AWS::S3::BucketPolicy: name the principals, or add a Condition (aws:SourceVpce, aws:PrincipalOrgID)']
            : [];
    return { cloudformation: lines(...head, ...[...BLOCK_ALL, ...extra].map(indent)) };
}
/** Replication kept inside the allowed regions. */
export function flowTemplateFix(flow, policy) {
    const source = flow.sourceRegion.known ? flow.sourceRegion.value : undefined;
    const region = suggestedRegions(source, flow.provider, policy)[0] ?? '<an allowed region>';
    const byKind = {
        's3-replication': lines(`${flow.id.split(' -> ')[0]}:`, '  Properties:', '    ReplicationConfiguration:', '      Rules:', `        - Destination: {Bucket: !GetAtt ReplicaIn${region.replace(/[^a-zA-Z0-9]/g, '')}.Arn}   # a bucket in ${region}`),
        'dynamodb-replica': lines('Replicas:', `  - Region: ${region}   # replicas only in allowed regions`),
        'elasticache-global': lines('Members:', `  - ReplicationGroupRegion: ${region}   # secondaries only in allowed regions`),
        'rds-read-replica': lines(`# deploy the replica stack in ${region}, or point SourceDBInstanceIdentifier at a database there`),
        'rds-backup-replication': lines(`AutomaticBackupReplicationRegion: ${region}`),
        'aurora-global': lines(`# add secondary clusters to the global database only in ${region} (or other allowed regions)`),
    };
    const snippet = byKind[flow.flowKind];
    return snippet ? { cloudformation: snippet } : {};
}
