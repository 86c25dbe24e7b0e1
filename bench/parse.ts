/**
 * npm run bench:parse — scans ../shared/corpus/real with the leakproof CLI and
 * with `terraform fmt -check -recursive`, alternately, and prints files/s,
 * lines/s, peak memory and the ratio of wall times (medians of the rounds).
 * Both run as child processes, so Node's and Terraform's start-up are counted.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, sharedCorpus } from './shared-corpus.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

function tfFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    const st = statSync(full);
    if (st.isDirectory()) tfFiles(full, out);
    else if (entry.endsWith('.tf')) out.push(full);
  }
  return out;
}

function timed(cmd: string, args: string[], cwd: string): { ms: number; stderr: string; status: number | null } {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) throw r.error;
  return { ms, stderr: r.stderr, status: r.status };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function main(): void {
  const corpus = sharedCorpus('real');
  if (!corpus) {
    console.log('bench:parse skipped: ../shared/corpus/real is not present');
    return;
  }
  const root = repoRoot();
  const cli = path.join(root, 'dist', 'src', 'cli', 'main.js');
  const rss = path.join(root, 'bench', 'report-rss.mjs');
  const files = tfFiles(corpus);
  const lines = files.reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').length, 0);
  const hasTerraform = spawnSync('terraform', ['version'], { encoding: 'utf8' }).status === 0;

  const ours: number[] = [];
  const theirs: number[] = [];
  let peakKiB = 0;
  let findings = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const r = timed('node', ['--import', rss, cli, 'scan', corpus, '--format', 'json', '-o', '/dev/null', '--fail-on', 'none', '--no-history'], root);
    if (r.status !== 0 && r.status !== 2) throw new Error(`leakproof exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
    ours.push(r.ms);
    peakKiB = Math.max(peakKiB, Number(/bench-max-rss-kib=(\d+)/.exec(r.stderr)?.[1] ?? 0));
    if (hasTerraform) theirs.push(timed('terraform', ['fmt', '-check', '-recursive', corpus], root).ms);
  }
  const json = spawnSync('node', [cli, 'scan', corpus, '--format', 'json', '--fail-on', 'none', '--no-history'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const report = JSON.parse(json.stdout) as { findings: unknown[]; errors: unknown[] };
  findings = report.findings.length;

  const oursMs = median(ours);
  console.log(`bench:parse on ${corpus}`);
  console.log(`  corpus: ${files.length} .tf files, ${lines} lines; ${findings} findings, ${report.errors.length} input errors`);
  console.log(`  leakproof scan --format json: median ${oursMs.toFixed(0)} ms over ${ROUNDS} rounds (${ours.map((x) => x.toFixed(0)).join(', ')})`);
  console.log(`  throughput: ${((files.length / oursMs) * 1000).toFixed(0)} files/s, ${((lines / oursMs) * 1000).toFixed(0)} lines/s (whole process, start-up included)`);
  console.log(`  peak memory (max RSS): ${(peakKiB / 1024).toFixed(0)} MiB`);
  if (hasTerraform) {
    const tfMs = median(theirs);
    console.log(`  terraform fmt -check -recursive: median ${tfMs.toFixed(0)} ms (${theirs.map((x) => x.toFixed(0)).join(', ')})`);
    console.log(`  ratio leakproof / terraform fmt: ${(oursMs / tfMs).toFixed(2)}x (target <= 2x, goal 1x)`);
  } else {
    console.log('  terraform is not installed here: no ratio');
  }
}

main();
