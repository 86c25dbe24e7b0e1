import { securityGroupExposures } from '../src/analysis/firewall-exposure.js';
import { exposureFix, exposureSentence } from '../src/analysis/firewall-text.js';
import { firewallTemplateFix } from '../src/fixes/cloudformation.js';
const rule = {
    id: 'LP-FW-001',
    slug: 'ingress-all-ports',
    title: 'Security group admits all traffic from the internet',
    severity: 'high',
    category: 'open-firewall',
    resourceKinds: ['security-group'],
    description: 'A security group rule accepts every port (or every protocol) from 0.0.0.0/0, ::/0 or a range so wide it ' +
        'amounts to everyone (any prefix shorter than /8, such as 0.0.0.0/1). Whatever listens on a member — a ' +
        'database, an admin console, a debug port — is exposed to the whole internet. Covers aws_security_group and ' +
        'aws_default_security_group ingress blocks, aws_security_group_rule, aws_vpc_security_group_ingress_rule and ' +
        'alicloud_security_group_rule (an accept that a higher- or equal-priority drop overrides is not reported).',
    remediation: 'Replace the rule with one rule per port the service needs, each admitting only the clients that need it: ' +
        'another security group (the load balancer, the application tier) or a named address range.',
    references: [
        'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
        'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18',
        'https://www.alibabacloud.com/help/en/ecs/user-guide/security-group-rules',
    ],
    frameworks: ['CIS-AWS-5.2', 'CIS-AWS-5.3', 'AWS-FSBP-EC2.18', 'NIST-800-53-SC-7', 'PCI-DSS-4.0-1.3.1'],
    check(resource) {
        if (resource.kind !== 'security-group')
            return [];
        return securityGroupExposures(resource)
            .filter((e) => e.class === 'all')
            .map((e) => ({
            message: `${exposureSentence(e)} Every service on the members of ${resource.id} is open to the internet.`,
            ...(e.loc ? { location: e.loc } : {}),
            key: e.key,
            details: { sources: e.sources.join(', '), protocol: e.protocol, ports: e.ports.map((p) => `${p.from}-${p.to}`).join(',') },
            fix: { terraform: exposureFix(e), ...firewallTemplateFix(e) },
        }));
    },
};
export default rule;
