/**
 * What a live audit covered and what it could not. Every API call belongs to a
 * *part* (an account, a region, a service, and what the call covers:
 * "security groups", "bucket logs: policy"); a part whose call fails is
 * recorded as not assessed with the reason, and its data stays a failed Part
 * so normalizers turn anything that depended on it into an explicit unknown.
 * Nothing that was not read can look like something that passed.
 */
import type { NotAssessed } from '../../findings/report.js';
import { classifyFailure } from './retry.js';
import { redactError } from './redact.js';

export type { NotAssessed } from '../../findings/report.js';

/** The result of one part: its data, or why it is missing. */
export type Part<T> = { ok: true; value: T } | { ok: false; reason: string; apiCall?: string };

export const okPart = <T>(value: T): Part<T> => ({ ok: true, value });
export const failedPart = <T = never>(reason: string, apiCall?: string): Part<T> => ({ ok: false, reason, ...(apiCall ? { apiCall } : {}) });

/** "not assessed (ec2:DescribeSecurityGroups: AccessDenied ...)", for unknown facts and links. */
export function notAssessedReason(part: { reason: string; apiCall?: string }, what: string): string {
  return `${what} were not assessed (${part.apiCall ? `${part.apiCall}: ` : ''}${part.reason})`;
}

export interface PartScope {
  account: string;
  region: string;
  service: string;
  scope: string;
  apiCall?: string;
}

/** One part that was read, for the inventory's coverage section. */
export interface AssessedScope {
  account: string;
  region: string;
  service: string;
}

export interface CoverageSnapshot {
  accounts: string[];
  regions: string[];
  assessed: AssessedScope[];
  notAssessed: NotAssessed[];
}

/** Thrown to skip the rest of a region once one call shows the region is not enabled. */
export class RegionUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'RegionUnavailable';
  }
}

export class Coverage {
  private readonly assessedKeys = new Map<string, AssessedScope>();
  private readonly failures: NotAssessed[] = [];
  private readonly accountSet = new Set<string>();
  private readonly regionSet = new Set<string>();
  /** Regions found to be disabled, per account: their remaining parts are skipped. */
  private readonly disabledRegions = new Map<string, string>();

  constructor(readonly provider: string) {}

  noteAccount(account: string): void {
    this.accountSet.add(account);
  }

  noteRegion(region: string): void {
    if (region !== 'global') this.regionSet.add(region);
  }

  assessed(scope: Pick<PartScope, 'account' | 'region' | 'service'>): void {
    this.noteAccount(scope.account);
    this.noteRegion(scope.region);
    const key = `${scope.account}|${scope.region}|${scope.service}`;
    if (!this.assessedKeys.has(key)) this.assessedKeys.set(key, { account: scope.account, region: scope.region, service: scope.service });
  }

  notAssessed(scope: PartScope, reason: string): NotAssessed {
    this.noteAccount(scope.account);
    this.noteRegion(scope.region);
    const entry: NotAssessed = {
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

  regionDisabled(account: string, region: string): string | undefined {
    return this.disabledRegions.get(`${account}|${region}`);
  }

  /**
   * Runs one part. Success marks its service assessed in that region; a
   * failure records exactly this part as not assessed and returns a failed
   * Part. Once a region turns out to be disabled (opt-in), its other parts
   * are skipped with one entry for the whole region instead of one per call.
   */
  async run<T>(scope: PartScope, read: () => Promise<T>): Promise<Part<T>> {
    const disabled = this.regionDisabled(scope.account, scope.region);
    if (disabled) return failedPart(disabled, scope.apiCall);
    try {
      const value = await read();
      this.assessed(scope);
      return okPart(value);
    } catch (e) {
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

  snapshot(): CoverageSnapshot {
    const assessed = [...this.assessedKeys.values()].sort(
      (a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.service.localeCompare(b.service),
    );
    return {
      accounts: [...this.accountSet].sort(),
      regions: [...this.regionSet].sort(),
      assessed,
      // Calls already in flight when a region turned out to be disabled failed too: the one region entry says it all.
      notAssessed: sortNotAssessed(this.failures.filter((f) => f.service === '*' || !this.disabledRegions.has(`${f.account}|${f.region}`))),
    };
  }
}

export function sortNotAssessed(entries: NotAssessed[]): NotAssessed[] {
  return [...entries].sort(
    (a, b) =>
      a.account.localeCompare(b.account) ||
      a.region.localeCompare(b.region) ||
      a.service.localeCompare(b.service) ||
      a.scope.localeCompare(b.scope),
  );
}
