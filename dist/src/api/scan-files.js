/**
 * Scans files held in memory (an editor buffer, a pull request's changed
 * files, a template a service generated) exactly as if they were on disk: they
 * are written into a private temporary folder, scanned with that folder as the
 * working directory, so every location, fingerprint and suppression comes out
 * under the paths the caller gave, and the folder is deleted afterwards.
 *
 * The pipeline reads files relative to process.cwd(), so the scan switches
 * the working directory. It does so only around the pipeline's synchronous
 * part (rules are loaded first, so scanPaths never awaits), and the working
 * directory is back before any other code of the process can run.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanPaths } from '../scan.js';
import { LeakproofError } from './errors.js';
import { applyPolicy } from './policy.js';
import { pipelineOptions } from './scan.js';
/** The files' paths, normalised and checked: relative, inside the folder, each once. */
function checkedFiles(files) {
    if (!Array.isArray(files))
        throw new LeakproofError('scanFiles(files): files must be an array of {path, content}');
    const seen = new Set();
    return files.map((f, i) => {
        const given = f?.path;
        if (typeof given !== 'string' || given === '')
            throw new LeakproofError(`scanFiles: file ${i} has no path`);
        if (typeof f.content !== 'string' && !(f.content instanceof Uint8Array))
            throw new LeakproofError(`scanFiles: ${given}: content must be a string or a Uint8Array`);
        const normal = path.posix.normalize(given.replace(/\\/g, '/'));
        if (given.includes('\u0000') || path.posix.isAbsolute(normal) || /^[A-Za-z]:/.test(normal) || normal === '.' || normal === '..' || normal.startsWith('../') || normal.endsWith('/'))
            throw new LeakproofError(`scanFiles: ${given}: a file path must be relative and stay inside the scanned folder`);
        if (seen.has(normal))
            throw new LeakproofError(`scanFiles: ${given}: given twice`);
        seen.add(normal);
        return { path: normal, content: f.content };
    });
}
/** Runs the pipeline with `dir` as the working directory, and puts the caller's back before returning. */
function scanInFolder(dir, options) {
    const callerCwd = process.cwd();
    // A tripwire: should scanPaths ever await before its last progress call, its locations would be wrong; fail instead.
    let strayed = false;
    const onProgress = (message) => {
        if (process.cwd() !== dir)
            strayed = true;
        options.onProgress?.(message);
    };
    try {
        process.chdir(dir);
    }
    catch (e) {
        if (e.code === 'ERR_WORKER_UNSUPPORTED_OPERATION')
            throw new LeakproofError('scanFiles needs the main thread (it sets the working directory for the scan); in a worker thread, write the files to a folder and call scan()');
        throw e;
    }
    let pending;
    try {
        pending = scanPaths([dir], { ...options, onProgress });
    }
    finally {
        process.chdir(callerCwd);
    }
    return pending.then((report) => {
        if (strayed)
            throw new Error('leakproof internal error: the scan pipeline awaited while scanFiles had switched the working directory');
        return report;
    });
}
/**
 * Scans in-memory files. Options are those of scan(); `varFiles` and
 * `cloudFormation.parameterFiles` are files on disk (relative to
 * process.cwd()), `tfDir` is a folder among the given files.
 */
export async function scanFiles(files, options = {}) {
    const checked = checkedFiles(files);
    const onDisk = (list) => list?.map((f) => path.resolve(f));
    const pipeline = await pipelineOptions({
        ...options,
        ...(options.varFiles ? { varFiles: onDisk(options.varFiles) } : {}),
        ...(options.cloudFormation?.parameterFiles ? { cloudFormation: { ...options.cloudFormation, parameterFiles: onDisk(options.cloudFormation.parameterFiles) } } : {}),
    });
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'leakproof-files-')));
    try {
        for (const f of checked) {
            const target = path.join(dir, ...f.path.split('/'));
            mkdirSync(path.dirname(target), { recursive: true });
            writeFileSync(target, f.content);
        }
        const report = await scanInFolder(dir, pipeline);
        // Policy while the files still exist: inline suppression comments are read from them.
        return options.policy ? applyPolicy(report, options.policy, dir).report : report;
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
