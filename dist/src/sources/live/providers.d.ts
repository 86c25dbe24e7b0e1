/**
 * The live providers' CLI fixers, by provider: the one place the neutral audit
 * code names a provider, so that an inventory saved by any provider's audit is
 * re-evaluated with that provider's fix commands. A new provider adds a line.
 */
import type { CloudProvider } from '../../model/source-resource.js';
import type { LiveFixer } from './evaluate.js';
export declare function fixerFor(provider: CloudProvider): LiveFixer | undefined;
