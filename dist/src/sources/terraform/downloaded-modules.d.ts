import type { SourceLocation } from '../../model/location.js';
import { type TrustRoot } from '../trust-root.js';
/** Where the manifest lives, relative to a root module folder. */
export declare const MANIFEST_PATH: readonly [".terraform", "modules", "modules.json"];
/** Far more than any real manifest (a few hundred bytes per module call). */
export declare const MAX_MANIFEST_BYTES: number;
/** Entries read from one manifest; each costs a real-path lookup, so a padded manifest must not cost more. */
export declare const MAX_MANIFEST_ENTRIES = 2000;
export interface DownloadedModule {
    /** The call's key: call names from the root, joined by dots. */
    key: string;
    /** The source as the manifest records it (`registry.terraform.io/ns/name/provider`, `git::https://...`). */
    source: string;
    version?: string;
    /** The folder's real path, inside the trust root. */
    absDir: string;
    /** `Dir` as written. */
    dir: string;
    /** The entry's location in the manifest. */
    loc: SourceLocation;
}
/** A downloaded module's folder that may not be read, kept so that the call says why it was not evaluated. */
export interface RefusedModule {
    key: string;
    reason: string;
}
export interface ModuleManifest {
    /** The manifest file, relative to the working directory. */
    file: string;
    modules: Map<string, DownloadedModule | RefusedModule>;
}
export interface ManifestProblems {
    error(message: string, loc: SourceLocation | undefined, file: string): void;
}
/**
 * The manifest of the root module in `rootAbsDir`, or undefined when the
 * folder was not initialised (no manifest) or the manifest cannot be used (the
 * reason is reported).
 */
export declare function readModuleManifest(rootAbsDir: string, trustRoot: TrustRoot, rel: (abs: string) => string, problems: ManifestProblems, onRead: (abs: string) => void): ModuleManifest | undefined;
/**
 * Whether a manifest entry was installed for the source a call names now.
 * Terraform records registry sources with their host and git shorthands as
 * `git::https://...`; both are compared without those spellings. A call whose
 * source changed since `terraform init` would make Terraform refuse to plan.
 */
export declare function sameModuleSource(callSource: string, manifestSource: string): boolean;
/** The manifest key of a call named `name` inside the module at `parentKey` ('' for the root module). */
export declare function childModuleKey(parentKey: string, name: string): string;
/**
 * Whether a downloaded version meets a call's `version` constraint
 * (`"~> 5.0"`, `">= 4.1, < 6"`, `"5.1.0"`); undefined when either cannot be
 * read. Terraform refuses to plan with a download that does not meet it.
 */
export declare function versionSatisfies(version: string, constraint: string): boolean | undefined;
