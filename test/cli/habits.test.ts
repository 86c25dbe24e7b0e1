/**
 * The command-line habits people expect: `-o -` is stdout, `-o dir/file`
 * creates the folder, --no-color / NO_COLOR / FORCE_COLOR, --quiet, a typo
 * costs one line plus a pointer to the help (not the whole page),
 * `help <command> <subcommand>`, and examples on every help page.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-cli.js';

const ANSI = /\u001b\[/;
const tmp = mkdtempSync(path.join(tmpdir(), 'leakproof-habits-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const INCIDENT = path.resolve('examples/incident-2019');

/** Runs the CLI with a scratch working directory, so that a file named `-` or a stray folder would show. */
async function inScratch(args: string[], env: Record<string, string> = {}) {
  const cwd = mkdtempSync(path.join(tmp, 'cwd-'));
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return { ...(await runCli(args, env)), cwd };
  } finally {
    process.chdir(before);
  }
}

describe('output targets', () => {
  test('-o - writes the report to stdout and creates no file', async () => {
    const run = await inScratch(['scan', INCIDENT, '--format', 'json', '-o', '-']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings.length).toBeGreaterThan(0);
    expect(readdirSync(run.cwd)).toEqual([]);
    // name=- sends one format to stdout while another goes to a file.
    const mixed = await inScratch(['scan', INCIDENT, '--format', 'json=-,sarif=out.sarif']);
    expect(JSON.parse(mixed.stdout).findings.length).toBeGreaterThan(0);
    expect(readdirSync(mixed.cwd)).toEqual(['out.sarif']);
    const baseline = await inScratch(['baseline', INCIDENT, '-o', '-']);
    expect(baseline.code).toBe(0);
    expect(JSON.parse(baseline.stdout).findings.length).toBeGreaterThan(0);
    expect(baseline.stderr).toMatch(/recorded \d+ findings in stdout/);
    expect(readdirSync(baseline.cwd)).toEqual([]);
  });

  test('stdout takes one report; an evidence bundle is never stdout', async () => {
    const two = await inScratch(['scan', INCIDENT, '--format', 'text,json', '-o', '-']);
    expect([two.code, two.stdout]).toEqual([2, '']);
    expect(two.stderr).toMatch(/^leakproof: -o - is stdout, which takes one report/);
    const evidence = await inScratch(['scan', INCIDENT, '--evidence', '-']);
    expect(evidence.code).toBe(2);
    expect(evidence.stderr).toMatch(/^leakproof: an evidence bundle is a folder or a \.tar\.gz file, not stdout/);
    expect((await inScratch(['evidence', '--from', 'report.json', '-o', '-'])).stderr).toMatch(/not stdout/);
    expect(readdirSync(evidence.cwd)).toEqual([]);
  });

  test('-o into a folder that does not exist yet creates it', async () => {
    const run = await inScratch(['scan', INCIDENT, '--format', 'sarif', '-o', 'reports/ci/leakproof.sarif']);
    expect(run.code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(run.cwd, 'reports/ci/leakproof.sarif'), 'utf8')).version).toBe('2.1.0');
    const baseline = await inScratch(['baseline', INCIDENT, '-o', 'policy/baseline.json']);
    expect(baseline.code).toBe(0);
    expect(existsSync(path.join(baseline.cwd, 'policy/baseline.json'))).toBe(true);
    // A file where the folder should be is still a clear one-line error.
    const blocked = path.join(tmp, 'blocked');
    writeFileSync(blocked, 'a file, not a folder');
    const failed = await runCli(['scan', INCIDENT, '--format', 'json', '-o', path.join(blocked, 'x.json')]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/^leakproof: cannot write .*blocked\/x\.json: (EEXIST|ENOTDIR)\n$/);
  });
});

