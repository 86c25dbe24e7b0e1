/**
 * Every AWS API operation leakproof sends, with the IAM action that
 * authorises it. docs/aws-iam-policy.json grants exactly these actions, and a
 * test checks that this table, the commands the collectors import and the
 * calls an audit makes all agree, and that every one of them is read-only.
 * IAM action names mostly equal the operation; where they do not
 * (ListBuckets → s3:ListAllMyBuckets) the table says so.
 */
/** The SDK client a command belongs to → the IAM service prefix. */
export const CLIENT_SERVICES = {
    EC2Client: 'ec2',
    S3Client: 's3',
    S3ControlClient: 's3',
    RDSClient: 'rds',
    RedshiftClient: 'redshift',
    OpenSearchClient: 'es',
    ElastiCacheClient: 'elasticache',
    DynamoDBClient: 'dynamodb',
    ResourceGroupsTaggingAPIClient: 'tag',
    STSClient: 'sts',
    OrganizationsClient: 'organizations',
};
/** `Client.Operation` → IAM action. */
export const OPERATION_ACTIONS = {
    'STSClient.GetCallerIdentity': 'sts:GetCallerIdentity',
    'OrganizationsClient.ListAccounts': 'organizations:ListAccounts',
    'EC2Client.DescribeRegions': 'ec2:DescribeRegions',
    'EC2Client.DescribeVpcs': 'ec2:DescribeVpcs',
    'EC2Client.DescribeSubnets': 'ec2:DescribeSubnets',
    'EC2Client.DescribeRouteTables': 'ec2:DescribeRouteTables',
    'EC2Client.DescribeInternetGateways': 'ec2:DescribeInternetGateways',
    'EC2Client.DescribeEgressOnlyInternetGateways': 'ec2:DescribeEgressOnlyInternetGateways',
    'EC2Client.DescribeNatGateways': 'ec2:DescribeNatGateways',
    'EC2Client.DescribeNetworkAcls': 'ec2:DescribeNetworkAcls',
    'EC2Client.DescribeSecurityGroups': 'ec2:DescribeSecurityGroups',
    'EC2Client.DescribeInstances': 'ec2:DescribeInstances',
    'EC2Client.DescribeNetworkInterfaces': 'ec2:DescribeNetworkInterfaces',
    'EC2Client.DescribeAddresses': 'ec2:DescribeAddresses',
    'EC2Client.DescribeSnapshots': 'ec2:DescribeSnapshots',
    'EC2Client.DescribeSnapshotAttribute': 'ec2:DescribeSnapshotAttribute',
    'S3Client.ListBuckets': 's3:ListAllMyBuckets',
    'S3Client.GetBucketLocation': 's3:GetBucketLocation',
    'S3Client.GetBucketAcl': 's3:GetBucketAcl',
    'S3Client.GetBucketPolicy': 's3:GetBucketPolicy',
    'S3Client.GetBucketPolicyStatus': 's3:GetBucketPolicyStatus',
    'S3Client.GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
    'S3Client.GetBucketReplication': 's3:GetReplicationConfiguration',
    'S3Client.GetBucketTagging': 's3:GetBucketTagging',
    'S3ControlClient.GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock',
    'RDSClient.DescribeDBInstances': 'rds:DescribeDBInstances',
    'RDSClient.DescribeDBClusters': 'rds:DescribeDBClusters',
    'RDSClient.DescribeDBSubnetGroups': 'rds:DescribeDBSubnetGroups',
    'RDSClient.DescribeDBInstanceAutomatedBackups': 'rds:DescribeDBInstanceAutomatedBackups',
    'RDSClient.DescribeGlobalClusters': 'rds:DescribeGlobalClusters',
    'RDSClient.DescribeDBSnapshots': 'rds:DescribeDBSnapshots',
    'RDSClient.DescribeDBSnapshotAttributes': 'rds:DescribeDBSnapshotAttributes',
    'RDSClient.DescribeDBClusterSnapshots': 'rds:DescribeDBClusterSnapshots',
    'RDSClient.DescribeDBClusterSnapshotAttributes': 'rds:DescribeDBClusterSnapshotAttributes',
    'RedshiftClient.DescribeClusters': 'redshift:DescribeClusters',
    'RedshiftClient.DescribeClusterSubnetGroups': 'redshift:DescribeClusterSubnetGroups',
    'OpenSearchClient.ListDomainNames': 'es:ListDomainNames',
    'OpenSearchClient.DescribeDomains': 'es:DescribeDomains',
    'ElastiCacheClient.DescribeReplicationGroups': 'elasticache:DescribeReplicationGroups',
    'ElastiCacheClient.DescribeCacheClusters': 'elasticache:DescribeCacheClusters',
    'ElastiCacheClient.DescribeCacheSubnetGroups': 'elasticache:DescribeCacheSubnetGroups',
    'ElastiCacheClient.DescribeGlobalReplicationGroups': 'elasticache:DescribeGlobalReplicationGroups',
    'DynamoDBClient.ListTables': 'dynamodb:ListTables',
    'DynamoDBClient.DescribeTable': 'dynamodb:DescribeTable',
    'ResourceGroupsTaggingAPIClient.GetResources': 'tag:GetResources',
};
/** Describe*, Get*, List*: the only verbs an audit may use. */
export const READ_ONLY_VERB = /^(Describe|Get|List)[A-Z]/;
export function isReadOnlyAction(action) {
    const [, name] = action.split(':');
    return name !== undefined && READ_ONLY_VERB.test(name);
}
/** The IAM action for an operation a client sends, or undefined for one this table does not know. */
export function actionOf(clientName, operation) {
    return OPERATION_ACTIONS[`${clientName}.${operation}`];
}
