/**
 * PostgreSQL through node-postgres, for teams whose CI runners are ephemeral.
 * Writers serialise on a transaction-scoped advisory lock, so two overlapping
 * runs are applied one after the other and neither is lost; the lock is
 * released with the transaction, even if the process dies.
 */
import { type SqlConnection } from './sql.js';
/** The connection string with its password masked, for messages. */
export declare function displayUrl(url: string): string;
export declare function openPostgres(url: string): Promise<SqlConnection>;
