/** fileset(): Terraform's glob syntax, relative results, sorted, and confined to the trust root. */
import { afterAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { toPlain } from '../../src/model/value.js';
import { compileGlob, globMatches, globMayMatchBelow, staticPrefix, type Glob } from '../../src/sources/shared/doublestar-glob.js';
import { loadTerraform } from '../../src/sources/terraform/load.js';
import { walkInputs } from '../../src/sources/walk.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-fileset-')));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(nodePath.dirname(nodePath.join(dir, name)), { recursive: true });
    fs.writeFileSync(nodePath.join(dir, name), content);
  }
  return dir;
}

function glob(pattern: string): Glob {
  const g = compileGlob(pattern);
  if (typeof g === 'string') throw new Error(g);
  return g;
}

describe('glob matching', () => {
  test.each([
    ['/r/*.txt', '/r/a.txt', true],
    ['/r/*.txt', '/r/sub/a.txt', false],
    ['/r/*', '/r/.hidden', true],
    ['/r/**', '/r/a/b/c.txt', true],
    ['/r/**/*.tpl', '/r/x.tpl', true],
    ['/r/**/*.tpl', '/r/a/b/x.tpl', true],
    ['/r/**/*.tpl', '/r/a/b/x.tf', false],
    ['/r/a**b', '/r/aXb', true],
    ['/r/a**b', '/r/a/b', false],
    ['/r/?.txt', '/r/a.txt', true],
    ['/r/?.txt', '/r/ab.txt', false],
    ['/r/[ab].txt', '/r/b.txt', true],
    ['/r/[ab].txt', '/r/c.txt', false],
    ['/r/[a-c]x', '/r/bx', true],
    ['/r/[^a-c]x', '/r/bx', false],
    ['/r/[!a-c]x', '/r/dx', true],
    ['/r/{hello,world}.txt', '/r/world.txt', true],
    ['/r/{hello,world}.txt', '/r/other.txt', false],
    ['/r/{a,b/{c,d}}/f', '/r/b/d/f', true],
    ['/r/\\*.txt', '/r/*.txt', true],
    ['/r/\\*.txt', '/r/a.txt', false],
  ])('%s against %s: %s', (pattern, path, expected) => {
    expect(globMatches(glob(pattern), path)).toBe(expected);
  });

  test('invalid patterns say what is wrong', () => {
    expect(compileGlob('/r/[ab')).toBe('a "[" is not closed');
    expect(compileGlob('/r/{a,b')).toBe('a "{" is not closed');
    expect(compileGlob('/r/[z-a]')).toBe('the class range z-a is backwards');
    expect(compileGlob('/r/{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}{s,t}{u,v}')).toMatch(/more than 1024 patterns/);
  });

  test('the walk starts at the literal folder prefix and only enters folders the pattern can reach', () => {
    expect(staticPrefix(glob('/r/files/*.txt'))).toBe('/r/files');
    expect(staticPrefix(glob('/r/{a,b}/x'))).toBe('/r');
    expect(staticPrefix(glob('/r/**'))).toBe('/r');
    const g = glob('/r/files/*.txt');
    expect(globMayMatchBelow(g, '/r/files')).toBe(true);
    expect(globMayMatchBelow(g, '/r/files/sub')).toBe(false);
    expect(globMayMatchBelow(glob('/r/**/x'), '/r/a/b/c')).toBe(true);
  });

  test('patterns built to backtrack match in bounded time', () => {
    const g = glob(`/r/${'*a'.repeat(30)}b`);
    const name = `/r/${'a'.repeat(5000)}`;
    const cpu = process.cpuUsage();
    expect(globMatches(g, name)).toBe(false);
    const deep = glob(`/r/${'**/a/'.repeat(50)}x`);
    expect(globMatches(deep, `/r/${'a/'.repeat(2000)}y`)).toBe(false);
    expect(globMatches(deep, `/r/${'a/'.repeat(2000)}x`)).toBe(true);
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1000).toBeLessThan(2000);
  });
});

