/** A user mistake (bad flag, missing file, broken config): printed as one line, exit code 2, no stack trace. */
export class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
