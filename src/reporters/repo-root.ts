/**
 * Where report paths are anchored. Code scanning (GitHub) and merge request
 * widgets (GitLab) place a finding by its path from the repository root, not
 * from the folder the scan was started in; a scan run from `infra/` must
 * still say `infra/main.tf`. The root is the nearest folder upward with a
 * `.git` entry (a folder, or a file in worktrees and submodules), found
 * without running git; outside a repository it is the working directory.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export function repositoryRoot(start: string = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
}

/**
 * A path as given in a finding (relative to `cwd`, or absolute) → the same
 * file relative to `root`, with forward slashes; undefined when it lies
 * outside the root (it can then only be named absolutely).
 */
export function rootRelative(file: string, cwd: string, root: string): string | undefined {
  const rel = path.relative(root, path.resolve(cwd, file));
  if (rel === '') return '.';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** Where live resources (ARNs, ids) are written: the saved inventory and each record's line in it. */
export interface LiveLocations {
  /** The inventory file, relative to the working directory or absolute. */
  file: string;
  /** 1-based line of a record by its id (the finding's resource address). */
  lines: ReadonlyMap<string, number>;
}

/** How a reporter turns a finding's path into a repository path. */
export interface PathAnchor {
  /** Absolute repository root; without it paths are kept as given. */
  srcRoot?: string;
  /** The folder relative paths are relative to; default srcRoot. */
  cwd?: string;
}

/** A finding's path as the repository knows it: from the root when inside it, else absolute (or as given without a root). */
export function repositoryPath(file: string, anchor: PathAnchor): string {
  if (!anchor.srcRoot) return file.split(path.sep).join('/');
  const cwd = anchor.cwd ?? anchor.srcRoot;
  return rootRelative(file, cwd, anchor.srcRoot) ?? path.resolve(cwd, file);
}

/** One inventory, or several (a scan of more than one saved inventory). */
export type LiveLocationSet = LiveLocations | readonly LiveLocations[];

/** The file and line of a live resource's record: the first inventory that holds it. */
export function liveRecord(live: LiveLocationSet | undefined, address: string): { file: string; line: number } | undefined {
  const all: readonly LiveLocations[] = !live ? [] : Array.isArray(live) ? live : [live as LiveLocations];
  for (const inv of all) {
    const line = inv.lines.get(address);
    if (line) return { file: inv.file, line };
  }
  return undefined;
}
