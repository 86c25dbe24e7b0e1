import { KeyedLimiter } from '../live/limiter.js';
import { CallLog } from './call-log.js';
import { dynamodbCollector } from './collect/dynamodb.js';
import { ec2Collector } from './collect/ec2.js';
import { elasticacheCollector } from './collect/elasticache.js';
import { opensearchCollector } from './collect/opensearch.js';
import { rdsCollector, rdsGlobalCollector } from './collect/rds.js';
import { redshiftCollector } from './collect/redshift.js';
import { s3Collector } from './collect/s3.js';
import { ebsSnapshotCollector, rdsSnapshotCollector } from './collect/snapshots.js';
import { normalizeAccount } from './normalize/index.js';
import { awsRegions, awsTargets } from './session.js';
import { newAccountSnapshot } from './snapshot.js';
/**
 * S3 answers bucket-setting reads at thousands of requests a second, and an
 * account's buckets need several reads each with no batch call: S3 gets this
 * many times the per-service bound.
 */
export const S3_BOUND_FACTOR = 4;
export function awsAuditProvider(options) {
    const limiter = new KeyedLimiter(options.callsPerService, (key) => (key.endsWith('|s3') ? options.callsPerService * S3_BOUND_FACTOR : options.callsPerService));
    const calls = new CallLog();
    return {
        provider: 'aws',
        calls,
        limiter,
        targets: () => awsTargets(options, limiter, calls),
        regions: (session) => awsRegions(session, options.regions),
        newSnapshot: (account, session, regions) => newAccountSnapshot(account, session.partition, regions),
        accountCollectors: [s3Collector, rdsGlobalCollector],
        regionalCollectors: [ec2Collector, rdsCollector, redshiftCollector, opensearchCollector, elasticacheCollector, dynamodbCollector, rdsSnapshotCollector, ebsSnapshotCollector],
        normalize: normalizeAccount,
        close: (session) => session.clients.destroy(),
    };
}