describe('colour and quiet', () => {
  test('FORCE_COLOR colours a piped report; --no-color and NO_COLOR win over it', async () => {
    // CI exports NO_COLOR=1; an empty NO_COLOR counts as unset (no-color.org), so each case states its own.
    expect((await runCli(['scan', INCIDENT], { NO_COLOR: '' })).stdout).not.toMatch(ANSI); // not a TTY
    expect((await runCli(['scan', INCIDENT], { FORCE_COLOR: '1', NO_COLOR: '' })).stdout).toMatch(ANSI);
    expect((await runCli(['scan', INCIDENT], { FORCE_COLOR: '0' })).stdout).not.toMatch(ANSI);
    const noColor = await runCli(['scan', INCIDENT, '--no-color'], { FORCE_COLOR: '1' });
    expect([noColor.code, noColor.stderr]).toEqual([1, '']);
    expect(noColor.stdout).not.toMatch(ANSI);
    // A global option: before the command name too.
    expect((await runCli(['--no-color', 'scan', INCIDENT], { FORCE_COLOR: '1' })).stdout).not.toMatch(ANSI);
    expect((await runCli(['scan', INCIDENT], { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toMatch(ANSI);
  });

  test('--quiet leaves only errors on stderr; the report and the exit code stay the same', async () => {
    const unwritable = path.join(tmp, 'not-a-folder');
    writeFileSync(unwritable, 'x');
    const args = ['scan', INCIDENT, '--format', 'json', '--history', path.join(unwritable, 'h.db')];
    const loud = await runCli(args);
    expect(loud.stderr).toMatch(/warning: run history not recorded/);
    const quiet = await runCli([...args, '--quiet']);
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([loud.code, loud.stdout, '']);
    expect((await runCli(['-q', 'baseline', INCIDENT, '-o', path.join(tmp, 'quiet-baseline.json')])).stderr).toBe('');
    // An input error is not a note: it still shows, and still exits 2.
    const broken = mkdtempSync(path.join(tmp, 'broken-'));
    writeFileSync(path.join(broken, 'main.tf'), 'resource "aws_s3_bucket" "b" {\n');
    const error = await runCli(['scan', broken, '--quiet']);
    expect(error.code).toBe(2);
    expect(error.stderr).toMatch(/^leakproof: .*main\.tf:\d+/);
  });
});

describe('usage errors and help', () => {
  test('a typo prints the error, a suggestion and where help is, not the help page; exit 2', async () => {
    const typo = await runCli(['scan', 'examples', '--fomat', 'json']);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toBe("leakproof: unknown option '--fomat'\n(Did you mean --format?)\nsee 'leakproof scan --help'\n");
    const command = await runCli(['scna']);
    expect(command.code).toBe(2);
    expect(command.stderr).toBe("leakproof: unknown command 'scna'\n(Did you mean scan?)\nsee 'leakproof --help'\n");
    const sub = await runCli(['audit', 'aws', '--regoins', 'all']);
    expect(sub.code).toBe(2);
    expect(sub.stderr.split('\n').at(-2)).toBe("see 'leakproof audit aws --help'");
    const missing = await runCli(['explain']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("leakproof: missing required argument 'rule-id'\nsee 'leakproof explain --help'\n");
    for (const r of [typo, command, sub, missing]) expect(r.stderr).not.toContain('Usage:');
  });

  test('help <command> <subcommand> shows that subcommand; an unknown one is an error', async () => {
    const aws = await runCli(['help', 'audit', 'aws']);
    expect(aws.code).toBe(0);
    expect(aws.stdout).toMatch(/^Usage: leakproof audit aws \[options\]/);
    expect(aws.stdout).toContain('--role-arn');
    expect((await runCli(['help', 'evidence', 'verify'])).stdout).toMatch(/^Usage: leakproof evidence verify \[options\] <bundle>/);
    expect((await runCli(['help', 'scan'])).stdout).toMatch(/^Usage: leakproof scan/);
    const unknown = await runCli(['help', 'nosuch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^leakproof: unknown command 'nosuch'\n/);
    const unknownSub = await runCli(['help', 'audit', 'gcp']);
    expect(unknownSub.code).toBe(2);
    expect(unknownSub.stderr).toMatch(/^leakproof: unknown command 'gcp'\n(.*\n)?see 'leakproof audit --help'\n$/);
  });

  const COMMANDS = [[], ['scan'], ['baseline'], ['rules'], ['explain'], ['audit'], ['audit', 'aws'], ['audit', 'alicloud'], ['diff'], ['history'], ['evidence'], ['evidence', 'verify']];

  test.each(COMMANDS.map((c) => [c.join(' ') || '(program)', c]))('%s --help: examples, global options, no empty-list defaults, no dates that expire', async (_name, command) => {
    const run = await runCli([...(command as string[]), '--help']);
    expect(run.code).toBe(0);
    const examples = run.stdout.slice(run.stdout.indexOf('\nExamples:\n'));
    expect(run.stdout).toContain('\nExamples:\n');
    expect(examples).toMatch(/\n {2}\$ leakproof /);
    expect(run.stdout).not.toContain('(default: [])');
    expect(run.stdout).not.toMatch(/default: \[/);
    // An example with a fixed date would turn wrong (or into a past date) as time goes on.
    expect(examples).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
    expect(run.stdout).toContain('--quiet');
    expect(run.stdout).toContain('--no-color');
  });

  test('exit codes: 0 nothing at --fail-on, 1 findings, 2 usage', async () => {
    expect((await runCli(['scan', 'examples/well-configured'])).code).toBe(0);
    expect((await runCli(['scan', INCIDENT, '--quiet'])).code).toBe(1);
    expect((await runCli(['scan', INCIDENT, '--fail-on', 'none', '--no-color'])).code).toBe(0);
    expect((await runCli(['scan', '--bogus'])).code).toBe(2);
  });
});