describe('fileset() in a configuration', () => {
  const dir = tree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'infra/main.tf': `
resource "aws_s3_object" "o" {
  txt     = fileset(path.module, "files/*.txt")
  alts    = fileset(path.module, "files/{hello,world}.txt")
  below   = fileset("\${path.module}/files", "**")
  nested  = fileset(path.module, "**/*.tpl")
  none    = fileset(path.module, "nothing/*")
  shared  = fileset(path.module, "../shared/*.json")
  outside = fileset(path.module, "../../*")
}
resource "aws_s3_object" "each" {
  for_each = fileset(path.module, "files/*.txt")
  key      = each.key
}
module "m" {
  source = "../shared"
}
`,
    'infra/files/hello.txt': 'h',
    'infra/files/world.txt': 'w',
    'infra/files/notes.md': 'n',
    'infra/files/subdirectory/anotherfile.txt': 'a',
    'infra/files/subdirectory/t.tpl': 't',
    'infra/x.tpl': 'x',
    'shared/a.json': '{}',
    'shared/main.tf': 'resource "aws_s3_object" "m" {\n  own = fileset(path.module, "*.json")\n}\n',
  });
  fs.mkdirSync(nodePath.join(dir, '..', nodePath.basename(dir) + '-outside'), { recursive: true });
  temps.push(nodePath.join(dir, '..', nodePath.basename(dir) + '-outside'));
  fs.writeFileSync(nodePath.join(dir, '..', nodePath.basename(dir) + '-outside', 'leak.txt'), 'x');
  fs.symlinkSync(nodePath.join(dir, '..', nodePath.basename(dir) + '-outside'), nodePath.join(dir, 'infra/files/escape'));
  const unit = walkInputs(['infra'], { cwd: dir }).units[0]!;
  const result = loadTerraform(unit, { cwd: dir });
  const o = result.resources.find((r) => r.address === 'aws_s3_object.o')!;
  const value = (name: string) => toPlain(o.attrs.entries.get(name)!);

  test('matches are relative to the path argument, sorted, regular files only', () => {
    expect(value('txt')).toEqual(['files/hello.txt', 'files/world.txt']);
    expect(value('alts')).toEqual(['files/hello.txt', 'files/world.txt']);
    expect(value('below')).toEqual(['hello.txt', 'notes.md', 'subdirectory/anotherfile.txt', 'subdirectory/t.tpl', 'world.txt']);
    expect(value('nested')).toEqual(['files/subdirectory/t.tpl', 'x.tpl']);
    expect(value('none')).toEqual([]);
  });

  test('a folder a symlink leads out of the trust root through is passed over', () => {
    expect(JSON.stringify(value('below'))).not.toContain('leak.txt');
  });

  test('inside the git work tree is fine; climbing past it is refused, unknown, and noted', () => {
    expect(value('shared')).toEqual(['../shared/a.json']);
    expect(o.attrs.entries.get('outside')).toMatchObject({ t: 'unknown', reason: expect.stringContaining('refused, outside the trust root') });
    expect(result.notes).toEqual(expect.arrayContaining([expect.stringMatching(/^infra\/main\.tf:9: fileset\("\.", "\.\.\/\.\.\/\*"\): refused, outside the trust root/)]));
  });

  test('a set: for_each over it keys instances by file name; in a module, path.module is relative to the root', () => {
    expect(result.resources.filter((r) => r.address.startsWith('aws_s3_object.each')).map((r) => r.address)).toEqual([
      'aws_s3_object.each["files/hello.txt"]',
      'aws_s3_object.each["files/world.txt"]',
    ]);
    const m = result.resources.find((r) => r.address === 'module.m.aws_s3_object.m')!;
    expect(toPlain(m.attrs.entries.get('own')!)).toEqual(['a.json']);
    expect(result.errors).toEqual([]);
  });

  test('an invalid pattern is an error at its line', () => {
    const bad = tree({ 'main.tf': 'resource "aws_s3_object" "o" {\n  x = fileset(path.module, "[ab")\n}\n' });
    const r = loadTerraform(walkInputs(['.'], { cwd: bad }).units[0]!, { cwd: bad });
    expect(r.errors).toEqual([expect.objectContaining({ file: 'main.tf', line: 2, message: 'fileset: invalid pattern "[ab": a "[" is not closed' })]);
  });
});
