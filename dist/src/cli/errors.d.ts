/** A user mistake (bad flag, missing file, broken config): printed as one line, exit code 2, no stack trace. */
export declare class UsageError extends Error {
    constructor(message: string);
}
