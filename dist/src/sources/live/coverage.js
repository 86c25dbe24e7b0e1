import { classifyFailure } from './retry.js';
import { redactError } from './redact.js';
export const okPart = (value) => ({ ok: true, value });
export const failedPart = (reason, apiCall) => ({ ok: false, reason, ...(apiCall ? { apiCall } : {}) });
/** "not assessed (ec2:DescribeSecurityGroups: AccessDenied ...)", for unknown facts and links. */
export function notAssessedReason(part, what) {
    return `${what} were not assessed (${part.apiCall ? `${part.apiCall}: ` : ''}${part.reason})`;
}
/** Thrown to skip the rest of a region once one call shows the region is not enabled. */
export class RegionUnavailableError extends Error {
    reason;
    constructor(reason) {
        super(reason);
        this.reason = reason;
        this.name = 'RegionUnavailable';
    }
}
export class Coverage {
    provider;
    assessedKeys = new Map();
    failures = [];
    accountSet = new Set();
    regionSet = new Set();
    /** Regions found to be disabled, per account: their remaining parts are skipped. */
    disabledRegions = new Map();
    constructor(provider) {
        this.provider = provider;
    }
    noteAccount(account) {
        this.accountSet.add(account);
    }
    noteRegion(region) {
        if (region !== 'global')
            this.regionSet.add(region);
    }
    assessed(scope) {
        this.noteAccount(scope.account);
        this.noteRegion(scope.region);
        const key = `${scope.account}|${scope.region}|${scope.service}`;
        if (!this.assessedKeys.has(key))
            this.assessedKeys.set(key, { account: scope.account, region: scope.region, service: scope.service });
    }
    notAssessed(scope, reason) {
        this.noteAccount(scope.account);
        this.noteRegion(scope.region);
        const entry = {
            provider: this.provider,
            account: scope.account,
            region: scope.region,
            service: scope.service,
            scope: scope.scope,
            ...(scope.apiCall ? { apiCall: scope.apiCall } : {}),
            reason,
        };
        this.failures.push(entry);
        return entry;
    }
    regionDisabled(account, region) {
        return this.disabledRegions.get(`${account}|${region}`);
    }
    /**
     * Runs one part. Success marks its service assessed in that region; a
     * failure records exactly this part as not assessed and returns a failed
     * Part. Once a region turns out to be disabled (opt-in), its other parts
     * are skipped with one entry for the whole region instead of one per call.
     */
    async run(scope, read) {
        const disabled = this.regionDisabled(scope.account, scope.region);
        if (disabled)
            return failedPart(disabled, scope.apiCall);
        try {
            const value = await read();
            this.assessed(scope);
            return okPart(value);
        }
        catch (e) {
            const reason = redactError(e);
            if (classifyFailure(e) === 'region-disabled' && scope.region !== 'global') {
                const key = `${scope.account}|${scope.region}`;
                if (!this.disabledRegions.has(key)) {
                    this.disabledRegions.set(key, reason);
                    this.notAssessed({ ...scope, service: '*', scope: 'every service (the region refuses this account\'s credentials: an opt-in region that is not enabled?)' }, reason);
                }
                return failedPart(reason, scope.apiCall);
            }
            this.notAssessed(scope, reason);
            return failedPart(reason, scope.apiCall);
        }
    }
    snapshot() {
        const assessed = [...this.assessedKeys.values()].sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.service.localeCompare(b.service));
        return {
            accounts: [...this.accountSet].sort(),
            regions: [...this.regionSet].sort(),
            assessed,
            // Calls already in flight when a region turned out to be disabled failed too: the one region entry says it all.
            notAssessed: sortNotAssessed(this.failures.filter((f) => f.service === '*' || !this.disabledRegions.has(`${f.account}|${f.region}`))),
        };
    }
}
export function sortNotAssessed(entries) {
    return [...entries].sort((a, b) => a.account.localeCompare(b.account) ||
        a.region.localeCompare(b.region) ||
        a.service.localeCompare(b.service) ||
        a.scope.localeCompare(b.scope));
}
