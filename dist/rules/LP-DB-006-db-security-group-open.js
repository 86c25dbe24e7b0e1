import { describeCidr, isEveryone } from '../src/model/cidr.js';
const rule = {
    id: 'LP-DB-006',
    slug: 'db-security-group-open',
    title: 'Database security group admits the internet',
    severity: 'high',
    category: 'public-datastore',
    resourceKinds: ['security-group'],
    description: 'An EC2-Classic database security group (aws_db_security_group, aws_redshift_security_group) has an ingress ' +
        'entry whose CIDR is 0.0.0.0/0, ::/0 or a range wider than /8. Such a group guards nothing but the database ' +
        'port of the instances that use it, so the entry admits the internet to the database itself. These groups ' +
        'belong to the retired EC2-Classic platform; migrate the database to a VPC.',
    remediation: 'Replace the entry with the application servers\' range or security group, and move the database into a VPC with VPC security groups.',
    references: [
        'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_security_group',
        'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html',
    ],
    frameworks: ['NIST-800-53-SC-7', 'PCI-DSS-4.0-1.3.1'],
    check(resource) {
        if (resource.kind !== 'security-group' || resource.scope !== 'database')
            return [];
        const byKey = new Map();
        for (const r of resource.rules) {
            if (r.direction !== 'ingress' || r.source.kind !== 'cidr' || !isEveryone(r.source.cidr))
                continue;
            const key = r.key ?? resource.id;
            byKey.set(key, [...(byKey.get(key) ?? []), r]);
        }
        return [...byKey].map(([key, rules]) => {
            const cidrs = rules.map((r) => (r.source.kind === 'cidr' ? r.source.cidr : '')).filter(Boolean);
            return {
                message: `${key} admits ${cidrs.map(describeCidr).join(', ')} to the database port of every instance using ${resource.id}.`,
                ...(rules[0].loc ? { location: rules[0].loc } : {}),
                key,
                details: { cidr: cidrs.join(', ') },
                fix: { terraform: `# ${resource.id}\ningress {\n  cidr = "10.0.0.0/16" # the application servers, instead of ${cidrs[0]}\n}` },
            };
        });
    },
};
export default rule;
