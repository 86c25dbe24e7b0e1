/**
 * Shared by the live AWS normalisers: where a value came from (the resource's
 * ARN and the API call), the common fields of a model record, and links
 * between resources by their EC2 ids. A link to a resource whose kind could
 * not be read is an explicit unknown that says so; a link to a resource that
 * was read but is not there (another account's group, a deleted subnet) is
 * external.
 */
import { known, unknownFact, type Fact, type Link } from '../../../model/fact.js';
import type { SourceLocation } from '../../../model/location.js';
import { notAssessedReason, type Part } from '../../live/coverage.js';

/** A live location: the ARN (or id) stands in for the file, with no line, and the call that returned the value. */
export function liveLoc(id: string, apiCall: string): SourceLocation {
  return { file: id, startLine: 0, endLine: 0, apiCall };
}

export interface RecordBase {
  id: string;
  provider: 'aws';
  sourceKind: 'aws-live';
  sourceType: string;
  region: Fact<string>;
  account: string;
  loc: SourceLocation;
  tags: Record<string, string>;
}

export function recordBase(id: string, sourceType: string, region: string, account: string, apiCall: string, tags: Record<string, string> = {}): RecordBase {
  const loc = liveLoc(id, apiCall);
  return { id, provider: 'aws', sourceKind: 'aws-live', sourceType, region: known(region, loc), account, loc, tags };
}

/** `[{Key, Value}]` (EC2, RDS, Redshift, S3 tag lists) → a plain map. */
export function tagMap(tags: Array<{ Key?: string; Value?: string }> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? '';
  return out;
}

/** Items of a part that was read; none for one that failed (its failure is in the coverage). */
export function itemsOf<T>(part: Part<T[]> | undefined): T[] {
  return part?.ok ? part.value : [];
}

/**
 * Links by EC2 id within one region of one account: ids of each kind that
 * were read, and the failed part when a kind could not be read.
 */
export class IdLinks {
  private readonly known = new Map<string, Map<string, string>>();
  private readonly failed = new Map<string, string>();

  /** Registers the ids read for one kind (`vpc`, `subnet`, ...), with their ARNs; a failed part registers its reason. */
  add<T>(kind: string, what: string, part: Part<T[]> | undefined, idOf: (item: T) => string | undefined, arnOf: (id: string) => string): void {
    if (!part) return;
    if (!part.ok) {
      this.failed.set(kind, notAssessedReason(part, what));
      return;
    }
    const ids = new Map<string, string>();
    for (const item of part.value) {
      const id = idOf(item);
      if (id) ids.set(id, arnOf(id));
    }
    this.known.set(kind, ids);
  }

  /** The ARN of a read resource of this kind, if it was read. */
  arn(kind: string, id: string | undefined): string | undefined {
    return id ? this.known.get(kind)?.get(id) : undefined;
  }

  link(kind: string, id: string | undefined, loc?: SourceLocation): Link {
    if (!id) return { kind: 'unknown', reason: 'not given by the API', ...(loc ? { loc } : {}) };
    const arn = this.known.get(kind)?.get(id);
    if (arn) return { kind: 'resource', id: arn, ...(loc ? { loc } : {}) };
    const failure = this.failed.get(kind);
    if (failure) return { kind: 'unknown', reason: `${id}: ${failure}`, ...(loc ? { loc } : {}) };
    return { kind: 'external', value: id, ...(loc ? { loc } : {}) };
  }

  /** Why a kind could not be read, if it could not. */
  failure(kind: string): string | undefined {
    return this.failed.get(kind);
  }
}

export function failedFact<T>(part: { reason: string; apiCall?: string }, what: string, loc?: SourceLocation): Fact<T> {
  return unknownFact(notAssessedReason(part, what), loc);
}
