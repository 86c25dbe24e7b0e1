import { securityGroupExposures } from '../src/analysis/firewall-exposure.js';
import { exposureFix, exposureSentence } from '../src/analysis/firewall-text.js';
import { firewallTemplateFix } from '../src/fixes/cloudformation.js';
const rule = {
    id: 'LP-FW-003',
    slug: 'ingress-database-ports',
    title: 'Security group admits database ports from the internet',
    severity: 'high',
    category: 'open-firewall',
    resourceKinds: ['security-group'],
    description: 'A security group rule accepts a database or search-engine port — MySQL 3306, PostgreSQL 5432, SQL Server ' +
        '1433 and Analysis Services 2383, Oracle 1521, MongoDB 27017, Redis 6379, Elasticsearch 9200/9300, Kibana ' +
        '5601, Cassandra, CouchDB, Memcached, InfluxDB, Neo4j, ClickHouse, etcd, ... — from 0.0.0.0/0, ::/0 or an ' +
        'equivalent wide range. This is how most database leaks start: whatever is bound to the port answers the ' +
        'whole internet. Whether a datastore behind the group is actually reachable is judged by LP-DB-001 and ' +
        'LP-DB-005; this rule reports the rule itself.',
    remediation: 'Admit the database port only from the security group of the application tier (source_security_group_id, ' +
        'security_groups, referenced_security_group_id) or from the VPC range, never from the internet.',
    references: [
        'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19',
        'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html',
        'https://www.alibabacloud.com/help/en/ecs/user-guide/security-group-rules',
    ],
    frameworks: ['AWS-FSBP-EC2.19', 'NIST-800-53-SC-7', 'PCI-DSS-4.0-1.3.1'],
    check(resource) {
        if (resource.kind !== 'security-group')
            return [];
        return securityGroupExposures(resource)
            .filter((e) => e.class === 'database')
            .map((e) => ({
            message: exposureSentence(e),
            ...(e.loc ? { location: e.loc } : {}),
            key: e.key,
            details: { sources: e.sources.join(', '), protocol: e.protocol, ports: e.ports.map((p) => `${p.from}-${p.to}`).join(',') },
            fix: { terraform: exposureFix(e), ...firewallTemplateFix(e) },
        }));
    },
};
export default rule;
