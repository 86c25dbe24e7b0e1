/**
 * The rule contract: metadata beside a pure check over the model and the shared
 * analyses. A rule never parses files and never calls a cloud API.
 */
import type { ReachabilityVerdict } from '../analysis/types.js';
import type { Category, Severity } from '../findings/finding.js';
import type { SourceLocation } from '../model/location.js';
import type { Model, ModelKind, ModelResource } from '../model/resources.js';
import type { PathHop } from '../analysis/types.js';
export interface Rule {
    /** Stable id, e.g. `LP-DB-001`. Never reuse or renumber once released. */
    id: string;
    slug: string;
    title: string;
    severity: Severity;
    category: Category;
    resourceKinds: ModelKind[];
    description: string;
    /** Remediation in words; the concrete snippet comes from the check result. */
    remediation: string;
    references: string[];
    /** Compliance control ids, e.g. `CIS-AWS-5.2`. */
    frameworks: string[];
    check(resource: ModelResource, ctx: RuleContext): RuleResult[];
}
/** A concrete fix per source syntax; the engine picks the one matching the finding's source. */
export interface FixByFormat {
    terraform?: string;
    cloudformation?: string;
    ros?: string;
    cli?: string;
}
export interface RuleResult {
    message: string;
    /** Overrides the rule's severity (e.g. raised for sensitive data). */
    severity?: Severity;
    /** Where to point; defaults to the resource's location. */
    location?: SourceLocation;
    /** Distinguishes several results of one rule on one resource (a port, a rule address); part of the fingerprint. */
    key?: string;
    path?: PathHop[];
    missing?: string[];
    details?: Record<string, string>;
    fix?: FixByFormat;
}
/** What analyses offer to rules. Implemented in src/analysis. */
export interface RuleContext {
    model: Model;
    /** Can the internet reach this datastore or compute resource's service ports, and how? */
    reachability(resource: ModelResource): ReachabilityVerdict;
    /** Region → jurisdiction, and the allowed-destination policy for data flows. */
    residency: ResidencyPolicy;
}
export interface ResidencyPolicy {
    /** The configured policy in words, for messages ("allowed: US, EU"). */
    description?: string;
    jurisdictionOf(region: string, provider: string): string | undefined;
    /** Is a flow from `sourceRegion` to `destinationRegion` allowed by the configured policy? */
    isAllowed(sourceRegion: string, destinationRegion: string, provider: string): boolean;
}
