/**
 * The format-neutral, provider-aware model. Sources (Terraform, CloudFormation,
 * plan JSON, live APIs) are normalised into these records; analysis and rules
 * read only these. Every fact carries its location; undetermined facts are
 * explicit unknowns.
 */
import type { Fact, Link } from './fact.js';
import type { SourceLocation } from './location.js';
import type { CloudProvider, SourceKind } from './source-resource.js';
export type ModelKind = 'network' | 'subnet' | 'route-table' | 'gateway' | 'network-acl' | 'security-group' | 'datastore' | 'compute' | 'bucket' | 'account-public-access-block' | 'data-flow' | 'snapshot';
interface ModelBase {
    /** Unique in the scan: the source address (Terraform address, logical id, ARN). */
    id: string;
    kind: ModelKind;
    provider: CloudProvider;
    sourceKind: SourceKind;
    /** The source's type name, e.g. `aws_db_instance` or `AWS::RDS::DBInstance`. */
    sourceType: string;
    region: Fact<string>;
    account?: string;
    loc: SourceLocation;
    tags: Record<string, string>;
    /** Other source declarations folded into this record (a separate `aws_s3_bucket_acl`), for locations and suppressions. */
    relatedLocs?: SourceLocation[];
    /** Why the input does not decide whether this resource exists (an unknown count / for_each); what it exposes is "possibly". */
    mayNotExist?: string;
}
export interface Network extends ModelBase {
    kind: 'network';
    cidrs: Fact<string[]>;
    /** The account's default VPC (aws_default_vpc): its subnets route to an internet gateway unless changed. */
    isDefault?: boolean;
}
export interface Subnet extends ModelBase {
    kind: 'subnet';
    network: Link;
    cidr: Fact<string>;
    /** AWS map_public_ip_on_launch. */
    mapPublicIp: Fact<boolean>;
    /** The route table explicitly associated with this subnet (absent: the VPC's main table applies). */
    routeTable?: Link;
    /** The network ACL explicitly associated with this subnet (absent: the VPC's default ACL applies). */
    networkAcl?: Link;
    /** A default subnet of the default VPC (aws_default_subnet). */
    isDefault?: boolean;
}
export type RouteTargetKind = 'internet-gateway' | 'egress-only-gateway' | 'nat-gateway' | 'local' | 'other';
export interface Route {
    /** IPv4 or IPv6 CIDR. */
    destination: Fact<string>;
    target: {
        kind: RouteTargetKind;
        link?: Link;
    } | {
        kind: 'unknown';
        reason: string;
    };
    loc?: SourceLocation;
    /** The address of a separate route resource (aws_route), when not inline. */
    address?: string;
}
export interface RouteTable extends ModelBase {
    kind: 'route-table';
    network: Link;
    /** True for the VPC's main route table (implicitly associated with unassociated subnets). */
    isMain: Fact<boolean>;
    routes: Route[];
    /** Explicitly associated subnets, each link located at its association. */
    subnets: Link[];
}
export interface Gateway extends ModelBase {
    kind: 'gateway';
    gatewayKind: 'internet' | 'egress-only' | 'nat';
    /** The VPC it is attached to. */
    network: Link;
}
export interface AclEntry {
    ruleNumber: Fact<number>;
    egress: boolean;
    /** 'all', 'tcp', 'udp', 'icmp', 'icmpv6', or a protocol number as text. */
    protocol: Fact<string>;
    action: Fact<'allow' | 'deny'>;
    cidr: Fact<string>;
    ports: Fact<PortRange>;
    loc?: SourceLocation;
    address?: string;
    /** Stable identity of the declaring rule (`aws_network_acl.main.ingress[0]`, `aws_network_acl_rule.ssh`). */
    key?: string;
    /** A separate rule resource whose existence the input does not decide: why. */
    mayNotExist?: string;
}
export interface NetworkAcl extends ModelBase {
    kind: 'network-acl';
    network: Link;
    isDefault: boolean;
    subnets: Link[];
    entries: AclEntry[];
}
/** Inclusive port range; all ports is {from: 0, to: 65535}. */
export interface PortRange {
    from: number;
    to: number;
}
export type TrafficSource = {
    kind: 'cidr';
    cidr: string; /** Where the range is written (a module caller, a variable default). */
    loc?: SourceLocation;
} | {
    kind: 'group';
    link: Link;
} | {
    kind: 'prefix-list';
    id: string;
} | {
    kind: 'unknown';
    reason: string;
};
export interface FirewallRule {
    direction: 'ingress' | 'egress';
    protocol: Fact<string>;
    ports: Fact<PortRange>;
    source: TrafficSource;
    /** AWS rules are always accept; Alibaba rules may drop. */
    policy: Fact<'accept' | 'drop'>;
    /** Alibaba priority: 1 is highest. Absent for AWS. */
    priority?: Fact<number>;
    description?: string;
    loc?: SourceLocation;
    /** Address of a separate rule resource (aws_security_group_rule.x), when not inline. */
    address?: string;
    /**
     * Stable identity of the declaring rule (`aws_security_group.web.ingress[0]`,
     * `aws_security_group_rule.ssh`); the FirewallRules of one declaration (one per
     * source CIDR) share it.
     */
    key?: string;
    /** Alibaba `nic_type`: 'internet' or 'intranet'. */
    nicType?: string;
    /** A separate rule resource whose existence the input does not decide: why. */
    mayNotExist?: string;
}
export interface SecurityGroup extends ModelBase {
    kind: 'security-group';
    network: Link;
    isDefault: boolean;
    rules: FirewallRule[];
    /**
     * False when the group itself is not in the scanned files and this record only
     * holds rules declared separately for it (aws_security_group_rule, ...): its
     * other rules are unknown.
     */
    declared?: boolean;
    /** 'database': a DB security group (aws_db_security_group): its rules admit clients to the database port, whatever it is. */
    scope?: 'database';
}
export type DatastoreService = 'rds-instance' | 'rds-cluster' | 'redshift' | 'redshift-serverless' | 'msk' | 'opensearch' | 'elasticache' | 'docdb' | 'neptune' | 'dynamodb' | 'dms' | 'alicloud-rds' | 'alicloud-kvstore' | 'alicloud-mongodb' | 'alicloud-elasticsearch' | 'alicloud-polardb' | 'self-hosted';
/** A way the service can be reached from outside its network, and its gate. */
export interface PublicEndpoint {
    /** 'instance', 'kibana', 'connection-string', ... */
    name: string;
    enabled: Fact<boolean>;
    loc?: SourceLocation;
    /** The ports this endpoint serves, when they differ from the datastore's (Kibana 5601 beside Elasticsearch 9200). */
    ports?: number[];
    /** Address of a separate resource that opens it (alicloud_db_connection.public). */
    address?: string;
}
export interface Allowlist {
    name: string;
    /** CIDRs / IPs. */
    entries: Fact<string[]>;
    /** Which endpoint the list guards: 'public', 'private', or 'any' (both). */
    appliesTo: 'public' | 'private' | 'any';
    loc?: SourceLocation;
    /** The public endpoint (by name) this list guards, when it guards only one (Kibana's whitelist). */
    endpoint?: string;
    /** Address of a separate resource that declares it (alicloud_kvstore_security_ips.x). */
    address?: string;
}
export interface PolicyStatement {
    effect: 'Allow' | 'Deny';
    /** '*' means anyone; AWS account ids, ARNs, service names otherwise. Unknown when undecidable. */
    principals: Fact<string[]>;
    /** `NotPrincipal`: the statement applies to everyone except these (an Allow with it is open to nearly everyone). */
    notPrincipals?: string[];
    /** The statement id (`Sid`), when given. */
    sid?: string;
    actions: string[];
    notActions?: string[];
    resources: string[];
    /** Condition keys present (lower-cased, e.g. `aws:sourceip`), with their values. */
    conditions: Array<{
        operator: string;
        key: string;
        values: string[]; /** Why some values are unknown. */
        unknown?: string;
    }>;
    loc?: SourceLocation;
}
export interface PolicyDocument {
    statements: PolicyStatement[];
    loc?: SourceLocation;
    /** Where the policy was declared (a separate aws_s3_bucket_policy, inline attribute, ...). */
    address?: string;
    /** Parts of the document that could not be read (a statement from an unknown value, ...). */
    incomplete?: string[];
}
export interface Datastore extends ModelBase {
    kind: 'datastore';
    service: DatastoreService;
    engine: Fact<string>;
    /** The service ports a client connects to (e.g. [5432]; [9200, 443] for search). */
    ports: number[];
    /** The provider's "publicly accessible" flag where the service has one. */
    publiclyAccessible?: Fact<boolean>;
    /** Whether the datastore lives in a VPC (false: a public service endpoint, e.g. OpenSearch without vpc_options). */
    inNetwork: Fact<boolean>;
    subnets: Link[] | {
        unknown: string;
    };
    securityGroups: Link[] | {
        unknown: string;
    };
    /** Resource-based access policy (OpenSearch); undefined when the service has none. */
    accessPolicy?: Fact<PolicyDocument>;
    allowlists: Allowlist[];
    publicEndpoints: PublicEndpoint[];
    /** For clusters: members (instances) folded into this record. */
    members?: string[];
    /** No subnet group or subnet given: AWS places it in the account's default VPC. */
    defaultVpc?: boolean;
    /** OpenSearch fine-grained access control: every request needs credentials, even when the policy admits anyone. */
    requiresCredentials?: Fact<boolean>;
}
export interface Compute extends ModelBase {
    kind: 'compute';
    publicIp: Fact<boolean>;
    subnet: Link;
    securityGroups: Link[] | {
        unknown: string;
    };
    /** What gives it the public address, in words ("aws_eip.web", "internet_max_bandwidth_out = 10"). */
    publicIpDetail?: string;
    /** No subnet given: AWS launches it in the default VPC. */
    defaultVpc?: boolean;
}
export interface BucketGrant {
    grantee: 'AllUsers' | 'AuthenticatedUsers' | 'other';
    permission: string;
    loc?: SourceLocation;
    /** The declaration that holds the grant (`aws_s3_bucket_acl.x`), when not the bucket itself. */
    address?: string;
}
export interface PublicAccessBlock {
    blockPublicAcls: Fact<boolean>;
    ignorePublicAcls: Fact<boolean>;
    blockPublicPolicy: Fact<boolean>;
    restrictPublicBuckets: Fact<boolean>;
    loc?: SourceLocation;
    /** The declaration it came from (`aws_s3_bucket_public_access_block.x`, a module call). */
    address?: string;
}
/** One place that sets a bucket's canned ACL (the bucket's own `acl`, a separate ACL resource). */
export interface AclDeclaration {
    acl: Fact<string>;
    address: string;
}
export interface Bucket extends ModelBase {
    kind: 'bucket';
    name: Fact<string>;
    /** Canned ACL (S3: private, public-read, ...; OSS: private, public-read, public-read-write). */
    acl?: Fact<string>;
    /** Every declaration of a canned ACL for this bucket; `acl` is the one applied last. */
    aclDeclarations?: AclDeclaration[];
    grants: BucketGrant[];
    /** Policies (with `address` naming their declaration); unknown ones are listed in `unknownPolicies`. */
    policies: PolicyDocument[];
    /** Policies attached to the bucket whose content could not be determined. */
    unknownPolicies?: Array<{
        address: string;
        reason: string;
        loc?: SourceLocation;
    }>;
    publicAccessBlock?: PublicAccessBlock;
    /** Further blocks declared for the same bucket: which one takes effect is undetermined. */
    extraAccessBlocks?: PublicAccessBlock[];
    /** Blocks in the scan whose bucket could not be determined: any of them may apply to this bucket. */
    unresolvedAccessBlocks?: PublicAccessBlock[];
    /**
     * True when the bucket itself is not declared in the scanned files (its ACL,
     * policy or block are): the record gathers what is attached to it.
     */
    external?: boolean;
    /** Set when a registry module call that was not evaluated creates the bucket: the module's source. */
    viaModule?: string;
    /** S3 Object Ownership (`BucketOwnerEnforced` disables ACLs), when declared. */
    objectOwnership?: Fact<string>;
}
export interface AccountPublicAccessBlock extends ModelBase {
    kind: 'account-public-access-block';
    block: PublicAccessBlock;
}
export type DataFlowKind = 's3-replication' | 'oss-replication' | 'rds-read-replica' | 'rds-backup-replication' | 'aurora-global' | 'dynamodb-replica' | 'elasticache-global' | 'alicloud-rds-backup';
export interface DataFlow extends ModelBase {
    kind: 'data-flow';
    flowKind: DataFlowKind;
    /** The datastore or bucket whose data flows. */
    source: Link;
    sourceRegion: Fact<string>;
    destination: Link;
    destinationRegion: Fact<string>;
}
export type SnapshotService = 'rds-instance' | 'rds-cluster' | 'ebs';
/** Who besides the owner may restore or copy a snapshot (the RDS `restore` attribute, EBS `createVolumePermission`). */
export interface SnapshotShare {
    /** AWS account ids; `all` means every AWS account: the snapshot is public. */
    accounts: Fact<string[]>;
    loc?: SourceLocation;
    /** A separate declaration that adds it (aws_snapshot_create_volume_permission.x), when not the snapshot itself. */
    address?: string;
}
/** A stored copy of a datastore or volume: shared with everyone, it is the whole database handed out. */
export interface Snapshot extends ModelBase {
    kind: 'snapshot';
    service: SnapshotService;
    /** The datastore or volume it was taken from, when known. */
    source?: Link;
    shares: SnapshotShare[];
}
export type ModelResource = Network | Subnet | RouteTable | Gateway | NetworkAcl | SecurityGroup | Datastore | Compute | Bucket | AccountPublicAccessBlock | DataFlow | Snapshot;
/** The model of one scan unit, indexed for analysis. */
export interface Model {
    resources: ModelResource[];
    byId: Map<string, ModelResource>;
}
export declare function buildModelIndex(resources: ModelResource[]): Model;
export {};
