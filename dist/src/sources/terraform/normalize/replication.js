/**
 * Terraform → data-flow records: every way a configuration copies data from one
 * region to another (S3 and OSS replication, RDS read replicas and backup
 * replication, Aurora global databases, DynamoDB global tables, ElastiCache
 * global datastores, Alibaba RDS cross-region backup). A flow's regions are
 * followed through references to the resources at either end (a resource's
 * region is its provider's); a region that cannot be determined stays unknown
 * and says why. Flows that provably stay in one region are not data leaving
 * anywhere and get no record.
 */
import { known, unknownFact } from '../../../model/fact.js';
import { UNEVALUATED_MODULE_TYPE } from '../../../model/source-resource.js';
import { asBool, asList, asString, getPath, refOf } from '../../../model/value.js';
import { attr, baseOf, firstInstanceOf, regionFact as providerRegionFact, stringFact } from './common.js';
import { bucketNameOfArn, regionOfArn } from '../../shared/arn.js';
import { isS3BucketModule } from './storage-modules.js';
/**
 * The resource a reference-like value points at, if it is in the scan and of
 * one of the expected types (count/for_each: the first instance). The type
 * check matters: an unknown built from an interpolation
 * ("arn:aws:s3:::${random_pet.x.id}") still names the resource it came from.
 */
function referencedResource(v, ctx, types) {
    const ref = refOf(v);
    if (!ref)
        return undefined;
    let found = ctx.byAddress.get(ref.address);
    if (!found) {
        const first = firstInstanceOf(ctx, ref.address);
        if (first !== undefined)
            found = ctx.byAddress.get(first);
    }
    return found && types.includes(found.type) ? found : undefined;
}
/**
 * The region a resource lives in: AWS provider 6 lets a resource name its own
 * `region`, which then wins over the provider's.
 */
function regionFact(r) {
    const own = r.provider === 'aws' ? attr(r, 'region') : undefined;
    if (own && own.t !== 'null')
        return stringFact(own);
    return providerRegionFact(r);
}
/**
 * Where to point for a value: its own location when it is written inside the
 * resource, else the resource (a value from an output or a variable default
 * would point into another file, away from the flow).
 */
function within(v, r) {
    const loc = v?.loc;
    if (loc && loc.file === r.loc.file && loc.startLine >= r.loc.startLine && loc.endLine <= r.loc.endLine)
        return loc;
    return r.loc;
}
/** Alibaba OSS writes regions as `oss-cn-hangzhou`. */
export function regionFromOssLocation(location) {
    return location.startsWith('oss-') ? location.slice(4) : location;
}
/** A nested block written once is a one-item list: its map, located at the block. */
function firstBlock(v) {
    if (v?.t === 'list')
        return v.items[0];
    return v;
}
function sameKnown(a, b) {
    return a.known && b.known && a.value === b.value;
}
/** Says which end of a flow a link is, so that flows naming the same ends can be merged. */
function linkKey(link) {
    if (link.kind === 'resource')
        return `r:${link.id}`;
    if (link.kind === 'external')
        return `e:${link.value}`;
    return `u:${link.reason}`;
}
function factKey(f) {
    return f.known ? `k:${f.value}` : `u:${f.reason}`;
}
class FlowCollector {
    flows = [];
    byKey = new Map();
    ids = new Set();
    add(spec) {
        // A copy inside one region is not data leaving anywhere.
        if (sameKnown(spec.sourceRegion, spec.destinationRegion))
            return;
        // Several rules of one configuration copying to the same place are one flow, located at each rule.
        const key = [spec.declaring.address, spec.flowKind, linkKey(spec.source), linkKey(spec.destination), factKey(spec.sourceRegion), factKey(spec.destinationRegion)].join('|');
        const same = this.byKey.get(key);
        if (same && spec.destination.kind !== 'resource') {
            (same.relatedLocs ??= []).push(spec.loc);
            return;
        }
        let id = `${spec.declaring.address} -> ${spec.label}`;
        for (let n = 2; this.ids.has(id); n++)
            id = `${spec.declaring.address} -> ${spec.label} (${n})`;
        this.ids.add(id);
        const flow = {
            ...baseOf(spec.declaring),
            id,
            kind: 'data-flow',
            flowKind: spec.flowKind,
            region: spec.sourceRegion,
            loc: spec.loc,
            source: spec.source,
            sourceRegion: spec.sourceRegion,
            destination: spec.destination,
            destinationRegion: spec.destinationRegion,
            ...(spec.related?.length ? { relatedLocs: spec.related } : {}),
        };
        this.byKey.set(key, flow);
        this.flows.push(flow);
    }
}
/**
 * A link for a value that is not a reference to a resource of the expected
 * type (those were resolved before): a literal names something outside the
 * scan; anything else is unknown, with the reason.
 */
