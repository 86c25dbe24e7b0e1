/** Exclude globs: gitignore-like matching, the walker's use of them, and what the report says. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { scanPaths } from '../../src/scan.js';
import { compileExclude, excludeProblem } from '../../src/sources/path-globs.js';
import { walkInputs } from '../../src/sources/walk.js';

describe('compileExclude', () => {
  const cases: Array<[string, string, boolean, boolean]> = [
    // pattern, path relative to the scanned folder, is a folder, matches
    ['vendor/**', 'vendor', true, true],
    ['vendor/**', 'vendor/x/main.tf', false, true],
    ['vendor/**', 'modules/vendor', true, false],
    ['**/.terragrunt-cache/**', '.terragrunt-cache', true, true],
    ['**/.terragrunt-cache/**', 'live/prod/.terragrunt-cache', true, true],
    ['**/.terragrunt-cache/**', 'live/prod/terragrunt-cache', true, false],
    ['modules/legacy', 'modules/legacy', true, true],
    ['modules/legacy', 'other/modules/legacy', true, false],
    ['./modules/legacy/', 'modules/legacy', true, true],
    ['/modules/legacy', 'modules/legacy', true, true],
    ['legacy', 'modules/legacy', true, true],
    ['legacy', 'legacy.tf', false, false],
    ['*.bak.tf', 'a/b/main.bak.tf', false, true],
    ['*.bak.tf', 'a/b/main.tf', false, false],
    ['env/*/secrets.tfvars', 'env/prod/secrets.tfvars', false, true],
    ['env/*/secrets.tfvars', 'env/prod/eu/secrets.tfvars', false, false],
    ['env/**/secrets.tfvars', 'env/prod/eu/secrets.tfvars', false, true],
    ['env/**/secrets.tfvars', 'env/secrets.tfvars', false, true],
    ['test?.tf', 'test1.tf', false, true],
    ['test?.tf', 'test12.tf', false, false],
    ['build/', 'build', false, false],
    ['build/', 'build', true, true],
    ['a.b', 'axb', false, false],
  ];
  test.each(cases)('%s against %s (folder: %s) → %s', (pattern, path, isDirectory, expected) => {
    expect(compileExclude({ pattern, origin: 'test' }).matches(path, isDirectory)).toBe(expected);
  });

  test('a pattern naming no path is refused with the reason', () => {
    expect(excludeProblem('')).toMatch(/names no path/);
    expect(excludeProblem('/')).toMatch(/names no path/);
    expect(excludeProblem('./')).toMatch(/names no path/);
    expect(excludeProblem('vendor/**')).toBeUndefined();
  });
});

let tmp: string;

function write(rel: string, text: string): void {
  const abs = nodePath.join(tmp, rel);
  fs.mkdirSync(nodePath.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
}

const OPEN = (name: string) => `resource "aws_security_group" "${name}" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-exclude-')));
  write('infra/main.tf', OPEN('main'));
  write('infra/vendor/mod/main.tf', OPEN('vendored'));
  write('infra/modules/legacy/main.tf', OPEN('legacy'));
  write('infra/modules/current/main.tf', OPEN('current'));
  write('infra/live/.terragrunt-cache/abc/main.tf', OPEN('cached'));
  write('infra/stack.bak.yaml', 'Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n');
  write('infra/README.md', 'not an input\n');
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the walker with excludes', () => {
  test('.terragrunt-cache is skipped by default, like .terraform', () => {
    const unit = walkInputs(['infra'], { cwd: tmp }).units[0]!;
    expect(unit.files.some((f) => f.includes('.terragrunt-cache'))).toBe(false);
    expect(unit.files).toContain('infra/vendor/mod/main.tf');
  });

  test('an excluded folder is one skipped entry, nothing below it is read; files and anchored paths too', () => {
    const unit = walkInputs(['infra'], {
      cwd: tmp,
      exclude: ['vendor/**', { pattern: 'modules/legacy', origin: '.leakproof.yaml:3' }, '*.bak.yaml', '*.md'],
    }).units[0]!;
    expect(unit.files).toEqual(['infra/main.tf', 'infra/modules/current/main.tf']);
    expect(unit.skipped).toEqual([
      { path: 'infra/stack.bak.yaml', kind: 'excluded', reason: 'excluded by *.bak.yaml (--exclude)' },
      { path: 'infra/vendor', kind: 'excluded', reason: 'excluded by vendor/** (--exclude)' },
      { path: 'infra/modules/legacy', kind: 'excluded', reason: 'excluded by modules/legacy (.leakproof.yaml:3)' },
    ]);
    expect([...unit.terraformFolders.keys()]).toEqual(['infra', 'infra/modules/current']);
  });

  test('patterns are relative to the scanned folder, not the working directory', () => {
    const unit = walkInputs(['infra'], { cwd: tmp, exclude: ['infra/vendor/**'] }).units[0]!;
    expect(unit.files).toContain('infra/vendor/mod/main.tf');
    expect(unit.skipped).toEqual([]);
  });

  test('a file named on the command line is scanned even when a pattern matches it', () => {
    const unit = walkInputs(['infra/vendor/mod/main.tf'], { cwd: tmp, exclude: ['**'] }).units[0]!;
    expect(unit.files).toEqual(['infra/vendor/mod/main.tf']);
  });
});

describe('scanPaths with excludes', () => {
  test('excluded code gives no finding, and the report lists and counts what was excluded', async () => {
    const cwd = process.cwd();
    process.chdir(tmp);
    try {
      const all = await scanPaths(['infra']);
      expect(all.findings.some((f) => f.resource.address === 'aws_security_group.vendored')).toBe(true);
      const report = await scanPaths(['infra'], { exclude: ['vendor/**', 'legacy'] });
      const addresses = new Set(report.findings.map((f) => f.resource.address));
      expect(addresses.has('aws_security_group.vendored')).toBe(false);
      expect(addresses.has('aws_security_group.legacy')).toBe(false);
      expect(addresses.has('aws_security_group.main')).toBe(true);
      expect(report.skipped).toEqual([
        { path: 'infra/vendor', kind: 'excluded', reason: 'excluded by vendor/** (--exclude)' },
        { path: 'infra/modules/legacy', kind: 'excluded', reason: 'excluded by legacy (--exclude)' },
      ]);
      expect(report.summary.skipped).toBe(2);
    } finally {
      process.chdir(cwd);
    }
  });
});
