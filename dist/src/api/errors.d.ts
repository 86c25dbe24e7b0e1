/**
 * The one error the library API throws for a caller's mistake (a broken config,
 * a rule file that does not load, a bad in-memory file path): a message fit to
 * show a user, and each problem with its file and line. Anything else thrown is
 * a bug in leakproof.
 */
import type { ConfigError } from '../engine/declarative-rule.js';
export declare class LeakproofError extends Error {
    /** Each problem, with the file (and line) it is about. */
    readonly problems: ConfigError[];
    constructor(message: string, problems?: ConfigError[]);
}
export declare function describeProblem(p: ConfigError): string;
