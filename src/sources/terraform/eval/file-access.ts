/**
 * File reads on behalf of file(), templatefile() and friends. A hostile
 * configuration must not be able to make the scanner read /etc/passwd or a
 * 10 GB file: reads are confined (after resolving symlinks) to the scanned
 * tree and to the folders of local modules loaded from outside it, and are
 * limited in size. Anything refused is an unknown value, with the reason.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { LIMITS } from './limits.js';
import type { FileAccess } from './scope.js';

export class AllowedRoots {
  private readonly roots: string[] = [];

  /** Allows reads below a folder (its real path). */
  add(dir: string): void {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return;
    }
    if (!this.roots.includes(real)) this.roots.push(real);
  }

  contains(realPath: string): boolean {
    return this.roots.some((root) => realPath === root || realPath.startsWith(root.endsWith(nodePath.sep) ? root : root + nodePath.sep));
  }
}

export class BoundedFileAccess implements FileAccess {
  constructor(
    readonly baseDir: string,
    private readonly allowed: AllowedRoots,
    private readonly cache: Map<string, Buffer>,
    private readonly onRead: (absPath: string) => void,
  ) {}

  private locate(path: string): { ok: true; real: string } | { ok: false; reason: string } {
    const abs = nodePath.resolve(this.baseDir, path);
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch {
      // Only say "does not exist" for paths inside the allowed area, so nothing is learnt about the rest of the disk.
      return { ok: false, reason: this.allowed.contains(abs) ? 'no such file' : 'outside the scanned tree; not read' };
    }
    if (!this.allowed.contains(real)) return { ok: false, reason: 'outside the scanned tree; not read' };
    return { ok: true, real };
  }

  read(path: string): { ok: true; bytes: Buffer; abs: string } | { ok: false; reason: string } {
    const where = this.locate(path);
    if (!where.ok) return where;
    const cached = this.cache.get(where.real);
    if (cached) return { ok: true, bytes: cached, abs: where.real };
    let stat: fs.Stats;
    try {
      stat = fs.statSync(where.real);
    } catch {
      return { ok: false, reason: 'no such file' };
    }
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > LIMITS.maxReadFileBytes) return { ok: false, reason: `larger than ${LIMITS.maxReadFileBytes} bytes; not read` };
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(where.real);
    } catch (e) {
      return { ok: false, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    this.cache.set(where.real, bytes);
    this.onRead(where.real);
    return { ok: true, bytes, abs: where.real };
  }

  exists(path: string): boolean | undefined {
    const abs = nodePath.resolve(this.baseDir, path);
    const where = this.locate(path);
    if (where.ok) {
      try {
        return fs.statSync(where.real).isFile();
      } catch {
        return false;
      }
    }
    return this.allowed.contains(abs) ? false : undefined;
  }
}
