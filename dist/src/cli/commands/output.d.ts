import { type ReportTarget } from '../../reporters/index.js';
/** `-` names stdout, as in most command-line tools. */
export declare const STDOUT = "-";
export declare const isStdout: (output: string | undefined) => boolean;
/** Where each requested format goes (--format / -o); a bad spec is a usage error, and an output folder is created. */
export declare function reportTargetsOf(options: {
    format: string[];
    output?: string;
}): ReportTarget[];
/** Writes a report to a file (creating its folder), or to stdout for no file or `-`. */
export declare function writeReport(text: string, outputFile: string | undefined): void;
