/**
 * Audits keep a history without being told, in the user's state folder
 * ($XDG_STATE_HOME/leakproof/history.db, which test/support/isolate-state.ts
 * points at a temp folder), say where in one stderr line, and `history` and
 * `diff` read it from there; --no-history and --quiet behave.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeAlicloud } from '../../bench/support/alicloud-endpoint/server.js';
import { defaultHistoryPath } from '../../src/history/open-history.js';
import { incidentAccount, INCIDENT_KEY } from '../support/alicloud-incident-account.js';
import { runCli } from '../support/run-cli.js';

const ENV = { ALIBABA_CLOUD_ACCESS_KEY_ID: INCIDENT_KEY.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: INCIDENT_KEY.accessKeySecret, HOME: '/nonexistent-home' };

async function audit(args: string[]) {
  const endpoint = await startFakeAlicloud(incidentAccount(), {});
  try {
    const overrides = Object.entries(endpoint.endpoints).flatMap(([product, url]) => ['--endpoint', `${product}=${url}`]);
    return await runCli(['audit', 'alicloud', '--no-config', '--regions', 'eu-central-1', ...overrides, '--format', 'json', ...args], ENV);
  } finally {
    await endpoint.stop();
  }
}

describe('the default history of audits', () => {
  test('the state folder: XDG_STATE_HOME when absolute, else ~/.local/state', () => {
    expect(defaultHistoryPath({ XDG_STATE_HOME: '/var/state' }, '/home/ana')).toBe('/var/state/leakproof/history.db');
    expect(defaultHistoryPath({}, '/home/ana')).toBe('/home/ana/.local/state/leakproof/history.db');
    // The XDG spec: a relative path is invalid and ignored (it would land in the working directory).
    expect(defaultHistoryPath({ XDG_STATE_HOME: 'state' }, '/home/ana')).toBe('/home/ana/.local/state/leakproof/history.db');
    expect(defaultHistoryPath({ XDG_STATE_HOME: '' })).toBe(path.join(homedir(), '.local/state/leakproof/history.db'));
  });

  test('an audit records there and says so; history and diff read it without --history', async () => {
    const file = path.join(process.env.XDG_STATE_HOME!, 'leakproof', 'history.db');
    rmSync(path.dirname(file), { recursive: true, force: true });

    const off = await audit(['--no-history']);
    expect([off.code, off.stderr]).toEqual([1, '']);
    expect(existsSync(file)).toBe(false);

    const first = await audit([]);
    expect(first.code).toBe(1);
    expect(first.stderr).toBe(`leakproof: run history: ${file} (--history names another, --no-history records nothing)\n`);
    expect(existsSync(file)).toBe(true);
    const quiet = await audit(['--quiet']);
    expect([quiet.code, quiet.stderr]).toEqual([1, '']);

    const listing = await runCli(['history']);
    expect(listing.code).toBe(0);
    expect(listing.stdout).toContain(`history: ${file}`);
    expect(listing.stdout.match(/audit alicloud/g)).toHaveLength(2);
    const diff = await runCli(['diff', '--format', 'json']);
    expect(diff.code).toBe(0); // the second run found nothing new
    expect(JSON.parse(diff.stdout).base).toBeDefined();

    // A history named in $LEAKPROOF_HISTORY (or with --history) is used instead, without the note.
    const other = path.join(mkdtempSync(path.join(tmpdir(), 'leakproof-audit-history-')), 'h.db');
    const viaEnv = await (async () => {
      process.env.LEAKPROOF_HISTORY = other;
      try {
        return await audit([]);
      } finally {
        delete process.env.LEAKPROOF_HISTORY;
      }
    })();
    expect([viaEnv.code, viaEnv.stderr]).toEqual([1, '']);
    expect(existsSync(other)).toBe(true);
    rmSync(path.dirname(other), { recursive: true, force: true });
  });
});
