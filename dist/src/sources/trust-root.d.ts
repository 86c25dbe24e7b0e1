export interface TrustRoot {
    /** The folder's real path. */
    readonly dir: string;
    readonly kind: 'git-work-tree' | 'scanned-path';
}
export type Located = {
    ok: true;
    real: string;
} | {
    ok: false;
    missing: true;
} | {
    ok: false;
    missing: false;
    refused: string;
};
/** The trust root for a scan path (absolute, or relative to `cwd`). */
export declare function findTrustRoot(scanPath: string, cwd?: string): TrustRoot;
/** Whether a real path lies inside the trust root. */
export declare function insideTrustRoot(root: TrustRoot, realPath: string): boolean;
/**
 * Where an absolute path really is, if it may be read: its real path when it
 * exists inside the root; `missing` only for a path that would lie inside
 * (nothing is learnt about what exists elsewhere on the disk); else refused.
 */
export declare function locateInTrustRoot(root: TrustRoot, absPath: string): Located;
/** For messages: "the trust root /repo (the scanned path's git work tree)". */
export declare function describeTrustRoot(root: TrustRoot): string;
