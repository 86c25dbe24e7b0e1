import type { KeyObject } from 'node:crypto';
export declare const PUBLIC_KEY_FILE = "signing-key.pub.pem";
export declare class EvidenceTargetError extends Error {
    constructor(message: string);
}
export declare const isArchivePath: (target: string) => boolean;
/** Refuses a target that would overwrite something; call it before the run. */
export declare function checkEvidenceTarget(target: string): void;
/** The files plus public key, manifest and signature. */
export declare function sealBundle(files: Map<string, Buffer>, signingKey?: KeyObject): Map<string, Buffer>;
/** Seals and writes the bundle; `mtime` (the run's end) dates the archive's entries. */
export declare function writeBundle(target: string, files: Map<string, Buffer>, options: {
    signingKey?: KeyObject;
    mtime: Date;
}): Map<string, Buffer>;
