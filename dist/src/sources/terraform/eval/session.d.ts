/**
 * State shared by every module instance of one load: the problem collector,
 * the stack of lazy evaluations in progress (for cycle messages and the depth
 * bound), and the services that need the parser or the file system.
 */
import type { SourceLocation } from '../../../model/location.js';
import type { Expr, TemplateExpr } from '../hcl/ast.js';
import { type Problems } from './errors.js';
import type { ModuleDef } from './module-def.js';
export interface EvalSession {
    readonly problems: Problems;
    /** Labels of lazy evaluations in progress, innermost last. */
    readonly stack: string[];
    /** The working directory: paths in output are relative to it. */
    readonly cwd: string;
    /**
     * The module a local `source` ("./x", "../x") names, relative to the calling module, or why it cannot be
     * loaded (`refused` when it lies outside the trust root).
     */
    loadLocalModule(caller: ModuleDef, source: string): ModuleDef | {
        error: string;
        refused?: true;
    };
    /**
     * The module `terraform init` downloaded for the remote call with manifest key `key` (`vpc`, `vpc.inner`)
     * of the root module in `rootAbsDir`, read from `.terraform/modules` inside the trust root.
     */
    downloadedModule(rootAbsDir: string, key: string, source: string, versionConstraint?: string): DownloadedLookup;
    parseTemplate(text: string, path: string): TemplateExpr;
    parseExpression(text: string, path: string): Expr;
}
/** What `.terraform/modules` holds for one remote module call. */
export type DownloadedLookup = 
/** The root module was not initialised (no manifest). */
{
    found: 'no-manifest';
}
/** The manifest has no usable folder for the call; `reason` says why, for the note. */
 | {
    found: 'no';
    reason: string;
}
/** `dir` is the folder as the manifest names it, relative to the root module. */
 | {
    found: 'yes';
    def: ModuleDef;
    dir: string;
    version?: string;
};
/**
 * A memo table for lazy evaluation: each entry is computed once; asking for an
 * entry that is being computed is a reference cycle, reported by CycleError.
 */
export declare class LazyTable<K, T> {
    private readonly session;
    private readonly entries;
    constructor(session: EvalSession);
    get(key: K, label: string, loc: SourceLocation, compute: () => T, onError: (e: unknown) => T): T;
    peek(key: K): T | undefined;
}
