/** Commander parser for counts such as --limit: a whole number of at least 1. */
export declare function positiveInteger(value: string): number;
