/**
 * The run history's SQLite driver in a lean install: node:sqlite where the
 * runtime has it, else the optional better-sqlite3, else one clear sentence.
 * The connection module runs in a child process from a folder with no
 * node_modules, as in an install whose better-sqlite3 did not build.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const dir = mkdtempSync(path.join(tmpdir(), 'leakproof-sqlite-driver-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build(): string {
  const out = path.join(dir, 'history');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const name of ['sqlite-connection', 'sql']) {
    const source = readFileSync(path.join('src', 'history', `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
    writeFileSync(path.join(out, `${name}.js`), outputText);
  }
  return out;
}

const hasNodeSqlite = (() => {
  const probe = spawnSync(process.execPath, ['-e', "import('node:sqlite').then(() => process.exit(0), () => process.exit(1))"]);
  return probe.status === 0;
})();

describe('SQLite driver without better-sqlite3', () => {
  test(hasNodeSqlite ? 'node:sqlite opens the history' : 'says what to install, and creates nothing', () => {
    const out = build();
    const file = path.join(dir, 'state', 'history.db');
    const script = `
      import { openSqlite } from './sqlite-connection.js';
      try {
        const conn = await openSqlite(${JSON.stringify(file)});
        await conn.run('CREATE TABLE t (x INTEGER)');
        await conn.exclusive(() => conn.run('INSERT INTO t VALUES (?)', [7]));
        console.log(JSON.stringify(await conn.all('SELECT x FROM t')));
        await conn.close();
      } catch (e) {
        console.log('ERROR ' + e.message);
      }`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: out, encoding: 'utf8' });
    expect(run.status).toBe(0);
    if (hasNodeSqlite) {
      expect(run.stdout.trim()).toBe('[{"x":7}]');
      expect(run.stderr).not.toContain('ExperimentalWarning');
    } else {
      expect(run.stdout.trim()).toBe(
        'ERROR run history needs Node 22.5+ (node:sqlite; unflagged from 22.13) or the optional better-sqlite3 package: npm install better-sqlite3',
      );
      // The driver is checked before the history's folder is made.
      expect(existsSync(path.dirname(file))).toBe(false);
    }
  });
});
