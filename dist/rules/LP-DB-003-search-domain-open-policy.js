import { describeDatastore } from '../src/analysis/datastore-text.js';
import { assessStatement, statementLabel } from '../src/model/policy.js';
const rule = {
    id: 'LP-DB-003',
    slug: 'search-domain-open-policy',
    title: 'OpenSearch/Elasticsearch access policy admits anyone',
    severity: 'high',
    category: 'public-datastore',
    resourceKinds: ['datastore'],
    description: 'The domain\'s access policy (inline access_policies, or aws_elasticsearch_domain_policy / ' +
        'aws_opensearch_domain_policy) has an Allow statement for Principal "*" (or NotPrincipal) with no condition ' +
        'that restricts who or from where — no aws:SourceIp range narrower than everyone, no aws:SourceVpc, ' +
        'aws:SourceVpce, aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceAccount or similar. This is the ' +
        'configuration behind the December 2019 camera-company leak. When the domain has a public endpoint the ' +
        'exposure is reported once, as a reachable datastore, by LP-DB-001; this rule reports open policies on ' +
        'domains inside a VPC (where only the security groups stand in the way: medium) and on domains whose ' +
        'reachability is otherwise undecided. Domains with fine-grained access control, for which AWS recommends an ' +
        'open policy, are left to LP-DB-002.',
    remediation: 'Name the principals that may call the domain (IAM roles or users of your account), or restrict the ' +
        'statement with aws:SourceIp / aws:SourceVpc conditions; enable fine-grained access control.',
    references: [
        'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html',
        'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-2',
    ],
    frameworks: ['AWS-FSBP-Opensearch.2', 'NIST-800-53-AC-3', 'NIST-800-53-AC-6'],
    check(resource, ctx) {
        if (resource.kind !== 'datastore' || resource.service !== 'opensearch')
            return [];
        if (!resource.accessPolicy?.known)
            return [];
        if (resource.requiresCredentials?.known && resource.requiresCredentials.value)
            return [];
        if (ctx.reachability(resource).verdict === 'reachable')
            return [];
        const doc = resource.accessPolicy.value;
        const inVpc = resource.inNetwork.known && resource.inNetwork.value;
        const out = [];
        for (const st of doc.statements) {
            const exposure = assessStatement(st);
            if (exposure.kind !== 'open')
                continue;
            const label = statementLabel(doc, st);
            out.push({
                ...(inVpc ? { severity: 'medium' } : {}),
                message: `${describeDatastore(resource)}: ${label} of ${doc.address ?? resource.id} — ${exposure.detail} — admits anyone${inVpc ? '; the domain is in a VPC, so only its security groups keep the internet out' : ''}.`,
                ...(st.loc ?? doc.loc ? { location: st.loc ?? doc.loc } : {}),
                key: `${doc.address ?? resource.id}:${label}`,
                details: { statement: exposure.detail },
                fix: {
                    terraform: [
                        `# ${doc.address ?? resource.id}: name the principals instead of "*", or add a restricting condition`,
                        'Principal = { AWS = aws_iam_role.search_clients.arn }',
                        '# or keep "*" only with: Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } }',
                    ].join('\n'),
                },
            });
        }
        return out;
    },
};
export default rule;
