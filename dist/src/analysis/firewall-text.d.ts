import type { FirewallExposure } from './firewall-exposure.js';
/** `module.x.aws_security_group_rule.ssh[0]` → { type: 'aws_security_group_rule', name: 'ssh' } */
export declare function declarationName(address: string): {
    type: string;
    name: string;
};
/** "aws_security_group.web ingress[0] accepts tcp port 22 from 0.0.0.0/0 (all IPv4 addresses) — SSH" */
export declare function exposureSentence(e: FirewallExposure): string;
/** The declaration rewritten with a narrow source, in the form it was written. */
export declare function exposureFix(e: FirewallExposure): string;
