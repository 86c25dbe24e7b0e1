/**
 * CloudFormation → data-flow records: S3 replication rules, RDS cross-region
 * read replicas (`SourceDBInstanceIdentifier` / `ReplicationSourceIdentifier`
 * ARNs, `SourceRegion`) and automated-backup replication
 * (`AutomaticBackupReplicationRegion`), Aurora global databases, DynamoDB
 * global-table replicas and ElastiCache global datastores.
 *
 * Every resource of a stack lives in the stack's region. So a flow between two
 * resources of one template never leaves the region, even when the region
 * itself is not given, and gets no record; a flow to a named other region, or
 * to something outside the template, does.
 */
import { known, unknownFact } from '../../../model/fact.js';
import { asList, asString, getPath } from '../../../model/value.js';
import { bucketNameOfArn, regionOfArn } from '../../shared/arn.js';
import { attr, linkOf, present, reasonOf, referenced, stringFact, templateBase } from './common.js';
class Flows {
    out = [];
    ids = new Set();
    add(spec) {
        const { sourceRegion: a, destinationRegion: b } = spec;
        if (a.known && b.known && a.value === b.value)
            return;
        const label = b.known ? b.value : spec.destination.kind === 'resource' ? spec.destination.id : spec.destination.kind === 'external' ? spec.destination.value : 'unknown region';
        let id = `${spec.declaring.address} -> ${label}`;
        for (let n = 2; this.ids.has(id); n++)
            id = `${spec.declaring.address} -> ${label} (${n})`;
        this.ids.add(id);
        this.out.push({
            ...templateBase(spec.declaring),
            id,
            kind: 'data-flow',
            flowKind: spec.flowKind,
            region: a,
            loc: spec.loc,
            source: spec.source,
            sourceRegion: a,
            destination: spec.destination,
            destinationRegion: b,
        });
    }
}
const self = (r, loc) => ({ kind: 'resource', id: r.address, ...(loc ? { loc } : {}) });
/** The stack's region, as every resource of the template has it. */
function stackRegion(r) {
    return stringFact(r.region, unknownFact("the stack's region is not given (use --region)"));
}
function s3Flows(ctx, flows) {
    const byName = new Map();
    for (const b of ctx.byType('AWS::S3::Bucket')) {
        const name = asString(attr(b, 'BucketName'));
        if (name !== undefined)
            byName.set(name, b);
    }
    for (const bucket of ctx.byType('AWS::S3::Bucket')) {
        for (const rule of asList(attr(bucket, 'ReplicationConfiguration', 'Rules'))) {
            if (rule.t !== 'map' || asString(getPath(rule, 'Status'))?.toLowerCase() === 'disabled')
                continue;
            const destination = getPath(rule, 'Destination');
            const target = getPath(destination, 'Bucket');
            const loc = destination?.loc ?? rule.loc ?? bucket.loc;
            // A destination bucket in the same template is in the same region.
            if (referenced(target, ctx))
                continue;
            const arn = asString(target);
            if (arn !== undefined && byName.has(bucketNameOfArn(arn) ?? arn))
                continue;
            flows.add({
                declaring: bucket,
                flowKind: 's3-replication',
                source: self(bucket),
                sourceRegion: stackRegion(bucket),
                destination: arn !== undefined ? { kind: 'external', value: arn, loc: target?.loc } : linkOf(target, ctx),
                destinationRegion: unknownFact(arn !== undefined ? `the destination bucket ${arn} is not in the template, so its region is unknown` : `the destination bucket: ${reasonOf(target)}`, target?.loc),
                loc,
            });
        }
    }
}
/** A source database named by ARN (cross-region) or identifier (same region). */
function sourceDatabase(v, declaring, ctx, sourceRegionValue) {
    if (referenced(v, ctx))
        return undefined; // in the same template: the same region
    const s = asString(v);
    const explicit = asString(sourceRegionValue);
    if (s !== undefined) {
        const region = regionOfArn(s) ?? explicit;
        return { link: { kind: 'external', value: s, loc: v.loc }, region: region !== undefined ? known(region, v.loc) : stackRegion(declaring) };
    }
    return { link: linkOf(v, ctx), region: explicit !== undefined ? known(explicit, sourceRegionValue?.loc) : unknownFact(`the source database: ${reasonOf(v)}`, v.loc) };
}
function rdsFlows(ctx, flows) {
    for (const [type, key] of [
        ['AWS::RDS::DBInstance', 'SourceDBInstanceIdentifier'],
        ['AWS::RDS::DBCluster', 'ReplicationSourceIdentifier'],
    ]) {
        for (const r of ctx.byType(type)) {
            const v = attr(r, key);
            if (!present(v))
                continue;
            const src = sourceDatabase(v, r, ctx, attr(r, 'SourceRegion'));
            if (!src)
                continue;
            flows.add({ declaring: r, flowKind: 'rds-read-replica', source: src.link, sourceRegion: src.region, destination: self(r), destinationRegion: stackRegion(r), loc: v.loc ?? r.loc });
        }
    }
    for (const r of ctx.byType('AWS::RDS::DBInstance')) {
        const v = attr(r, 'AutomaticBackupReplicationRegion');
        if (!present(v))
            continue;
        flows.add({ declaring: r, flowKind: 'rds-backup-replication', source: self(r), sourceRegion: stackRegion(r), destination: self(r, v.loc), destinationRegion: stringFact(v), loc: v.loc ?? r.loc });
    }
}
/**
 * A cluster that joins a global database it does not create (the global
 * cluster is not in the template, or was created from another cluster):
 * its data is replicated from the primary, in another stack.
 */
