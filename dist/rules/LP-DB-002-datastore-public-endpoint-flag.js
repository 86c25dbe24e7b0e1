import { datastoreFix, describeDatastore } from '../src/analysis/datastore-text.js';
import { assessStatement } from '../src/model/policy.js';
import { datastoreTemplateFix } from '../src/fixes/cloudformation.js';
/** The public knob a datastore has set, if any: what it is and where it is written. */
function publicKnob(ds) {
    const flag = ds.publiclyAccessible;
    if (flag?.known && flag.value) {
        // A flag located at the whole resource was not written: it is the service's default.
        const byDefault = flag.loc !== undefined && flag.loc.startLine === ds.loc.startLine && flag.loc.endLine === ds.loc.endLine;
        return { what: byDefault ? 'publicly_accessible unset, which AWS takes as true' : 'publicly_accessible = true', loc: flag.loc };
    }
    // Alibaba: an endpoint switched on explicitly (a connection resource, enable_public = true); a default-on Kibana endpoint is not a knob someone set.
    const ep = ds.publicEndpoints.find((e) => e.enabled.known && e.enabled.value && e.enabled.loc);
    if (ep)
        return { what: `a ${ep.name}${ep.address ? ` (${ep.address})` : ' switched on'}`, loc: ep.enabled.loc ?? ep.loc };
    // OpenSearch outside a VPC whose policy admits anyone: only fine-grained access control's credentials stand in the way.
    if (ds.service === 'opensearch' && ds.inNetwork.known && !ds.inNetwork.value && ds.requiresCredentials?.known && ds.requiresCredentials.value) {
        const policy = ds.accessPolicy?.known ? ds.accessPolicy.value : undefined;
        const open = policy?.statements.find((st) => assessStatement(st).kind === 'open');
        if (open)
            return { what: 'a public endpoint (no vpc_options) whose access policy admits "*", guarded only by fine-grained access control credentials', loc: open.loc ?? policy?.loc };
    }
    return undefined;
}
const rule = {
    id: 'LP-DB-002',
    slug: 'datastore-public-endpoint-flag',
    title: 'Datastore has a public endpoint although nothing reaches it today',
    severity: 'medium',
    category: 'public-datastore',
    resourceKinds: ['datastore'],
    description: 'The datastore asks for a public address or endpoint — publicly_accessible = true (RDS, Aurora and Neptune ' +
        'instances, Redshift, DMS), an Alibaba Cloud public connection or enabled public endpoint, or an OpenSearch ' +
        'domain outside a VPC that relies on fine-grained access control alone — but another gate (a private ' +
        'subnet, a NACL deny, a security group or allowlist that admits no one from the internet) keeps it ' +
        'unreachable today. Defence in depth: one route, rule or allowlist change away from exposure. Not reported ' +
        'when LP-DB-001 already reports the datastore as reachable or possibly reachable.',
    remediation: 'Turn the public endpoint off unless clients outside the network need it; rely on private connectivity (VPC peering, PrivateLink, VPN).',
    references: [
        'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
        'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-2',
        'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-1',
        'https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html#dms-1',
        'https://www.alibabacloud.com/help/en/rds/apsaradb-rds-for-mysql/apply-for-or-release-a-public-endpoint-for-an-apsaradb-rds-for-mysql-instance',
    ],
    frameworks: ['AWS-FSBP-RDS.2', 'AWS-FSBP-Redshift.1', 'AWS-FSBP-DMS.1', 'NIST-800-53-SC-7'],
    check(resource, ctx) {
        if (resource.kind !== 'datastore')
            return [];
        const verdict = ctx.reachability(resource);
        if (verdict.verdict !== 'not-reachable')
            return [];
        const knob = publicKnob(resource);
        if (!knob)
            return [];
        const why = verdict.blockedBy ? ` ${verdict.blockedBy.address}: ${verdict.blockedBy.detail}.` : '';
        // A DMS replication instance serves nothing: the flag only gives it a public address it does not need.
        const message = resource.ports.length === 0
            ? `${describeDatastore(resource)} has ${knob.what}: it gets a public IP address, which it does not need to reach its source and target endpoints.`
            : `${describeDatastore(resource)} has ${knob.what}, but is not reachable from the internet today.${why} One change to that gate would expose it.`;
        return [
            {
                message,
                ...(knob.loc ? { location: knob.loc } : {}),
                ...(verdict.blockedBy ? { path: [verdict.blockedBy] } : {}),
                details: { verdict: 'not-reachable', ...(verdict.blockedBy ? { blockedBy: `${verdict.blockedBy.address}: ${verdict.blockedBy.detail}` } : {}) },
                fix: { terraform: datastoreFix(resource), ...datastoreTemplateFix(resource) },
            },
        ];
    },
};
export default rule;
