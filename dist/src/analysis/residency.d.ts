/**
 * The data-residency policy that rules read through RuleContext.residency:
 * where a flow's destination may be. Default: the source's own jurisdiction
 * (data may be copied to another region of the same country or bloc, never
 * beyond it). With --allowed-jurisdictions and/or --allowed-regions the
 * destination must be in one of the listed jurisdictions or regions, whatever
 * the source.
 */
import type { ResidencyPolicy } from '../engine/rule.js';
export interface ResidencyOptions {
    /** Jurisdiction codes (US, EU, GB, CN, HK, ...). */
    allowedJurisdictions?: string[];
    /** Region ids (`eu-central-1`, `cn-hangzhou`, `oss-cn-hangzhou`), for any provider, or for one: `aws:eu-west-1`. */
    allowedRegions?: string[];
}
/** A residency option the user got wrong; the CLI reports it as a configuration error (exit 2). */
export declare class ResidencyOptionError extends Error {
    constructor(message: string);
}
/** Splits a comma-separated flag value (`US, eu`) into trimmed, non-empty items. */
export declare function parseResidencyList(value: string | undefined): string[] | undefined;
export declare function buildResidencyPolicy(options?: ResidencyOptions): ResidencyPolicy;
export interface FlowEndpoint {
    region: string;
    /** Undefined when the region is missing from the jurisdiction table. */
    jurisdiction?: string;
}
export type FlowVerdict = 
/** The destination is inside the allowed set. */
{
    verdict: 'allowed';
    source?: FlowEndpoint;
    destination: FlowEndpoint;
}
/** The destination is outside the allowed set. */
 | {
    verdict: 'outside';
    source?: FlowEndpoint;
    destination: FlowEndpoint;
}
/** A fact the decision needs is unknown; `missing` says which. */
 | {
    verdict: 'possibly';
    source?: FlowEndpoint;
    destination?: FlowEndpoint;
    missing: string[];
};
/** The regions of one flow, as facts: the shape the model's DataFlow records have. */
export interface FlowRegions {
    provider: string;
    sourceRegion: {
        known: true;
        value: string;
    } | {
        known: false;
        reason: string;
    };
    destinationRegion: {
        known: true;
        value: string;
    } | {
        known: false;
        reason: string;
    };
}
/**
 * Decides whether a flow's destination is allowed. A region missing from the
 * jurisdiction table, an unknown destination, or (under the default policy,
 * which is relative to the source) an unknown source gives "possibly".
 */
export declare function assessFlow(flow: FlowRegions, policy: ResidencyPolicy): FlowVerdict;
/** Regions a flow could go to instead: another region of the source's jurisdiction, or an explicitly allowed one. */
export declare function suggestedRegions(source: string | undefined, provider: string, policy: ResidencyPolicy): string[];
