/**
 * Runs one hostile case as a child process of the built CLI, with a V8 heap
 * cap and a wall-clock limit, and judges it: it finished, exited as expected,
 * printed no stack trace, kept the valid neighbour, and leaked nothing. The
 * test (test/hostile) and the benchmark (bench/hostile.ts) share this.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NEIGHBOUR_FILE, NEIGHBOUR_TF, type HostileCase, type HostileReport } from './hostile-cases.js';

export const HEAP_CAP_MIB = 1024;
export const TIME_LIMIT_MS = 120_000;


/** The repository root, from this file's place in bench/support (source) or .bench-build/bench/support (compiled). */
export function repoRoot(): string {
  if (process.env.LEAKPROOF_REPO) return process.env.LEAKPROOF_REPO;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'src'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the leakproof repository root');
    dir = up;
  }
  return dir;
}

export interface CaseRun {
  name: string;
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  wallMs: number;
  /** Peak resident memory of the CLI process, KiB (absent when it did not exit normally or ran in a shell). */
  maxRssKiB?: number;
  stdout: string;
  stderr: string;
  /** Why the case failed; empty when it passed. */
  problems: string[];
}

export async function runHostileCase(c: HostileCase, cli = path.join(repoRoot(), 'dist', 'src', 'cli', 'main.js')): Promise<CaseRun> {
  const base = mkdtempSync(path.join(tmpdir(), `leakproof-hostile-${c.name}-`));
  // The case folder is a git work tree of its own, so its trust root is itself; `outside` lies beside it.
  const dir = path.join(base, 'case');
  const outside = path.join(base, 'outside');
  mkdirSync(path.join(dir, '.git'), { recursive: true });
  try {
    for (const [name, content] of Object.entries(c.files)) {
      const full = path.join(dir, name);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
    if (c.expect.neighbour || !c.shell) {
      mkdirSync(path.join(dir, path.dirname(NEIGHBOUR_FILE)), { recursive: true });
      writeFileSync(path.join(dir, NEIGHBOUR_FILE), NEIGHBOUR_TF);
    }
    c.setup?.(dir, outside);
    const rss = path.join(repoRoot(), 'bench', 'report-rss.mjs');
    const nodeArgs = [`--max-old-space-size=${HEAP_CAP_MIB}`, '--import', rss, cli];
    const run = c.shell
      ? await spawnBounded('sh', ['-c', c.shell], dir, { NODE: process.execPath, LEAKPROOF: cli })
      : await spawnBounded(process.execPath, [...nodeArgs, ...c.args(dir, outside)], dir, {});
    const problems = judge(c, run, dir);
    return { name: c.name, ...run, problems };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

interface RawRun {
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  wallMs: number;
  maxRssKiB?: number;
  stdout: string;
  stderr: string;
}

function spawnBounded(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<RawRun> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NO_COLOR: '1', LEAKPROOF_HISTORY: '', XDG_STATE_HOME: path.join(cwd, '..', 'state'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    // A runaway report must not exhaust the test's own memory: keep the first 64 MiB.
    child.stdout.on('data', (b: Buffer) => {
      if ((outBytes += b.length) <= 64 * 1024 * 1024) out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, TIME_LIMIT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      let stderr = Buffer.concat(err).toString('utf8');
      const m = /\n?bench-max-rss-kib=(\d+)\n?/.exec(stderr);
      const maxRssKiB = m ? Number(m[1]) : undefined;
      if (m) stderr = stderr.replace(m[0], '');
      resolve({ code, signal, timedOut, wallMs, ...(maxRssKiB !== undefined ? { maxRssKiB } : {}), stdout: Buffer.concat(out).toString('utf8'), stderr });
    });
  });
}

const STACK_TRACE = /\n\s+at .+(:\d+:\d+\)?|\(node:)/;

function judge(c: HostileCase, run: RawRun, dir: string): string[] {
  const problems: string[] = [];
  if (run.timedOut) return [`did not finish within ${TIME_LIMIT_MS / 1000} s`];
  if (run.signal) return [`killed by ${run.signal}`];
  if (!c.expect.exit.includes(run.code ?? -1)) problems.push(`exit code ${run.code}, expected ${c.expect.exit.join(' or ')}`);
  if (/internal error|heap out of memory|RangeError|Maximum call stack/i.test(run.stderr)) problems.push(`crashed: ${firstLines(run.stderr)}`);
  else if (STACK_TRACE.test(run.stderr)) problems.push(`printed a stack trace: ${firstLines(run.stderr)}`);
  if (run.maxRssKiB !== undefined && run.maxRssKiB > (HEAP_CAP_MIB + 512) * 1024) problems.push(`peak RSS ${Math.round(run.maxRssKiB / 1024)} MiB over the cap`);
  if (c.expect.stderr && !c.expect.stderr.test(run.stderr)) problems.push(`stderr does not match ${c.expect.stderr}: ${firstLines(run.stderr)}`);
  const written = (c.expect.outputFiles?.(dir) ?? []).map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : ''));
  for (const s of c.expect.absent ?? []) {
    if (run.stdout.includes(s) || run.stderr.includes(s) || written.some((w) => w.includes(s))) problems.push(`output contains ${JSON.stringify(s)}`);
  }
  for (const f of c.expect.notCreated ?? []) if (existsSync(path.join(dir, f))) problems.push(`${f} was created: code from the scanned tree ran`);

  const report = parseReport(run.stdout);
  if (c.expect.neighbour) {
    const found = report
      ? report.findings.some((f) => f.location.file.endsWith(NEIGHBOUR_FILE) && f.ruleId.startsWith('LP-FW'))
      : run.stdout.includes(NEIGHBOUR_FILE);
    if (!found) problems.push('the valid neighbour (an open security group beside the hostile file) was not reported');
  }
  if (c.expect.report) {
    if (!report) problems.push('no JSON report on stdout');
    else {
      const why = c.expect.report(report);
      if (why) problems.push(why);
    }
  }
  return problems;
}

function parseReport(stdout: string): HostileReport | undefined {
  if (!stdout.trimStart().startsWith('{')) return undefined;
  try {
    return JSON.parse(stdout) as HostileReport;
  } catch {
    return undefined;
  }
}

function firstLines(text: string): string {
  return text.split('\n').slice(0, 4).join(' | ').slice(0, 400);
}
