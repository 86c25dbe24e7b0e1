/**
 * Fix snippets in template syntax (CloudFormation YAML, Alibaba ROS YAML) for
 * findings on resources that came from a template: the rules put them beside
 * their Terraform snippets (`fix.cloudformation`, `fix.ros`) and the engine
 * shows the one matching the finding's source. Each snippet names the
 * template's own logical id and the property to change.
 */
import type { FirewallExposure } from '../analysis/firewall-exposure.js';
import type { ResidencyPolicy } from '../engine/rule.js';
import type { Bucket, Compute, Datastore, DataFlow } from '../model/resources.js';
export interface TemplateFix {
    cloudformation?: string;
    ros?: string;
}
/** Where a datastore stops being public, in its template's terms. */
export declare function datastoreTemplateFix(ds: Datastore): TemplateFix;
/** The rule (or entry) that admits the world, narrowed to the clients that need it. */
export declare function firewallTemplateFix(e: FirewallExposure): TemplateFix;
/** A self-hosted database: close its port to the world, or take away the public address. */
export declare function computeTemplateFix(c: Compute, ruleAddress: string | undefined): TemplateFix;
/** A bucket made private: S3 with ACLs disabled and every block setting on; OSS private with Block Public Access. */
export declare function bucketTemplateFix(bucket: Bucket, what: 'acl' | 'policy' | 'block'): TemplateFix;
/** Replication kept inside the allowed regions. */
export declare function flowTemplateFix(flow: DataFlow, policy: ResidencyPolicy): TemplateFix;
