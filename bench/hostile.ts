/**
 * `npm run bench:hostile`: runs every hostile-input case against the built CLI
 * and prints its wall time, peak RSS and verdict. Figures only: the pass/fail
 * judgement is the test's (test/hostile), this prints what each case costs.
 */
import { HOSTILE_CASES } from './support/hostile-cases.js';
import { HEAP_CAP_MIB, runHostileCase, TIME_LIMIT_MS } from './support/hostile-run.js';

const rows: string[][] = [['case', 'exit', 'wall s', 'peak RSS MiB', 'verdict']];
let failed = 0;
for (const c of HOSTILE_CASES) {
  const run = await runHostileCase(c);
  if (run.problems.length) failed++;
  rows.push([
    c.name,
    run.timedOut ? 'timeout' : String(run.code ?? run.signal),
    (run.wallMs / 1000).toFixed(2),
    run.maxRssKiB !== undefined ? (run.maxRssKiB / 1024).toFixed(0) : '-',
    run.problems.length ? `FAIL: ${run.problems.join('; ').slice(0, 160)}` : 'ok',
  ]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '));
console.log(`\n${HOSTILE_CASES.length} cases, heap cap ${HEAP_CAP_MIB} MiB, time limit ${TIME_LIMIT_MS / 1000} s each; ${failed} failed`);
