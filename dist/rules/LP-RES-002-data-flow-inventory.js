import { describeEndpoint, flowSummary } from '../src/analysis/flow-text.js';
import { assessFlow } from '../src/analysis/residency.js';
const rule = {
    id: 'LP-RES-002',
    slug: 'data-flow-inventory',
    title: 'Cross-region data flow (inventory)',
    severity: 'info',
    category: 'data-residency',
    resourceKinds: ['data-flow'],
    description: 'Every cross-region copy of data that stays inside the allowed regions and jurisdictions, reported at info ' +
        'so that the report is also an inventory of where data goes: which replication, replica or backup link ' +
        'copies what, from which region to which. Flows outside the allowed set, or that cannot be judged, are ' +
        'reported by LP-RES-001 instead.',
    remediation: 'Nothing to fix. Check that each listed destination is intended and covered by your records of processing; ' +
        'the inventory is what an auditor asks for.',
    references: [
        'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html',
        'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html',
        'https://www.alibabacloud.com/help/en/oss/user-guide/cross-region-replication-overview',
    ],
    frameworks: ['GDPR-Art-30'],
    check(resource, ctx) {
        if (resource.kind !== 'data-flow')
            return [];
        const verdict = assessFlow(resource, ctx.residency);
        if (verdict.verdict !== 'allowed')
            return [];
        return [
            {
                message: `${flowSummary(resource)} copies data from ${describeEndpoint(verdict.source, resource.provider)} to ${describeEndpoint(verdict.destination, resource.provider)} (${ctx.residency.description ?? "allowed: the source's own jurisdiction"}).`,
                details: {
                    flow: resource.flowKind,
                    sourceRegion: verdict.source?.region ?? 'unknown',
                    destinationRegion: verdict.destination.region,
                    ...(verdict.destination.jurisdiction ? { destinationJurisdiction: verdict.destination.jurisdiction } : {}),
                },
            },
        ];
    },
};
export default rule;
