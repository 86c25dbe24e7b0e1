import { datastoreFix, describeDatastore, findingLocation, pathText } from '../src/analysis/datastore-text.js';
import { formatRanges } from '../src/model/ports.js';
import { datastoreTemplateFix } from '../src/fixes/cloudformation.js';
const rule = {
    id: 'LP-DB-001',
    slug: 'datastore-internet-reachable',
    title: 'Datastore is reachable from the internet',
    severity: 'critical',
    category: 'public-datastore',
    resourceKinds: ['datastore'],
    description: 'One verdict per managed datastore: can an arbitrary address on the internet open a connection to its ' +
        'service port? For AWS the whole way in is followed — internet gateway, the route table of each subnet ' +
        '(explicit association, else the VPC main table), the subnet\'s network ACL in rule-number order, the union ' +
        'of its security groups, and its own gate (publicly_accessible, a public endpoint outside a VPC with an ' +
        'access policy open to "*"). ElastiCache and DocumentDB have no public endpoint. For Alibaba Cloud a ' +
        'database is reachable when it has a public connection (alicloud_db_connection, alicloud_kvstore_connection, ' +
        'a MongoDB public address, a PolarDB public endpoint, Elasticsearch enable_public or the Kibana public ' +
        'endpoint) and the allowlist guarding it admits 0.0.0.0/0 or a range wider than /8. A reachable datastore ' +
        'is critical and the finding carries the path. When a fact the verdict needs is unknown (a subnet group ' +
        'outside the scan, a flag from a variable), the finding is "possibly reachable" at medium severity and ' +
        'names the missing facts. An open allowlist or policy that is not (yet) reachable is reported by LP-DB-003 ' +
        'and LP-DB-004 instead, so one exposure gives one finding.',
    remediation: 'Close the way in at the resource\'s own gate first (publicly_accessible = false, VPC placement, no public ' +
        'connection), then keep it in private subnets behind security groups or allowlists that admit only its clients.',
    references: [
        'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
        'https://docs.aws.amazon.com/vpc/latest/userguide/how-it-works.html',
        'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html',
        'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-2',
        'https://www.alibabacloud.com/help/en/rds/apsaradb-rds-for-mysql/configure-an-ip-address-whitelist',
    ],
    frameworks: ['CIS-AWS-2.3.3', 'AWS-FSBP-RDS.2', 'AWS-FSBP-Opensearch.2', 'AWS-FSBP-Redshift.1', 'NIST-800-53-SC-7', 'PCI-DSS-4.0-1.4.1'],
    check(resource, ctx) {
        if (resource.kind !== 'datastore')
            return [];
        const verdict = ctx.reachability(resource);
        if (verdict.verdict === 'not-reachable')
            return [];
        const fix = { terraform: datastoreFix(resource), ...datastoreTemplateFix(resource) };
        const via = pathText(verdict.path);
        if (verdict.verdict === 'reachable') {
            return [
                {
                    message: `${describeDatastore(resource)} is reachable from the internet on ${formatRanges(verdict.ports)}: internet → ${via}.`,
                    location: findingLocation(resource, verdict),
                    path: verdict.path,
                    details: { verdict: 'reachable', ports: formatRanges(verdict.ports) },
                    fix,
                },
            ];
        }
        return [
            {
                severity: 'medium',
                message: `${describeDatastore(resource)} is possibly reachable from the internet on ${formatRanges(verdict.ports)}${via ? ` (internet → ${via})` : ''}; not known: ${verdict.missing.join('; ')}.`,
                location: findingLocation(resource, verdict),
                path: verdict.path,
                missing: verdict.missing,
                details: { verdict: 'possibly', ports: formatRanges(verdict.ports) },
                fix,
            },
        ];
    },
};
export default rule;
