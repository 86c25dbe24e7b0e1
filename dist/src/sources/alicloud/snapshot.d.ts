/**
 * What the Alibaba Cloud collectors read, before normalisation: compact raw
 * records extracted from the API replies, each list or per-resource detail a
 * Part (its data, or why it could not be read). The normalizers turn a failed
 * part into explicit unknowns, so a resource whose allowlist could not be read
 * is "possibly" reachable, never "not reachable".
 */
import type { Part } from '../live/coverage.js';
export interface RawTag {
    key: string;
    value: string;
}
export interface RawVpc {
    id: string;
    cidrs: string[];
    name?: string;
}
export interface RawVSwitch {
    id: string;
    vpcId: string;
    cidr: string;
}
export interface RawPermission {
    ruleId?: string;
    direction: 'ingress' | 'egress';
    protocol: string;
    portRange: string;
    policy: string;
    priority: string;
    sourceCidr?: string;
    ipv6SourceCidr?: string;
    sourceGroupId?: string;
    sourcePrefixListId?: string;
    nicType?: string;
    description?: string;
}
export interface RawSecurityGroup {
    id: string;
    name?: string;
    vpcId?: string;
    tags: RawTag[];
    /** Rules by NIC type read (VPC groups: intranet; classic groups also internet). */
    rules: Part<RawPermission[]>;
}
export interface RawInstance {
    id: string;
    name?: string;
    vpcId?: string;
    vswitchId?: string;
    securityGroupIds: string[];
    publicIps: string[];
    eip?: {
        ip: string;
        allocationId?: string;
    };
    bandwidthOut?: number;
    tags: RawTag[];
}
export interface RawEip {
    id: string;
    ip: string;
    instanceId?: string;
    instanceType?: string;
}
/** One connection address of a database (RDS/Redis IPType, MongoDB NetworkType). */
export interface RawConnection {
    /** Public, Private, Inner (RDS/Redis); Public, VPC, Classic (MongoDB). */
    type: string;
    address: string;
    port?: number;
    /** MongoDB sharded clusters: which node type the address serves. */
    nodeType?: string;
}
export interface RawAllowlist {
    name: string;
    ips: string[];
    attribute?: string;
}
export interface RawDatabase {
    id: string;
    engine: string;
    engineVersion?: string;
    vpcId?: string;
    vswitchId?: string;
    port?: number;
    /** DDS: replicate or sharding. */
    kind?: string;
    tags: RawTag[];
    connections: Part<RawConnection[]>;
    allowlists: Part<RawAllowlist[]>;
}
export interface RawCrossBackup {
    instanceId: string;
    enabled: boolean;
    destinationRegion?: string;
}
export interface RawElasticsearch {
    id: string;
    version?: string;
    tags: RawTag[];
    vpcId?: string;
    vswitchId?: string;
    detail: Part<{
        enablePublic?: boolean;
        publicWhitelist?: string[];
        enableKibanaPublic?: boolean;
        kibanaWhitelist?: string[];
        privateWhitelist?: string[];
        kibanaPrivateWhitelist?: string[];
    }>;
}
export interface RawReplicationRule {
    id: string;
    destinationBucket: string;
    /** `oss-cn-hangzhou` as OSS writes it. */
    destinationLocation: string;
    status?: string;
}
export interface RawBucket {
    name: string;
    region: string;
    acl: Part<string>;
    /** The policy JSON, or null when the bucket has none. */
    policy: Part<string | null>;
    replication: Part<RawReplicationRule[]>;
    blockPublicAccess: Part<boolean>;
}
export interface AlicloudRegionSnapshot {
    vpcs?: Part<RawVpc[]>;
    vswitches?: Part<RawVSwitch[]>;
    eips?: Part<RawEip[]>;
    securityGroups?: Part<RawSecurityGroup[]>;
    instances?: Part<RawInstance[]>;
    rds?: Part<RawDatabase[]>;
    rdsCrossBackup?: Part<RawCrossBackup[]>;
    redis?: Part<RawDatabase[]>;
    mongodb?: Part<RawDatabase[]>;
    elasticsearch?: Part<RawElasticsearch[]>;
}
export interface AlicloudSnapshot {
    account: string;
    regions: string[];
    byRegion: Map<string, AlicloudRegionSnapshot>;
    oss?: {
        buckets: Part<RawBucket[]>;
        accountBlockPublicAccess: Part<boolean>;
    };
}
export declare function regionSnapshot(snapshot: AlicloudSnapshot, region: string): AlicloudRegionSnapshot;
