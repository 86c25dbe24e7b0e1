/**
 * Reading a file the user named on the command line (--var-file,
 * --parameter-file, --config, --baseline, --rules FILE). Such a name can
 * point at anything: a folder, a named pipe that nobody writes to (open()
 * alone blocks on it), /dev/zero (reads never end), a socket, a file far too
 * big. Each is refused with one clear sentence before any byte is read:
 *
 * 1. stat the path (never blocks) and refuse anything but a regular file, or
 *    one larger than the cap;
 * 2. open it non-blocking, so that a path swapped for a FIFO after the stat
 *    cannot hang the open, and check the open file again (fstat);
 * 3. read at most cap + 1 bytes, so that a file that grows meanwhile is
 *    refused instead of read without end.
 */
import * as fs from 'node:fs';
import { decodeText } from './decode-text.js';
import { DEFAULT_MAX_FILE_BYTES } from '../walk.js';
/** Why a named file cannot be read; `message` is one line, ready for the user. */
export class UserFileError extends Error {
    code;
    constructor(message, 
    /** ENOENT for a missing file, EISDIR for a folder (as fs would say), else undefined. */
    code) {
        super(message);
        this.code = code;
        this.name = 'UserFileError';
    }
}
function sizeText(bytes) {
    const mib = 1024 * 1024;
    return bytes % mib === 0 ? `${bytes / mib} MiB` : `${bytes} bytes`;
}
function kindOf(stat) {
    if (stat.isDirectory())
        return 'a folder';
    if (stat.isFIFO())
        return 'a named pipe (FIFO)';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/** The problem with `stat` as a readable user file of at most `maxBytes`, or undefined. */
function statProblem(stat, what, maxBytes) {
    if (!stat.isFile()) {
        const kind = kindOf(stat);
        return new UserFileError(`${what} is ${kind === 'not a regular file' ? '' : kind + ', '}not a regular file`, stat.isDirectory() ? 'EISDIR' : undefined);
    }
    if (stat.size > maxBytes)
        return new UserFileError(`${what} is larger than ${sizeText(maxBytes)} (${stat.size} bytes)`);
    return undefined;
}
function statError(e, what) {
    const code = e.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return new UserFileError(`${what} not found`, 'ENOENT');
    return new UserFileError(`${what} cannot be read (${code ?? e.message})`, code);
}
/**
 * Why `file` cannot be read as a user file, without opening it; undefined
 * when it is a regular file within the cap. For checks made before a run
 * starts, so that a bad name fails at once instead of after the scan.
 */
export function userFileProblem(file, what = 'file', maxBytes = DEFAULT_MAX_FILE_BYTES) {
    let stat;
    try {
        stat = fs.statSync(file);
    }
    catch (e) {
        return statError(e, what);
    }
    return statProblem(stat, what, maxBytes);
}
/** The bytes of a regular file of at most `maxBytes`; anything else throws UserFileError. */
export function readUserFile(file, what = 'file', maxBytes = DEFAULT_MAX_FILE_BYTES) {
    const problem = userFileProblem(file, what, maxBytes);
    if (problem)
        throw problem;
    let fd;
    try {
        fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    }
    catch (e) {
        throw statError(e, what);
    }
    try {
        const stat = fs.fstatSync(fd);
        const again = statProblem(stat, what, maxBytes);
        if (again)
            throw again;
        // Sized by the stat (plus room to notice growth), grown only up to one byte past the cap.
        let buffer = Buffer.allocUnsafe(Math.min(stat.size + 4096, maxBytes + 1));
        let length = 0;
        for (;;) {
            if (length === buffer.length) {
                if (length > maxBytes)
                    throw new UserFileError(`${what} is larger than ${sizeText(maxBytes)}`);
                const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
                buffer.copy(bigger, 0, 0, length);
                buffer = bigger;
            }
            const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
            if (n === 0)
                break;
            length += n;
        }
        if (length > maxBytes)
            throw new UserFileError(`${what} is larger than ${sizeText(maxBytes)}`);
        return buffer.subarray(0, length);
    }
    catch (e) {
        if (e instanceof UserFileError)
            throw e;
        throw statError(e, what);
    }
    finally {
        fs.closeSync(fd);
    }
}
/** The text of a user file, decoded as every IaC reader decodes (BOM-aware, else UTF-8). */
export function readUserText(file, what = 'file', maxBytes = DEFAULT_MAX_FILE_BYTES) {
    return decodeText(readUserFile(file, what, maxBytes)).text;
}
