/** The directory walker: units, skipped folders, symlinks, size limits, relative paths. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { loadTerraform } from '../../src/sources/terraform/load.js';
import { walkInputs } from '../../src/sources/walk.js';

let tmp: string;

function write(rel: string, text: string): void {
  const abs = nodePath.join(tmp, rel);
  fs.mkdirSync(nodePath.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
}

beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-walk-')));
  write('tree/main.tf', 'resource "aws_s3_bucket" "a" {\n  bucket = "a"\n}\n');
  write('tree/terraform.tfvars', 'x = 1\n');
  write('tree/modules/db/main.tf', 'resource "aws_db_instance" "d" {}\n');
  write('tree/modules/db/README.md', 'not an input\n');
  write('tree/cfn/stack.yaml', 'Resources: {}\n');
  write('tree/cfn/stack.template', '{}\n');
  write('tree/plan.json', '{}\n');
  write('tree/.terraform/modules/x/main.tf', 'resource "aws_s3_bucket" "vendored" {}\n');
  write('tree/node_modules/pkg/main.tf', 'resource "aws_s3_bucket" "npm" {}\n');
  write('tree/.git/config.json', '{}\n');
  write('tree/big/huge.tf', '# ' + 'x'.repeat(2000) + '\n');
  write('outside/secret.tf', 'resource "aws_s3_bucket" "outside" {}\n');
  // A loop back to the tree's own root, a link leaving the tree, a dangling link.
  fs.symlinkSync('..', nodePath.join(tmp, 'tree/modules/loop'));
  fs.symlinkSync(nodePath.join(tmp, 'outside'), nodePath.join(tmp, 'tree/escape'));
  fs.symlinkSync(nodePath.join(tmp, 'nowhere'), nodePath.join(tmp, 'tree/dangling.tf'));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('walkInputs', () => {
  test('lists every input file, relative to the working directory, and groups .tf files by folder', () => {
    const { units, errors } = walkInputs(['tree'], { cwd: tmp, maxFileBytes: 1000 });
    expect(units).toHaveLength(1);
    const unit = units[0]!;
    expect(unit).toMatchObject({ input: 'tree', kind: 'directory', root: 'tree' });
    expect(unit.files).toEqual(['tree/main.tf', 'tree/plan.json', 'tree/terraform.tfvars', 'tree/cfn/stack.template', 'tree/cfn/stack.yaml', 'tree/modules/db/main.tf']);
    expect([...unit.terraformFolders]).toEqual([
      ['tree', ['tree/main.tf']],
      ['tree/modules/db', ['tree/modules/db/main.tf']],
    ]);
    expect(errors).toEqual([{ file: 'tree/big/huge.tf', message: expect.stringMatching(/larger than the limit of 1000 bytes/) }]);
  });

  test('symlinks: a loop is walked once, a link out of the tree and a dangling link are skipped', () => {
    const unit = walkInputs(['tree'], { cwd: tmp }).units[0]!;
    expect(unit.skipped).toEqual(
      expect.arrayContaining([
        { path: 'tree/escape', kind: 'symlink', reason: 'a symlink pointing outside the scanned tree' },
        { path: 'tree/dangling.tf', kind: 'symlink', reason: expect.stringMatching(/^a symlink whose target does not exist/) },
        { path: 'tree/modules/loop', kind: 'symlink', reason: expect.stringMatching(/already walked/) },
      ]),
    );
    expect(unit.files.some((f) => f.includes('secret') || f.includes('loop'))).toBe(false);
  });

  test('each path argument is its own unit; a file stands alone; a missing path is an error', () => {
    const { units, errors } = walkInputs(['tree/modules/db', 'tree/main.tf', 'missing'], { cwd: tmp });
    expect(units.map((u) => [u.kind, u.root, u.files])).toEqual([
      ['directory', 'tree/modules/db', ['tree/modules/db/main.tf']],
      ['file', 'tree', ['tree/main.tf']],
    ]);
    expect(units[1]!.terraformFolders.get('tree')).toEqual(['tree/main.tf']);
    expect(errors).toEqual([{ file: 'missing', message: 'no such file or directory' }]);
  });

  test('paths outside the working directory come out relative, with ..', () => {
    const unit = walkInputs([nodePath.join(tmp, 'outside')], { cwd: nodePath.join(tmp, 'tree') }).units[0]!;
    expect(unit.files).toEqual(['../outside/secret.tf']);
  });

  test('a tree with a symlink loop loads without hanging', () => {
    const unit = walkInputs(['tree'], { cwd: tmp }).units[0]!;
    const result = loadTerraform(unit, { cwd: tmp });
    expect(result.resources.map((r) => [r.root, r.address])).toEqual([
      ['tree', 'aws_s3_bucket.a'],
      ['tree/modules/db', 'aws_db_instance.d'],
    ]);
  });
});
