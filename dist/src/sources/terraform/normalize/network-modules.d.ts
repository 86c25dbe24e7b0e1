import type { NetworkAcl, SecurityGroup } from '../../../model/resources.js';
import { type NormalizeContext } from './common.js';
export declare const SG_MODULE: RegExp;
export declare const SG_MODULE_GIT: RegExp;
export declare const VPC_MODULE: RegExp;
export declare const VPC_MODULE_GIT: RegExp;
/** Security groups and network ACLs of the registry modules modelled here. */
export declare function firewallsFromKnownModules(ctx: NormalizeContext): Array<SecurityGroup | NetworkAcl>;
