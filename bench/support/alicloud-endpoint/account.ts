/**
 * A synthetic Alibaba Cloud account: what the local endpoint serves. Tests and
 * the benchmark describe an account with these records and the endpoint
 * answers every API the audit calls from them, in each API's own wire shape
 * and paging, so nothing about the answers is written by hand.
 */
export interface FakeTag {
  key: string;
  value: string;
}

export interface FakeVpc {
  id: string;
  cidr: string;
  name?: string;
  ipv6Cidr?: string;
}

export interface FakeVSwitch {
  id: string;
  vpcId: string;
  cidr: string;
  zone?: string;
}

export interface FakeSecurityGroupRule {
  id?: string;
  direction: 'ingress' | 'egress';
  /** TCP, UDP, ICMP, GRE, ALL. */
  protocol: string;
  /** "22/22", "-1/-1". */
  portRange: string;
  policy?: 'Accept' | 'Drop';
  priority?: number;
  sourceCidr?: string;
  ipv6SourceCidr?: string;
  sourceGroupId?: string;
  description?: string;
  /** Classic-network groups: 'internet' or 'intranet' (VPC groups: intranet only). */
  nicType?: 'internet' | 'intranet';
}

export interface FakeSecurityGroup {
  id: string;
  name?: string;
  /** Absent: a classic-network group. */
  vpcId?: string;
  rules: FakeSecurityGroupRule[];
  tags?: FakeTag[];
}

export interface FakeInstance {
  id: string;
  name?: string;
  vpcId: string;
  vswitchId: string;
  securityGroupIds: string[];
  /** A public IP assigned at launch (needs bandwidthOut > 0 in reality). */
  publicIp?: string;
  bandwidthOut?: number;
  /** An EIP bound to the instance (also listed by DescribeEipAddresses). */
  eip?: { id: string; ip: string };
  tags?: FakeTag[];
}

export interface FakeConnection {
  /** RDS/Redis: Public, Private, Inner. MongoDB: Public, VPC, Classic. */
  type: string;
  address: string;
  port: number;
  /** MongoDB sharded clusters: mongos, shard, configserver. */
  nodeType?: string;
}

export interface FakeAllowlist {
  name: string;
  ips: string[];
  /** Alibaba hides some built-in groups (`hidden`). */
  attribute?: string;
}

export interface FakeRds {
  id: string;
  engine: string;
  engineVersion?: string;
  vpcId?: string;
  vswitchId?: string;
  connections: FakeConnection[];
  allowlists: FakeAllowlist[];
  /** Cross-region backup destination (enabled when set). */
  crossBackupRegion?: string;
  description?: string;
}

export interface FakeRedis {
  id: string;
  engineVersion?: string;
  port?: number;
  vpcId?: string;
  vswitchId?: string;
  connections: FakeConnection[];
  allowlists: FakeAllowlist[];
  tags?: FakeTag[];
}

export interface FakeMongo {
  id: string;
  kind: 'replicate' | 'sharding';
  engineVersion?: string;
  vpcId?: string;
  vswitchId?: string;
  connections: FakeConnection[];
  allowlists: FakeAllowlist[];
  tags?: FakeTag[];
}

export interface FakeElasticsearch {
  id: string;
  version: string;
  vpcId?: string;
  vswitchId?: string;
  enablePublic: boolean;
  publicWhitelist: string[];
  enableKibanaPublic: boolean;
  kibanaWhitelist: string[];
  privateWhitelist?: string[];
  tags?: FakeTag[];
}

export interface FakeRegion {
  vpcs?: FakeVpc[];
  vswitches?: FakeVSwitch[];
  securityGroups?: FakeSecurityGroup[];
  instances?: FakeInstance[];
  /** EIPs not bound to an instance (bound ones come from FakeInstance.eip). */
  eips?: Array<{ id: string; ip: string; instanceId?: string; instanceType?: string }>;
  rds?: FakeRds[];
  redis?: FakeRedis[];
  mongodb?: FakeMongo[];
  elasticsearch?: FakeElasticsearch[];
}

export interface FakeReplicationRule {
  id: string;
  destBucket: string;
  /** A region id; served as `oss-<region>`. */
  destRegion: string;
  /** starting, doing, closing. */
  status?: string;
}

export interface FakeBucket {
  name: string;
  region: string;
  acl: 'private' | 'public-read' | 'public-read-write';
  /** The bucket policy document, served as JSON. */
  policy?: unknown;
  replication?: FakeReplicationRule[];
  blockPublicAccess?: boolean;
}

export interface FakeAlicloudAccount {
  accountId: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** RAM role ARNs AssumeRole may enter (acs:ram::<account>:role/<name>). */
  roles?: string[];
  regions: Record<string, FakeRegion>;
  buckets?: FakeBucket[];
  accountBlockPublicAccess?: boolean;
}

/** Faults the endpoint injects, by `product:Operation` (`product:*` for all of a product). */
export interface FakeFaults {
  /** Answered with an error every time (default Forbidden.RAM / AccessDenied, HTTP 403); optionally in one region only. */
  deny?: Array<{ action: string; region?: string; code?: string; status?: number }>;
  /** Answered with a throttling error the first `times` times, then normally. */
  throttle?: Array<{ action: string; times: number; code?: string; status?: number }>;
  /** Delay before every answer. */
  latencyMs?: number;
}
