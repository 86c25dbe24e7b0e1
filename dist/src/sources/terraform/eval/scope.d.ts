/**
 * What an expression is evaluated against. The Scope resolves the root names
 * a module knows (`var`, `local`, `module`, `data`, resource types, `path`,
 * `terraform`); Bindings stack the names an expression introduces itself
 * (`for` variables, `each`, `count`, dynamic-block iterators, splat items).
 */
import type { SourceLocation } from '../../../model/location.js';
import type { MapValue, ResourceRef, Value } from '../../../model/value.js';
import type { Range, TemplateExpr } from '../hcl/ast.js';
/** One step after a root name: `.name` or `[key]` (the key already evaluated). */
export type TraversalStep = {
    kind: 'attr';
    name: string;
    range: Range;
} | {
    kind: 'index';
    key: Value;
    range: Range;
};
export interface Resolved {
    value: Value;
    /** How many of the steps the scope used up; the evaluator applies the rest. */
    consumed: number;
}
export interface Scope {
    /** Resolves `name` followed by `steps`; throws EvalError for names the module does not declare. */
    resolve(name: string, steps: readonly TraversalStep[], ctx: EvalContext): Resolved;
    /** File access for file(), templatefile() and friends, bounded to the trust root. */
    readonly files: FileAccess;
    /** Parses the text of a template file (templatefile) into a template expression; throws EvalError. */
    parseTemplate(text: string, path: string): TemplateExpr;
    /** Records something the user should know that is not an error (an unsupported function). */
    note(message: string): void;
}
export interface Bindings {
    readonly name: string;
    readonly value: Value;
    readonly next: Bindings | undefined;
}
export interface EvalContext {
    readonly scope: Scope;
    readonly bindings: Bindings | undefined;
    /** Location given to every value computed here: the attribute (or block) being evaluated. */
    readonly loc: SourceLocation;
}
export declare function bind(ctx: EvalContext, name: string, value: Value): EvalContext;
export declare function lookupBinding(bindings: Bindings | undefined, name: string): Value | undefined;
/** Why a file may not or cannot be read; `refused` when it lies outside the trust root (the report names the reference). */
export interface FileRefusal {
    ok: false;
    reason: string;
    refused?: true;
}
export interface FileAccess {
    /** The directory relative paths are resolved against (the root module, Terraform's working directory). */
    readonly baseDir: string;
    /** Reads a file as bytes, or says why it may not or cannot be read. */
    read(path: string): {
        ok: true;
        bytes: Buffer;
        abs: string;
    } | FileRefusal;
    /** Whether a regular file exists there, or why that may not be inspected. */
    exists(path: string): {
        ok: true;
        exists: boolean;
    } | FileRefusal;
    /** fileset(): the files below `dir` matching a glob, relative to `dir`, sorted. */
    glob(dir: string, pattern: string): {
        ok: true;
        matches: string[];
    } | FileRefusal;
}
export declare function markComputedObject(m: MapValue, ref: ResourceRef): MapValue;
export declare function computedRefOf(m: MapValue): ResourceRef | undefined;
export declare function setRangeFile(range: Range, file: string): void;
/** A SourceLocation for a syntax range in a file (a range belongs to one file, so it is the cache key). */
export declare function locOf(file: string, range: Range): SourceLocation;
