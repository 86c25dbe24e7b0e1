import { networkAclExposures } from '../src/analysis/firewall-exposure.js';
import { exposureFix, exposureSentence } from '../src/analysis/firewall-text.js';
import { firewallTemplateFix } from '../src/fixes/cloudformation.js';
const rule = {
    id: 'LP-FW-005',
    slug: 'nacl-open-ingress',
    title: 'Network ACL admits admin, database or all ports from the internet',
    severity: 'medium',
    category: 'open-firewall',
    resourceKinds: ['network-acl'],
    description: 'A network ACL allow entry admits all traffic, an admin port (22, 23, 3389, 5985-5986) or a database port ' +
        'from 0.0.0.0/0, ::/0 or an equivalent wide range. Entries are evaluated in rule-number order: ports that a ' +
        'lower-numbered deny from everywhere already refuses are not reported. The subnet\'s ACL is the only ' +
        'stateless layer in front of the security groups; when it admits everything, one permissive group is all ' +
        'it takes. Explicit admin or database allows are medium; an allow-all entry, which is every default ACL\'s ' +
        'posture, is low. Not reported: ports such as 80/443, and 1024-65535 (the return range stateless ACLs must admit ' +
        'for outbound connections to work). Covers aws_network_acl, aws_default_network_acl (inline entries) and ' +
        'aws_network_acl_rule.',
    remediation: 'Admit admin and database ports only from the ranges that need them, or put a lower-numbered deny from ' +
        '0.0.0.0/0 (and ::/0) in front of them; replace allow-all entries with the ports the subnet serves.',
    references: [
        'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
        'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21',
    ],
    frameworks: ['CIS-AWS-5.1', 'AWS-FSBP-EC2.21', 'NIST-800-53-SC-7'],
    check(resource) {
        if (resource.kind !== 'network-acl')
            return [];
        const exposures = networkAclExposures(resource);
        const results = exposures
            .filter((e) => e.class !== 'all')
            .map((e) => ({
            message: exposureSentence(e),
            ...(e.loc ? { location: e.loc } : {}),
            key: e.key,
            details: { sources: e.sources.join(', '), protocol: e.protocol, ports: e.ports.map((p) => `${p.from}-${p.to}`).join(','), ruleNumber: String(e.order ?? '') },
            fix: { terraform: exposureFix(e), ...firewallTemplateFix(e) },
        }));
        // Allow-all entries (IPv4 and IPv6 alike) are one posture, every default ACL's: one low finding per ACL.
        const allowAll = exposures.filter((e) => e.class === 'all');
        const first = allowAll[0];
        if (first)
            results.push({
                severity: 'low',
                message: `Network ACL ${resource.id} allows all traffic from ${allowAll.map((e) => `${e.sources.join(', ')} (rule ${e.order ?? '?'})`).join(' and ')}: every port, admin and database ports included. This is AWS's default posture, which leaves all filtering to the security groups.`,
                ...(first.loc ? { location: first.loc } : {}),
                key: `${resource.id}:allow-all`,
                details: { sources: allowAll.flatMap((e) => e.sources).join(', '), ruleNumbers: allowAll.map((e) => String(e.order ?? '?')).join(', ') },
                fix: { terraform: exposureFix(first), ...firewallTemplateFix(first) },
            });
        return results;
    },
};
export default rule;
