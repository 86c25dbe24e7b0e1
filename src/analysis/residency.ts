/**
 * The data-residency policy that rules read through RuleContext.residency:
 * where a flow's destination may be. Default: the source's own jurisdiction
 * (data may be copied to another region of the same country or bloc, never
 * beyond it). With --allowed-jurisdictions and/or --allowed-regions the
 * destination must be in one of the listed jurisdictions or regions, whatever
 * the source.
 */
import type { ResidencyPolicy } from '../engine/rule.js';
import { isKnownJurisdiction, jurisdictionOf, knownRegions, normalizeRegionId } from './jurisdictions.js';

export interface ResidencyOptions {
  /** Jurisdiction codes (US, EU, GB, CN, HK, ...). */
  allowedJurisdictions?: string[];
  /** Region ids, for any provider (`eu-central-1`, `cn-hangzhou`). */
  allowedRegions?: string[];
}

/** A residency option the user got wrong; the CLI reports it as a configuration error (exit 2). */
export class ResidencyOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResidencyOptionError';
  }
}

/** Splits a comma-separated flag value (`US, eu`) into trimmed, non-empty items. */
export function parseResidencyList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items;
}

export function buildResidencyPolicy(options: ResidencyOptions = {}): ResidencyPolicy {
  const jurisdictions = new Set((options.allowedJurisdictions ?? []).map((j) => j.trim().toUpperCase()));
  for (const j of jurisdictions) {
    if (!isKnownJurisdiction(j)) throw new ResidencyOptionError(`unknown jurisdiction "${j}" in --allowed-jurisdictions`);
  }
  const regions = new Set((options.allowedRegions ?? []).map((r) => r.trim().toLowerCase()));
  const everyKnownRegion = new Set([...knownRegions('aws'), ...knownRegions('alicloud')]);
  for (const r of regions) {
    const bare = r.startsWith('oss-') ? r.slice(4) : r;
    if (!everyKnownRegion.has(bare)) throw new ResidencyOptionError(`unknown region "${r}" in --allowed-regions`);
  }
  const explicit = jurisdictions.size > 0 || regions.size > 0;

  const jurisdictionCode = (region: string, provider: string) => jurisdictionOf(region, provider)?.code;

  return {
    description: explicit
      ? `allowed: ${[...[...jurisdictions].sort(), ...[...regions].sort()].join(', ')}`
      : "allowed: the source's own jurisdiction",
    jurisdictionOf: jurisdictionCode,
    isAllowed(sourceRegion: string, destinationRegion: string, provider: string): boolean {
      const dest = normalizeRegionId(destinationRegion, provider);
      const destJurisdiction = jurisdictionCode(dest, provider);
      if (explicit) {
        return regions.has(dest) || (destJurisdiction !== undefined && jurisdictions.has(destJurisdiction));
      }
      if (normalizeRegionId(sourceRegion, provider) === dest) return true;
      const sourceJurisdiction = jurisdictionCode(sourceRegion, provider);
      // A region missing from the table cannot be shown to stay at home.
      return sourceJurisdiction !== undefined && sourceJurisdiction === destJurisdiction;
    },
  };
}
