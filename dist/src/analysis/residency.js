import { isKnownJurisdiction, jurisdictionOf, knownRegions, normalizeRegionId } from './jurisdictions.js';
/** A residency option the user got wrong; the CLI reports it as a configuration error (exit 2). */
export class ResidencyOptionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ResidencyOptionError';
    }
}
/** Splits a comma-separated flag value (`US, eu`) into trimmed, non-empty items. */
export function parseResidencyList(value) {
    if (value === undefined)
        return undefined;
    const items = value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    return items;
}
export function buildResidencyPolicy(options = {}) {
    const jurisdictions = new Set((options.allowedJurisdictions ?? []).map((j) => j.trim().toUpperCase()));
    for (const j of jurisdictions) {
        if (!isKnownJurisdiction(j))
            throw new ResidencyOptionError(`unknown jurisdiction "${j}" in --allowed-jurisdictions`);
    }
    // A region id may mean two places (eu-west-1 is Ireland on AWS, London on Alibaba Cloud):
    // `aws:eu-west-1` allows one of them, a bare id both.
    const regions = new Set();
    const shownRegions = [];
    for (const raw of options.allowedRegions ?? []) {
        shownRegions.push(raw.trim());
        const text = raw.trim().toLowerCase();
        const m = /^(aws|alicloud):(.+)$/.exec(text);
        const providers = m ? [m[1]] : ['aws', 'alicloud'];
        const id = m ? m[2] : text;
        const matched = providers.filter((p) => knownRegions(p).includes(normalizeRegionId(id, p)));
        if (matched.length === 0)
            throw new ResidencyOptionError(`unknown region "${raw.trim()}" in --allowed-regions`);
        for (const p of matched)
            regions.add(`${p}:${normalizeRegionId(id, p)}`);
    }
    const explicit = jurisdictions.size > 0 || regions.size > 0;
    const jurisdictionCode = (region, provider) => jurisdictionOf(region, provider)?.code;
    return {
        description: explicit
            ? `allowed: ${[...[...jurisdictions].sort(), ...shownRegions.sort()].join(', ')}`
            : "allowed: the source's own jurisdiction",
        jurisdictionOf: jurisdictionCode,
        isAllowed(sourceRegion, destinationRegion, provider) {
            const dest = normalizeRegionId(destinationRegion, provider);
            const destJurisdiction = jurisdictionCode(dest, provider);
            if (explicit) {
                return regions.has(`${provider}:${dest}`) || (destJurisdiction !== undefined && jurisdictions.has(destJurisdiction));
            }
            if (normalizeRegionId(sourceRegion, provider) === dest)
                return true;
            const sourceJurisdiction = jurisdictionCode(sourceRegion, provider);
            // A region missing from the table cannot be shown to stay at home.
            return sourceJurisdiction !== undefined && sourceJurisdiction === destJurisdiction;
        },
    };
}
/**
 * Decides whether a flow's destination is allowed. A region missing from the
 * jurisdiction table, an unknown destination, or (under the default policy,
 * which is relative to the source) an unknown source gives "possibly".
 */
export function assessFlow(flow, policy) {
    const endpoint = (region) => {
        const jurisdiction = policy.jurisdictionOf(region, flow.provider);
        return jurisdiction ? { region, jurisdiction } : { region };
    };
    const source = flow.sourceRegion.known ? endpoint(flow.sourceRegion.value) : undefined;
    if (!flow.destinationRegion.known) {
        return { verdict: 'possibly', ...(source ? { source } : {}), missing: [`destination region: ${flow.destinationRegion.reason}`] };
    }
    const destination = endpoint(flow.destinationRegion.value);
    const dest = destination.region;
    if (!source) {
        // Does the answer depend on the source at all? It does not under an explicit allow-list.
        const withoutSource = policy.isAllowed('', dest, flow.provider);
        const fromItself = policy.isAllowed(dest, dest, flow.provider);
        if (withoutSource === fromItself)
            return { verdict: fromItself ? 'allowed' : 'outside', destination };
        const reason = flow.sourceRegion.known ? '' : flow.sourceRegion.reason;
        return { verdict: 'possibly', destination, missing: [`source region: ${reason}`] };
    }
    if (policy.isAllowed(source.region, dest, flow.provider))
        return { verdict: 'allowed', source, destination };
    if (destination.jurisdiction === undefined) {
        return { verdict: 'possibly', source, destination, missing: [`the jurisdiction of region ${dest} (not in the region table)`] };
    }
    const sourceMatters = policy.isAllowed('', dest, flow.provider) !== policy.isAllowed(dest, dest, flow.provider);
    if (source.jurisdiction === undefined && sourceMatters) {
        return { verdict: 'possibly', source, destination, missing: [`the jurisdiction of region ${source.region} (not in the region table)`] };
    }
    return { verdict: 'outside', source, destination };
}
/** Regions a flow could go to instead: another region of the source's jurisdiction, or an explicitly allowed one. */
export function suggestedRegions(source, provider, policy) {
    const candidates = knownRegions(provider).filter((r) => r !== source);
    return candidates.filter((r) => (source ? policy.isAllowed(source, r, provider) : policy.isAllowed('', r, provider))).slice(0, 3);
}
