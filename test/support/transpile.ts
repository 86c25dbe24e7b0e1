/**
 * Compiles a few source folders to JavaScript for a test that must run
 * leakproof code in child processes (jest's ESM transform only works in its
 * own process). TypeScript's transpileModule strips types file by file; type-
 * only imports disappear, and `.js` specifiers already point at the output.
 * The output goes under node_modules/.cache so that package imports
 * (better-sqlite3, pg) resolve from the project's node_modules.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export function transpileFolders(folders: string[], root = process.cwd()): string {
  const cache = path.join(root, 'node_modules', '.cache', 'leakproof-tests');
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(path.join(cache, 'build-'));
  // Under node_modules a folder has no package scope of its own: say it is ESM.
  writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const folder of folders) {
    for (const name of readdirSync(path.join(root, folder))) {
      if (!name.endsWith('.ts') || name.endsWith('.d.ts')) continue;
      const source = readFileSync(path.join(root, folder, name), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, esModuleInterop: true, verbatimModuleSyntax: false },
        fileName: name,
      });
      mkdirSync(path.join(out, folder), { recursive: true });
      writeFileSync(path.join(out, folder, name.replace(/\.ts$/, '.js')), outputText);
    }
  }
  return out;
}
