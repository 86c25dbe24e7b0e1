import { computeFix, pathText } from '../src/analysis/datastore-text.js';
import { DATABASE_PORTS, describeNamedPorts, isAllPorts, namedPortsIn } from '../src/model/ports.js';
import { computeTemplateFix } from '../src/fixes/cloudformation.js';
const rule = {
    id: 'LP-DB-005',
    slug: 'self-hosted-database-exposed',
    title: 'Database port of an instance is reachable from the internet',
    severity: 'high',
    category: 'public-datastore',
    resourceKinds: ['compute'],
    description: 'An EC2 or ECS instance has a public address (associate_public_ip_address, a default subnet, an Elastic IP, ' +
        'internet_max_bandwidth_out > 0, an EIP association) and the whole way in — route to an internet gateway, ' +
        'network ACL, security groups (Alibaba rules by priority, drop beating accept) — admits the internet to a ' +
        'database or search-engine port: Elasticsearch 9200/9300, Kibana 5601, MongoDB 27017, Redis 6379, MySQL ' +
        '3306, PostgreSQL 5432, SQL Server 1433, Oracle 1521, CouchDB 5984, Cassandra 9042, Memcached 11211, ' +
        'InfluxDB 8086, Neo4j 7474, ClickHouse 8123/9000, etcd 2379 and others. Self-hosted databases on such ports ' +
        'are the most common source of open-database leaks. "Possibly" (a needed fact unknown) is reported at medium.',
    remediation: 'Bind the database to private addresses, admit its port only from the application tier\'s security group, ' +
        'and remove the public address if the instance does not serve the internet.',
    references: [
        'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
        'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19',
        'https://www.alibabacloud.com/help/en/ecs/user-guide/security-group-rules',
    ],
    frameworks: ['AWS-FSBP-EC2.19', 'NIST-800-53-SC-7', 'PCI-DSS-4.0-1.3.1'],
    check(resource, ctx) {
        if (resource.kind !== 'compute')
            return [];
        const verdict = ctx.reachability(resource);
        if (verdict.verdict === 'not-reachable')
            return [];
        const dbPorts = namedPortsIn(verdict.ports, DATABASE_PORTS);
        if (dbPorts.length === 0)
            return [];
        // "Possibly" needs a rule that points at a database port: a known open rule, or an uncertain one
        // for a specific range. An all-traffic rule from an unknown range says nothing about a database.
        if (verdict.verdict === 'possibly') {
            const evidence = verdict.path.some((h) => h.kind === 'security-group' && h.ports && namedPortsIn(h.ports, DATABASE_PORTS).length > 0 && (!h.uncertain || !h.ports.some(isAllPorts)));
            if (!evidence)
                return [];
        }
        // Point at the rule that opens a database port: that is the line to change.
        const firewallHop = verdict.path.find((h) => h.kind === 'security-group' && h.ports && namedPortsIn(h.ports, DATABASE_PORTS).length > 0) ??
            verdict.path.find((h) => h.kind === 'security-group');
        const fix = { terraform: computeFix(resource, firewallHop?.address), ...computeTemplateFix(resource, firewallHop?.address) };
        const via = pathText(verdict.path);
        const everyPort = verdict.ports.some(isAllPorts);
        const ports = everyPort ? 'every port, database ports included' : describeNamedPorts(dbPorts);
        if (verdict.verdict === 'reachable')
            return [
                {
                    message: `${resource.id} has a public address and the internet can reach its database ports (${ports}): internet → ${via}.`,
                    location: firewallHop?.loc ?? resource.loc,
                    key: dbPorts.map((p) => p.range.from).join(','),
                    path: verdict.path,
                    details: { verdict: 'reachable', databasePorts: ports },
                    fix,
                },
            ];
        return [
            {
                severity: 'medium',
                message: `${resource.id} possibly exposes database ports (${ports}) to the internet${via ? ` (internet → ${via})` : ''}; not known: ${verdict.missing.join('; ')}.`,
                location: firewallHop?.loc ?? resource.loc,
                key: dbPorts.map((p) => p.range.from).join(','),
                path: verdict.path,
                missing: verdict.missing,
                details: { verdict: 'possibly', databasePorts: ports },
                fix,
            },
        ];
    },
};
export default rule;
