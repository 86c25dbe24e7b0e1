/**
 * Finds the input files of a scan. Each path argument is its own scan unit:
 * a directory is walked recursively (skipping .git, node_modules and
 * .terraform), a file stands alone. The walker knows no format: it lists every
 * file any source may read (Terraform, tfvars, JSON and YAML for plan and
 * CloudFormation sources) and groups .tf files by folder, since a folder is a
 * Terraform module. Symlinks are followed only while they stay inside the
 * tree and never round a loop (real paths are tracked).
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { InputError } from '../model/source-resource.js';

export interface ScanUnit {
  /** The path argument as given on the command line. */
  input: string;
  kind: 'directory' | 'file';
  /** The unit's folder, relative to the working directory: the directory itself, or a file's folder. */
  root: string;
  /** Every file found, relative to the working directory, with forward slashes, in walk order (sorted per folder). */
  files: string[];
  /** The .tf files of each folder that has any (folder and files relative to the working directory). */
  terraformFolders: Map<string, string[]>;
  /** Entries passed over on purpose, and why (a symlink leaving the tree, a symlink loop). */
  skipped: Array<{ path: string; reason: string }>;
}

export interface WalkOptions {
  /** Files larger than this are skipped with an InputError; default 5 MiB. */
  maxFileBytes?: number;
  /** The directory output paths are relative to; default process.cwd(). */
  cwd?: string;
}

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.terraform']);
const INPUT_EXTENSIONS = ['.tf', '.tfvars', '.json', '.yaml', '.yml', '.template'];

export function isInputFile(name: string): boolean {
  return INPUT_EXTENSIONS.some((ext) => name.endsWith(ext));
}

export function toRelative(cwd: string, abs: string): string {
  const rel = nodePath.relative(cwd, abs);
  return (rel === '' ? '.' : rel).split(nodePath.sep).join('/');
}

function isInside(root: string, p: string): boolean {
  return p === root || p.startsWith(root.endsWith(nodePath.sep) ? root : root + nodePath.sep);
}

function folderOf(relFile: string): string {
  const i = relFile.lastIndexOf('/');
  return i < 0 ? '.' : relFile.slice(0, i);
}

export function walkInputs(paths: string[], opts: WalkOptions = {}): { units: ScanUnit[]; errors: InputError[] } {
  const cwd = opts.cwd ?? process.cwd();
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const units: ScanUnit[] = [];
  const errors: InputError[] = [];
  for (const input of paths) {
    const abs = nodePath.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      errors.push({ file: input, message: describeFsError(e, 'cannot read the path') });
      continue;
    }
    if (stat.isDirectory()) units.push(walkDirectory(input, abs, cwd, maxBytes, errors));
    else if (stat.isFile()) {
      const rel = toRelative(cwd, abs);
      const unit: ScanUnit = { input, kind: 'file', root: folderOf(rel), files: [], terraformFolders: new Map(), skipped: [] };
      if (stat.size > maxBytes) errors.push(tooLarge(rel, stat.size, maxBytes));
      else {
        unit.files.push(rel);
        if (rel.endsWith('.tf')) unit.terraformFolders.set(folderOf(rel), [rel]);
      }
      units.push(unit);
    } else errors.push({ file: input, message: 'not a regular file or directory' });
  }
  return { units, errors };
}

function tooLarge(file: string, size: number, max: number): InputError {
  return { file, message: `skipped: the file is ${size} bytes, larger than the limit of ${max} bytes` };
}

function describeFsError(e: unknown, what: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `${what} (${code ?? (e as Error).message})`;
}

function walkDirectory(input: string, rootAbs: string, cwd: string, maxBytes: number, errors: InputError[]): ScanUnit {
  const unit: ScanUnit = { input, kind: 'directory', root: toRelative(cwd, rootAbs), files: [], terraformFolders: new Map(), skipped: [] };
  let rootReal: string;
  try {
    rootReal = fs.realpathSync(rootAbs);
  } catch (e) {
    errors.push({ file: input, message: describeFsError(e, 'cannot read the folder') });
    return unit;
  }
  const visited = new Set<string>();
  // Depth-first with an explicit stack: deep trees cannot overflow the call stack.
  const stack: Array<{ abs: string; real: string }> = [{ abs: rootAbs, real: rootReal }];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    if (visited.has(dir.real)) {
      unit.skipped.push({ path: toRelative(cwd, dir.abs), reason: 'already walked (a symlink loop or a second link to the same folder)' });
      continue;
    }
    visited.add(dir.real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir.abs, { withFileTypes: true });
    } catch (e) {
      errors.push({ file: toRelative(cwd, dir.abs), message: describeFsError(e, 'cannot read the folder') });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subfolders: Array<{ abs: string; real: string }> = [];
    for (const entry of entries) {
      const abs = nodePath.join(dir.abs, entry.name);
      let real = nodePath.join(dir.real, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          real = fs.realpathSync(abs);
        } catch {
          unit.skipped.push({ path: toRelative(cwd, abs), reason: 'a symlink whose target does not exist' });
          continue;
        }
        if (!isInside(rootReal, real)) {
          unit.skipped.push({ path: toRelative(cwd, abs), reason: 'a symlink pointing outside the scanned tree' });
          continue;
        }
        try {
          const target = fs.statSync(real);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue;
        }
      }
      if (isDir) {
        if (SKIPPED_FOLDERS.has(entry.name)) continue;
        subfolders.push({ abs, real });
        continue;
      }
      if (!isFile || !isInputFile(entry.name)) continue;
      const rel = toRelative(cwd, abs);
      let size: number;
      try {
        size = fs.statSync(real).size;
      } catch (e) {
        errors.push({ file: rel, message: describeFsError(e, 'cannot read the file') });
        continue;
      }
      if (size > maxBytes) {
        errors.push(tooLarge(rel, size, maxBytes));
        continue;
      }
      unit.files.push(rel);
      if (entry.name.endsWith('.tf')) {
        const folder = folderOf(rel);
        let group = unit.terraformFolders.get(folder);
        if (!group) unit.terraformFolders.set(folder, (group = []));
        group.push(rel);
      }
    }
    // Pushed in reverse so that folders are walked in name order.
    for (let i = subfolders.length - 1; i >= 0; i--) stack.push(subfolders[i]!);
  }
  return unit;
}
