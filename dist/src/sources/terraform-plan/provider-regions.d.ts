/**
 * The region a planned resource lives in: its own `region` argument (AWS
 * provider 6 has one per resource) when planned, else its provider
 * configuration's `region` — a constant, or a root variable whose value the
 * plan records. Anything else is unknown and says why.
 */
import { type Value } from '../../model/value.js';
export declare function regionOf(ownRegion: Value | undefined, configuration: Value | undefined, providerConfigKey: string | undefined, variables: Value | undefined): Value;
