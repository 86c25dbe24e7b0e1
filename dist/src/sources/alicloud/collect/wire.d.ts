/**
 * Reading Alibaba Cloud replies: lists come wrapped in their singular element
 * (`{SecurityGroups: {SecurityGroup: [...]}}`), XML replies parsed without
 * arrays give one item as an object, numbers often arrive as strings, and
 * lists are paged three ways. These helpers read all of it defensively: a
 * missing field is absent, never a guessed value.
 */
import type { RawTag } from '../snapshot.js';
export type Json = Record<string, unknown>;
/** `{Outer: {Inner: [...]}}` → the items; an item on its own (XML) → a list of one. */
export declare function items(reply: unknown, outer: string, inner?: string): Json[];
/** A non-empty string field. */
export declare function text(o: unknown, key: string): string | undefined;
export declare function numberField(o: unknown, key: string): number | undefined;
/** A boolean field, from JSON booleans or XML's "true"/"false". */
export declare function boolField(o: unknown, key: string): boolean | undefined;
/** A list of strings (JSON arrays; a single XML element; absent → undefined). */
export declare function stringList(o: unknown, key: string): string[] | undefined;
/** "10.0.0.0/8,192.168.1.1" → entries (Alibaba allowlists are comma-separated strings). */
export declare function splitIps(list: string | undefined): string[];
/** Tags in ECS form ({TagKey, TagValue}), database form ({Key, Value}) or Elasticsearch form ({tagKey, tagValue}). */
export declare function tagsOf(list: Json[]): RawTag[];
/** Follows NextToken until the service returns none. */
export declare function allByToken(fetch: (token: string | undefined) => Promise<{
    page: Json[];
    next?: string;
}>): Promise<Json[]>;
/** Pages 1, 2, ... until the total is reached or a page comes back short or empty. */
export declare function allByPageNumber(pageSize: number, fetch: (pageNumber: number) => Promise<{
    page: Json[];
    total?: number;
}>): Promise<Json[]>;
