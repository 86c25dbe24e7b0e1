import type { FailOn } from '../parse-options.js';
import { type PolicyRunOptions } from './policy-run.js';
import { type RunOutputOptions } from './run-outputs.js';
export interface ScanCommandOptions extends PolicyRunOptions, RunOutputOptions {
    /** `--format` values: names, comma lists, `name=path` (see src/reporters/index.ts). */
    format: string[];
    output?: string;
    /** Undefined when not given: the config's fail-on, else high. */
    failOn?: FailOn;
    showSuppressed?: boolean;
    /** Keep suppressed findings in SARIF (left out by default: GitHub shows them as open alerts). */
    sarifIncludeSuppressed?: boolean;
    /** Findings alone decide the exit code even when a saved inventory has not-assessed parts. */
    allowPartial?: boolean;
}
export declare function runScanCommand(paths: string[], options: ScanCommandOptions, argv?: string[]): Promise<number>;
