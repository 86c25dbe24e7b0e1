/**
 * The command line of a run, for its evidence, with secrets removed:
 * Terraform and CloudFormation variable values (often passwords), passwords
 * in connection URLs (--history postgres://user:pass@...), and any
 * `name=value` whose name says secret, password, token or key.
 */
export declare const REDACTED = "***";
export declare function redactCommandLine(args: string[]): string[];
/** A shell-readable rendering (single-quoted where needed). */
export declare function commandLineText(args: string[]): string;