function plainLink(v) {
    if (!v || v.t === 'null')
        return { kind: 'unknown', reason: 'not set' };
    const s = asString(v);
    if (s !== undefined)
        return { kind: 'external', value: s, ...(v.loc ? { loc: v.loc } : {}) };
    const reason = v.t === 'unknown' ? v.reason : v.t === 'ref' ? `${v.ref.address}.${v.ref.attr.join('.')} is known only after apply` : `unexpected ${v.t} value`;
    return { kind: 'unknown', reason, ...(v.loc ? { loc: v.loc } : {}) };
}
function resourceLink(r, loc) {
    return { kind: 'resource', id: r.address, ...(loc ? { loc } : {}) };
}
/** A readable name for where a flow goes: the destination region if known, else the destination. */
function labelOf(region, destination, declaring) {
    if (region.known)
        return region.value;
    if (destination.kind === 'resource')
        return destination.id === declaring?.address ? 'unknown region' : destination.id;
    if (destination.kind === 'external')
        return destination.value;
    return 'unknown region';
}
/** The destination bucket of an S3 replication rule: a bucket in the scan (by ref or ARN name), or an outside one. */
function s3Destination(v, ctx, bucketsByName) {
    const target = referencedResource(v, ctx, ['aws_s3_bucket']);
    if (target)
        return { link: resourceLink(target, v?.loc), region: regionFact(target) };
    const arn = asString(v);
    if (arn !== undefined) {
        const name = bucketNameOfArn(arn) ?? arn;
        const inScan = bucketsByName.get(name);
        if (inScan)
            return { link: { ...inScan.link, ...(v?.loc ? { loc: v.loc } : {}) }, region: inScan.region };
        return { link: { kind: 'external', value: arn, loc: v?.loc }, region: unknownFact(`the destination bucket ${arn} is not in the scanned files, so its region is unknown`, v?.loc) };
    }
    const link = plainLink(v);
    return { link, region: unknownFact(link.kind === 'unknown' ? `the destination bucket is unknown: ${link.reason}` : 'the destination bucket region is unknown', v?.loc) };
}
function isDisabled(rule) {
    const status = getPath(rule, 'status');
    // The s3-bucket module also takes status = false.
    return asString(status)?.toLowerCase() === 'disabled' || asString(status)?.toLowerCase() === 'false';
}
/** The bucket a terraform-aws-modules/s3-bucket call creates (its record id in the storage model). */
function moduleBucketLink(call) {
    return { kind: 'resource', id: `${call.address}.aws_s3_bucket.this[0]` };
}
function s3Flows(ctx, out) {
    const bucketsByName = new Map();
    for (const b of ctx.byType('aws_s3_bucket')) {
        const name = asString(attr(b, 'bucket'));
        if (name !== undefined)
            bucketsByName.set(name, { link: resourceLink(b), region: regionFact(b) });
    }
    const moduleCalls = ctx.byType(UNEVALUATED_MODULE_TYPE).filter((c) => isS3BucketModule(c) && asBool(attr(c, 'create_bucket')) !== false);
    for (const call of moduleCalls) {
        const name = asString(attr(call, 'bucket'));
        if (name !== undefined)
            bucketsByName.set(name, { link: moduleBucketLink(call), region: regionFact(call) });
    }
    const addRules = (declaring, source, sourceRegion, rules) => {
        for (const rule of rules) {
            if (rule.t !== 'map' || isDisabled(rule))
                continue;
            const destBlock = firstBlock(getPath(rule, 'destination'));
            const dest = s3Destination(getPath(destBlock, 'bucket'), ctx, bucketsByName);
            out.add({
                declaring,
                flowKind: 's3-replication',
                label: labelOf(dest.region, dest.link),
                source,
                sourceRegion,
                destination: dest.link,
                destinationRegion: dest.region,
                loc: within(destBlock ?? rule, declaring),
            });
        }
    };
    for (const r of ctx.byType('aws_s3_bucket_replication_configuration')) {
        const sourceBucket = referencedResource(attr(r, 'bucket'), ctx, ['aws_s3_bucket']);
        const named = sourceBucket ? undefined : bucketsByName.get(asString(attr(r, 'bucket')) ?? '');
        // The configuration must live in the source bucket's region, so its own provider region stands in.
        const sourceRegion = sourceBucket ? regionFact(sourceBucket) : (named?.region ?? regionFact(r));
        const source = sourceBucket ? resourceLink(sourceBucket) : (named?.link ?? plainLink(attr(r, 'bucket')));
        addRules(r, source, sourceRegion, asList(attr(r, 'rule')));
    }
    // Provider v3 style: replication_configuration { rules { destination { bucket } } } inside the bucket.
    for (const b of ctx.byType('aws_s3_bucket')) {
        const config = firstBlock(attr(b, 'replication_configuration'));
        if (!config || config.t === 'null')
            continue;
        addRules(b, resourceLink(b), regionFact(b), asList(getPath(config, 'rules')));
    }
    // The s3-bucket registry module, not downloaded: replication_configuration = { rules = [...] }.
    for (const call of moduleCalls) {
        const config = attr(call, 'replication_configuration');
        if (!config || config.t !== 'map')
            continue;
        addRules(call, moduleBucketLink(call), regionFact(call), asList(getPath(config, 'rules')));
    }
}
// ---- RDS ----
/** Where a DB named by identifier, ARN or reference lives. */
function dbRegion(v, ctx, types, fallback) {
    const target = referencedResource(v, ctx, types);
    if (target)
        return { link: resourceLink(target, v?.loc), region: regionFact(target) };
    const s = asString(v);
    if (s !== undefined) {
        const region = regionOfArn(s);
        // A plain identifier names a DB in the replica's own region (cross-region replicas need an ARN).
        return { link: { kind: 'external', value: s, loc: v?.loc }, region: region ? known(region, v?.loc) : fallback };
    }
    const link = plainLink(v);
    return { link, region: unknownFact(link.kind === 'unknown' ? `the source database is unknown: ${link.reason}` : 'the source database region is unknown', v?.loc) };
}
function rdsFlows(ctx, out) {
    for (const r of ctx.byType('aws_db_instance')) {
        const sourceDb = attr(r, 'replicate_source_db');
        if (!sourceDb || sourceDb.t === 'null')
            continue;
        const own = regionFact(r);
        const src = dbRegion(sourceDb, ctx, ['aws_db_instance'], own);
        out.add({ declaring: r, flowKind: 'rds-read-replica', label: labelOf(own, resourceLink(r), r), source: src.link, sourceRegion: src.region, destination: resourceLink(r), destinationRegion: own, loc: within(sourceDb, r) });
    }
    // Created in the destination region (through a provider alias), reading the source instance's backups.
    for (const r of ctx.byType('aws_db_instance_automated_backups_replication')) {
        const sourceArn = attr(r, 'source_db_instance_arn');
        const own = regionFact(r);
        const src = dbRegion(sourceArn, ctx, ['aws_db_instance'], unknownFact('the source instance region is unknown'));
        out.add({ declaring: r, flowKind: 'rds-backup-replication', label: labelOf(own, resourceLink(r), r), source: src.link, sourceRegion: src.region, destination: resourceLink(r), destinationRegion: own, loc: r.loc });
    }
    // Cross-region replica clusters (Aurora without a global database).
    for (const r of ctx.byType('aws_rds_cluster')) {
        const sourceArn = attr(r, 'replication_source_identifier');
        if (!sourceArn || sourceArn.t === 'null')
            continue;
        const own = regionFact(r);
        const src = dbRegion(sourceArn, ctx, ['aws_rds_cluster', 'aws_db_instance'], own);
        out.add({ declaring: r, flowKind: 'rds-read-replica', label: labelOf(own, resourceLink(r), r), source: src.link, sourceRegion: src.region, destination: resourceLink(r), destinationRegion: own, loc: within(sourceArn, r) });
    }
}
/** Does this member cluster name that global cluster (by reference or by identifier)? */
function isMemberOf(member, global, ctx) {
    const v = attr(member, 'global_cluster_identifier');
    const target = referencedResource(v, ctx, ['aws_rds_global_cluster']);
    if (target)
        return target.address === global.address;
    const id = asString(v);
    return id !== undefined && id === asString(attr(global, 'global_cluster_identifier'));
}
/** The writer of a global database: the cluster it was created from, else the member that holds the credentials. */
function primaryMember(global, members, ctx) {
    const from = referencedResource(attr(global, 'source_db_cluster_identifier'), ctx, ['aws_rds_cluster']);
    if (from)
        return from;
    // Only the writer holds credentials (a secondary must not); a value that is merely unknown proves nothing.
    const writes = members.filter((m) => ['master_username', 'master_password', 'master_password_wo', 'snapshot_identifier'].some((k) => asString(attr(m, k)) !== undefined) ||
        asBool(attr(m, 'manage_master_user_password')) === true);
    return writes.length === 1 ? writes[0] : undefined;
}
function auroraGlobalFlows(ctx, out) {
    const clusters = ctx.byType('aws_rds_cluster');
    for (const g of ctx.byType('aws_rds_global_cluster')) {
        const members = clusters.filter((c) => isMemberOf(c, g, ctx));
        const primary = primaryMember(g, members, ctx);
        const sourceRegion = primary ? regionFact(primary) : unknownFact(`the primary cluster of ${g.address} could not be determined`, g.loc);
        const source = primary ? resourceLink(primary) : resourceLink(g);
        for (const m of members) {
            if (m === primary)
                continue;
            const region = regionFact(m);
            out.add({
                declaring: m,
                flowKind: 'aurora-global',
                label: labelOf(region, resourceLink(m), m),
                source,
                sourceRegion,
                destination: resourceLink(m),
                destinationRegion: region,
                loc: within(attr(m, 'global_cluster_identifier'), m),
                related: [g.loc],
            });
        }
    }
}
// ---- DynamoDB ----
function dynamodbFlows(ctx, out) {
    for (const t of ctx.byType('aws_dynamodb_table')) {
        const own = regionFact(t);
        for (const replica of asList(attr(t, 'replica'))) {
            if (replica.t !== 'map')
                continue;
            const region = stringFact(getPath(replica, 'region_name'));
            out.add({ declaring: t, flowKind: 'dynamodb-replica', label: labelOf(region, resourceLink(t), t), source: resourceLink(t), sourceRegion: own, destination: resourceLink(t, replica.loc), destinationRegion: region, loc: within(replica, t) });
        }
    }
    // A replica resource lives in its provider's region and copies the table its global_table_arn names.
    for (const r of ctx.byType('aws_dynamodb_table_replica')) {
        const own = regionFact(r);
        const src = dbRegion(attr(r, 'global_table_arn'), ctx, ['aws_dynamodb_table'], unknownFact('the global table region is unknown'));
        out.add({ declaring: r, flowKind: 'dynamodb-replica', label: labelOf(own, resourceLink(r), r), source: src.link, sourceRegion: src.region, destination: resourceLink(r), destinationRegion: own, loc: r.loc });
    }
    // Global tables version 2017.11.29: every listed region holds a writable copy.
    for (const g of ctx.byType('aws_dynamodb_global_table')) {
        const own = regionFact(g);
        for (const replica of asList(attr(g, 'replica'))) {
            if (replica.t !== 'map')
                continue;
            const region = stringFact(getPath(replica, 'region_name'));
            out.add({ declaring: g, flowKind: 'dynamodb-replica', label: labelOf(region, resourceLink(g), g), source: resourceLink(g), sourceRegion: own, destination: resourceLink(g, replica.loc), destinationRegion: region, loc: within(replica, g) });
        }
    }
}
// ---- ElastiCache ----
function elasticacheFlows(ctx, out) {
    const groups = ctx.byType('aws_elasticache_replication_group');
    for (const g of ctx.byType('aws_elasticache_global_replication_group')) {
        const primaryValue = attr(g, 'primary_replication_group_id');
        const primary = referencedResource(primaryValue, ctx, ['aws_elasticache_replication_group']);
        const sourceRegion = primary ? regionFact(primary) : regionFact(g);
        const source = primary ? resourceLink(primary) : plainLink(primaryValue);
        for (const m of groups) {
            const target = referencedResource(attr(m, 'global_replication_group_id'), ctx, ['aws_elasticache_global_replication_group']);
            if (target?.address !== g.address || m === primary)
                continue;
            const region = regionFact(m);
            out.add({
                declaring: m,
                flowKind: 'elasticache-global',
                label: labelOf(region, resourceLink(m), m),
                source,
                sourceRegion,
                destination: resourceLink(m),
                destinationRegion: region,
                loc: within(attr(m, 'global_replication_group_id'), m),
                related: [g.loc],
            });
        }
    }
}
// ---- Alibaba Cloud ----
function ossFlows(ctx, out) {
    const bucketsByName = new Map();
    for (const b of ctx.byType('alicloud_oss_bucket')) {
        const name = asString(attr(b, 'bucket'));
        if (name !== undefined)
            bucketsByName.set(name, b);
    }
    for (const r of ctx.byType('alicloud_oss_bucket_replication')) {
        if (asString(attr(r, 'status'))?.toLowerCase() === 'disabled')
            continue;
        const sourceBucket = referencedResource(attr(r, 'bucket'), ctx, ['alicloud_oss_bucket']) ?? bucketsByName.get(asString(attr(r, 'bucket')) ?? '');
        const sourceRegion = sourceBucket ? regionFact(sourceBucket) : regionFact(r);
        const destBlock = firstBlock(attr(r, 'destination'));
        const destBucketValue = getPath(destBlock, 'bucket');
        const destBucket = referencedResource(destBucketValue, ctx, ['alicloud_oss_bucket']) ?? bucketsByName.get(asString(destBucketValue) ?? '');
        const locationValue = getPath(destBlock, 'location');
        const location = asString(locationValue);
        let region;
        if (location !== undefined)
            region = known(regionFromOssLocation(location), locationValue?.loc);
        else if (referencedResource(locationValue, ctx, ['alicloud_oss_bucket']))
            region = regionFact(referencedResource(locationValue, ctx, ['alicloud_oss_bucket']));
        else if (destBucket)
            region = regionFact(destBucket);
        else
            region = stringFact(locationValue, unknownFact('the destination location is not set'));
        const destination = destBucket ? resourceLink(destBucket, destBucketValue?.loc) : plainLink(destBucketValue);
        out.add({
            declaring: r,
            flowKind: 'oss-replication',
            label: labelOf(region, destination),
            source: sourceBucket ? resourceLink(sourceBucket) : plainLink(attr(r, 'bucket')),
            sourceRegion,
            destination,
            destinationRegion: region,
            loc: locationValue?.loc ? within(locationValue, r) : within(destBlock, r),
        });
    }
}
function alicloudRdsBackupFlows(ctx, out) {
    for (const r of ctx.byType('alicloud_rds_instance_cross_backup_policy')) {
        const instanceValue = attr(r, 'instance_id');
        const instance = referencedResource(instanceValue, ctx, ['alicloud_db_instance']);
        const regionValue = attr(r, 'cross_backup_region');
        const region = stringFact(regionValue, unknownFact('cross_backup_region is not set'));
        out.add({
            declaring: r,
            flowKind: 'alicloud-rds-backup',
            label: labelOf(region, resourceLink(r), r),
            source: instance ? resourceLink(instance) : plainLink(instanceValue),
            sourceRegion: instance ? regionFact(instance) : regionFact(r),
            destination: resourceLink(r),
            destinationRegion: region,
            loc: within(regionValue, r),
        });
    }
}
export function normalizeReplication(ctx) {
    const out = new FlowCollector();
    s3Flows(ctx, out);
    rdsFlows(ctx, out);
    auroraGlobalFlows(ctx, out);
    dynamodbFlows(ctx, out);
    elasticacheFlows(ctx, out);
    ossFlows(ctx, out);
    alicloudRdsBackupFlows(ctx, out);
    return out.flows;
}
