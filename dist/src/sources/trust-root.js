/**
 * The trust root of a scanned path: the folder that everything leakproof reads
 * on the scanned content's behalf must lie in (local module sources, file()
 * and its kin, auto-loaded tfvars, symlink targets). It is the enclosing git
 * work tree when there is one (a `.git` folder or file found upward, without
 * running git: nothing from the tree runs), else the scanned path itself (a
 * file's folder for a file argument). A scanned tree is untrusted data, so a
 * `module` source or a `file("../../x")` reaching past this folder is refused
 * rather than read, and its value stays unknown.
 *
 * Paths are compared as real paths, so a symlink cannot lead out. Paths the
 * user names on the command line (--var-file, --config, the scan paths) are
 * the user's and are not checked here.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
/** The trust root for a scan path (absolute, or relative to `cwd`). */
export function findTrustRoot(scanPath, cwd = process.cwd()) {
    const abs = nodePath.resolve(cwd, scanPath);
    let start = abs;
    try {
        if (!fs.statSync(abs).isDirectory())
            start = nodePath.dirname(abs);
    }
    catch {
        // A path that cannot be read confines reads to itself.
    }
    let real;
    try {
        real = fs.realpathSync(start);
    }
    catch {
        return { dir: start, kind: 'scanned-path' };
    }
    for (let dir = real;;) {
        if (hasGitEntry(dir))
            return { dir, kind: 'git-work-tree' };
        const parent = nodePath.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return { dir: real, kind: 'scanned-path' };
}
/** `.git` as a folder (a clone) or a file (a worktree or submodule); its content is not read. */
function hasGitEntry(dir) {
    try {
        const st = fs.lstatSync(nodePath.join(dir, '.git'));
        return st.isDirectory() || st.isFile() || st.isSymbolicLink();
    }
    catch {
        return false;
    }
}
function isBelow(root, p) {
    return p === root || p.startsWith(root.endsWith(nodePath.sep) ? root : root + nodePath.sep);
}
/** Whether a real path lies inside the trust root. */
export function insideTrustRoot(root, realPath) {
    return isBelow(root.dir, realPath);
}
/**
 * Where an absolute path really is, if it may be read: its real path when it
 * exists inside the root; `missing` only for a path that would lie inside
 * (nothing is learnt about what exists elsewhere on the disk); else refused.
 */
export function locateInTrustRoot(root, absPath) {
    let real;
    try {
        real = fs.realpathSync(absPath);
    }
    catch {
        // A path that does not exist is judged by where its deepest existing folder really is (a symlink may lead out).
        const where = realOfExistingPart(absPath);
        return where !== undefined && insideTrustRoot(root, where) ? { ok: false, missing: true } : { ok: false, missing: false, refused: refusal(root) };
    }
    return insideTrustRoot(root, real) ? { ok: true, real } : { ok: false, missing: false, refused: refusal(root) };
}
function realOfExistingPart(absPath) {
    const rest = [];
    for (let p = absPath;;) {
        try {
            return nodePath.join(fs.realpathSync(p), ...rest.reverse());
        }
        catch {
            const parent = nodePath.dirname(p);
            if (parent === p)
                return undefined;
            rest.push(nodePath.basename(p));
            p = parent;
        }
    }
}
/** For messages: "the trust root /repo (the scanned path's git work tree)". */
export function describeTrustRoot(root) {
    return `the trust root ${root.dir} (${root.kind === 'git-work-tree' ? "the scanned path's git work tree" : 'the scanned path; it is in no git work tree'})`;
}
function refusal(root) {
    return `refused, outside ${describeTrustRoot(root)}`;
}
