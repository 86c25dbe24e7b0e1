/**
 * The run history through the CLI: scans record only when asked (--history,
 * $LEAKPROOF_HISTORY, `history:` in the config), a changing IaC fixture gives
 * the right diff, the Markdown and HTML reports show what changed, and
 * recording never changes a scan's outcome.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../support/run-cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'leakproof-cli-history-'));

const SG = (cidr: string) => `
provider "aws" {
  region = "eu-west-1"
}
resource "aws_security_group" "admin" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["${cidr}"]
  }
}
`;

const fixtures: string[] = [];
afterAll(() => fixtures.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fixture folder in the temp folder, named relative to the working directory as a user would name it. */
function fixture(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `leakproof-history-${name}-`));
  fixtures.push(dir);
  return path.relative(process.cwd(), dir);
}

describe('run history from the CLI', () => {
  test('three scans of a changing folder: the exposure appears, is fixed, comes back', async () => {
    const dir = fixture('changing');
    const history = path.join(tmp, 'iac.db');
    const scan = (cidr: string, ...extra: string[]) => {
      writeFileSync(path.join(dir, 'main.tf'), SG(cidr));
      return runCli(['scan', dir, '--history', history, ...extra]);
    };
    expect((await scan('0.0.0.0/0')).code).toBe(1);
    const fixed = await scan('10.0.0.0/8', '--format', 'markdown');
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toBe('');
    expect(fixed.stdout).toMatch(/### Since the last run \(\d{4}-\d\d-\d\d, run \S+\)/);
    expect(fixed.stdout).toContain('| 0 | 0 | 1 | 0 | 0 |');
    expect(fixed.stdout).toMatch(/\*\*Resolved\*\*\n\n- high LP-FW-002 <code>aws_security_group\.admin<\/code> — open for today/);
    const back = await scan('0.0.0.0/0', '--format', `html=${path.join(tmp, 'back.html')}`);
    expect(back.code).toBe(1);

    const diff = await runCli(['diff', '--history', history, '--format', 'json']);
    expect(diff.code).toBe(1);
    const json = JSON.parse(diff.stdout);
    expect(json.regressed.map((f: { ruleId: string; resource: string }) => `${f.ruleId} ${f.resource}`)).toEqual(['LP-FW-002 aws_security_group.admin']);
    expect(json.target.scopeLabel).toBe(`scan ${dir}`);

    // The HTML report shows the change and an inline SVG trend of three runs, nothing fetched.
    const html = (await import('node:fs')).readFileSync(path.join(tmp, 'back.html'), 'utf8');
    expect(html).toContain('<section id="history"><h2>Since the last run');
    expect(html).toMatch(/<h3>Regressed \(fixed before, back now\)<\/h3><ul><li><span class="badge sev-high">high<\/span> <code>LP-FW-002<\/code>/);
    expect((html.match(/<svg id="history-trend"[\s\S]*?<\/svg>/)?.[0].match(/<rect [^>]*><title>/g) ?? []).length).toBe(2); // two runs with an open high finding (legend swatches have no title)
    expect(html).not.toMatch(/(src|href)="https?:/);

    // Scopes do not mix: another folder's runs are compared only with that folder's.
    const other = fixture('other');
    writeFileSync(path.join(other, 'main.tf'), SG('10.0.0.0/8'));
    expect((await runCli(['scan', other, '--history', history])).code).toBe(0);
    const latestOther = JSON.parse((await runCli(['diff', '--history', history, '--format', 'json'])).stdout);
    expect(latestOther.base).toBeUndefined();
    expect(JSON.parse((await runCli(['diff', '--history', history, '--scope', `scan ${dir}`, '--format', 'json'])).stdout).regressed).toHaveLength(1);
    const listing = await runCli(['history', '--history', history]);
    expect(listing.stdout.trim().split('\n')).toHaveLength(2 + 4);
  });

  test('a scan records only when asked: --history, $LEAKPROOF_HISTORY or `history:` in the config', async () => {
    const dir = fixture('default');
    writeFileSync(path.join(dir, 'main.tf'), SG('0.0.0.0/0'));
    const stateHistory = path.join(process.env.XDG_STATE_HOME!, 'leakproof', 'history.db');
    const plain = await runCli(['scan', dir]);
    expect([plain.code, plain.stderr]).toEqual([1, '']);
    expect(existsSync(stateHistory)).toBe(false); // that default is for audits (no-side-effects.test.ts checks the folders)

    const named = path.join(tmp, 'named.db');
    expect((await runCli(['scan', dir, '--history', named])).code).toBe(1);
    const db = new Database(named, { readonly: true, timeout: 15000 });
    const count = () => (db.prepare('SELECT COUNT(*) AS n FROM runs WHERE scope_label = ?').get(`scan ${dir}`) as { n: number }).n;
    expect(count()).toBe(1);
    // --no-history wins over $LEAKPROOF_HISTORY.
    expect((await runCli(['scan', dir, '--no-history'], { LEAKPROOF_HISTORY: named })).code).toBe(1);
    expect(count()).toBe(1);
    db.close();
    // $LEAKPROOF_HISTORY names a history (a database URL stays off the command line).
    const viaEnv = path.join(tmp, 'env.db');
    await runCli(['scan', dir], { LEAKPROOF_HISTORY: viaEnv });
    expect(existsSync(viaEnv)).toBe(true);

    // `history:` in a config named with --config: relative to the config file.
    const configDir = mkdtempSync(path.join(tmp, 'config-'));
    writeFileSync(path.join(configDir, 'team.yaml'), 'history: runs/history.db\n');
    expect((await runCli(['scan', dir, '--config', path.join(configDir, 'team.yaml')])).code).toBe(1);
    expect(existsSync(path.join(configDir, 'runs', 'history.db'))).toBe(true);
  });

  test('a .leakproof.yaml found in the scanned tree may keep its history inside its folder, never send it elsewhere', async () => {
    const dir = fixture('discovered');
    writeFileSync(path.join(dir, 'main.tf'), SG('0.0.0.0/0'));
    writeFileSync(path.join(dir, '.leakproof.yaml'), 'history: .leakproof/history.db\n');
    const inside = await runCli(['scan', dir]);
    expect([inside.code, inside.stderr]).toEqual([1, '']);
    expect(existsSync(path.join(dir, '.leakproof', 'history.db'))).toBe(true);

    for (const target of ['postgres://attacker.example/loot', path.join(tmp, 'outside.db'), '../outside.db']) {
      writeFileSync(path.join(dir, '.leakproof.yaml'), `history: ${target}\n`);
      const run = await runCli(['scan', dir, '--format', 'json']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/warning: .*\.leakproof\.yaml: history .* ignored: a config found in the scanned tree may only name a SQLite file inside its own folder/);
      expect(run.stderr).not.toMatch(/not recorded/); // nothing was even tried
    }
    expect(existsSync(path.join(tmp, 'outside.db'))).toBe(false);
    expect(existsSync(path.join(path.dirname(dir), 'outside.db'))).toBe(false);
  });

  test('an unwritable history is a warning on stderr: same report, same exit code', async () => {
    const dir = fixture('readonly');
    writeFileSync(path.join(dir, 'main.tf'), SG('0.0.0.0/0'));
    const baseline = await runCli(['scan', dir, '--no-history', '--format', 'json']);
    const blocked = path.join(tmp, 'blocked');
    writeFileSync(blocked, 'a file where a folder should be');
    for (const target of [path.join(blocked, 'history.db'), path.join(tmp, 'garbage.db')]) {
      if (target.endsWith('garbage.db')) writeFileSync(target, 'this is not a SQLite database, just text that is long enough to have a header');
      const run = await runCli(['scan', dir, '--history', target, '--format', 'json']);
      expect(run.code).toBe(baseline.code);
      expect(run.stdout).toBe(baseline.stdout);
      expect(run.stderr).toMatch(/^leakproof: warning: run history not recorded in .*: .* \(--no-history turns recording off\)\n$/);
    }
    // An unreachable PostgreSQL server: a warning that never shows the password.
    const pg = await runCli(['scan', dir, '--history', 'postgres://ci:s3cret-pass@127.0.0.1:1/leakproof', '--format', 'json']);
    expect([pg.code, pg.stdout]).toEqual([baseline.code, baseline.stdout]);
    // (The first import of pg in a jest context may print Node's VM-modules notice first.)
    expect(pg.stderr).toMatch(/^leakproof: warning: run history not recorded in postgres:\/\/ci:\*\*\*@127\.0\.0\.1:1\/leakproof: .*ECONNREFUSED/m);
    expect(pg.stderr).not.toContain('s3cret-pass');
    if (process.getuid?.() !== 0) {
      // A read-only folder (root ignores permissions, so only checked as another user).
      const ro = path.join(tmp, 'ro');
      mkdirSync(ro);
      chmodSync(ro, 0o500);
      const run = await runCli(['scan', dir, '--history', path.join(ro, 'h.db'), '--format', 'json']);
      expect([run.code, run.stdout]).toEqual([baseline.code, baseline.stdout]);
      expect(run.stderr).toMatch(/warning: run history not recorded/);
    }
  });

  test('diff and history explain what is missing', async () => {
    const none = await runCli(['diff', '--history', path.join(tmp, 'absent.db')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^leakproof: no run history at .*absent\.db: nothing has been recorded there yet \(it was named by --history\)\n$/);
    // Without --history both read the state-folder history that audits record in, and say how to get one.
    for (const command of ['diff', 'history']) {
      const fallback = await runCli([command]);
      expect(fallback.code).toBe(2);
      expect(fallback.stderr).toContain(`no run history at ${path.join(process.env.XDG_STATE_HOME!, 'leakproof', 'history.db')}: audits record there by default`);
      expect(fallback.stderr).toContain('a scan records with --history FILE');
    }
    const history = path.join(tmp, 'one.db');
    const dir = fixture('one');
    writeFileSync(path.join(dir, 'main.tf'), SG('10.0.0.0/8'));
    await runCli(['scan', dir, '--history', history]);
    expect((await runCli(['diff', '--history', history, '--since', 'nosuch'])).stderr).toMatch(/--since nosuch: no such run/);
    const first = await runCli(['diff', '--history', history]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('the first run of this scope: every finding is new');
    expect((await runCli(['diff', '--history', history, '--since', '2020-01-01'])).code).toBe(0);
  });
});
