/**
 * The hostile-input suite: every case in bench/support/hostile-cases.ts runs
 * the built CLI (dist/, which .ci/run checks is fresh) as a child process with
 * a heap cap and a time limit, in a temporary folder. See the cases for what
 * each one proves; `npm run bench:hostile` prints their wall time and memory.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { HOSTILE_CASES } from '../../bench/support/hostile-cases.js';
import { repoRoot, runHostileCase } from '../../bench/support/hostile-run.js';

const cli = path.join(repoRoot(), 'dist', 'src', 'cli', 'main.js');

describe('hostile inputs', () => {
  test('the built CLI exists (npm run build)', () => {
    expect(existsSync(cli)).toBe(true);
  });

  for (const c of HOSTILE_CASES) {
    test(`${c.name}: ${c.about}`, async () => {
      const run = await runHostileCase(c, cli);
      expect({ case: c.name, problems: run.problems }).toEqual({ case: c.name, problems: [] });
    }, 180_000);
  }
});
