import { type TrustRoot } from '../../trust-root.js';
import type { FileAccess, FileRefusal } from './scope.js';
export declare class BoundedFileAccess implements FileAccess {
    readonly baseDir: string;
    private readonly trustRoot;
    private readonly cache;
    private readonly onRead;
    constructor(baseDir: string, trustRoot: TrustRoot, cache: Map<string, Buffer>, onRead: (absPath: string) => void);
    private locate;
    read(path: string): {
        ok: true;
        bytes: Buffer;
        abs: string;
    } | FileRefusal;
    exists(path: string): {
        ok: true;
        exists: boolean;
    } | FileRefusal;
    /**
     * fileset(): the regular files below `dir` whose path relative to it
     * matches `pattern`, slash-separated and sorted. The walk starts at the
     * pattern's literal folder prefix, which must lie inside the trust root;
     * folders a symlink leads out of the root are passed over, each folder is
     * walked once, and only folders the pattern can reach into are walked. An
     * invalid pattern throws EvalError.
     */
    glob(dir: string, pattern: string): {
        ok: true;
        matches: string[];
    } | FileRefusal;
}
