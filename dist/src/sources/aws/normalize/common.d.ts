/**
 * Shared by the live AWS normalisers: where a value came from (the resource's
 * ARN and the API call), the common fields of a model record, and links
 * between resources by their EC2 ids. A link to a resource whose kind could
 * not be read is an explicit unknown that says so; a link to a resource that
 * was read but is not there (another account's group, a deleted subnet) is
 * external.
 */
import { type Fact } from '../../../model/fact.js';
import type { SourceLocation } from '../../../model/location.js';
import { type Part } from '../../live/coverage.js';
import { itemsOf, liveLoc, ReadIds } from '../../live/links.js';
export { itemsOf, liveLoc };
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
export declare function recordBase(id: string, sourceType: string, region: string, account: string, apiCall: string, tags?: Record<string, string>): RecordBase;
/** `[{Key, Value}]` (EC2, RDS, Redshift, S3 tag lists) → a plain map. */
export declare function tagMap(tags: Array<{
    Key?: string;
    Value?: string;
}> | undefined): Record<string, string>;
/**
 * Links by EC2 id within one region of one account: ids of each kind that
 * were read, and the failed part when a kind could not be read.
 */
export declare class IdLinks extends ReadIds<string> {
    /** Registers the ids read for one kind (`vpc`, `subnet`, ...), with their ARNs; a failed part registers its reason. */
    add<T>(kind: string, what: string, part: Part<T[]> | undefined, idOf: (item: T) => string | undefined, arnOf: (id: string) => string): void;
    /** The ARN of a read resource of this kind, if it was read. */
    arn(kind: string, id: string | undefined): string | undefined;
}
export declare function failedFact<T>(part: {
    reason: string;
    apiCall?: string;
}, what: string, loc?: SourceLocation): Fact<T>;
export declare function findByField<T extends object, K extends keyof T>(items: readonly T[], field: K, value: T[K]): T | undefined;
export declare function filterByField<T extends object, K extends keyof T>(items: readonly T[], field: K, value: T[K]): T[];
