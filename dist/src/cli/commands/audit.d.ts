import { Command } from 'commander';
import { type AuditProvider } from '../../sources/live/audit-run.js';
import { type FailOn } from '../parse-options.js';
import { type RunOutputOptions } from './run-outputs.js';
export interface AuditCommandOptions extends RunOutputOptions {
    /** --framework: only the rules that test this framework's controls. */
    framework?: string;
    format: string[];
    output?: string;
    failOn?: FailOn;
    rules: string[];
    allowedJurisdictions: string[];
    allowedRegions: string[];
    config?: string | false;
    baseline?: string;
    showSuppressed?: boolean;
    /** Keep suppressed findings in SARIF (left out by default: GitHub shows them as open alerts). */
    sarifIncludeSuppressed?: boolean;
    saveInventory?: string;
    allowPartial?: boolean;
    accountConcurrency: number;
    regionConcurrency: number;
}
export declare function positiveInt(value: string): number;
/** The options every `audit <provider>` command takes. */
export declare function withAuditOptions(cmd: Command): Command;
/** Runs a provider's audit and reports; returns the exit code. */
export declare function runAuditCommand<S, Snap>(provider: AuditProvider<S, Snap>, options: AuditCommandOptions): Promise<number>;
/** `leakproof audit`, with one subcommand per provider. */
export declare function auditCommand(): Command;
