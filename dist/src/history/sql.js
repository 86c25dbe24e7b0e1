/** PostgreSQL returns BIGINT as text; both dialects' numbers come back as numbers here. */
export const num = (v) => (typeof v === 'number' ? v : Number(v));
export const text = (v) => String(v);
export const optText = (v) => (v === null || v === undefined ? undefined : String(v));
/**
 * Runs tasks one at a time, in call order: one connection carries one
 * transaction at a time, even if callers record concurrently.
 */
export function serialQueue() {
    let tail = Promise.resolve();
    return (task) => {
        const result = tail.then(task, task);
        tail = result.catch(() => undefined);
        return result;
    };
}
