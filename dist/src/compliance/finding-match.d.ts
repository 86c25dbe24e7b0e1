/**
 * Which findings of a rule speak to a control. Most controls take every
 * finding of their rules; some name a port (CIS "port 22"), an address family
 * ("0.0.0.0/0" versus "::/0") or a resource type ("RDS instances"), and then
 * only the findings that say so count.
 */
import type { Finding } from '../findings/finding.js';
import type { Framework, RuleRef } from './framework.js';
export declare function findingMatchesRef(finding: Finding, ref: RuleRef): boolean;
/** A framework about one cloud judges only that cloud's findings. */
export declare function findingInFramework(finding: Finding, framework: Framework): boolean;
