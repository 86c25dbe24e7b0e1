import { describe, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { threeAudits } from './live-audits.js';

describe('three audits of a changing account, in SQLite', () => {
  test('appears, is fixed, comes back: new, resolved, regressed', async () => {
    await threeAudits(path.join(mkdtempSync(path.join(tmpdir(), 'leakproof-audits-')), 'history.db'));
  });
});
