/**
 * The little a history store needs from a database, so that the same SQL
 * and the same lifecycle logic serve SQLite and PostgreSQL: run a statement,
 * read rows, and run a function inside a write transaction that no other
 * writer can interleave with. Statements use `?` placeholders; the
 * PostgreSQL connection numbers them.
 */
import type { Dialect } from './schema.js';
export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;
export interface SqlConnection {
    readonly dialect: Dialect;
    /** Where the history lives, for messages (no password). */
    readonly location: string;
    all(sql: string, params?: SqlValue[]): Promise<Row[]>;
    run(sql: string, params?: SqlValue[]): Promise<void>;
    /**
     * Runs `work` in a transaction that holds the database's write lock from
     * its first statement (SQLite BEGIN IMMEDIATE; a PostgreSQL advisory
     * lock), so two runs recording at once are applied one after the other.
     */
    exclusive<T>(work: () => Promise<T>): Promise<T>;
    close(): Promise<void>;
}
/** PostgreSQL returns BIGINT as text; both dialects' numbers come back as numbers here. */
export declare const num: (v: unknown) => number;
export declare const text: (v: unknown) => string;
export declare const optText: (v: unknown) => string | undefined;
/**
 * Runs tasks one at a time, in call order: one connection carries one
 * transaction at a time, even if callers record concurrently.
 */
export declare function serialQueue(): <T>(task: () => Promise<T>) => Promise<T>;
