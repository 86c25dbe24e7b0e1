import { describeEndpoint, flowSummary, residencyFix } from '../src/analysis/flow-text.js';
import { assessFlow } from '../src/analysis/residency.js';
import { flowTemplateFix } from '../src/fixes/cloudformation.js';
const rule = {
    id: 'LP-RES-001',
    slug: 'cross-jurisdiction-flow',
    title: 'Data is copied to a region outside the allowed jurisdictions',
    severity: 'high',
    category: 'data-residency',
    resourceKinds: ['data-flow'],
    description: 'A replication or backup link copies data into a region whose jurisdiction is outside the allowed set: S3 ' +
        'and OSS replication, RDS cross-region read replicas and automated-backup replication, Aurora global ' +
        'databases, DynamoDB global-table replicas, ElastiCache global datastores and ApsaraDB RDS cross-region ' +
        'backup. By default a flow may only stay in the source region\'s own jurisdiction (a country, or the EU); ' +
        '--allowed-jurisdictions and --allowed-regions set the allowed destinations explicitly. The copy falls ' +
        'under the destination country\'s law and access regime, whatever the source region promised (high). When ' +
        'a region the decision needs is unknown (a variable, a bucket outside the scan, no provider region), the ' +
        'finding is a medium "possibly" that names the missing fact.',
    remediation: 'Replicate to a region inside the allowed jurisdictions (create the destination through a provider alias ' +
        'in such a region), or, if the destination is intended, allow it explicitly with --allowed-regions or ' +
        '--allowed-jurisdictions and record the legal basis for the transfer.',
    references: [
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html',
        'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.XRgn.html',
        'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html',
        'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html',
        'https://www.alibabacloud.com/help/en/oss/user-guide/cross-region-replication-overview',
        'https://www.alibabacloud.com/help/en/rds/apsaradb-rds-for-mysql/back-up-an-apsaradb-rds-for-mysql-instance-across-regions',
    ],
    frameworks: ['GDPR-Art-44', 'PIPL-Art-38', 'ISO27001-A.5.34'],
    check(resource, ctx) {
        if (resource.kind !== 'data-flow')
            return [];
        const flow = resource;
        const verdict = assessFlow(flow, ctx.residency);
        if (verdict.verdict === 'allowed')
            return [];
        const policy = ctx.residency.description ?? "allowed: the source's own jurisdiction";
        const details = {
            flow: flow.flowKind,
            sourceRegion: verdict.source?.region ?? 'unknown',
            destinationRegion: verdict.destination?.region ?? 'unknown',
            policy,
        };
        if (verdict.source?.jurisdiction)
            details.sourceJurisdiction = verdict.source.jurisdiction;
        if (verdict.destination?.jurisdiction)
            details.destinationJurisdiction = verdict.destination.jurisdiction;
        const fix = { terraform: residencyFix(flow, ctx.residency), ...flowTemplateFix(flow, ctx.residency) };
        if (verdict.verdict === 'outside') {
            return [
                {
                    message: `${flowSummary(flow)} copies data from ${describeEndpoint(verdict.source, flow.provider)} to ${describeEndpoint(verdict.destination, flow.provider)}, outside the allowed set (${policy}).`,
                    details,
                    fix,
                },
            ];
        }
        return [
            {
                severity: 'medium',
                message: `${flowSummary(flow)} possibly copies data outside the allowed set (${policy}): from ${describeEndpoint(verdict.source, flow.provider)} to ${describeEndpoint(verdict.destination, flow.provider)}; not known: ${verdict.missing.join('; ')}.`,
                missing: verdict.missing,
                details,
                fix,
            },
        ];
    },
};
export default rule;
