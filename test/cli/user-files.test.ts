/**
 * Files named on the command line (--var-file, --parameter-file, --config,
 * --baseline, --rules FILE) must be regular files under the size cap:
 * anything else is one clear line on stderr and exit 2, at once — a FIFO is
 * never opened (that would block), /dev/zero never read (that never ends).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readUserFile, readUserText, userFileProblem, UserFileError } from '../../src/sources/shared/read-user-file.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/sources/walk.js';
import { runCli } from '../support/run-cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakproof-user-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const tree = path.join(dir, 'tree');
fs.mkdirSync(tree);
fs.writeFileSync(path.join(tree, 'main.tf'), 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n');
const fifo = path.join(dir, 'pipe.yaml');
execFileSync('mkfifo', [fifo]);
const folder = path.join(dir, 'folder');
fs.mkdirSync(folder);
const missing = path.join(dir, 'missing.json');
// Sparse: as large as the stat says without writing the bytes.
const huge = path.join(dir, 'huge.json');
fs.closeSync(fs.openSync(huge, 'w'));
fs.truncateSync(huge, DEFAULT_MAX_FILE_BYTES + 1);

const FLAGS = ['--var-file', '--parameter-file', '--config', '--baseline'] as const;
const CASES: Array<[string, string, RegExp]> = [
  ['a FIFO', fifo, /named pipe \(FIFO\), not a regular file/],
  ['/dev/zero', '/dev/zero', /device, not a regular file/],
  ['a folder', folder, /folder, not a regular file/],
  ['a missing file', missing, /not found/],
  ['an oversized file', huge, /larger than \d+ MiB/],
];

describe('a bad file named on the command line is a usage error', () => {
  for (const flag of FLAGS)
    test.each(CASES)(`${flag} naming %s`, async (_what, file, message) => {
      const run = await runCli(['scan', tree, '--format', 'json', flag, file]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(path.basename(file));
      expect(lines[0]).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });

  test('--rules naming a FIFO or /dev/zero', async () => {
    for (const file of [fifo, '/dev/zero']) {
      const run = await runCli(['scan', tree, '--rules', file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/not a regular file/);
      expect(run.stderr).toContain(path.basename(file));
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  test('a good --var-file and --parameter-file are still read', async () => {
    const vars = path.join(dir, 'good.tfvars');
    fs.writeFileSync(vars, 'name = "x"\n');
    const params = path.join(dir, 'params.json');
    fs.writeFileSync(params, '{"A": "b"}');
    const run = await runCli(['scan', tree, '--format', 'json', '--var-file', vars, '--parameter-file', params]);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    expect(JSON.parse(run.stdout).errors).toEqual([]);
  });
});

describe('readUserFile', () => {
  test('reads a regular file, and decodes text as every IaC reader does', () => {
    const file = path.join(dir, 'bom.txt');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('héllo')]));
    expect(readUserFile(file).length).toBe(9);
    expect(readUserText(file)).toBe('héllo');
  });

  test('refuses what is not a regular file, before opening it, with a sentence naming what it is', () => {
    expect(() => readUserFile(fifo, 'the var file')).toThrow(new UserFileError('the var file is a named pipe (FIFO), not a regular file'));
    expect(userFileProblem(folder)).toMatchObject({ code: 'EISDIR', message: 'file is a folder, not a regular file' });
    expect(userFileProblem(missing)).toMatchObject({ code: 'ENOENT', message: 'file not found' });
    expect(userFileProblem(path.join(dir, 'good.tfvars'))).toBeUndefined();
  });

  test('honours a smaller cap', () => {
    const file = path.join(dir, 'ten.txt');
    fs.writeFileSync(file, '0123456789');
    expect(() => readUserFile(file, 'config file', 9)).toThrow(/config file is larger than 9 bytes \(10 bytes\)/);
    expect(readUserText(file, 'config file', 10)).toBe('0123456789');
  });
});
