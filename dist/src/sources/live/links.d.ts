/**
 * Shared by the live normalisers (AWS, Alibaba Cloud): where a value came from,
 * the items of a part that was read, and links between records by the ids one
 * region's reads returned. A link to a kind that could not be read is an
 * explicit unknown naming the failed read; to an id that was read but is not
 * there (another account's group, a deleted subnet), external.
 */
import type { Link } from '../../model/fact.js';
import type { SourceLocation } from '../../model/location.js';
import { type Part } from './coverage.js';
/** A live location: the resource's ARN (or id) stands in for the file, with no line, and the call that returned the value. */
export declare function liveLoc(id: string, apiCall: string): SourceLocation;
/** Items of a part that was read; none for one that failed (its failure is in the coverage). */
export declare function itemsOf<T>(part: Part<T[]> | undefined): T[];
/** Ids read in one region, by kind, with the record id (ARN) of each; and the reason for each kind that could not be read. */
export declare class ReadIds<K extends string> {
    private readonly read;
    private readonly failed;
    /** Registers the ids read for one kind, with their record ids; a failed part registers its reason. */
    protected register<T>(kind: K, what: string, part: Part<T[]> | undefined, idOf: (item: T) => string | undefined, arnOf: (id: string) => string): void;
    /** The record id of a read resource of this kind, if it was read. */
    protected readArn(kind: K, id: string | undefined): string | undefined;
    link(kind: K, id: string | undefined, loc?: SourceLocation): Link;
    /** Why a kind could not be read, if it could not. */
    failure(kind: K): string | undefined;
}
