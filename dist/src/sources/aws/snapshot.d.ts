/**
 * What the AWS collectors read for one account, as the SDK returns it, before
 * normalisation. Each piece is a Part: its data, or why it could not be read,
 * so the normaliser can turn whatever depended on a failed call into an
 * explicit unknown instead of a silent pass.
 */
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import type { Address, CreateVolumePermission, EgressOnlyInternetGateway, Instance, InternetGateway, NatGateway, NetworkAcl, NetworkInterface, RouteTable, SecurityGroup, Snapshot as EbsSnapshot, Subnet, Vpc } from '@aws-sdk/client-ec2';
import type { CacheCluster, CacheSubnetGroup, GlobalReplicationGroup, ReplicationGroup } from '@aws-sdk/client-elasticache';
import type { DomainStatus } from '@aws-sdk/client-opensearch';
import type { DBCluster, DBClusterSnapshot, DBInstance, DBInstanceAutomatedBackup, DBSnapshot, DBSubnetGroup, GlobalCluster } from '@aws-sdk/client-rds';
import type { Cluster as RedshiftCluster, ClusterSubnetGroup } from '@aws-sdk/client-redshift';
import type { Grant, PublicAccessBlockConfiguration, ReplicationConfiguration, Tag as S3Tag } from '@aws-sdk/client-s3';
import type { Part } from '../live/coverage.js';
export interface RegionSnapshot {
    region: string;
    vpcs?: Part<Vpc[]>;
    subnets?: Part<Subnet[]>;
    routeTables?: Part<RouteTable[]>;
    internetGateways?: Part<InternetGateway[]>;
    egressOnlyGateways?: Part<EgressOnlyInternetGateway[]>;
    natGateways?: Part<NatGateway[]>;
    networkAcls?: Part<NetworkAcl[]>;
    securityGroups?: Part<SecurityGroup[]>;
    instances?: Part<Instance[]>;
    networkInterfaces?: Part<NetworkInterface[]>;
    addresses?: Part<Address[]>;
    dbInstances?: Part<DBInstance[]>;
    dbClusters?: Part<DBCluster[]>;
    dbSubnetGroups?: Part<DBSubnetGroup[]>;
    automatedBackups?: Part<DBInstanceAutomatedBackup[]>;
    /** Global databases are listed once per account, from its first region; members carry their own regions. */
    globalClusters?: Part<GlobalCluster[]>;
    /** Manual DB and DB cluster snapshots; who may restore each (the `restore` attribute) is its own part, by ARN. */
    dbSnapshots?: Part<DBSnapshot[]>;
    dbSnapshotRestore?: Map<string, Part<string[]>>;
    dbClusterSnapshots?: Part<DBClusterSnapshot[]>;
    dbClusterSnapshotRestore?: Map<string, Part<string[]>>;
    /** EBS snapshots the account owns; each one's createVolumePermission is its own part, by snapshot id. */
    ebsSnapshots?: Part<EbsSnapshot[]>;
    ebsVolumePermissions?: Map<string, Part<CreateVolumePermission[]>>;
    redshiftClusters?: Part<RedshiftCluster[]>;
    redshiftSubnetGroups?: Part<ClusterSubnetGroup[]>;
    searchDomains?: Part<DomainStatus[]>;
    cacheReplicationGroups?: Part<ReplicationGroup[]>;
    cacheClusters?: Part<CacheCluster[]>;
    cacheSubnetGroups?: Part<CacheSubnetGroup[]>;
    globalReplicationGroups?: Part<GlobalReplicationGroup[]>;
    /** Table names listed; each description is its own part (one DescribeTable each). */
    dynamoTableNames?: Part<string[]>;
    dynamoTables?: Map<string, Part<TableDescription>>;
    /**
     * Tags of resources whose describe calls carry none, by ARN, asked only when
     * the service has resources in the region (one tagging call per service).
     */
    searchTags?: Part<Map<string, Record<string, string>>>;
    cacheTags?: Part<Map<string, Record<string, string>>>;
    dynamoTags?: Part<Map<string, Record<string, string>>>;
}
export interface BucketSnapshot {
    name: string;
    region: Part<string>;
    acl?: Part<Grant[]>;
    /** The policy text; null when the bucket has none. */
    policy?: Part<string | null>;
    /** AWS's own verdict on the policy (asked only when there is one). */
    policyIsPublic?: Part<boolean>;
    /** null: no bucket-level block. */
    publicAccessBlock?: Part<PublicAccessBlockConfiguration | null>;
    /** null: no replication configuration. */
    replication?: Part<ReplicationConfiguration | null>;
    tags?: Part<S3Tag[]>;
}
export interface AccountSnapshot {
    account: string;
    partition: string;
    regions: string[];
    byRegion: Map<string, RegionSnapshot>;
    /** Buckets in the audited regions (ListBuckets lists them all; others are out of scope). */
    buckets?: Part<BucketSnapshot[]>;
    /** Every bucket the listing returned, by name → region: where replication destinations are. */
    bucketRegions?: Map<string, Part<string>>;
    /** Regions of replication destinations outside the listing (other accounts), asked with GetBucketLocation. */
    foreignBucketRegions?: Map<string, Part<string>>;
    /** null: the account has no public access block. */
    accountPublicAccessBlock?: Part<PublicAccessBlockConfiguration | null>;
}
export declare function newAccountSnapshot(account: string, partition: string, regions: string[]): AccountSnapshot;
export declare function regionOf(snapshot: AccountSnapshot, region: string): RegionSnapshot;
