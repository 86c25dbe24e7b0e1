import { securityGroupExposures } from '../src/analysis/firewall-exposure.js';
import { exposureFix, exposureSentence } from '../src/analysis/firewall-text.js';
import { firewallTemplateFix } from '../src/fixes/cloudformation.js';
const rule = {
    id: 'LP-FW-002',
    slug: 'ingress-admin-ports',
    title: 'Security group admits remote administration from the internet',
    severity: 'high',
    category: 'open-firewall',
    resourceKinds: ['security-group'],
    description: 'A security group rule accepts SSH (22), Telnet (23), RDP (3389) or WinRM (5985-5986) from 0.0.0.0/0, ::/0 ' +
        'or an equivalent wide range, so anyone can try credentials and exploits against the host\'s shell or ' +
        'desktop. Port ranges are compared as ranges: 20-60 opens SSH and Telnet. A rule that opens every port is ' +
        'reported by LP-FW-001 instead. Alibaba Cloud accepts overridden by a higher- or equal-priority drop are not ' +
        'reported.',
    remediation: 'Reach hosts through AWS Systems Manager Session Manager or Alibaba Cloud Workbench, a VPN or a bastion; if a ' +
        'direct rule must stay, admit only the administrators\' addresses.',
    references: [
        'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13',
        'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html',
        'https://www.alibabacloud.com/help/en/ecs/user-guide/security-group-rules',
    ],
    frameworks: ['CIS-AWS-5.2', 'CIS-AWS-5.3', 'AWS-FSBP-EC2.13', 'AWS-FSBP-EC2.14', 'NIST-800-53-SC-7', 'PCI-DSS-4.0-1.3.1'],
    check(resource) {
        if (resource.kind !== 'security-group')
            return [];
        return securityGroupExposures(resource)
            .filter((e) => e.class === 'admin')
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
