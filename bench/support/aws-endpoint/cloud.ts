/**
 * The data a fake AWS endpoint serves: accounts, each with its regions and
 * buckets, written in the SDK's own output shapes (so a fixture type-checks
 * against what the real service returns), plus how the endpoint should
 * misbehave (faults), how slow it is (latency) and how small its pages are.
 */
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import type {
  Address,
  CreateVolumePermission,
  EgressOnlyInternetGateway,
  Instance,
  InternetGateway,
  NatGateway,
  NetworkAcl,
  NetworkInterface,
  RouteTable,
  SecurityGroup,
  Snapshot as EbsSnapshot,
  Subnet,
  Vpc,
} from '@aws-sdk/client-ec2';
import type { CacheCluster, CacheSubnetGroup, GlobalReplicationGroup, ReplicationGroup } from '@aws-sdk/client-elasticache';
import type { DomainStatus } from '@aws-sdk/client-opensearch';
import type { Account as OrgAccount } from '@aws-sdk/client-organizations';
import type { DBCluster, DBClusterSnapshot, DBInstance, DBInstanceAutomatedBackup, DBSnapshot, DBSubnetGroup, GlobalCluster } from '@aws-sdk/client-rds';
import type { Cluster as RedshiftCluster, ClusterSubnetGroup } from '@aws-sdk/client-redshift';
import type { ResourceTagMapping } from '@aws-sdk/client-resource-groups-tagging-api';
import type { Grant, PublicAccessBlockConfiguration, ReplicationConfiguration, Tag } from '@aws-sdk/client-s3';

export interface FakeRegion {
  vpcs?: Vpc[];
  subnets?: Subnet[];
  routeTables?: RouteTable[];
  internetGateways?: InternetGateway[];
  egressOnlyInternetGateways?: EgressOnlyInternetGateway[];
  natGateways?: NatGateway[];
  networkAcls?: NetworkAcl[];
  securityGroups?: SecurityGroup[];
  instances?: Instance[];
  networkInterfaces?: NetworkInterface[];
  addresses?: Address[];
  dbInstances?: DBInstance[];
  dbClusters?: DBCluster[];
  dbSubnetGroups?: DBSubnetGroup[];
  automatedBackups?: DBInstanceAutomatedBackup[];
  dbSnapshots?: DBSnapshot[];
  dbClusterSnapshots?: DBClusterSnapshot[];
  /** The `restore` attribute (account ids, or `all`) of manual DB and DB cluster snapshots, by snapshot identifier; absent: shared with no one. */
  snapshotRestore?: Record<string, string[]>;
  ebsSnapshots?: EbsSnapshot[];
  /** createVolumePermission of EBS snapshots, by snapshot id; absent: none. */
  volumePermissions?: Record<string, CreateVolumePermission[]>;
  redshiftClusters?: RedshiftCluster[];
  redshiftSubnetGroups?: ClusterSubnetGroup[];
  domains?: DomainStatus[];
  replicationGroups?: ReplicationGroup[];
  cacheClusters?: CacheCluster[];
  cacheSubnetGroups?: CacheSubnetGroup[];
  globalReplicationGroups?: GlobalReplicationGroup[];
  tables?: TableDescription[];
  /** What the Resource Groups Tagging API returns in this region. */
  resourceTags?: ResourceTagMapping[];
}

export interface FakeBucket {
  name: string;
  region: string;
  /** ListBuckets leaves BucketRegion out (as some S3-compatible stores do): GetBucketLocation is then needed. */
  hideRegionInListing?: boolean;
  grants?: Grant[];
  policy?: string;
  /** GetBucketPolicyStatus's verdict (computed by AWS; given here). */
  policyIsPublic?: boolean;
  publicAccessBlock?: PublicAccessBlockConfiguration;
  replication?: ReplicationConfiguration;
  tags?: Tag[];
}

export interface FakeAccount {
  id: string;
  /** The access key id the account's own (base) credentials sign with. */
  accessKeyId: string;
  /** Regions DescribeRegions lists as enabled. */
  enabledRegions: string[];
  regions: Record<string, FakeRegion>;
  buckets?: FakeBucket[];
  accountPublicAccessBlock?: PublicAccessBlockConfiguration;
  /** Aurora global databases (DescribeGlobalClusters answers the same in every region). */
  globalClusters?: GlobalCluster[];
  /** Role names that AssumeRole into this account accepts. */
  roles?: string[];
  /** For a management account: what Organizations ListAccounts returns. */
  organizationAccounts?: OrgAccount[];
}

export type FaultKind = 'AccessDenied' | 'Throttling' | 'ServerError' | 'RegionDisabled' | 'Hang';

/** Makes matching calls fail; `times` how often (then they succeed), every time when absent. */
export interface Fault {
  kind: FaultKind;
  /** IAM service prefix: ec2, s3, rds, redshift, es, elasticache, dynamodb, tag, sts, organizations. */
  service?: string;
  operation?: string;
  region?: string;
  account?: string;
  /** S3: only calls about this bucket. */
  bucket?: string;
  times?: number;
}

export interface FakeCloud {
  accounts: FakeAccount[];
  faults?: Fault[];
  /** Added to every reply. */
  latencyMs?: number;
  /** Caps page sizes below the real service maximum, per `service:Operation` or for all ('*'), to exercise paging. */
  maxPageSize?: Record<string, number>;
}
