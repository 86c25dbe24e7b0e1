import { type PolicyRunOptions } from './policy-run.js';
export interface BaselineCommandOptions extends PolicyRunOptions {
    output: string;
}
/**
 * `leakproof baseline -o FILE [paths]`: records the findings that count today
 * (after waivers and suppression comments), so `scan --baseline FILE` fails
 * only on new ones. With input errors nothing is written: a baseline of a
 * partial scan would quietly accept findings in the files that were not read.
 */
export declare function runBaselineCommand(paths: string[], options: BaselineCommandOptions): Promise<number>;
