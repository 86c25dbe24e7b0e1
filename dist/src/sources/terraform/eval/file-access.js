/**
 * File reads on behalf of file(), templatefile(), fileexists(), fileset() and
 * friends. A hostile configuration must not be able to make the scanner read
 * /etc/passwd, a neighbouring secret or a 10 GB file: reads are confined
 * (after resolving symlinks) to the trust root of the scanned path and are
 * limited in size. Anything refused is an unknown value, with the reason.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { locateInTrustRoot, insideTrustRoot } from '../../trust-root.js';
import { compileGlob, globMatches, globMayMatchBelow, staticPrefix } from '../../shared/doublestar-glob.js';
import { EvalError } from './errors.js';
import { LIMITS } from './limits.js';
export class BoundedFileAccess {
    baseDir;
    trustRoot;
    cache;
    onRead;
    constructor(baseDir, trustRoot, cache, onRead) {
        this.baseDir = baseDir;
        this.trustRoot = trustRoot;
        this.cache = cache;
        this.onRead = onRead;
    }
    locate(path) {
        const where = locateInTrustRoot(this.trustRoot, nodePath.resolve(this.baseDir, path));
        if (where.ok)
            return where;
        return where.missing ? { ok: false, reason: 'no such file' } : { ok: false, reason: where.refused, refused: true };
    }
    read(path) {
        const where = this.locate(path);
        if (!where.ok)
            return where;
        const cached = this.cache.get(where.real);
        if (cached)
            return { ok: true, bytes: cached, abs: where.real };
        let stat;
        try {
            stat = fs.statSync(where.real);
        }
        catch {
            return { ok: false, reason: 'no such file' };
        }
        if (!stat.isFile())
            return { ok: false, reason: 'not a regular file' };
        if (stat.size > LIMITS.maxReadFileBytes)
            return { ok: false, reason: `larger than ${LIMITS.maxReadFileBytes} bytes; not read` };
        let bytes;
        try {
            bytes = fs.readFileSync(where.real);
        }
        catch (e) {
            return { ok: false, reason: `cannot be read (${e.code ?? 'error'})` };
        }
        this.cache.set(where.real, bytes);
        this.onRead(where.real);
        return { ok: true, bytes, abs: where.real };
    }
    exists(path) {
        const where = this.locate(path);
        if (!where.ok)
            return where.refused ? where : { ok: true, exists: false };
        try {
            return { ok: true, exists: fs.statSync(where.real).isFile() };
        }
        catch {
            return { ok: true, exists: false };
        }
    }
    /**
     * fileset(): the regular files below `dir` whose path relative to it
     * matches `pattern`, slash-separated and sorted. The walk starts at the
     * pattern's literal folder prefix, which must lie inside the trust root;
     * folders a symlink leads out of the root are passed over, each folder is
     * walked once, and only folders the pattern can reach into are walked. An
     * invalid pattern throws EvalError.
     */
    glob(dir, pattern) {
        const base = nodePath.resolve(this.baseDir, dir);
        // Terraform joins the folder and the pattern and cleans the result, so "../*" may climb out of the folder.
        const joined = nodePath.posix.normalize(`${base.split(nodePath.sep).join('/')}/${pattern}`);
        const glob = compileGlob(joined);
        if (typeof glob === 'string')
            throw new EvalError(`fileset: invalid pattern "${pattern}": ${glob}`);
        const prefix = staticPrefix(glob);
        const start = this.locate(prefix);
        if (!start.ok)
            return start.refused ? start : { ok: true, matches: [] };
        const found = [];
        const visited = new Set();
        let seen = 0;
        const stack = [{ abs: prefix, real: start.real }];
        while (stack.length > 0) {
            const folder = stack.pop();
            if (visited.has(folder.real))
                continue;
            visited.add(folder.real);
            let entries;
            try {
                entries = fs.readdirSync(folder.real, { withFileTypes: true });
            }
            catch {
                continue;
            }
            for (const entry of entries) {
                if (++seen > LIMITS.maxGlobEntries)
                    return { ok: false, reason: `more than ${LIMITS.maxGlobEntries} files and folders to look at; not listed` };
                const abs = folder.abs === '/' ? `/${entry.name}` : `${folder.abs}/${entry.name}`;
                let real = nodePath.join(folder.real, entry.name);
                let isDir = entry.isDirectory();
                let isFile = entry.isFile();
                if (entry.isSymbolicLink()) {
                    try {
                        real = fs.realpathSync(real);
                        const st = fs.statSync(real);
                        isDir = st.isDirectory();
                        isFile = st.isFile();
                    }
                    catch {
                        continue;
                    }
                    if (!insideTrustRoot(this.trustRoot, real))
                        continue;
                }
                if (isDir) {
                    if (globMayMatchBelow(glob, abs))
                        stack.push({ abs, real });
                }
                else if (isFile && globMatches(glob, abs))
                    found.push(abs);
            }
        }
        const baseSlash = base.split(nodePath.sep).join('/');
        const matches = found.map((f) => nodePath.posix.relative(baseSlash, f)).sort();
        return { ok: true, matches };
    }
}
