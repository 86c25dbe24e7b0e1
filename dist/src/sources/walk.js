/**
 * Finds the input files of a scan. Each path argument is its own scan unit:
 * a directory is walked recursively (skipping .git, node_modules, .terraform
 * and .terragrunt-cache, and what the exclude patterns name), a file stands
 * alone. The walker knows no format: it lists every file any source may read
 * (Terraform, tfvars, JSON and YAML for plan and CloudFormation sources) and
 * groups Terraform configuration files (.tf, .tf.json, and OpenTofu's .tofu,
 * .tofu.json) by folder, since a folder is a Terraform module. Symlinks
 * are followed only while they stay inside the tree and never round a loop
 * (real paths are tracked). Nothing is passed over silently: every symlink not
 * followed, special file (FIFO, socket, device; never opened), oversize file
 * and excluded path is listed in the unit's `skipped`.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { compileExclude, excludedReason } from './path-globs.js';
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.terraform', '.terragrunt-cache']);
const INPUT_EXTENSIONS = ['.tf', '.tofu', '.tfvars', '.json', '.yaml', '.yml', '.template'];
const CONFIGURATION_EXTENSIONS = ['.tf', '.tf.json', '.tofu', '.tofu.json'];
export function isInputFile(name) {
    return INPUT_EXTENSIONS.some((ext) => name.endsWith(ext));
}
/** A Terraform or OpenTofu configuration file, native or JSON syntax. */
export function isConfigurationFile(name) {
    return CONFIGURATION_EXTENSIONS.some((ext) => name.endsWith(ext));
}
/**
 * OpenTofu's rule: where `x.tofu` (or `x.tofu.json`) stands beside `x.tf`
 * (`x.tf.json`) in one folder, only the .tofu file is loaded. The list's order is kept.
 */
