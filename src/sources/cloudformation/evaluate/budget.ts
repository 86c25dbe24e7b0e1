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

export class TemplateBudgetError extends Error {
  constructor(
    message: string,
    readonly loc: SourceLocation | undefined,
  ) {
    super(message);
    this.name = 'TemplateBudgetError';
  }
}

export class TemplateBudget {
  private chars = 0;
  private steps = 0;
  private depth = 0;

  constructor(readonly limits: EvalLimits) {}

  /** Counts `n` nodes visited or copied. */
  step(loc: SourceLocation | undefined, n = 1): void {
    this.steps += n;
    if (this.steps > this.limits.maxTemplateSteps)
      throw new TemplateBudgetError(`evaluation of the template stopped after ${this.limits.maxTemplateSteps} steps; it is too large or expands without bound`, loc);
  }

  /** Checks the length of a string that `what` is building (call as it grows; counts nothing). */
  length(length: number, what: string, loc: SourceLocation | undefined): void {
    if (length > this.limits.maxStringLength) throw new TemplateBudgetError(`${what} would be longer than ${this.limits.maxStringLength} characters`, loc);
  }

  /** Checks a string of `length` characters that `what` is about to build, and counts it against the template. */
  text(length: number, what: string, loc: SourceLocation | undefined): void {
    this.length(length, what, loc);
    this.chars += length;
    if (this.chars > this.limits.maxTemplateChars)
      throw new TemplateBudgetError(`${what}: the template's intrinsic functions produce more than ${this.limits.maxTemplateChars} characters in all`, loc);
  }

  /** Checks a list of `n` items that `what` is about to build. */
  items(n: number, what: string, loc: SourceLocation | undefined): void {
    if (!(n >= 0)) return; // not a count (negative, NaN): the caller rejects it with its own message
    if (n > this.limits.maxListItems) throw new TemplateBudgetError(`${what} would have more than ${this.limits.maxListItems} items`, loc);
    this.step(loc, n);
  }

  /** Runs `f` one level deeper. */
  nested<T>(loc: SourceLocation | undefined, f: () => T): T {
    if (++this.depth > this.limits.maxEvalDepth) {
      this.depth--;
      throw new TemplateBudgetError(`evaluation nests deeper than ${this.limits.maxEvalDepth} levels`, loc);
    }
    try {
      return f();
    } finally {
      this.depth--;
    }
  }
}
