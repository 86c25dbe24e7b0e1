/**
 * How evaluation problems travel. An expression that cannot be evaluated
 * throws EvalError; `try()` and `can()` catch it as Terraform does, and the
 * evaluation of a whole attribute catches it too, turning it into an unknown
 * value plus one InputError. A reference cycle throws CycleError, which `try()`
 * does not swallow (Terraform reports cycles whatever the expression says).
 */
import type { SourceLocation } from '../../../model/location.js';
import type { InputError } from '../../../model/source-resource.js';

export class EvalError extends Error {
  constructor(
    message: string,
    /** Where the failing expression is, when more precise than the attribute. */
    readonly loc?: SourceLocation,
  ) {
    // try() makes failing expressions routine (thousands per scan): skip the costly stack capture.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.name = 'EvalError';
  }
}

export class CycleError extends EvalError {
  constructor(message: string, loc?: SourceLocation) {
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
  constructor(message: string, loc?: SourceLocation) {
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
  constructor(
    message: string,
    /** Where evaluation was when the budget ran out. */
    readonly loc?: SourceLocation,
  ) {
    super(message);
    this.name = 'BudgetExceededError';
  }
}

/** Collects InputErrors and notes for one load, at most one per cause. */
export class Problems {
  readonly errors: InputError[] = [];
  readonly notes: string[] = [];
  private readonly seenErrors = new Set<string>();
  private readonly seenNotes = new Set<string>();

  error(message: string, loc?: SourceLocation, fallbackFile = ''): void {
    const file = loc?.file ?? fallbackFile;
    const key = `${file}\u0000${loc?.startLine ?? 0}\u0000${message}`;
    if (this.seenErrors.has(key)) return;
    this.seenErrors.add(key);
    const err: InputError = { file, message };
    if (loc && loc.startLine > 0) {
      err.line = loc.startLine;
      if (loc.startColumn !== undefined) err.column = loc.startColumn;
    }
    this.errors.push(err);
  }

  note(message: string): void {
    if (this.seenNotes.has(message)) return;
    this.seenNotes.add(message);
    this.notes.push(message);
  }
}

/** The message of anything thrown, for turning an unexpected exception into an InputError. */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
