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
export function repositoryRoot(start = process.cwd()) {
    let dir = path.resolve(start);
    for (;;) {
        if (existsSync(path.join(dir, '.git')))
            return dir;
        const parent = path.dirname(dir);
        if (parent === dir)
            return path.resolve(start);
        dir = parent;
    }
}
/**
 * A path as given in a finding (relative to `cwd`, or absolute) → the same
 * file relative to `root`, with forward slashes; undefined when it lies
 * outside the root (it can then only be named absolutely).
 */
export function rootRelative(file, cwd, root) {
    const rel = path.relative(root, path.resolve(cwd, file));
    if (rel === '')
        return '.';
    if (rel.startsWith('..') || path.isAbsolute(rel))
        return undefined;
    return rel.split(path.sep).join('/');
}
/** A finding's path as the repository knows it: from the root when inside it, else absolute (or as given without a root). */
export function repositoryPath(file, anchor) {
    if (!anchor.srcRoot)
        return file.split(path.sep).join('/');
    const cwd = anchor.cwd ?? anchor.srcRoot;
    return rootRelative(file, cwd, anchor.srcRoot) ?? path.resolve(cwd, file);
}
/** The file and line of a live resource's record: the first inventory that holds it. */
export function liveRecord(live, address) {
    const all = !live ? [] : Array.isArray(live) ? live : [live];
    for (const inv of all) {
        const line = inv.lines.get(address);
        if (line)
            return { file: inv.file, line };
    }
    return undefined;
}
