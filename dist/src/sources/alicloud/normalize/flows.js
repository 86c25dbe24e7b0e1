/**
 * Live data flows out of a region: OSS cross-region replication rules (the
 * destination's region from the rule's `Location`, `oss-cn-hangzhou`) and
 * RDS cross-region backups. As for Terraform, a copy that stays in its region
 * is not data leaving anywhere and gets no record; a rule being deleted
 * (status `closing`) no longer copies anything.
 */
import { regionFromOssLocation } from '../../terraform/normalize/replication.js';
import { known } from '../../../model/fact.js';
import { acsArn, bucketArn, itemsOf, liveLoc, recordBase } from './common.js';
function ossFlows(snapshot) {
    const buckets = itemsOf(snapshot.oss?.buckets);
    const byName = new Map(buckets.map((b) => [b.name, b]));
    const out = [];
    for (const b of buckets) {
        if (!b.replication.ok)
            continue;
        const source = bucketArn(snapshot.account, b.name);
        for (const rule of b.replication.value) {
            if (rule.status === 'closing' || rule.destinationLocation === '')
                continue;
            const destinationRegion = regionFromOssLocation(rule.destinationLocation);
            if (destinationRegion === b.region)
                continue;
            const loc = liveLoc(source, 'oss:GetBucketReplication');
            const destination = byName.has(rule.destinationBucket)
                ? { kind: 'resource', id: bucketArn(snapshot.account, rule.destinationBucket), loc }
                : { kind: 'external', value: `oss://${rule.destinationBucket} (${rule.destinationLocation})`, loc };
            out.push({
                ...recordBase(`${source} replication ${rule.id} -> ${destinationRegion}`, 'ALIYUN::OSS::Bucket', b.region, snapshot.account, 'oss:GetBucketReplication'),
                loc,
                kind: 'data-flow',
                flowKind: 'oss-replication',
                source: { kind: 'resource', id: source, loc },
                sourceRegion: known(b.region, loc),
                destination,
                destinationRegion: known(destinationRegion, loc),
            });
        }
    }
    return out;
}
function rdsBackupFlows(snapshot) {
    const out = [];
    for (const [region, snap] of snapshot.byRegion) {
        const instances = new Set(itemsOf(snap.rds).map((d) => d.id));
        for (const backup of itemsOf(snap.rdsCrossBackup)) {
            if (!backup.enabled || !backup.destinationRegion || backup.destinationRegion === region)
                continue;
            const instance = acsArn('rds', region, snapshot.account, backup.instanceId);
            const loc = liveLoc(instance, 'rds:DescribeCrossRegionBackupDBInstance');
            out.push({
                ...recordBase(`${instance} cross-region backup -> ${backup.destinationRegion}`, 'ALIYUN::RDS::DBInstance', region, snapshot.account, 'rds:DescribeCrossRegionBackupDBInstance'),
                loc,
                kind: 'data-flow',
                flowKind: 'alicloud-rds-backup',
                source: instances.has(backup.instanceId) ? { kind: 'resource', id: instance, loc } : { kind: 'external', value: backup.instanceId, loc },
                sourceRegion: known(region, loc),
                destination: { kind: 'external', value: `cross-region backups of ${backup.instanceId}`, loc },
                destinationRegion: known(backup.destinationRegion, loc),
            });
        }
    }
    return out;
}
export function normalizeFlows(snapshot) {
    return [...ossFlows(snapshot), ...rdsBackupFlows(snapshot)];
}
