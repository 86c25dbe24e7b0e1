/** The contract every built-in function implements. */
import type { SourceLocation } from '../../../../model/location.js';
import type { MapValue, Value } from '../../../../model/value.js';
import type { FileAccess } from '../scope.js';
export interface FunctionContext {
    /** Location given to the values a function computes. */
    readonly loc: SourceLocation;
    readonly files: FileAccess;
    /** Records something the user should know that is not an error (a refused read). */
    note(message: string): void;
    /** Evaluates template text (templatefile) with the given variables. */
    renderTemplate(text: string, templatePath: string, vars: MapValue): Value;
}
/**
 * How an unknown argument affects the result, decided before the function runs:
 * - deep: any unknown anywhere in any argument makes the result unknown;
 * - shallow: only an argument that is unknown as a whole does; unknown items
 *   inside collections pass through (length, concat, merge, element...);
 * - self: the function looks at unknowns itself (coalesce).
 */
export type UnknownPolicy = 'deep' | 'shallow' | 'self';
export interface FunctionSpec {
    /** Required parameters. */
    readonly params: number;
    /** Optional parameters after the required ones. */
    readonly optional?: number;
    /** Any number of further arguments. */
    readonly variadic?: boolean;
    readonly unknowns: UnknownPolicy;
    /** An unknown result keeps a structured argument as its `partial` (jsonencode: a policy's known parts stay readable). */
    readonly keepsPartial?: boolean;
    impl(args: Value[], fc: FunctionContext): Value;
}
export type FunctionTable = Record<string, FunctionSpec>;
