import type { SourceLocation } from '../../model/location.js';
import { type SourceResource } from '../../model/source-resource.js';
import type { Value } from '../../model/value.js';
export interface ConfigurationLocations {
    /** The declaring resource (or the module call that creates it) for a planned address. */
    lookup(address: string): SourceResource | undefined;
    folder: string;
}
/** Why the folder lends no locations; `overlaps` when it still declares most of the plan's resources (the plan is likely stale). */
export interface NoLocations {
    reason: string;
    overlaps?: string;
}
export declare function configurationLocations(folder: string, configuration: Value | undefined, cwd: string): ConfigurationLocations | NoLocations;
/**
 * The planned value tree located in the .tf declaration: each node takes the
 * location of the same attribute (or block) there, else its parent's.
 */
export declare function relocate(value: Value, declared: Value | undefined, fallback: SourceLocation): Value;
