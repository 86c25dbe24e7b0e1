import { securityGroupExposures } from '../src/analysis/firewall-exposure.js';
import { exposureFix, exposureSentence } from '../src/analysis/firewall-text.js';
import { firewallTemplateFix } from '../src/fixes/cloudformation.js';
const rule = {
    id: 'LP-FW-004',
    slug: 'ingress-other-port',
    title: 'Security group admits a port from the internet',
    severity: 'low',
    category: 'open-firewall',
    resourceKinds: ['security-group'],
    description: 'A security group rule accepts a port (or a port-less protocol such as GRE) from 0.0.0.0/0, ::/0 or an ' +
        'equivalent wide range, and the port is neither an admin nor a database port. That is intended for public ' +
        'web front ends (80/443 on a load balancer) and is reported at low severity so every internet-facing port ' +
        'is on record; anything else on the list deserves a second look. ICMP is not reported: it carries no data. ' +
        'A rule open to everyone whose protocol or ports the input leaves undecided (a variable without a value, an ' +
        'invalid range such as FromPort 80 / ToPort 0) is reported here too, naming what is unknown: it may be anything.',
    remediation: 'Keep the rule only where the service is meant to be public (and then on the load balancer, not the hosts); ' +
        'otherwise admit only the clients that need the port.',
    references: [
        'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
        'https://www.alibabacloud.com/help/en/ecs/user-guide/security-group-rules',
    ],
    frameworks: ['NIST-800-53-SC-7', 'PCI-DSS-4.0-1.3.1'],
    check(resource) {
        if (resource.kind !== 'security-group')
            return [];
        return securityGroupExposures(resource)
            .filter((e) => e.class === 'other' || e.class === 'undetermined')
            .map((e) => ({
            message: exposureSentence(e),
            ...(e.loc ? { location: e.loc } : {}),
            key: e.key,
            ...(e.missing ? { missing: e.missing } : {}),
            details: { sources: e.sources.join(', '), protocol: e.protocol, ports: e.class === 'undetermined' ? 'unknown' : e.ports.map((p) => `${p.from}-${p.to}`).join(',') },
            fix: { terraform: exposureFix(e), ...firewallTemplateFix(e) },
        }));
    },
};
export default rule;
