/**
 * Shared by the live normalisers (AWS, Alibaba Cloud): where a value came from,
 * the items of a part that was read, and links between records by the ids one
 * region's reads returned. A link to a kind that could not be read is an
 * explicit unknown naming the failed read; to an id that was read but is not
 * there (another account's group, a deleted subnet), external.
 */
import type { Link } from '../../model/fact.js';
import type { SourceLocation } from '../../model/location.js';
import { notAssessedReason, type Part } from './coverage.js';

/** A live location: the resource's ARN (or id) stands in for the file, with no line, and the call that returned the value. */
export function liveLoc(id: string, apiCall: string): SourceLocation {
  return { file: id, startLine: 0, endLine: 0, apiCall };
}

/** Items of a part that was read; none for one that failed (its failure is in the coverage). */
export function itemsOf<T>(part: Part<T[]> | undefined): T[] {
  return part?.ok ? part.value : [];
}

/** Ids read in one region, by kind, with the record id (ARN) of each; and the reason for each kind that could not be read. */
export class ReadIds<K extends string> {
  private readonly read = new Map<K, Map<string, string>>();
  private readonly failed = new Map<K, string>();

  /** Registers the ids read for one kind, with their record ids; a failed part registers its reason. */
  protected register<T>(kind: K, what: string, part: Part<T[]> | undefined, idOf: (item: T) => string | undefined, arnOf: (id: string) => string): void {
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
    this.read.set(kind, ids);
  }

  /** The record id of a read resource of this kind, if it was read. */
  protected readArn(kind: K, id: string | undefined): string | undefined {
    return id ? this.read.get(kind)?.get(id) : undefined;
  }

  link(kind: K, id: string | undefined, loc?: SourceLocation): Link {
    const at = loc ? { loc } : {};
    if (!id) return { kind: 'unknown', reason: 'not given by the API', ...at };
    const arn = this.readArn(kind, id);
    if (arn) return { kind: 'resource', id: arn, ...at };
    const failure = this.failed.get(kind);
    if (failure) return { kind: 'unknown', reason: `${id}: ${failure}`, ...at };
    return { kind: 'external', value: id, ...at };
  }

  /** Why a kind could not be read, if it could not. */
  failure(kind: K): string | undefined {
    return this.failed.get(kind);
  }
}
