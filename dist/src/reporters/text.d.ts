import { type ScanReport } from '../findings/report.js';
export interface TextOptions {
    color: boolean;
    /** Show suppressed findings too (they are hidden by default). */
    showSuppressed?: boolean;
    /** List the entries the walker passed over (they are only counted otherwise), as --verbose asks. */
    verbose?: boolean;
}
/** Colour only on a terminal, and never when NO_COLOR is set (chalk ignores it on a TTY). */
export declare function shouldColor(stream: {
    isTTY?: boolean;
}, env?: NodeJS.ProcessEnv): boolean;
export declare function renderText(report: ScanReport, options: TextOptions): string;
