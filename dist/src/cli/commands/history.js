/** `leakproof history`: the recorded runs, newest first, with their ids for `diff --since`. */
import { SEVERITIES } from '../../findings/finding.js';
import { openExistingHistory } from './diff.js';
export async function runHistoryCommand(options) {
    const store = await openExistingHistory(options.history);
    try {
        const latest = options.scope ? await store.latestRun(options.scope) : undefined;
        const runs = await store.runs({ ...(latest ? { scope: latest.scope } : {}), limit: options.limit });
        if (options.scope && !latest)
            runs.length = 0;
        if (options.format === 'json') {
            process.stdout.write(JSON.stringify(runs, null, 2) + '\n');
            return 0;
        }
        process.stdout.write(`history: ${store.location}\n`);
        if (runs.length === 0) {
            process.stdout.write('no runs recorded\n');
            return 0;
        }
        const idWidth = Math.max(...runs.map((r) => r.id.length));
        process.stdout.write(`${'RUN'.padEnd(idWidth)}  FINISHED (UTC)    OPEN c/h/m/l/i  SUPPRESSED  SCOPE\n`);
        for (const r of runs) {
            const open = SEVERITIES.map((s) => r.openBySeverity[s] ?? 0).join('/');
            const gaps = [r.inputErrors ? `${r.inputErrors} input errors` : '', r.notAssessed.length ? `${r.notAssessed.length} parts not assessed` : ''].filter(Boolean).join(', ');
            process.stdout.write(`${r.id.padEnd(idWidth)}  ${r.finishedAt.slice(0, 16).replace('T', ' ')}  ${open.padEnd(14)}  ${String(r.suppressed).padEnd(10)}  ${r.scopeLabel}${gaps ? ` (${gaps})` : ''}\n`);
        }
        return 0;
    }
    finally {
        await store.close();
    }
}
