/** Locates ../shared/corpus beside the repository; benchmarks that need it skip when it is absent. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from src/bench or dist/bench. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export function sharedCorpus(name: 'real' | 'kics'): string | undefined {
  const dir = path.resolve(repoRoot(), '..', 'shared', 'corpus', name);
  return existsSync(dir) ? dir : undefined;
}
