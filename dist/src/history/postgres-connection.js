/**
 * PostgreSQL through node-postgres, for teams whose CI runners are ephemeral.
 * Writers serialise on a transaction-scoped advisory lock, so two overlapping
 * runs are applied one after the other and neither is lost; the lock is
 * released with the transaction, even if the process dies.
 */
import { serialQueue } from './sql.js';
/** An arbitrary constant: the advisory lock every leakproof history writer takes. */
const HISTORY_LOCK_KEY = 7_419_630_512;
/** The connection string with its password masked, for messages. */
export function displayUrl(url) {
    try {
        const u = new URL(url);
        if (u.password)
            u.password = '***';
        return u.toString();
    }
    catch {
        return url.replace(/:\/\/([^:/@]*):[^@]*@/, '://$1:***@');
    }
}
/** `?` placeholders → `$1, $2, ...` (the history SQL has no literal question marks). */
function numbered(sql) {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
}
export async function openPostgres(url) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000, application_name: 'leakproof' });
    // An idle connection that breaks must not crash the process: the next query fails instead.
    client.on('error', () => { });
    await client.connect();
    const location = displayUrl(url);
    const queue = serialQueue();
    return {
        dialect: 'postgres',
        location,
        async all(sql, params = []) {
            return (await client.query(numbered(sql), params)).rows;
        },
        async run(sql, params = []) {
            await client.query(numbered(sql), params);
        },
        exclusive(work) {
            return queue(async () => {
                await client.query('BEGIN');
                try {
                    await client.query('SELECT pg_advisory_xact_lock($1)', [HISTORY_LOCK_KEY]);
                    const result = await work();
                    await client.query('COMMIT');
                    return result;
                }
                catch (e) {
                    await client.query('ROLLBACK').catch(() => { });
                    throw e;
                }
            });
        },
        async close() {
            await client.end();
        },
    };
}
