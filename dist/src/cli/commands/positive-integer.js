import { UsageError } from '../errors.js';
/** Commander parser for counts such as --limit: a whole number of at least 1. */
export function positiveInteger(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new UsageError(`expected a whole number of at least 1, got '${value}'`);
    return n;
}
