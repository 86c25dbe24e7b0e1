export class EvalError extends Error {
    loc;
    constructor(message, 
    /** Where the failing expression is, when more precise than the attribute. */
    loc) {
        // try() makes failing expressions routine (thousands per scan): skip the costly stack capture.
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        super(message);
        this.loc = loc;
        Error.stackTraceLimit = limit;
        this.name = 'EvalError';
    }
}
export class CycleError extends EvalError {
    constructor(message, loc) {
        super(message, loc);
        this.name = 'CycleError';
    }
}
/**
 * Something this evaluator does not implement (a provider-defined function, an
 * unusual text encoding): the result is unknown, and that is a note, not an
 * error in the user's input.
 */
export class UnsupportedError extends EvalError {
    constructor(message, loc) {
        super(message, loc);
        this.name = 'UnsupportedError';
    }
}
/**
 * The evaluation budget of a root module ran out (a configuration built to make the
 * scanner loop for hours, or nested counts that multiply into millions of
 * resources). Deliberately not an EvalError: try() must not
 * swallow it, and it stops the evaluation of that root module instead of
 * failing attribute by attribute.
 */
export class BudgetExceededError extends Error {
    loc;
    constructor(message, 
    /** Where evaluation was when the budget ran out. */
    loc) {
        super(message);
        this.loc = loc;
        this.name = 'BudgetExceededError';
    }
}
/** Collects InputErrors and notes for one load, at most one per cause. */
export class Problems {
    errors = [];
    notes = [];
    seenErrors = new Set();
    seenNotes = new Set();
    error(message, loc, fallbackFile = '') {
        const file = loc?.file ?? fallbackFile;
        const key = `${file}\u0000${loc?.startLine ?? 0}\u0000${message}`;
        if (this.seenErrors.has(key))
            return;
        this.seenErrors.add(key);
        const err = { file, message };
        if (loc && loc.startLine > 0) {
            err.line = loc.startLine;
            if (loc.startColumn !== undefined)
                err.column = loc.startColumn;
        }
        this.errors.push(err);
    }
    note(message) {
        if (this.seenNotes.has(message))
            return;
        this.seenNotes.add(message);
        this.notes.push(message);
    }
}
/** The message of anything thrown, for turning an unexpected exception into an InputError. */
export function messageOf(e) {
    if (e instanceof Error)
        return e.message;
    return String(e);
}
