export class TemplateBudgetError extends Error {
    loc;
    constructor(message, loc) {
        super(message);
        this.loc = loc;
        this.name = 'TemplateBudgetError';
    }
}
export class TemplateBudget {
    limits;
    chars = 0;
    steps = 0;
    depth = 0;
    constructor(limits) {
        this.limits = limits;
    }
    /** Counts `n` nodes visited or copied. */
    step(loc, n = 1) {
        this.steps += n;
        if (this.steps > this.limits.maxTemplateSteps)
            throw new TemplateBudgetError(`evaluation of the template stopped after ${this.limits.maxTemplateSteps} steps; it is too large or expands without bound`, loc);
    }
    /** Checks the length of a string that `what` is building (call as it grows; counts nothing). */
    length(length, what, loc) {
        if (length > this.limits.maxStringLength)
            throw new TemplateBudgetError(`${what} would be longer than ${this.limits.maxStringLength} characters`, loc);
    }
    /** Checks a string of `length` characters that `what` is about to build, and counts it against the template. */
    text(length, what, loc) {
        this.length(length, what, loc);
        this.chars += length;
        if (this.chars > this.limits.maxTemplateChars)
            throw new TemplateBudgetError(`${what}: the template's intrinsic functions produce more than ${this.limits.maxTemplateChars} characters in all`, loc);
    }
    /** Checks a list of `n` items that `what` is about to build. */
    items(n, what, loc) {
        if (!(n >= 0))
            return; // not a count (negative, NaN): the caller rejects it with its own message
        if (n > this.limits.maxListItems)
            throw new TemplateBudgetError(`${what} would have more than ${this.limits.maxListItems} items`, loc);
        this.step(loc, n);
    }
    /** Runs `f` one level deeper. */
    nested(loc, f) {
        if (++this.depth > this.limits.maxEvalDepth) {
            this.depth--;
            throw new TemplateBudgetError(`evaluation nests deeper than ${this.limits.maxEvalDepth} levels`, loc);
        }
        try {
            return f();
        }
        finally {
            this.depth--;
        }
    }
}
