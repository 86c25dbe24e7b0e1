/**
 * `leakproof rules | head -1`: a reader that closes the pipe early is the
 * normal end of a pipeline, so the CLI ends quietly — no stack trace, no
 * error text — with the exit code the command would have had. This needs a
 * real pipe and the real executable, so it runs the built CLI
 * (dist/src/cli/main.js; built here when absent).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CLI = path.resolve('dist/src/cli/main.js');
const tmp = mkdtempSync(path.join(tmpdir(), 'leakproof-epipe-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  if (!existsSync(CLI)) spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'ignore', timeout: 300_000 });
  if (!existsSync(CLI) || !readFileSync(CLI, 'utf8').includes('EPIPE')) throw new Error(`${CLI} is missing or older than src/cli/main.ts: run npm run build`);
}, 300_000);

let n = 0;
/** Runs `leakproof ARGS | READER` in sh; returns the reader's output, leakproof's stderr and leakproof's own exit status. */
function piped(args: string, reader: string): { stdout: string; stderr: string; status: number } {
  const statusFile = path.join(tmp, `status-${++n}`);
  const errFile = path.join(tmp, `stderr-${n}`);
  const script = `{ node '${CLI}' ${args} 2>'${errFile}'; echo $? >'${statusFile}'; } | ${reader}`;
  // The test's environment (its own XDG_STATE_HOME) is passed on explicitly: a child gets the real one otherwise.
  const run = spawnSync('sh', ['-c', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { stdout: run.stdout, stderr: readFileSync(errFile, 'utf8'), status: Number(readFileSync(statusFile, 'utf8').trim()) };
}

describe('a closed stdout pipe', () => {
  test('leakproof rules | head -1: one line, nothing on stderr, exit 0', () => {
    const run = piped('rules', 'head -1');
    expect(run.stdout).toMatch(/^ID\s+SEVERITY\s+CATEGORY/);
    expect(run.stdout.split('\n')).toHaveLength(2);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('a reader that exits before the first write (| true) and help piped into head', () => {
    for (const [args, reader] of [['rules', 'true'], ['rules --format json', 'true'], ['scan --help', 'head -2'], ['explain LP-DB-001', 'head -c 5']]) {
      const run = piped(args!, reader!);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
  });

  test('scan --format json | head -c 10: the report is cut, the verdict (exit 1: findings) is kept', () => {
    const run = piped(`scan '${path.resolve('examples')}' --format json`, 'head -c 10');
    expect(run.stdout).toHaveLength(10);
    expect(run.stdout.startsWith('{')).toBe(true);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });
});
