/**
 * A scan changes nothing: not the scanned folder, not the working directory
 * (in CI that is the repository, in a pre-commit run the user's work tree),
 * not the user's state folder. Every file is listed and hashed before and
 * after, so a history file, a cache or a touched input would show.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'leakproof-no-side-effects-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every entry under `root`: type, mode, and content hash (or link target), keyed by relative path. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const rel = path.relative(root, full);
      const st = lstatSync(full);
      if (st.isSymbolicLink()) out[rel] = `link ${readlinkSync(full)}`;
      else if (st.isDirectory()) {
        out[rel] = `dir ${st.mode.toString(8)}`;
        walk(full);
      } else out[rel] = `file ${st.mode.toString(8)} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`;
    }
  };
  walk(root);
  return out;
}

describe('no side effects', () => {
  test('default scan, baseline to stdout, rules and explain leave the scanned folder, the working directory and the state folder unchanged', async () => {
    const work = path.join(tmp, 'repo');
    cpSync('examples', path.join(work, 'examples'), { recursive: true });
    const state = process.env.XDG_STATE_HOME!;
    const before = snapshot(work);
    const stateBefore = snapshot(state);
    expect(Object.keys(before).length).toBeGreaterThan(10);

    const cwd = process.cwd();
    process.chdir(work);
    try {
      const scan = await runCli(['scan', 'examples']);
      expect(scan.code).toBe(1);
      expect(scan.stdout).toContain('LP-DB-001');
      expect(scan.stderr).toBe('');
      expect((await runCli(['scan'])).code).toBe(1); // the working directory itself
      expect((await runCli(['scan', 'examples/incident-2019', '--format', 'json', '-o', '-'])).code).toBe(1);
      expect((await runCli(['baseline', 'examples', '-o', '-'])).code).toBe(0);
      expect((await runCli(['rules'])).code).toBe(0);
      expect((await runCli(['explain', 'LP-DB-001'])).code).toBe(0);
    } finally {
      process.chdir(cwd);
    }

    expect(snapshot(work)).toEqual(before);
    expect(snapshot(state)).toEqual(stateBefore);
  });
});