export function withoutShadowedFiles(files) {
    const present = new Set(files);
    return files.filter((f) => {
        if (f.endsWith('.tf'))
            return !present.has(`${f.slice(0, -3)}.tofu`);
        if (f.endsWith('.tf.json'))
            return !present.has(`${f.slice(0, -8)}.tofu.json`);
        return true;
    });
}
export function toRelative(cwd, abs) {
    const rel = nodePath.relative(cwd, abs);
    return (rel === '' ? '.' : rel).split(nodePath.sep).join('/');
}
function isInside(root, p) {
    return p === root || p.startsWith(root.endsWith(nodePath.sep) ? root : root + nodePath.sep);
}
function folderOf(relFile) {
    const i = relFile.lastIndexOf('/');
    return i < 0 ? '.' : relFile.slice(0, i);
}
export function walkInputs(paths, opts = {}) {
    const cwd = opts.cwd ?? process.cwd();
    const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const excludes = (opts.exclude ?? []).map((e) => compileExclude(typeof e === 'string' ? { pattern: e, origin: '--exclude' } : e));
    const units = [];
    const errors = [];
    for (const input of paths) {
        const abs = nodePath.resolve(cwd, input);
        let stat;
        try {
            stat = fs.statSync(abs);
        }
        catch (e) {
            errors.push({ file: input, message: describeFsError(e, 'cannot read the path') });
            continue;
        }
        if (stat.isDirectory())
            units.push(walkDirectory(input, abs, cwd, maxBytes, excludes, errors));
        else if (stat.isFile()) {
            // A file named on the command line is the user's choice: excludes apply to what a walk finds.
            const rel = toRelative(cwd, abs);
            const unit = { input, kind: 'file', root: folderOf(rel), files: [], terraformFolders: new Map(), skipped: [] };
            if (stat.size > maxBytes) {
                errors.push(tooLarge(rel, stat.size, maxBytes));
                unit.skipped.push(oversize(rel, stat.size, maxBytes));
            }
            else {
                unit.files.push(rel);
                if (isConfigurationFile(rel))
                    unit.terraformFolders.set(folderOf(rel), [rel]);
            }
            units.push(unit);
        }
        else
            errors.push({ file: input, message: 'not a regular file or directory' });
    }
    return { units, errors };
}
function tooLarge(file, size, max) {
    return { file, message: `skipped: the file is ${size} bytes, larger than the limit of ${max} bytes` };
}
function oversize(file, size, max) {
    return { path: file, kind: 'oversize', reason: `${size} bytes, larger than the limit of ${max} bytes (not assessed)` };
}
/** What kind of special file a directory entry or stat is; undefined for files, folders and symlinks. */
function specialKind(e) {
    if (e.isFIFO())
        return 'a FIFO';
    if (e.isSocket())
        return 'a socket';
    if (e.isBlockDevice())
        return 'a block device';
    if (e.isCharacterDevice())
        return 'a character device';
    return undefined;
}
function excludedBy(excludes, relToRoot, isDirectory) {
    return excludes.find((x) => x.matches(relToRoot, isDirectory));
}
function describeFsError(e, what) {
    const code = e.code;
    if (code === 'ENOENT')
        return 'no such file or directory';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    return `${what} (${code ?? e.message})`;
}
function walkDirectory(input, rootAbs, cwd, maxBytes, excludes, errors) {
    const unit = { input, kind: 'directory', root: toRelative(cwd, rootAbs), files: [], terraformFolders: new Map(), skipped: [] };
    let rootReal;
    try {
        rootReal = fs.realpathSync(rootAbs);
    }
    catch (e) {
        errors.push({ file: input, message: describeFsError(e, 'cannot read the folder') });
        return unit;
    }
    const visited = new Set();
    // Depth-first with an explicit stack: deep trees cannot overflow the call stack.
    // Relative paths are built by joining names (cheaper than path.relative for every entry of a large tree).
    const stack = [{ abs: rootAbs, real: rootReal, rel: unit.root, relToRoot: '' }];
    while (stack.length > 0) {
        const dir = stack.pop();
        if (visited.has(dir.real)) {
            unit.skipped.push({ path: dir.rel, kind: 'symlink', reason: 'already walked (a symlink loop or a second link to the same folder)' });
            continue;
        }
        visited.add(dir.real);
        let entries;
        try {
            entries = fs.readdirSync(dir.abs, { withFileTypes: true });
        }
        catch (e) {
            errors.push({ file: dir.rel, message: describeFsError(e, 'cannot read the folder') });
            continue;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const subfolders = [];
        for (const entry of entries) {
            const abs = nodePath.join(dir.abs, entry.name);
            const rel = dir.rel === '.' ? entry.name : `${dir.rel}/${entry.name}`;
            const relToRoot = dir.relToRoot === '' ? entry.name : `${dir.relToRoot}/${entry.name}`;
            let real = nodePath.join(dir.real, entry.name);
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            let special = specialKind(entry);
            if (entry.isDirectory() && SKIPPED_FOLDERS.has(entry.name))
                continue;
            // Excluded by its own path, before a symlink is resolved: an excluded link is not followed either.
            const excluded = excludes.length > 0 ? excludedBy(excludes, relToRoot, isDir || entry.isSymbolicLink()) : undefined;
            if (excluded && (isDir || entry.isSymbolicLink() || isInputFile(entry.name))) {
                unit.skipped.push({ path: rel, kind: 'excluded', reason: excludedReason(excluded) });
                continue;
            }
            if (entry.isSymbolicLink()) {
                try {
                    real = fs.realpathSync(abs);
                }
                catch {
                    unit.skipped.push({ path: rel, kind: 'symlink', reason: 'a symlink whose target does not exist (or a loop of links)' });
                    continue;
                }
                if (!isInside(rootReal, real)) {
                    unit.skipped.push({ path: rel, kind: 'symlink', reason: 'a symlink pointing outside the scanned tree' });
                    continue;
                }
                try {
                    const target = fs.statSync(real);
                    isDir = target.isDirectory();
                    isFile = target.isFile();
                    special = specialKind(target);
                }
                catch (e) {
                    unit.skipped.push({ path: rel, kind: 'symlink', reason: `a symlink whose target cannot be read (${describeFsError(e, 'stat failed')})` });
                    continue;
                }
            }
            if (special) {
                unit.skipped.push({ path: rel, kind: 'special', reason: `${special}, never opened` });
                continue;
            }
            if (isDir) {
                if (SKIPPED_FOLDERS.has(entry.name))
                    continue;
                subfolders.push({ abs, real, rel, relToRoot });
                continue;
            }
            if (!isFile || !isInputFile(entry.name))
                continue;
            let size;
            try {
                size = fs.statSync(real).size;
            }
            catch (e) {
                errors.push({ file: rel, message: describeFsError(e, 'cannot read the file') });
                continue;
            }
            if (size > maxBytes) {
                errors.push(tooLarge(rel, size, maxBytes));
                unit.skipped.push(oversize(rel, size, maxBytes));
                continue;
            }
            unit.files.push(rel);
            if (isConfigurationFile(entry.name)) {
                const folder = folderOf(rel);
                let group = unit.terraformFolders.get(folder);
                if (!group)
                    unit.terraformFolders.set(folder, (group = []));
                group.push(rel);
            }
        }
        const group = unit.terraformFolders.get(dir.rel);
        if (group)
            unit.terraformFolders.set(dir.rel, withoutShadowedFiles(group));
        // Pushed in reverse so that folders are walked in name order.
        for (let i = subfolders.length - 1; i >= 0; i--)
            stack.push(subfolders[i]);
    }
    return unit;
}
