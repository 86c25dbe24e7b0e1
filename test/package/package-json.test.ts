/**
 * The package's install contract, checked from package.json and the committed
 * dist/ (the installs themselves are proven by .ci/install-proofs.sh):
 * nothing is built at install time, the entry points exist, and the runtime
 * install needs no native module.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, statSync } from 'node:fs';

interface PackageJson {
  main: string;
  types: string;
  bin: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
  files: string[];
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  engines: { node: string };
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;

describe('package.json', () => {
  test('no script makes npm build a git install', () => {
    // npm runs a full dev install in a git dependency's clone when any of these exist (pacote's git fetcher);
    // for `npm install -g git+...` that fails without dev dependencies, or links a temporary clone.
    for (const name of ['prepare', 'prepack', 'build', 'preinstall', 'install', 'postinstall']) expect(pkg.scripts).not.toHaveProperty([name]);
  });

  test('the entry points are the committed build', () => {
    const root = pkg.exports['.'] as Record<string, string>;
    expect(Object.keys(root)).toEqual(['types', 'import']);
    expect(pkg.exports['./package.json']).toBe('./package.json');
    for (const file of [pkg.main, pkg.types, root.types!, root.import!, pkg.bin.leakproof!]) {
      expect(file).toMatch(/^(\.\/)?dist\/src\//);
      expect(existsSync(file)).toBe(true);
    }
    expect(readFileSync(pkg.bin.leakproof!, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    // Committed executable: npm makes bins executable when it links them, which would otherwise change the clone.
    expect(statSync(pkg.bin.leakproof!).mode & 0o111).toBe(0o111);
  });

  test('the tarball carries the built code and data, not sources, maps or benchmarks', () => {
    expect(pkg.files).toEqual(expect.arrayContaining(['dist/src', 'dist/rules', 'compliance', 'schema', 'LICENSE', 'README.md']));
    for (const entry of pkg.files) expect(entry).not.toMatch(/^(src|rules|bench|test)(\/|$)|^dist$|\.map$/);
    expect(existsSync('LICENSE')).toBe(true);
    expect(readFileSync('LICENSE', 'utf8')).toContain('Apache License');
  });

  test('the SQLite driver is optional, never a runtime dependency', () => {
    expect(pkg.dependencies).not.toHaveProperty(['better-sqlite3']);
    expect(pkg.optionalDependencies).toHaveProperty(['better-sqlite3']);
    expect(pkg.engines.node).toBe('>=20');
  });
});
