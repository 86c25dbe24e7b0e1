/**
 * Live cross-region data flows → data-flow records, with the Terraform
 * normaliser's meaning (a copy that provably stays in its region is not a
 * flow): S3 replication rules (destination region from the bucket listing, or
 * asked of the destination bucket), RDS cross-region read replicas and
 * replica clusters, automated-backup replication (seen from the source
 * instance and from the destination region), Aurora global databases,
 * ElastiCache global datastores and DynamoDB global-table replicas. An end
 * that is a record of this account links to it; anything else is external.
 */
import { known, unknownFact } from '../../../model/fact.js';
import { notAssessedReason } from '../../live/coverage.js';
import { bucketNameOfArn, regionOfArn, s3BucketArn } from '../arn.js';
import { itemsOf, liveLoc, tagMap } from './common.js';
class Flows {
    account;
    records;
    flows = [];
    seen = new Set();
    /** Ids given so far: a set, so that naming a flow does not scan all flows. */
    ids = new Set();
    constructor(account, records) {
        this.account = account;
        this.records = records;
    }
    link(arn, loc) {
        return this.records.has(arn) ? { kind: 'resource', id: arn, loc } : { kind: 'external', value: arn, loc };
    }
    add(spec) {
        const { sourceRegion: from, destinationRegion: to } = spec;
        if (from.known && to.known && from.value === to.value)
            return;
        const label = to.known ? to.value : spec.destination;
        // The same copy seen from both ends (backup replication) or named by several rules is one flow.
        const key = `${spec.flowKind}|${spec.source}|${spec.destination}|${label}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        let id = `${spec.declaringId} -> ${label}`;
        for (let n = 2; this.ids.has(id); n++)
            id = `${spec.declaringId} -> ${label} (${n})`;
        this.ids.add(id);
        this.flows.push({
            id,
            kind: 'data-flow',
            provider: 'aws',
            sourceKind: 'aws-live',
            sourceType: spec.sourceType,
            region: from,
            account: this.account,
            loc: spec.loc,
            tags: spec.tags,
            flowKind: spec.flowKind,
            source: this.link(spec.source, spec.loc),
            sourceRegion: from,
            destination: this.link(spec.destination, spec.loc),
            destinationRegion: to,
        });
    }
}
function s3Flows(snapshot, out) {
    if (!snapshot.buckets?.ok)
        return;
    for (const b of snapshot.buckets.value) {
        if (!b.region.ok || !b.replication?.ok || !b.replication.value)
            continue;
        const source = s3BucketArn(snapshot.partition, b.name);
        const loc = liveLoc(source, 's3:GetReplicationConfiguration');
        for (const rule of b.replication.value.Rules ?? []) {
            if (rule.Status !== 'Enabled' || !rule.Destination?.Bucket)
                continue;
            const destArn = rule.Destination.Bucket;
            const name = bucketNameOfArn(destArn) ?? destArn;
            const where = snapshot.bucketRegions?.get(name) ?? snapshot.foreignBucketRegions?.get(name);
            const destinationRegion = where?.ok
                ? known(where.value, loc)
                : where
                    ? unknownFact(notAssessedReason(where, `the region of the destination bucket ${name}`), loc)
                    : unknownFact(`the region of the destination bucket ${name} was not asked`, loc);
            out.add({
                declaringId: source,
                sourceType: 'AWS::S3::Bucket',
                flowKind: 's3-replication',
                source,
                sourceRegion: known(b.region.value, loc),
                destination: s3BucketArn(snapshot.partition, name),
                destinationRegion,
                loc,
                tags: b.tags?.ok ? tagMap(b.tags.value) : {},
            });
        }
    }
}
/** A DB named by identifier lives in the replica's region; cross-region sources are named by ARN. */
function sourceRegionOf(arnOrId, own) {
    return regionOfArn(arnOrId) ?? own;
}
function rdsFlows(snapshot, out) {
    for (const [region, snap] of snapshot.byRegion) {
        for (const db of itemsOf(snap.dbInstances)) {
            const arn = db.DBInstanceArn;
            const loc = liveLoc(arn, 'rds:DescribeDBInstances');
            const tags = tagMap(db.TagList);
            const replicaOf = db.ReadReplicaSourceDBInstanceIdentifier ?? db.ReadReplicaSourceDBClusterIdentifier;
            if (replicaOf)
                out.add({ declaringId: arn, sourceType: 'AWS::RDS::DBInstance', flowKind: 'rds-read-replica', source: replicaOf, sourceRegion: known(sourceRegionOf(replicaOf, region), loc), destination: arn, destinationRegion: known(region, loc), loc, tags });
            for (const r of db.DBInstanceAutomatedBackupsReplications ?? []) {
                const backup = r.DBInstanceAutomatedBackupsArn;
                const to = backup ? regionOfArn(backup) : undefined;
                if (!backup || !to)
                    continue;
                out.add({ declaringId: arn, sourceType: 'AWS::RDS::DBInstance', flowKind: 'rds-backup-replication', source: arn, sourceRegion: known(region, loc), destination: backup, destinationRegion: known(to, loc), loc, tags });
            }
        }
        // Seen from the destination: replicated backups of instances in other regions.
        for (const b of itemsOf(snap.automatedBackups)) {
            const from = b.DBInstanceArn ? regionOfArn(b.DBInstanceArn) : undefined;
            if (!b.DBInstanceArn || !b.DBInstanceAutomatedBackupsArn || !from || from === region)
                continue;
            const loc = liveLoc(b.DBInstanceAutomatedBackupsArn, 'rds:DescribeDBInstanceAutomatedBackups');
            out.add({ declaringId: b.DBInstanceArn, sourceType: 'AWS::RDS::DBInstance', flowKind: 'rds-backup-replication', source: b.DBInstanceArn, sourceRegion: known(from, loc), destination: b.DBInstanceAutomatedBackupsArn, destinationRegion: known(region, loc), loc, tags: {} });
        }
        for (const c of itemsOf(snap.dbClusters)) {
            if (!c.ReplicationSourceIdentifier)
                continue;
            const arn = c.DBClusterArn;
            const loc = liveLoc(arn, 'rds:DescribeDBClusters');
            out.add({ declaringId: arn, sourceType: 'AWS::RDS::DBCluster', flowKind: 'rds-read-replica', source: c.ReplicationSourceIdentifier, sourceRegion: known(sourceRegionOf(c.ReplicationSourceIdentifier, region), loc), destination: arn, destinationRegion: known(region, loc), loc, tags: tagMap(c.TagList) });
        }
        for (const g of itemsOf(snap.globalClusters)) {
            const members = g.GlobalClusterMembers ?? [];
            const writer = members.find((m) => m.IsWriter)?.DBClusterArn;
            for (const m of members) {
                if (m.IsWriter || !m.DBClusterArn)
                    continue;
                const loc = liveLoc(m.DBClusterArn, 'rds:DescribeGlobalClusters');
                const to = regionOfArn(m.DBClusterArn);
                const from = writer ? regionOfArn(writer) : undefined;
                out.add({
                    declaringId: m.DBClusterArn,
                    sourceType: 'AWS::RDS::DBCluster',
                    flowKind: 'aurora-global',
                    source: writer ?? g.GlobalClusterArn ?? g.GlobalClusterIdentifier ?? 'global cluster',
                    sourceRegion: from ? known(from, loc) : unknownFact(`the global database ${g.GlobalClusterIdentifier ?? ''} has no writer`, loc),
                    destination: m.DBClusterArn,
                    destinationRegion: to ? known(to, loc) : unknownFact('the member ARN names no region', loc),
                    loc,
                    tags: {},
                });
            }
        }
    }
}
function elasticacheFlows(snapshot, out) {
    const arnOf = (region, id) => `arn:${snapshot.partition}:elasticache:${region}:${snapshot.account}:replicationgroup:${id}`;
    for (const snap of snapshot.byRegion.values())
        for (const g of itemsOf(snap.globalReplicationGroups)) {
            const members = g.Members ?? [];
            const primary = members.find((m) => m.Role?.toUpperCase() === 'PRIMARY');
            for (const m of members) {
                if (m === primary || !m.ReplicationGroupId || !m.ReplicationGroupRegion)
                    continue;
                const dest = arnOf(m.ReplicationGroupRegion, m.ReplicationGroupId);
                const loc = liveLoc(dest, 'elasticache:DescribeGlobalReplicationGroups');
                out.add({
                    declaringId: dest,
                    sourceType: 'AWS::ElastiCache::ReplicationGroup',
                    flowKind: 'elasticache-global',
                    source: primary?.ReplicationGroupId && primary.ReplicationGroupRegion ? arnOf(primary.ReplicationGroupRegion, primary.ReplicationGroupId) : g.GlobalReplicationGroupId ?? 'global datastore',
                    sourceRegion: primary?.ReplicationGroupRegion ? known(primary.ReplicationGroupRegion, loc) : unknownFact('the global datastore has no primary member', loc),
                    destination: dest,
                    destinationRegion: known(m.ReplicationGroupRegion, loc),
                    loc,
                    tags: {},
                });
            }
        }
}
function dynamodbFlows(snapshot, out) {
    for (const [region, snap] of snapshot.byRegion) {
        const tags = snap.dynamoTags?.ok ? snap.dynamoTags.value : new Map();
        for (const part of snap.dynamoTables?.values() ?? []) {
            if (!part.ok)
                continue;
            const t = part.value;
            const arn = t.TableArn;
            const loc = liveLoc(arn, 'dynamodb:DescribeTable');
            for (const r of t.Replicas ?? []) {
                if (!r.RegionName || r.RegionName === region)
                    continue;
                // The replica is the same table in the other region.
                const replicaArn = arn.replace(`:${region}:`, `:${r.RegionName}:`);
                out.add({ declaringId: arn, sourceType: 'AWS::DynamoDB::Table', flowKind: 'dynamodb-replica', source: arn, sourceRegion: known(region, loc), destination: replicaArn, destinationRegion: known(r.RegionName, loc), loc, tags: tags.get(arn) ?? {} });
            }
        }
    }
}
/** Flows of one account; `records` are its other model records, for linking the ends. */
export function normalizeFlows(snapshot, records) {
    const out = new Flows(snapshot.account, new Map(records.map((r) => [r.id, r])));
    s3Flows(snapshot, out);
    rdsFlows(snapshot, out);
    elasticacheFlows(snapshot, out);
    dynamodbFlows(snapshot, out);
    // A flow's sensitivity is its source's: copy the tags of a source that is a record here.
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const f of out.flows)
        if (f.source.kind === 'resource' && Object.keys(f.tags).length === 0)
            f.tags = { ...(byId.get(f.source.id)?.tags ?? {}) };
    return out.flows;
}
