/**
 * How evaluation problems travel. An expression that cannot be evaluated
 * throws EvalError; `try()` and `can()` catch it as Terraform does, and the
 * evaluation of a whole attribute catches it too, turning it into an unknown
 * value plus one InputError. A reference cycle throws CycleError, which `try()`
 * does not swallow (Terraform reports cycles whatever the expression says).
 */
import type { SourceLocation } from '../../../model/location.js';
import type { InputError } from '../../../model/source-resource.js';
export declare class EvalError extends Error {
    /** Where the failing expression is, when more precise than the attribute. */
    readonly loc?: SourceLocation | undefined;
    constructor(message: string, 
    /** Where the failing expression is, when more precise than the attribute. */
    loc?: SourceLocation | undefined);
}
export declare class CycleError extends EvalError {
    constructor(message: string, loc?: SourceLocation);
}
/**
 * Something this evaluator does not implement (a provider-defined function, an
 * unusual text encoding): the result is unknown, and that is a note, not an
 * error in the user's input.
 */
export declare class UnsupportedError extends EvalError {
    constructor(message: string, loc?: SourceLocation);
}
/**
 * The evaluation budget of a root module ran out (a configuration built to make the
 * scanner loop for hours, or nested counts that multiply into millions of
 * resources). Deliberately not an EvalError: try() must not
 * swallow it, and it stops the evaluation of that root module instead of
 * failing attribute by attribute.
 */
export declare class BudgetExceededError extends Error {
    /** Where evaluation was when the budget ran out. */
    readonly loc?: SourceLocation | undefined;
    constructor(message: string, 
    /** Where evaluation was when the budget ran out. */
    loc?: SourceLocation | undefined);
}
/** Collects InputErrors and notes for one load, at most one per cause. */
export declare class Problems {
    readonly errors: InputError[];
    readonly notes: string[];
    private readonly seenErrors;
    private readonly seenNotes;
    error(message: string, loc?: SourceLocation, fallbackFile?: string): void;
    note(message: string): void;
}
/** The message of anything thrown, for turning an unexpected exception into an InputError. */
export declare function messageOf(e: unknown): string;
