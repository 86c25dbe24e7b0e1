import type { SourceLocation } from '../../model/location.js';
import type { FirewallRule } from '../../model/resources.js';
export declare function awsDefaultGroupRule(groupId: string, loc: SourceLocation): FirewallRule;
