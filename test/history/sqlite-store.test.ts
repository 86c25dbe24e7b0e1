import { describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openHistory } from '../../src/history/open-history.js';
import { describeHistoryStore } from './store-contract.js';

const dir = mkdtempSync(path.join(tmpdir(), 'leakproof-history-'));
let n = 0;
const freshFile = () => path.join(dir, `h${++n}`, 'history.db');

describeHistoryStore('SQLite', () => openHistory(freshFile()));

describe('SQLite history file', () => {
  test('is created with its folder, in WAL mode, at schema version 1; reopening does not migrate again', async () => {
    const file = freshFile();
    await (await openHistory(file)).close();
    await (await openHistory(file)).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version, description FROM schema_version').all()).toEqual([{ version: 1, description: 'runs, run findings and finding lifecycle' }]);
    db.close();
  });

  test('a database from a newer leakproof is refused, not guessed at', async () => {
    const file = freshFile();
    await (await openHistory(file)).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_version (version, applied_at, description) VALUES (99, 'x', 'future')").run();
    db.close();
    await expect(openHistory(file)).rejects.toThrow(/schema version 99, written by a newer leakproof \(this one knows version 1\)/);
  });
});
