/**
 * The evaluation budget of one template: what its intrinsic functions may
 * produce (characters, list items) and how much work they may take (nodes
 * visited or copied, nesting). Running out throws TemplateBudgetError at the
 * intrinsic that did it; the loader turns that into one input error for the
 * template and goes on with the next one. Sizes are checked before a string
 * or list is built, so that no RangeError ("Invalid string length") and no
 * giant allocation can happen first.
 */
import type { SourceLocation } from '../../../model/location.js';
import type { EvalLimits } from '../parse/limits.js';
export declare class TemplateBudgetError extends Error {
    readonly loc: SourceLocation | undefined;
    constructor(message: string, loc: SourceLocation | undefined);
}
export declare class TemplateBudget {
    readonly limits: EvalLimits;
    private chars;
    private steps;
    private depth;
    constructor(limits: EvalLimits);
    /** Counts `n` nodes visited or copied. */
    step(loc: SourceLocation | undefined, n?: number): void;
    /** Checks the length of a string that `what` is building (call as it grows; counts nothing). */
    length(length: number, what: string, loc: SourceLocation | undefined): void;
    /** Checks a string of `length` characters that `what` is about to build, and counts it against the template. */
    text(length: number, what: string, loc: SourceLocation | undefined): void;
    /** Checks a list of `n` items that `what` is about to build. */
    items(n: number, what: string, loc: SourceLocation | undefined): void;
    /** Runs `f` one level deeper. */
    nested<T>(loc: SourceLocation | undefined, f: () => T): T;
}