function auroraGlobalFlows(ctx, flows) {
    for (const r of ctx.byType('AWS::RDS::DBCluster')) {
        const v = attr(r, 'GlobalClusterIdentifier');
        if (!present(v))
            continue;
        const global = referenced(v, ctx);
        const primaryHere = global ? referenced(attr(global, 'SourceDBClusterIdentifier'), ctx)?.address === r.address || !present(attr(global, 'SourceDBClusterIdentifier')) : false;
        // Holding the credentials marks the writer that created the global database.
        const writes = present(attr(r, 'MasterUsername')) || present(attr(r, 'SnapshotIdentifier'));
        if (primaryHere || (!global && writes))
            continue;
        const name = asString(v) ?? (global ? global.address : reasonOf(v));
        flows.add({
            declaring: r,
            flowKind: 'aurora-global',
            source: global ? self(global) : { kind: 'external', value: name, loc: v.loc },
            sourceRegion: unknownFact(`the primary cluster of global database ${name} is in another stack`, v.loc),
            destination: self(r),
            destinationRegion: stackRegion(r),
            loc: v.loc ?? r.loc,
        });
    }
}
function dynamodbFlows(ctx, flows) {
    for (const table of ctx.byType('AWS::DynamoDB::GlobalTable')) {
        const own = stackRegion(table);
        for (const replica of asList(attr(table, 'Replicas'))) {
            if (replica.t !== 'map')
                continue;
            const region = stringFact(getPath(replica, 'Region'));
            flows.add({ declaring: table, flowKind: 'dynamodb-replica', source: self(table), sourceRegion: own, destination: self(table, replica.loc), destinationRegion: region, loc: replica.loc ?? table.loc });
        }
    }
}
/** An ElastiCache global datastore names each member's region, so its flows are known even without --region. */
function elasticacheFlows(ctx, flows) {
    for (const g of ctx.byType('AWS::ElastiCache::GlobalReplicationGroup')) {
        const members = asList(attr(g, 'Members')).filter((m) => m.t === 'map');
        const primary = members.find((m) => asString(getPath(m, 'Role'))?.toUpperCase() === 'PRIMARY');
        const regionOf = (m) => {
            const v = getPath(m, 'ReplicationGroupRegion');
            return present(v) ? stringFact(v) : stackRegion(g);
        };
        const sourceRegion = primary ? regionOf(primary) : unknownFact(`${g.address} names no PRIMARY member`, g.loc);
        const source = primary ? linkOf(getPath(primary, 'ReplicationGroupId'), ctx) : self(g);
        for (const m of members) {
            if (m === primary)
                continue;
            flows.add({ declaring: g, flowKind: 'elasticache-global', source, sourceRegion, destination: linkOf(getPath(m, 'ReplicationGroupId'), ctx), destinationRegion: regionOf(m), loc: m.loc ?? g.loc });
        }
    }
}
export function normalizeAwsReplication(ctx) {
    const flows = new Flows();
    s3Flows(ctx, flows);
    rdsFlows(ctx, flows);
    auroraGlobalFlows(ctx, flows);
    dynamodbFlows(ctx, flows);
    elasticacheFlows(ctx, flows);
    return flows.out;
}
